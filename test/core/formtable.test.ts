// Form table: every run of characters added is found again in place, and only that run.
import { describe, expect, it } from 'vitest'
import { FormTable, hashOf } from '../../src/core/formtable.js'

describe('FormTable', () => {
  it('finds each added run, of odd or even length, inside any text, with its integers', () => {
    const table = new FormTable()
    const words = ['a', 'ab', 'abc', 'Guatemala’s', 'naïve', '𝔘nicode', 'x'.repeat(41)]
    words.forEach((w, i) => {
      expect(table.find(w, 0, w.length, hashOf(w, 0, w.length))).toBe(-1)
      table.add(w, 0, w.length, hashOf(w, 0, w.length), i, 100 + i, -1 - i)
    })
    words.forEach((w, i) => {
      const text = ` (${w}) `
      const r = table.find(text, 2, 2 + w.length, hashOf(text, 2, 2 + w.length))
      expect([table.number(r), table.id(r), table.bits(r)]).toEqual([i, 100 + i, -1 - i])
    })
    // A prefix or a longer run is another form.
    expect(table.find('abcd', 0, 4, hashOf('abcd', 0, 4))).toBe(-1)
  })

  it('tells runs apart that share a hash, and keeps them all as it grows', () => {
    const table = new FormTable()
    // One hash for all: every lookup compares the characters.
    for (let i = 0; i < 50; i++) table.add(`w${i}`, 0, `w${i}`.length, 7, i, i, i)
    for (let i = 0; i < 50; i++) expect(table.number(table.find(`w${i}`, 0, `w${i}`.length, 7))).toBe(i)
    expect(table.find('w50', 0, 3, 7)).toBe(-1)
    for (let i = 0; i < 5000; i++) table.add(`v${i}`, 0, `v${i}`.length, hashOf(`v${i}`, 0, `v${i}`.length), i, i, i)
    expect(table.size).toBe(5050)
    for (let i = 0; i < 5000; i += 97) expect(table.id(table.find(`v${i}`, 0, `v${i}`.length, hashOf(`v${i}`, 0, `v${i}`.length)))).toBe(i)
  })

  it('rewrites a record\'s number and bits in place, and finds the run as before', () => {
    const table = new FormTable()
    const r = table.add('stem', 0, 4, hashOf('stem', 0, 4), -1, 0, -1)
    table.setNumber(r, 7)
    table.setBits(r, 3)
    const again = table.find('stem', 0, 4, hashOf('stem', 0, 4))
    expect([again, table.number(again), table.bits(again)]).toEqual([r, 7, 3])
  })
})
