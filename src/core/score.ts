// Score stage: pure functions from a sentence and its document to feature values (weighted sums: feature-rows.ts).
import type { SentenceFeatures, Token } from './types.js'
import { POSITION_DECAY } from './weights.js'
import { isSpace, isTerminal } from './chars.js'
import { FEATURE_COUNT, featuresAt } from './feature-rows.js'
import { ANAPHORIC, beforeClosers, hedged, lengthScore, mayBeAnaphoric, quotedShare } from './cues.js'
import { cosineRest, FREQUENCY_MIN_WORDS, Stats, termFrequencies, type DocumentStats } from './stats.js'

export { contentStems } from './stats.js'
export { documentStats } from './document-stats.js'
export { quotedShare } from './cues.js'

export { BUDGET_FULL, WEIGHTS, WEIGHTS_LONG, weightsFor } from './weights.js'

/** What the scorer knows of one candidate sentence. */
export interface ScoreInput {
  tokens: Token[]
  /** The sentence's normalized text. */
  norm: string
  /** Position among the body sentences (0-based). */
  bodyIndex: number
  /** 0 for the first sentence of its paragraph. */
  inParagraph: number
  /** Whether the sentence is a list item. */
  listItem: boolean
}

/**
 * Centrality (Radev et al.'s centroid, MEAD 2004): cosine between the sentence's TF-ISF vector and the centroid of the
 * rest of the document (itself left out, so a long sentence does not score by matching itself). Linear in the text:
 * one pass over the sentence's terms; no sentence × sentence graph.
 */
export function centrality(tf: ReadonlyMap<string, number>, stats: DocumentStats): number {
  let dot = 0
  let self2 = 0
  for (const [s, c] of tf) {
    const w = c * (stats.isf.get(s) ?? 0)
    dot += w * (stats.centroid.get(s) ?? 0)
    self2 += w * w
  }
  return cosineRest(dot, self2, stats.centroidNorm2)
}

/**
 * Word frequency (Luhn 1958; SumBasic, Nenkova & Vanderwende 2005): the mean document frequency of the sentence's
 * distinct content words, relative to the most frequent word, so in [0, 1].
 */
export function frequency(tf: ReadonlyMap<string, number>, stats: DocumentStats): number {
  if (tf.size === 0 || stats.maxCount === 0) return 0
  let sum = 0
  for (const s of tf.keys()) sum += stats.counts.get(s) ?? 0
  // The mean is taken over at least `FREQUENCY_MIN_WORDS` words: a plain mean crowns a one-word list item.
  return sum / (Math.max(tf.size, FREQUENCY_MIN_WORDS) * stats.maxCount)
}

/** Share of the title's content stems that the sentence contains (Edmundson's title method, 1969). */
export function titleOverlap(tf: ReadonlyMap<string, number>, title: ReadonlySet<string>): number {
  if (title.size === 0) return 0
  let seen = 0
  for (const s of title) if (tf.has(s)) seen++
  return seen / title.size
}

/** Lead prior: 1 for the first body sentence, then a power-law decay `(1 + i)^-decay` (see `POSITION_DECAY`). */
export function position(bodyIndex: number, decay = POSITION_DECAY): number {
  return (1 + bodyIndex) ** -decay
}

// `position` of the first `PRIORS` body indices, made on first use: otherwise a power per sentence of every text.
const PRIORS = 1024
let priors: Float64Array | null = null

function leadPrior(i: number): number {
  if (priors === null) {
    priors = new Float64Array(PRIORS)
    for (let k = 0; k < PRIORS; k++) priors[k] = position(k)
  }
  return priors[i]!
}

// Past this many words a "sentence" is a run-on or a list flattened onto one line.
const LONG_WORDS = 60

/**
 * Every feature of one sentence, each in [0, 1]. Bonuses: `position` (lead prior), `paragraphLead` (first sentence
 * of its paragraph: paragraphs open with their topic sentence, Baxendale 1958), `centrality`, `frequency`,
 * `titleOverlap`, `firstMention` (brings in words the story returns to: `firstMentionAt`), `properNouns` and
 * `numbers` (density of names and figures: Kupiec et al. 1995 found such "thematic" sentences likelier in abstracts),
 * `length` (12–40 words, Kupiec's sentence-length cut-off), `verbosity` (words / 50). Penalties: `question` and
 * `openingQuote` (a story that opens on a question or a quote is setting a scene, not stating the news), `quoted`
 * (share of someone else's words), `anaphora`, `unterminated` (no final punctuation: a headline, caption or link left
 * in the text), `long` (past 60 words: a run-on or a list flattened onto one line), `leadIn` (ends with a colon: it
 * introduces what follows), `hedged` (a modal of possibility: `could`, `would`, `might`, `may`). Weights: weights.ts.
 */
