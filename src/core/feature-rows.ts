// Feature rows: the features' order in a row of numbers, a row as an object, and the weighted sums of rows.
import type { SentenceFeatures } from './types.js'
import { WEIGHTS } from './weights.js'

/** The features' names, in the order `features` gives them and `featureRow` writes them. */
export const FEATURE_NAMES = [
  'position', 'paragraphLead', 'centrality', 'frequency', 'titleOverlap', 'firstMention', 'properNouns', 'numbers',
  'length', 'question', 'openingQuote', 'quoted', 'anaphora', 'unterminated', 'long', 'leadIn', 'verbosity', 'hedged',
] as const

/** How many values `featureRow` writes: one per name of `FEATURE_NAMES`. */
export const FEATURE_COUNT = FEATURE_NAMES.length

/** Where `leadIn` sits in a row of `featureRow`. */
export const LEAD_IN = FEATURE_NAMES.indexOf('leadIn')

/** The features object of the row at `at` of `rows` (see `featureRow`). */
export function featuresAt(rows: Float64Array, at: number): SentenceFeatures {
  return {
    position: rows[at]!,
    paragraphLead: rows[at + 1]!,
    centrality: rows[at + 2]!,
    frequency: rows[at + 3]!,
    titleOverlap: rows[at + 4]!,
    firstMention: rows[at + 5]!,
    properNouns: rows[at + 6]!,
    numbers: rows[at + 7]!,
    length: rows[at + 8]!,
    question: rows[at + 9]!,
    openingQuote: rows[at + 10]!,
    quoted: rows[at + 11]!,
    anaphora: rows[at + 12]!,
    unterminated: rows[at + 13]!,
    long: rows[at + 14]!,
    leadIn: rows[at + 15]!,
    verbosity: rows[at + 16]!,
    hedged: rows[at + 17]!,
  }
}

/** Weighted sum of the features. */
export function weightedScore(f: SentenceFeatures, weights: Readonly<Record<string, number>> = WEIGHTS): number {
  let score = 0
  for (const key in weights) score += (f[key] ?? 0) * weights[key]!
  return score
}

/** The columns of a row (`featureRow`) that a table of weights reads, in its order, and their weights. */
export interface ScorePlan {
  columns: Int32Array
  factors: Float64Array
}

/** The plan of `weights` for `weightedScores`; null when `weights` names something that is not a feature. */
export function scorePlan(weights: Readonly<Record<string, number>>): ScorePlan | null {
  const columns: number[] = []
  const factors: number[] = []
  for (const key in weights) {
    const k = (FEATURE_NAMES as readonly string[]).indexOf(key)
    if (k < 0) return null
    columns.push(k)
    factors.push(weights[key]!)
  }
  return { columns: Int32Array.from(columns), factors: Float64Array.from(factors) }
}

/**
 * `weightedScore` of each of the `n` rows of `rows` (`featureRow`) under the weights of `plan`, the products added in
 * the same order, so each score is bit for bit the one `weightedScore` gives.
 */
export function weightedScores(rows: Float64Array, n: number, { columns, factors }: ScorePlan): Float64Array {
  const scores = new Float64Array(n)
  const m = columns.length
  for (let i = 0, row = 0; i < n; i++, row += FEATURE_COUNT) {
    let score = 0
    for (let j = 0; j < m; j++) score += rows[row + columns[j]!]! * factors[j]!
    scores[i] = score
  }
  return scores
}
