import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { poolOf } from '../../src/core/pool.js'
import { jaccard, select, type Candidate } from '../../src/core/select.js'

// Stem numbers for test words: each distinct word its own number, ascending as `Candidate.stems` wants them.
const numbers = new Map<string, number>()
const ids = (stems: string[]) =>
  Int32Array.from(new Set(stems.map((s) => numbers.get(s) ?? (numbers.set(s, numbers.size), numbers.size - 1)))).sort()

const c = (index: number, score: number, stems: string[], words = 10): Candidate => ({
  index,
  score,
  stems: ids(stems),
  words,
  characters: words * 6,
})

describe('select', () => {
  it('takes the best-scored candidates', () => {
    const r = select([c(0, 0.2, ['a']), c(1, 0.9, ['b']), c(2, 0.5, ['c'])], { count: 2 })
    expect(r.chosen.map((x) => x.index)).toEqual([1, 2])
    expect(r.truncated).toBe(false)
  })

  it('skips a near-duplicate of a chosen sentence (MMR)', () => {
    const r = select([c(0, 1, ['a', 'b', 'c']), c(1, 0.95, ['a', 'b', 'c']), c(2, 0.5, ['x', 'y'])], { count: 2 })
    expect(r.chosen.map((x) => x.index)).toEqual([0, 2])
  })

  it('keeps within word and character budgets, dropping whole sentences and saying so', () => {
    const cands = [c(0, 1, ['a'], 30), c(1, 0.9, ['b'], 30), c(2, 0.8, ['c'], 5)]
    const words = select(cands, { count: 3, maxWords: 40 })
    expect(words.chosen.map((x) => x.index)).toEqual([0, 2])
    expect(words.truncated).toBe(true)
    const chars = select(cands, { count: 3, maxCharacters: 211 })
    expect(chars.chosen.map((x) => x.index)).toEqual([0, 2])
    expect(select(cands, { count: 3, maxCharacters: 210 }).chosen.map((x) => x.index)).toEqual([0])
  })

  it('returns nothing for no candidates, and Jaccard is 0 on empty sets', () => {
    expect(select([], { count: 3 }).chosen).toEqual([])
    expect(jaccard(ids([]), ids(['a']))).toBe(0)
    expect(jaccard(ids(['a', 'b']), ids(['b', 'c']))).toBeCloseTo(1 / 3)
    expect(jaccard(ids(['q', 'a', 'z', 'b']), ids(['z', 'b', 'y']))).toBeCloseTo(2 / 5)
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3)
    expect(jaccard(new Set(), new Set(['a']))).toBe(0)
  })

  it('stays fast on a very long document', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => c(i, (i * 7919) % 1000, [`w${i % 500}`, `v${i % 313}`]))
    const t0 = performance.now()
    expect(select(many, { count: 20 }).chosen).toHaveLength(20)
    expect(performance.now() - t0).toBeLessThan(1000)
  })
})

describe('pool', () => {
  it('keeps, in one pass, the candidates and order that a stable sort by score then index keeps', () => {
    const candidate = fc.record({ index: fc.nat(300), score: fc.constantFrom(0, 0.25, 0.5, 0.75, 1, -1) })
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 700 }), fc.integer({ min: 1, max: 250 }), (rows, size) => {
        const candidates = rows.map((r) => ({ ...r, stems: new Set<string>(), words: 10, characters: 50 }))
        const { pool } = poolOf(candidates, size)
        if (candidates.length <= size) expect(pool).toBe(candidates)
        else expect(pool).toEqual([...candidates].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, size))
      }),
      { numRuns: 200 },
    )
  })
})
