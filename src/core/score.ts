// Score stage: pure functions from a sentence and its document to feature values, and their calibrated weighted sum.
import type { SentenceFeatures, Token } from './types.js'
import { POSITION_DECAY, WEIGHTS } from './weights.js'
import { isContent, stemNumber } from './tokenize.js'
import { WordMap } from './wordtable.js'

export { BUDGET_FULL, POSITION_DECAY, WEIGHTS, WEIGHTS_LONG, weightsFor } from './weights.js'

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
  /** Inverse sentence frequency of each stem: log((N + 1) / df), Neto et al. (2000) TF-ISF. */
  isf: Map<string, number>
  /** The document's TF-ISF centroid. */
  centroid: Map<string, number>
  centroidNorm2: number
  /** Count of each content stem in the body, and the largest count (SumBasic's word probabilities, up to a factor). */
  counts: Map<string, number>
  maxCount: number
  /** Content stems of the title. */
  title: Set<string>
  bodyCount: number
  /** The distinct content stems of body sentence `i` as stem numbers (one numbering per document), ascending. */
  stemNumbers(i: number): Int32Array
}

/** Content stems of a token list: no stopwords, no one-letter words. */
export function contentStems(tokens: readonly Token[]): string[] {
  const out: string[] = []
  for (const t of tokens) if (isContent(t)) out.push(t.stem)
  return out
}

/** Counts of the content stems of a token list (those of `contentStems`), in order of first occurrence. */
function termFrequencies(tokens: readonly Token[]): Map<string, number> {
  const tf = new Map<string, number>()
  for (const t of tokens) if (isContent(t)) tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1)
  return tf
}

// The document's own number (`Stats`) of each stem number (tokenize.ts) within one `documentStats` call.
const localStem = new WordMap()

/**
 * The statistics by stem number: stems are numbered in order of first occurrence in the body, which is the order the
 * string-keyed maps had, so every sum runs in the same order and gives the same value. The maps of `DocumentStats`
 * are made from the arrays only if something asks for them.
 */
class Stats implements DocumentStats {
  private maps: { isf: Map<string, number>; centroid: Map<string, number>; counts: Map<string, number> } | null = null

  constructor(
    /** A token of each stem, by stem number. */
    readonly stems: readonly Token[],
    readonly isfOf: Float64Array,
    readonly centroidOf: Float64Array,
    readonly countOf: Float64Array,
    readonly centroidNorm2: number,
    readonly maxCount: number,
    readonly title: Set<string>,
    readonly bodyCount: number,
    /** Stem numbers of the title's stems that the body has. */
    readonly titleStems: Int32Array,
    /** The body's token lists: a sentence whose tokens are `bodies[i]` is body sentence `i`. */
    readonly bodies: readonly (readonly Token[])[],
    /** Each body sentence's distinct stems in order of first occurrence, and their counts: rows of `terms`. */
    readonly rowStart: Int32Array,
    readonly terms: Int32Array,
    readonly termCounts: Int32Array,
    /** The body sentence where each stem first occurs, and how many body sentences hold it. */
    readonly firstOf: Int32Array,
    readonly df: Float64Array,
  ) {}

  private built() {
    if (this.maps === null) {
      const isf = new Map<string, number>()
      const centroid = new Map<string, number>()
      const counts = new Map<string, number>()
      this.stems.forEach(({ stem: s }, k) => {
        isf.set(s, this.isfOf[k]!)
        centroid.set(s, this.centroidOf[k]!)
        counts.set(s, this.countOf[k]!)
      })
      this.maps = { isf, centroid, counts }
    }
    return this.maps
  }

  get isf() {
    return this.built().isf
  }

  get centroid() {
    return this.built().centroid
  }

  get counts() {
    return this.built().counts
  }

  stemNumbers(i: number): Int32Array {
    return this.terms.slice(this.rowStart[i]!, this.rowStart[i + 1]!).sort()
  }

