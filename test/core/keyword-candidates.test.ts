// Keyphrase candidates: runs of graph nodes told apart through the trie, counted, with every occurrence in order.
import { describe, expect, it } from 'vitest'
import { Candidates } from '../../src/core/keyword-candidates.js'

const occurrences = (c: Candidates, k: number) => {
  const out: number[][] = []
  for (let o = c.firstOccurrence(k); o >= 0; o = c.nextOccurrence(o)) out.push([c.occurrenceSentence(o), c.occurrenceFrom(o), c.occurrenceTo(o)])
  return out
}

describe('Candidates', () => {
  it('counts each distinct run once, a prefix apart from its run, with occurrences in document order', () => {
    const c = new Candidates()
    c.clear()
    const run = Int32Array.from([7, 3, 7, 3, 9])
    c.add(run, 0, 2, 0, 0) // 7 3
    c.add(run, 0, 1, 0, 0) // 7
    c.add(run, 2, 4, 1, 12) // 7 3 again
    c.add(run, 1, 3, 2, 30) // 3 7: another order, another candidate
    expect(c.size).toBe(3)
    expect(Array.from(c.count.subarray(0, 3))).toEqual([2, 1, 1])
    expect(Array.from(c.first.subarray(0, 3))).toEqual([0, 0, 30])
    expect(occurrences(c, 0)).toEqual([[0, 0, 2], [1, 2, 4]])
    expect(c.within(1, 0)).toBe(true)
    expect(c.within(0, 1)).toBe(false)
    expect(c.within(2, 0)).toBe(true)
  })

  it('grows past its first table and forgets everything on clear', () => {
    const c = new Candidates()
    c.clear()
    const run = new Int32Array(2)
    for (let a = 0; a < 3000; a++) {
      run[0] = a
      run[1] = a + 1
      c.add(run, 0, 2, a, a)
      c.add(run, 0, 2, a, a)
    }
    expect(c.size).toBe(3000)
    expect(occurrences(c, 2999)).toEqual([[2999, 0, 2], [2999, 0, 2]])
    c.clear()
    expect(c.size).toBe(0)
    c.add(run, 0, 2, 0, 5)
    expect(c.size).toBe(1)
    expect(c.count[0]).toBe(1)
  })
})
