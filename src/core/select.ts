// Select stage: picks the best sentences under a count and a length budget, avoiding near-duplicates (MMR).

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
}

/** The chosen candidates in rank order, and whether a budget cut the count short. */
export interface SelectResult {
  chosen: Candidate[]
  truncated: boolean
}

/**
 * A set of content stems: the stems themselves, or their numbers in one numbering, distinct and ascending
 * (`DocumentStats.stemNumbers`), which compare by a merge instead of by hashing. Compared sets are of one kind.
 */
export type StemSet = ReadonlySet<string> | Int32Array

/** Jaccard similarity of two stem sets. */
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

// Beyond this many candidates only the best-scored are considered, so selection stays linear in the document.
const POOL = 200

/**
 * Maximal Marginal Relevance: repeatedly takes the candidate with the best `λ·score − (1−λ)·maxSim(chosen)`,
 * skipping near-duplicates and candidates that would break the budget.
 */
export function select(
  candidates: readonly Candidate[],
  { count, maxWords, maxCharacters, lambda = 0.7, duplicate = 0.6 }: SelectOptions,
): SelectResult {
  const pool = [...candidates].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, Math.max(POOL, count))
  const top = pool[0]?.score ?? 0
  const bottom = pool[pool.length - 1]?.score ?? 0
  const span = top - bottom || 1
  const chosen: Candidate[] = []
  const maxSim = new Float64Array(pool.length)
  const taken = new Uint8Array(pool.length)
  let words = 0
  let characters = 0
  let truncated = false
  while (chosen.length < count) {
    let best = -1
    let bestValue = -Infinity
    for (let i = 0; i < pool.length; i++) {
      if (taken[i] || maxSim[i]! >= duplicate) continue
      const value = lambda * ((pool[i]!.score - bottom) / span) - (1 - lambda) * maxSim[i]!
      if (value > bestValue) {
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
    for (let i = 0; i < pool.length; i++) if (!taken[i]) maxSim[i] = Math.max(maxSim[i]!, jaccard(c.stems, pool[i]!.stems))
  }
  return { chosen, truncated }
}