  /** `centrality` of body sentence `i`, the same operations on arrays. */
  centralityAt(i: number): number {
    let dot = 0
    let self2 = 0
    for (let e = this.rowStart[i]!; e < this.rowStart[i + 1]!; e++) {
      const k = this.terms[e]!
      const w = this.termCounts[e]! * this.isfOf[k]!
      dot += w * this.centroidOf[k]!
      self2 += w * w
    }
    return cosineRest(dot, self2, this.centroidNorm2)
  }

  /** `frequency` of body sentence `i`. */
  frequencyAt(i: number): number {
    const size = this.rowStart[i + 1]! - this.rowStart[i]!
    if (size === 0 || this.maxCount === 0) return 0
    let sum = 0
    for (let e = this.rowStart[i]!; e < this.rowStart[i + 1]!; e++) sum += this.countOf[this.terms[e]!]!
    return sum / (Math.max(size, FREQUENCY_MIN_WORDS) * this.maxCount)
  }

  /**
   * First mention, a word-position cue (Ouyang et al. 2010 found where a word first appears more telling than where a
   * sentence sits; Hong & Nenkova 2014 weigh a word's first occurrence among its importance features) read through
   * given/new (Halliday 1967): the share of the sentence's distinct content stems that the body names here first and
   * another sentence takes up again, over at least `FREQUENCY_MIN_WORDS` stems as in `frequency`. A sentence that
   * brings in a thread the story then follows states news, and news introduces a name or term in full the first time
   * (`Judge Bert Bam`, later `Bam`); one that only repeats given words, or brings in words nothing returns to (a colour
   * detail, an aside), scores low. Unlike the lead prior it can credit a late sentence that opens a new development.
   */
  firstMentionAt(i: number): number {
    const size = this.rowStart[i + 1]! - this.rowStart[i]!
    if (size === 0) return 0
    let introduced = 0
    for (let e = this.rowStart[i]!; e < this.rowStart[i + 1]!; e++) {
      const k = this.terms[e]!
      if (this.firstOf[k] === i && this.df[k]! > 1) introduced++
    }
    return introduced / Math.max(size, FREQUENCY_MIN_WORDS)
  }

  /** `titleOverlap` of body sentence `i`. */
  titleOverlapAt(i: number): number {
    if (this.title.size === 0) return 0
    let seen = 0
    for (const k of this.titleStems) {
      for (let e = this.rowStart[i]!; e < this.rowStart[i + 1]!; e++) {
        if (this.terms[e] === k) {
          seen++
          break
        }
      }
    }
    return seen / this.title.size
  }
}