export function features(input: ScoreInput, stats: DocumentStats): SentenceFeatures {
  const row = new Float64Array(FEATURE_COUNT)
  featureRow(input.tokens, input.norm, input.bodyIndex, input.inParagraph, stats, row, 0)
  return featuresAt(row, 0)
}

/**
 * `features` of one sentence written into `out` from `at`, in the order of `FEATURE_NAMES`: the summarizer scores
 * every sentence of a text, and a row of numbers costs no object per sentence.
 */
export function featureRow(
  tokens: readonly Token[],
  norm: string,
  bodyIndex: number,
  inParagraph: number,
  stats: DocumentStats,
  out: Float64Array,
  at: number,
): void {
  // A body sentence of the stats is read from their arrays; any other sentence through string-keyed counts.
  const body = stats instanceof Stats && stats.bodies[bodyIndex] === tokens
  const tf = body ? null : termFrequencies(tokens)
  const words = tokens.length
  let proper = 0
  let numbers = 0
  if (tf === null) {
    proper = (stats as Stats).properOf[bodyIndex]!
    numbers = (stats as Stats).numbersOf[bodyIndex]!
  } else {
    for (let i = 0; i < words; i++) {
      const t = tokens[i]!
      if (i > 0 && t.capital && !t.stop) proper++
      if (t.numeric) numbers++
    }
  }
  // `norm.trimEnd()`'s length, without making the string.
  let trimmed = norm.length
  while (trimmed > 0 && isSpace(norm.charCodeAt(trimmed - 1))) trimmed--
  const first = norm.charCodeAt(0)
  // `?` then closing quotes or brackets: /\?["'”’)]*$/ on the trimmed text.
  const questionAt = beforeClosers(norm, trimmed, false)
  // A terminator, closers (`]` too) and spaces: /[.!?…]["'”’)\]]*\s*$/.
  const terminalAt = beforeClosers(norm, trimmed, true)
  out[at] = bodyIndex < PRIORS ? leadPrior(bodyIndex) : position(bodyIndex)
  out[at + 1] = inParagraph === 0 ? 1 : 0
  if (tf === null) {
    const s = stats as Stats
    out[at + 2] = s.centralityAt(bodyIndex)
    out[at + 3] = s.frequencyAt(bodyIndex)
    out[at + 4] = s.titleOverlapAt(bodyIndex)
    out[at + 5] = s.firstMentionAt(bodyIndex)
  } else {
    out[at + 2] = centrality(tf, stats)
    out[at + 3] = frequency(tf, stats)
    out[at + 4] = titleOverlap(tf, stats.title)
    // A sentence from outside the body introduces nothing to it.
    out[at + 5] = 0
  }
  out[at + 6] = words ? Math.min(1, (3 * proper) / words) : 0
  out[at + 7] = words ? Math.min(1, (5 * numbers) / words) : 0
  out[at + 8] = lengthScore(words)
  out[at + 9] = questionAt >= 0 && norm.charCodeAt(questionAt) === 63 ? 1 : 0
  // `"`, `“`, `‘`, `'`, `«`.
  out[at + 10] = first === 34 || first === 0x201c || first === 0x2018 || first === 39 || first === 0xab ? 1 : 0
  out[at + 11] = quotedShare(norm)
  out[at + 12] = mayBeAnaphoric(first) && ANAPHORIC.test(norm) ? 1 : 0
  out[at + 13] = terminalAt >= 0 && isTerminal(norm.charCodeAt(terminalAt)) ? 0 : 1
  out[at + 14] = words > LONG_WORDS ? Math.min(1, (words - LONG_WORDS) / LONG_WORDS) : 0
  out[at + 15] = trimmed > 0 && norm.charCodeAt(trimmed - 1) === 58 ? 1 : 0
  out[at + 16] = Math.min(1, words / 50)
  out[at + 17] = hedged(tokens)
}
