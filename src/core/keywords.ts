// Keyphrase stage: noun-phrase-like candidates from word classes, ranked by position-biased PageRank (PositionRank).
import {
  BEFORE_VERB,
  FUNCTION_WORDS,
  NUMBER_WORDS,
  TEMPORAL,
  TITLE_ABBREVIATIONS,
  VAGUE_WORDS,
  VERBS,
  isGerund,
  isLyAdverb,
  isPastParticiple,
} from './lexicon.js'
import { rankStream } from './positionrank.js'
import type { Keyword, Token } from './types.js'
import { WordMap, WordSet, WordTable } from './wordtable.js'

/** One body sentence as the keyphrase stage sees it. */
export interface KeywordSentence {
  tokens: Token[]
  /** The sentence's normalized text, to see punctuation between tokens. */
  norm: string
  /** Normalized offset of the sentence's start (token offsets are relative to the document). */
  offset: number
  /** Position among the body sentences. */
  bodyIndex: number
}

/** How `keywords` ranks. */
export interface KeywordOptions {
  /** How many phrases. Default 10. */
  count?: number
  /** Longest common-noun phrase in words; longer runs keep their last words, which hold the head noun. Default 4. */
  maxWords?: number
  /** Longest name in words (`North American Free Trade Agreement`). Default 6. */
  maxNameWords?: number
  /** Co-occurrence window of the word graph, in consecutive content words. Default 10. */
  window?: number
}

/** A word of a sentence with its class as far as the keyphrase stage needs one. */
interface Word {
  t: Token
  /** Can sit inside a noun phrase. */
  content: boolean
  /** Capitalized as a name: not merely at the start of a sentence. */
  cap: boolean
  /** Ends in a possessive `’s`, which closes a noun phrase (`Alaska’s | chief environmental officer`). */
  possessive: boolean
  /** Position among all the document's words. */
  pos: number
  /** The bits of `classOf(t)`. */
  cls: number
  /** Node id of the stem in the word graph, once the word is read as content. */
  node: number
}

interface Candidate {
  stems: string[]
  /** The stems' node ids in the word graph. */
  nodes: number[]
  surface: Map<string, number>
  count: number
  first: number
}

