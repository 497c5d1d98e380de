// Select stage: picks the best sentences under a count and a length budget, avoiding near-duplicates (MMR).
import { wordFloor } from './lengths.js'
import { before, poolOf } from './pool.js'

/** One candidate for selection. */
export interface Candidate {
  /** Index of the sentence in the document. */
  index: number
  score: number
  /** Content stems, for redundancy. */
  stems: StemSet
  words: number
  characters: number
}

/** How `select` chooses. */
export interface SelectOptions {
  /** How many to choose. */
  count: number
  /** Word budget over the chosen set. Default: none. */
  maxWords?: number
  /** Character budget over the chosen set (joined with single spaces). Default: none. */
  maxCharacters?: number
  /** MMR trade-off between score and novelty (Carbonell & Goldstein 1998). Default 0.7. */
  lambda?: number
  /** A candidate at least this similar (Jaccard) to a chosen one is never taken. Default 0.6. */
  duplicate?: number
  /** Fewest words of a candidate worth taking while the pool holds a longer one (a budget's filler: `• security`). Default 0. */
  minWords?: number
}

/** The chosen candidates in rank order, and whether a budget cut the count short. */
export interface SelectResult { chosen: Candidate[]; truncated: boolean }

/**
 * A set of content stems: the stems themselves, or their numbers in one numbering, distinct (`Stats.stemRow`),
 * which compare by a stamp per number instead of by hashing. `jaccard` wants the numbers ascending; `select` does not.
 * Compared sets are of one kind.
 */
export type StemSet = ReadonlySet<string> | Int32Array

/** Jaccard similarity of two stem sets (stem numbers ascending). */
export function jaccard(a: StemSet, b: StemSet): number {
  if (a instanceof Int32Array && b instanceof Int32Array) return jaccardSorted(a, b)
  if (a instanceof Int32Array || b instanceof Int32Array) throw new TypeError('jaccard: stem sets of two kinds')
  if (a.size === 0 || b.size === 0) return 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const s of small) if (large.has(s)) shared++
  return shared / (a.size + b.size - shared)
}

function jaccardSorted(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0
  // A merge of the two sorted lists: no hashing, and no set to build for a candidate.
  let shared = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared / (a.length + b.length - shared)
}

// Beyond this many candidates only the best-scored are considered, so selection stays linear in the document. Stem
// numbers past `MARK_LIMIT` are compared by a merge (`jaccard`) instead of by a stamp per number (`Marks`).
const POOL = 200
const MARK_LIMIT = 1 << 20

/**
 * The stem numbers of the chosen candidates, stamped in an array indexed by number: a candidate's overlap with the
 * latest chosen one is then one lookup per stem, and its numbers need no order.
 */
class Marks {
  private stamps = new Int32Array(1024)
  private stamp = 0

  /** Marks `stems` (and unmarks those of the last call). */
  mark(stems: Int32Array): void {
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0)
      this.stamp = 1
    }
    for (let e = 0; e < stems.length; e++) {
      const k = stems[e]!
      if (k >= this.stamps.length) {
        const grown = new Int32Array(Math.max(k + 1, this.stamps.length * 2))
        grown.set(this.stamps)
        this.stamps = grown
      }
      this.stamps[k] = this.stamp
    }
  }

  /** `jaccard(marked, stems)`: the same integer counts, so the same value. */
  jaccard(marked: Int32Array, stems: Int32Array): number {
    if (marked.length === 0 || stems.length === 0) return 0
    const stamps = this.stamps
    const stamp = this.stamp
    let shared = 0
    for (let e = 0; e < stems.length; e++) {
      const k = stems[e]!
      if (k < stamps.length && stamps[k] === stamp) shared++
    }
    return shared / (marked.length + stems.length - shared)
  }
}

const marks = new Marks()

/** Whether every candidate's stems are stem numbers, each in `[0, MARK_LIMIT)`. */
function markable(pool: readonly Candidate[]): boolean {
  for (let i = 0; i < pool.length; i++) {
    const stems = pool[i]!.stems
    if (!(stems instanceof Int32Array)) return false
    for (let e = 0; e < stems.length; e++) if (stems[e]! < 0 || stems[e]! >= MARK_LIMIT) return false
  }
  return true
}

/** Stem numbers in ascending order, as `jaccard` wants them. */
const ascending = (stems: StemSet): StemSet => (stems instanceof Int32Array ? Int32Array.from(stems).sort() : stems)


/**
 * Maximal Marginal Relevance: repeatedly takes the candidate with the best `λ·score − (1−λ)·maxSim(chosen)`,
 * skipping near-duplicates and candidates that would break the budget. Ties go to the better-scored candidate, then
 * to the lower index.
 */
export function select(
  candidates: readonly Candidate[],
  { count, maxWords, maxCharacters, lambda = 0.7, duplicate = 0.6, minWords = 0 }: SelectOptions,
): SelectResult {
  const { pool, ordered } = poolOf(candidates, Math.max(POOL, count))
  const least = wordFloor(pool, minWords)
  // The first and last candidate in the pool's order.
  let top = 0
  let bottom = 0
  if (pool.length > 0) {
    let first = 0
    let last = 0
    if (!ordered) {
      for (let i = 1; i < pool.length; i++) {
        if (before(pool[i]!, i, pool[first]!, first)) first = i
        if (before(pool[last]!, last, pool[i]!, i)) last = i
      }
    } else last = pool.length - 1
    top = pool[first]!.score
    bottom = pool[last]!.score
  }
  const span = top - bottom || 1
  const chosen: Candidate[] = []
  const maxSim = new Float64Array(pool.length)
  const taken = new Uint8Array(pool.length)
  // Read at the first comparison: candidates' stems may be made only when asked for.
  let byMarks: boolean | undefined
  let words = 0
  let characters = 0
  let truncated = false
  while (chosen.length < count) {
    let best = -1
    let bestValue = -Infinity
    for (let i = 0; i < pool.length; i++) {
      if (taken[i] || maxSim[i]! >= duplicate || pool[i]!.words < least) continue
      const value = lambda * ((pool[i]!.score - bottom) / span) - (1 - lambda) * maxSim[i]!
      // In input order a tie goes to the candidate the sorted order would have met first.
      if (value > bestValue || (!ordered && value === bestValue && before(pool[i]!, i, pool[best]!, best))) {
        bestValue = value
        best = i
      }
    }
    if (best === -1) break
    taken[best] = 1
    const c = pool[best]!
    const addChars = c.characters + (chosen.length ? 1 : 0)
    if ((maxWords !== undefined && words + c.words > maxWords) ||
      (maxCharacters !== undefined && characters + addChars > maxCharacters)) {
      truncated = true
      continue
    }
    chosen.push(c)
    words += c.words
    characters += addChars
    if (chosen.length === count) break
    // A near-duplicate stays one (its similarity only grows) and is never read again: it is not compared.
    if ((byMarks ??= markable(pool))) {
      const own = c.stems as Int32Array
      marks.mark(own)
      for (let i = 0; i < pool.length; i++) {
        if (!taken[i] && !(maxSim[i]! >= duplicate)) maxSim[i] = Math.max(maxSim[i]!, marks.jaccard(own, pool[i]!.stems as Int32Array))
      }
    } else {
      const own = ascending(c.stems)
      for (let i = 0; i < pool.length; i++) {
        if (!taken[i] && !(maxSim[i]! >= duplicate)) maxSim[i] = Math.max(maxSim[i]!, jaccard(own, ascending(pool[i]!.stems)))
      }
    }
  }
  return { chosen, truncated }
}