/** Builds the statistics shared by every sentence's features, in one pass over the body. */
export function documentStats(bodies: readonly Token[][], titleTokens: readonly Token[]): DocumentStats {
  let total = 0
  for (const tokens of bodies) total += tokens.length
  // Stem numbers, and each sentence's distinct stems with their counts (a row per sentence).
  localStem.clear()
  // A token of each stem, in order of first occurrence: the stems' strings are read only if a Map is asked for.
  const stems: Token[] = []
  const rowStart = new Int32Array(bodies.length + 1)
  const terms = new Int32Array(total)
  const termCounts = new Int32Array(total)
  // Where stem k sits in the current sentence's row, valid when `rowOf[k]` is the sentence's number + 1.
  const rowOf = new Int32Array(total)
  const slotOf = new Int32Array(total)
  const firstOf = new Int32Array(total)
  let size = 0
  for (let i = 0; i < bodies.length; i++) {
    const tokens = bodies[i]!
    for (let j = 0; j < tokens.length; j++) {
      const t = tokens[j]!
      if (!isContent(t)) continue
      const stem = stemNumber(t)
      let k = localStem.get(stem)
      if (k < 0) {
        k = stems.length
        firstOf[k] = i
        localStem.set(stem, k)
        stems.push(t)
      }
      if (rowOf[k] === i + 1) termCounts[slotOf[k]!]!++
      else {
        rowOf[k] = i + 1
        slotOf[k] = size
        terms[size] = k
        termCounts[size++] = 1
      }
    }
    rowStart[i + 1] = size
  }
  const v = stems.length
  const df = new Float64Array(v)
  const countOf = new Float64Array(v)
  for (let e = 0; e < size; e++) {
    df[terms[e]!]!++
    countOf[terms[e]!] = countOf[terms[e]!]! + termCounts[e]!
  }
  const n = Math.max(1, bodies.length)
  const isfOf = new Float64Array(v)
  for (let k = 0; k < v; k++) isfOf[k] = Math.log((n + 1) / df[k]!)
  const centroidOf = new Float64Array(v)
  for (let e = 0; e < size; e++) centroidOf[terms[e]!] = centroidOf[terms[e]!]! + termCounts[e]! * isfOf[terms[e]!]!
  let centroidNorm2 = 0
  for (let k = 0; k < v; k++) centroidNorm2 += centroidOf[k]! * centroidOf[k]!
  let maxCount = 0
  for (let k = 0; k < v; k++) if (countOf[k]! > maxCount) maxCount = countOf[k]!
  const title = new Set(contentStems(titleTokens))
  const titleStems: number[] = []
  for (const t of titleTokens) {
    const k = isContent(t) ? localStem.get(stemNumber(t)) : -1
    if (k >= 0 && !titleStems.includes(k)) titleStems.push(k)
  }
  return new Stats(stems, isfOf, centroidOf, countOf, centroidNorm2, maxCount, title, bodies.length, Int32Array.from(titleStems), bodies, rowStart, terms, termCounts, firstOf, df)
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

/** The cosine with the centroid of the rest, from the dot product with the whole centroid and the self product. */
function cosineRest(dot: number, self2: number, centroidNorm2: number): number {
  const rest2 = centroidNorm2 - 2 * dot + self2
  const restDot = dot - self2
  if (self2 <= 0 || rest2 <= 0) return 0
  return Math.max(0, restDot / Math.sqrt(self2 * rest2))
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

const FREQUENCY_MIN_WORDS = 6

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

/** Length preference: sentences of 12–40 words score 1; shorter or much longer ones less. */
export function lengthScore(words: number): number {
  if (words < 12) return words / 12
  if (words > 40) return Math.max(0, 40 / words)
  return 1
}

// Openers that lean on the sentence before (a pronoun or a connective): out of context they read as dangling
// anaphora, a known flaw of extracts (Nenkova & McKeown 2011, §4.2).
const ANAPHORIC =
  /^(?:he|she|it|they|this|these|those|his|her|its|their|but|and|so|yet|also|however|meanwhile|still|then|instead|thus|there|in addition|additionally|moreover|furthermore|besides|likewise|similarly|nevertheless|nonetheless|as a result|therefore)\b/i

// The end-of-sentence tests below read character codes from the end instead of running a regex over the sentence:
// an unanchored `…$` pattern is tried at every position of the text.
/** JavaScript's whitespace (`\s`, what `trimEnd` removes). */
const isSpace = (c: number) =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
  c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
/** `"`, `'`, `”`, `’`, `)`: the marks that may follow a sentence's final punctuation. */
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41
/** `.`, `!`, `?`, `…`. */
const isTerminal = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026

/** Index of the character before the closers (and `]` when `bracket`) that end `text[0, end)`, or -1. */
function beforeClosers(text: string, end: number, bracket: boolean): number {
  let i = end - 1
  while (i >= 0 && (isCloser(text.charCodeAt(i)) || (bracket && text.charCodeAt(i) === 93))) i--
  return i
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
 * introduces what follows). Weights: weights.ts.
 */
export function features(input: ScoreInput, stats: DocumentStats): SentenceFeatures {
  const { tokens, norm } = input
  // The sentence's counts as `documentStats` made them, when it made them (the same Map: features only read it).
  // A body sentence of the stats is read from their arrays; any other sentence through string-keyed counts.
  const at = stats instanceof Stats && stats.bodies[input.bodyIndex] === tokens ? input.bodyIndex : undefined
  const tf = at === undefined ? termFrequencies(tokens) : null
  const words = tokens.length
  let proper = 0
  let numbers = 0
  for (let i = 0; i < words; i++) {
    const t = tokens[i]!
    if (i > 0 && t.capital && !t.stop) proper++
    if (t.numeric) numbers++
  }
  // `norm.trimEnd()`'s length, without making the string.
  let trimmed = norm.length
  while (trimmed > 0 && isSpace(norm.charCodeAt(trimmed - 1))) trimmed--
  const first = norm.charCodeAt(0)
  // `?` then closing quotes or brackets: /\?["'”’)]*$/ on the trimmed text.
  const questionAt = beforeClosers(norm, trimmed, false)
  // A terminator, closers (`]` too) and spaces: /[.!?…]["'”’)\]]*\s*$/.
  const terminalAt = beforeClosers(norm, trimmed, true)
  return {
    position: position(input.bodyIndex),
    paragraphLead: input.inParagraph === 0 ? 1 : 0,
    centrality: tf === null ? (stats as Stats).centralityAt(at!) : centrality(tf, stats),
    frequency: tf === null ? (stats as Stats).frequencyAt(at!) : frequency(tf, stats),
    titleOverlap: tf === null ? (stats as Stats).titleOverlapAt(at!) : titleOverlap(tf, stats.title),
    // A sentence from outside the body introduces nothing to it.
    firstMention: tf === null ? (stats as Stats).firstMentionAt(at!) : 0,
    properNouns: words ? Math.min(1, (3 * proper) / words) : 0,
    numbers: words ? Math.min(1, (5 * numbers) / words) : 0,
    length: lengthScore(words),
    question: questionAt >= 0 && norm.charCodeAt(questionAt) === 63 ? 1 : 0,
    // `"`, `“`, `‘`, `'`, `«`.
    openingQuote: first === 34 || first === 0x201c || first === 0x2018 || first === 39 || first === 0xab ? 1 : 0,
    quoted: quotedShare(norm),
    anaphora: ANAPHORIC.test(norm) ? 1 : 0,
    unterminated: terminalAt >= 0 && isTerminal(norm.charCodeAt(terminalAt)) ? 0 : 1,
    long: words > LONG_WORDS ? Math.min(1, (words - LONG_WORDS) / LONG_WORDS) : 0,
    leadIn: trimmed > 0 && norm.charCodeAt(trimmed - 1) === 58 ? 1 : 0,
    verbosity: Math.min(1, words / 50),
  }
}

/** Share of the sentence's characters that sit between straight or curly double quotes. */
export function quotedShare(norm: string): number {
  if (norm.length === 0) return 0
  // Most sentences quote no one: three native searches settle it faster than a loop over the characters.
  if (norm.indexOf('"') < 0 && norm.indexOf('“') < 0 && norm.indexOf('”') < 0) return 0
  let inside = 0
  let open = -1
  for (let i = 0; i < norm.length; i++) {
    // `"`, `“`, `”`: any of them opens or closes.
    const c = norm.charCodeAt(i)
    if (c !== 34 && c !== 0x201c && c !== 0x201d) continue
    if (open < 0) open = i
    else {
      inside += i - open + 1
      open = -1
    }
  }
  if (open >= 0) inside += norm.length - open
  return inside / norm.length
}

/** Weighted sum of the features. */
export function weightedScore(f: SentenceFeatures, weights: Readonly<Record<string, number>> = WEIGHTS): number {
  let score = 0
  for (const key in weights) score += (f[key] ?? 0) * weights[key]!
  return score
}