const PURE_NUMBER = /^[\p{N}.,/]+$/u
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u
const NEGATED = /n['’]t$/u
const PLURAL = /[^siu]s$/u
// Plurals without the -s, for the same head-noun rule.
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children'])
// Particles of foreign names (`de la`, `van der`): inside a name they link, alone they are no phrase.
const PARTICLES = new Set(['de', 'la', 'del', 'da', 'di', 'le', 'el', 'von', 'van', 'der', 'den', 'du', 'des', 'al', 'bin'])
// Adjective endings (Quirk et al. 1985, appendix I): a lowercase phrase ending on one lacks its noun (`accidental`).
const ADJECTIVE_END = /(?:ous|ive|ful|less|able|ible|ical|ary|est)$/u
// Demonyms and initials modify a common noun after them: `Atlantic hurricane season`, `U.S. death toll`.
const MODIFIER_END = ['an', 'ese', 'ish', 'ic', 'i']
// Phrases of two words are the norm in news keyphrases (Wan & Xiao 2008: 61 % of DUC-2001's); longer ones decay.
const LENGTH_DECAY = 0.8
// Frequency enters gently: position already rewards what the story repeats early.
const FREQUENCY_POWER = 0.3

// What a word's lowercase form alone says of it, as bits, computed once per distinct word: the many set and regex tests
// below ran for every token of every sentence.
const CONTENT = 1 // may sit in a noun phrase, as far as the word itself goes
const VERB_CUE = 2 // a lowercase word after it is a verb (`he said`, `will run`, `didn't go`)
const PARTICIPLE = 4
const ADJECTIVE = 8
const VAGUE = 16
const PLURAL_HEAD = 32
const INITIAL_LETTERS = 64
const MODIFIER = 128
const classes = new WordTable()
// Words the document writes in lowercase somewhere, for one `keywords` call at a time.
const common = new WordSet()
// The word-graph node of each word id's stem, for one `keywords` call at a time.
const nodeOf = new WordMap()

function classOf(t: Token): number {
  const known = classes.get(t.id)
  if (known !== 0) return known - 1
  const lower = t.lower
  let c = 0
  const negated = NEGATED.test(lower)
  if (
    lower.length > 1 &&
    !FUNCTION_WORDS.has(lower) &&
    !VERBS.has(lower) &&
    !TEMPORAL.has(lower) &&
    !NUMBER_WORDS.has(lower) &&
    !PARTICLES.has(lower) &&
    !TITLE_ABBREVIATIONS.has(lower) &&
    !negated &&
    !isLyAdverb(lower) &&
    !PURE_NUMBER.test(lower)
  )
    c |= CONTENT
  if (BEFORE_VERB.has(lower) || negated) c |= VERB_CUE
  if (isPastParticiple(lower) || isGerund(lower)) c |= PARTICIPLE
  if (ADJECTIVE_END.test(lower)) c |= ADJECTIVE
  if (VAGUE_WORDS.has(lower)) c |= VAGUE
  if (PLURAL.test(lower) || IRREGULAR_PLURALS.has(lower)) c |= PLURAL_HEAD
  if (INITIALS.test(lower)) c |= INITIAL_LETTERS
  if (MODIFIER_END.some((e) => lower.endsWith(e))) c |= MODIFIER
  classes.set(t.id, c)
  return c
}

/** Word classes of one sentence: which words may stand in a noun phrase. */
function classify(sentence: KeywordSentence, start: number): Word[] {
  const { tokens, norm, offset } = sentence
  let bracket = false
  let scan = 0
  const words: Word[] = new Array(tokens.length)
  let prevCls = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const lower = t.lower
    // Square brackets hold the editor's notes (`[Text]`, `[Article by …]`), not the story.
    for (const to = t.start - offset; scan < to; scan++) {
      const ch = norm.charCodeAt(scan)
      if (ch === 91) bracket = true
      else if (ch === 93) bracket = false
    }
    // A capital opening a sentence says nothing when the word appears in lowercase elsewhere.
    const cap = t.capital && (i > 0 || !common.has(t.id))
    const cls = classOf(t)
    const afterVerbCue = i > 0 && !cap && (prevCls & VERB_CUE) !== 0
    const content = !bracket && (cls & CONTENT) !== 0 && !afterVerbCue
    const surfaceLength = t.end - t.start
    words[i] = { t, content, cap, possessive: surfaceLength > lower.length, pos: start + i, cls, node: -1 }
    prevCls = cls
  }
  // A participle is an adjective only where a noun phrase starts (`the affected animals`, `drinking water`);
  // between two content words it is the verb of a clause (`officer criticized cleanup efforts`).
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (!w.content || w.cap || (w.cls & PARTICIPLE) === 0) continue
    if ((i > 0 && words[i - 1]!.content) || !words[i + 1]?.content) w.content = false
  }
  return words
}

function gapBreaks(norm: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (norm.charCodeAt(i) !== 32) return true
  return false
}

/** Whether two neighbouring content words belong to one phrase. */
function joins(sentence: KeywordSentence, prev: Word, w: Word, i: number): boolean {
  let gap = prev.t.end - sentence.offset
  // The period of initials (`U.S. death toll`) is theirs, not the end of a phrase.
  if (sentence.norm.charCodeAt(gap) === 46 && (prev.cls & INITIAL_LETTERS) !== 0) gap++
  if (prev.possessive || gapBreaks(sentence.norm, gap, w.t.start - sentence.offset)) return false
  // A plural is a head noun: what follows starts anew (`tornadoes | occur`), unlike `tornado watches`.
  if (!prev.cap && (prev.cls & PLURAL_HEAD) !== 0) return false
  // Names and common nouns make separate phrases, except a demonym or initials before a noun.
  if (i > 1 && prev.cap !== w.cap) {
    return prev.cap && (prev.cls & (INITIAL_LETTERS | MODIFIER)) !== 0
  }
  return true
}

/** The phrase as written, names in their capitals and other words in lowercase, `U.S.` with its last period. */
function surfaceOf(sentence: KeywordSentence, run: readonly Word[]): string {
  const { norm, offset } = sentence
  let out = ''
  let last = -1
  for (const w of run) {
    const start = w.t.start - offset
    let end = w.t.end - offset
    if (w.possessive) end -= end - start - w.t.lower.length
    else if (norm.charCodeAt(end) === 46 && (w.cls & INITIAL_LETTERS) !== 0) end++
    const word = norm.slice(start, end)
    out += (last < 0 ? '' : norm.slice(last, start)) + (w.cap ? word : word.toLowerCase())
    last = end
  }
  return out
}

