// ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 following the conventions of Google's `rouge-score` package, for the eval harness.
//
// Stemming caveat: the `stemmer` npm package implements Porter's original (1980) algorithm, whereas rouge-score uses
// NLTK's PorterStemmer in its default NLTK_EXTENSIONS mode, which departs from the original on some words (e.g.
// "says": original "sai", NLTK "say"; "generously": original "gener", NLTK "generous"). Figures computed here can
// therefore differ from rouge-score's in the second decimal.

import { stemmer } from 'stemmer'

/** Precision, recall and F1 of one comparison, each in [0, 1]. */
export interface Score {
  precision: number
  recall: number
  f: number
}

/** The three figures the harness reports for one candidate against one reference. */
export interface RougeScores {
  rouge1: Score
  rouge2: Score
  rougeLsum: Score
}

const ZERO: Score = Object.freeze({ precision: 0, recall: 0, f: 0 })

// Stemming dominates tokenization time and news vocabulary repeats heavily, so stems are memoized. The cache only ever
// maps a word to its (deterministic) stem, so it does not make the exported functions impure in any observable way.
const stemCache = new Map<string, string>()
const STEM_CACHE_LIMIT = 200_000

function stem(word: string): string {
  let s = stemCache.get(word)
  if (s === undefined) {
    s = stemmer(word)
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear()
    stemCache.set(word, s)
  }
  return s
}

/**
 * Tokenizes text as rouge-score does with `use_stemmer=True`: lowercase, every run of characters other than `a-z0-9`
 * becomes a space, split on whitespace, Porter-stem tokens longer than 3 characters, drop empty tokens.
 */
export function tokenize(text: string): string[] {
  const out: string[] = []
  for (const raw of text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(' ')) {
    if (raw.length === 0) continue
    const token = raw.length > 3 ? stem(raw) : raw
    // rouge-score re-checks tokens after stemming; the stemmer only emits a-z, but keep the guard for parity.
    if (/^[a-z0-9]+$/.test(token)) out.push(token)
  }
  return out
}

/**
 * Splits a summary into sentences the way rouge-score's ROUGE-Lsum does: one sentence per line, empty lines dropped.
 */
export function splitLines(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0)
}

/** F-measure as rouge-score computes it: harmonic mean, 0 when both precision and recall are 0. */
export function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
}

/** Counts the n-grams of a token list, keyed by the tokens joined with a space (tokens never contain spaces). */
export function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>()
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' ')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/**
 * ROUGE-N: clipped n-gram overlap. Each reference n-gram matches at most as many times as it occurs in the
 * candidate; precision and recall divide by the candidate's and reference's n-gram counts (at least 1, as rouge-score).
 */
export function rougeN(reference: readonly string[], candidate: readonly string[], n: number): Score {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`rougeN needs a positive integer n, got ${n}`)
  const ref = ngramCounts(reference, n)
  const can = ngramCounts(candidate, n)
  let overlap = 0
  for (const [gram, count] of ref) overlap += Math.min(count, can.get(gram) ?? 0)
  const refTotal = Math.max(reference.length - n + 1, 0)
  const canTotal = Math.max(candidate.length - n + 1, 0)
  const precision = overlap / Math.max(canTotal, 1)
  const recall = overlap / Math.max(refTotal, 1)
  return { precision, recall, f: fmeasure(precision, recall) }
}

/**
 * Positions in `ref` of one longest common subsequence of `ref` and `can`, ascending. Ties are broken exactly as
 * rouge-score's `_backtrack_norec` does, because which LCS is chosen changes the union in ROUGE-Lsum.
 */
export function lcsPositions(ref: readonly string[], can: readonly string[]): number[] {
  const rows = ref.length
  const cols = can.length
  if (rows === 0 || cols === 0) return []
  const width = cols + 1
  const table = new Int32Array((rows + 1) * width)
  for (let i = 1; i <= rows; i++) {
    const r = ref[i - 1]
    const row = i * width
    const up = row - width
    for (let j = 1; j <= cols; j++) {
      table[row + j] =
        r === can[j - 1] ? table[up + j - 1]! + 1 : Math.max(table[up + j]!, table[row + j - 1]!)
    }
  }
  const positions: number[] = []
  let i = rows
  let j = cols
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      positions.push(i - 1)
      i--
      j--
    } else if (table[i * width + j - 1]! > table[(i - 1) * width + j]!) {
      j--
    } else {
      i--
    }
  }
  return positions.reverse()
}

/**
 * Summary-level LCS (ROUGE-Lsum), as rouge-score's `_summary_level_lcs`: for each reference sentence, the union of
 * the LCS positions against every candidate sentence; the tokens at those positions count as hits only while both
 * the reference's and the candidate's remaining counts of that token are positive (counts are shared across all
 * reference sentences, so a token cannot be credited more often than either summary contains it).
 */
export function rougeLsum(reference: readonly (readonly string[])[], candidate: readonly (readonly string[])[]): Score {
  const m = reference.reduce((sum, s) => sum + s.length, 0)
  const n = candidate.reduce((sum, s) => sum + s.length, 0)
  if (m === 0 || n === 0) return { ...ZERO }
  const refLeft = new Map<string, number>()
  const canLeft = new Map<string, number>()
  for (const s of reference) for (const t of s) refLeft.set(t, (refLeft.get(t) ?? 0) + 1)
  for (const s of candidate) for (const t of s) canLeft.set(t, (canLeft.get(t) ?? 0) + 1)
  let hits = 0
  for (const r of reference) {
    const union = new Set<number>()
    for (const c of candidate) for (const p of lcsPositions(r, c)) union.add(p)
    for (const p of [...union].sort((a, b) => a - b)) {
      const t = r[p]!
      const cr = refLeft.get(t) ?? 0
      const cc = canLeft.get(t) ?? 0
      if (cr > 0 && cc > 0) {
        hits++
        refLeft.set(t, cr - 1)
        canLeft.set(t, cc - 1)
      }
    }
  }
  const precision = hits / n
  const recall = hits / m
  return { precision, recall, f: fmeasure(precision, recall) }
}

/**
 * Scores a candidate summary against a reference summary. Either side may be given as an array of sentences or as
 * one string with a sentence per line (rouge-score's convention for ROUGE-Lsum); ROUGE-1/2 see the sentences
 * concatenated, ROUGE-Lsum sees them separately.
 */
export function rouge(reference: string | readonly string[], candidate: string | readonly string[]): RougeScores {
  const refSents = toLines(reference).map(tokenize)
  const canSents = toLines(candidate).map(tokenize)
  const refTokens = refSents.flat()
  const canTokens = canSents.flat()
  return {
    rouge1: rougeN(refTokens, canTokens, 1),
    rouge2: rougeN(refTokens, canTokens, 2),
    rougeLsum: rougeLsum(refSents, canSents),
  }
}

// An array element is one sentence even if it spans a line break (a paragraph-crossing span, say): the harness writes
// one sentence per line, so a break inside an element is layout, not a sentence boundary. Tokenization ignores
// whitespace, so the element can be used as is.
function toLines(text: string | readonly string[]): string[] {
  return typeof text === 'string' ? splitLines(text) : text.filter((s) => s.length > 0)
}
