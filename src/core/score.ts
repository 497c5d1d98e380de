// Score stage: pure functions from a sentence and its document to feature values in [0, 1], and their weighted sum.
import type { SentenceFeatures, Token } from './types.js'

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

/** Document-wide statistics the features need, built once in `documentStats`. */
export interface DocumentStats {
  /** Inverse sentence frequency of each stem: log(N / df), Neto et al. (2000) TF-ISF. */
  isf: Map<string, number>
  /** The document's TF-ISF centroid. */
  centroid: Map<string, number>
  centroidNorm2: number
  /** Content stems of the title. */
  title: Set<string>
  bodyCount: number
}

/**
 * Feature weights. Position and paragraph lead follow the lead bias of news writing (the inverted pyramid, and
 * Lead-3's strength on CNN/DailyMail, See et al. 2017); centrality is Radev's centroid idea (MEAD, 2004) with
 * TF-ISF weights; title overlap is Edmundson's title method (1969); proper nouns and numbers follow Edmundson's cue
 * words as specialised for news by Kupiec et al. (1995). The values are the defaults until calibrated on
 * `../shared/eval/dev` by `npm run eval`.
 */
export const WEIGHTS: Readonly<Record<keyof SentenceFeatures, number>> = {
  position: 1.0,
  paragraphLead: 0.15,
  centrality: 0.8,
  titleOverlap: 0.35,
  properNouns: 0.1,
  numbers: 0.05,
  length: 0.3,
  question: -0.4,
  openingQuote: -0.25,
  leadIn: -0.6,
}

/** Content stems of a token list: no stopwords, no one-letter words. */
export function contentStems(tokens: readonly Token[]): string[] {
  const out: string[] = []
  for (const t of tokens) if (!t.stop && t.lower.length > 1) out.push(t.stem)
  return out
}

function termFrequencies(stems: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>()
  for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1)
  return tf
}

/** Builds the statistics shared by every sentence's features, in one pass over the body. */
export function documentStats(bodies: readonly Token[][], titleTokens: readonly Token[]): DocumentStats {
  const df = new Map<string, number>()
  const tfs = bodies.map((tokens) => termFrequencies(contentStems(tokens)))
  for (const tf of tfs) for (const s of tf.keys()) df.set(s, (df.get(s) ?? 0) + 1)
  const n = Math.max(1, bodies.length)
  const isf = new Map<string, number>()
  for (const [s, d] of df) isf.set(s, Math.log((n + 1) / d))
  const centroid = new Map<string, number>()
  for (const tf of tfs) for (const [s, c] of tf) centroid.set(s, (centroid.get(s) ?? 0) + c * isf.get(s)!)
  let centroidNorm2 = 0
  for (const v of centroid.values()) centroidNorm2 += v * v
  return { isf, centroid, centroidNorm2, title: new Set(contentStems(titleTokens)), bodyCount: bodies.length }
}

/** Cosine between the sentence's TF-ISF vector and the centroid of the rest of the document (itself left out). */
export function centrality(stems: readonly string[], stats: DocumentStats): number {
  const tf = termFrequencies(stems)
  let dot = 0
  let self2 = 0
  for (const [s, c] of tf) {
    const w = c * (stats.isf.get(s) ?? 0)
    dot += w * (stats.centroid.get(s) ?? 0)
    self2 += w * w
  }
  const rest2 = stats.centroidNorm2 - 2 * dot + self2
  const restDot = dot - self2
  if (self2 <= 0 || rest2 <= 0) return 0
  return Math.max(0, restDot / Math.sqrt(self2 * rest2))
}

/** Share of the title's content stems that the sentence contains. */
export function titleOverlap(stems: readonly string[], title: ReadonlySet<string>): number {
  if (title.size === 0) return 0
  const seen = new Set<string>()
  for (const s of stems) if (title.has(s)) seen.add(s)
  return seen.size / title.size
}

/** Lead prior: 1 for the first body sentence, decaying with the sentence's position. */
export function position(bodyIndex: number): number {
  return 1 / Math.sqrt(1 + bodyIndex)
}

/** Length preference: sentences of 12–40 words score 1; shorter or much longer ones less. */
export function lengthScore(words: number): number {
  if (words < 12) return words / 12
  if (words > 40) return Math.max(0, 40 / words)
  return 1
}

/** Every feature of one sentence. */
export function features(input: ScoreInput, stats: DocumentStats): SentenceFeatures {
  const { tokens, norm } = input
  const stems = contentStems(tokens)
  const words = tokens.length
  let proper = 0
  let numbers = 0
  tokens.forEach((t, i) => {
    if (i > 0 && t.capital && !t.stop) proper++
    if (t.numeric) numbers++
  })
  const trimmed = norm.trimEnd()
  return {
    position: position(input.bodyIndex),
    paragraphLead: input.inParagraph === 0 ? 1 : 0,
    centrality: centrality(stems, stats),
    titleOverlap: titleOverlap(stems, stats.title),
    properNouns: words ? Math.min(1, (3 * proper) / words) : 0,
    numbers: words ? Math.min(1, (5 * numbers) / words) : 0,
    length: lengthScore(words),
    question: /\?["'”’)]*$/.test(trimmed) ? 1 : 0,
    openingQuote: /^["“‘'«]/.test(norm) ? 1 : 0,
    leadIn: /:$/.test(trimmed) ? 1 : 0,
  }
}

/** Weighted sum of the features. */
export function weightedScore(f: SentenceFeatures, weights: Readonly<Record<string, number>> = WEIGHTS): number {
  let score = 0
  for (const key in weights) score += (f[key] ?? 0) * weights[key]!
  return score
}