/**
 * Ranks keyphrases in three steps.
 * 1. Candidates are maximal runs of content words — not function words, verbs, adverbs, numbers, dates or vague
 *    words — the noun-phrase approximation of Hulth (2003); a participle counts as an adjective only where a phrase
 *    starts, a lowercase phrase may not end on an adjective, and names stay apart from common nouns.
 * 2. Words are scored by PageRank on their co-occurrence graph, biased towards words that come early and often:
 *    PositionRank (Florescu & Caragea 2017), whose bias is the sum of a word's inverse positions.
 * 3. A phrase scores the sum of its words' scores (as PositionRank) times a length prior and a frequency factor;
 *    a phrase whose words all appear in a better one (`Johnson` after `Ben Johnson`) is dropped.
 * Pure and linear in the text's length, plus one sort of the candidates.
 */
export function keywords(
  sentences: readonly KeywordSentence[],
  { count = 10, maxWords = 4, maxNameWords = 6, window = 10 }: KeywordOptions = {},
): Keyword[] {
  if (count <= 0) return []
  common.clear()
  for (const sentence of sentences) for (const t of sentence.tokens) if (!t.capital) common.add(t.id)

  // Stems get node ids in order of first content occurrence (the order PositionRank numbers them in); the stem of a
  // word id is looked up once per document.
  nodeOf.clear()
  const nodes = new Map<string, number>()
  const bias: number[] = []
  let stream = new Int32Array(1024)
  let streamLength = 0
  const candidates = new Map<string, Candidate>()
  const add = (sentence: KeywordSentence, run: Word[]) => {
    while (run.length && !run[run.length - 1]!.cap && (run[run.length - 1]!.cls & ADJECTIVE) !== 0) run.pop()
    while (run.length && !run[0]!.cap && (run[0]!.cls & VAGUE) !== 0) run.shift()
    if (run.length === 0) return
    const limit = run.every((w) => w.cap) ? maxNameWords : maxWords
    const words = run.length > limit ? run.slice(run.length - limit) : run
    const stems = words.map((w) => w.t.stem)
    const key = stems.join(' ')
    let c = candidates.get(key)
    if (!c) candidates.set(key, (c = { stems, nodes: words.map((w) => w.node), surface: new Map(), count: 0, first: words[0]!.pos }))
    c.count++
    const surface = surfaceOf(sentence, words)
    c.surface.set(surface, (c.surface.get(surface) ?? 0) + 1)
  }

  let pos = 0
  for (const sentence of sentences) {
    const words = classify(sentence, pos)
    pos += words.length
    let run: Word[] = []
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!
      const prev = words[i - 1]
      if (!w.content || !prev?.content || !joins(sentence, prev, w, i)) {
        add(sentence, run)
        run = []
      }
      if (!w.content) continue
      let node = nodeOf.get(w.t.id)
      if (node < 0) {
        node = nodes.get(w.t.stem) ?? -1
        if (node < 0) {
          node = nodes.size
          nodes.set(w.t.stem, node)
          bias.push(0)
        }
        nodeOf.set(w.t.id, node)
      }
      w.node = node
      run.push(w)
      bias[node] = bias[node]! + 1 / (1 + w.pos)
      if (streamLength === stream.length) {
        const grown = new Int32Array(stream.length * 2)
        grown.set(stream)
        stream = grown
      }
      stream[streamLength++] = node
    }
    add(sentence, run)
  }

  const score = rankStream(stream.subarray(0, streamLength), bias, { window })
  const scored = [...candidates.values()].map((c) => {
    let sum = 0
    for (const node of c.nodes) sum += score[node]!
    const prior = LENGTH_DECAY ** Math.max(0, c.stems.length - 2)
    return { c, score: sum * prior * (1 + c.count) ** FREQUENCY_POWER }
  })
  scored.sort((a, b) => b.score - a.score || a.c.first - b.c.first)
  const out: typeof scored = []
  for (const s of scored) {
    if (out.length >= count) break
    if (out.some((o) => s.c.stems.every((st) => o.c.stems.includes(st)))) continue
    out.push(s)
  }
  const top = out[0]?.score || 1
  return out.map(({ c, score }) => ({ text: mostCommon(c.surface), score: round(score / top) }))
}

function mostCommon(surfaces: Map<string, number>): string {
  let best = ''
  let n = 0
  for (const [s, c] of surfaces) if (c > n) [best, n] = [s, c]
  return best
}

const round = (x: number) => Math.round(x * 1000) / 1000
