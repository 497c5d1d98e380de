// Keyphrase stage: noun-phrase-like candidates from word classes, ranked by position-biased PageRank (PositionRank).
import { Candidates } from './keyword-candidates.js'
import { PersonReferents, type PersonName } from './keyword-people.js'
import { bestCandidates } from './keyword-select.js'
import { capitalized, classBits, classify, isCap, isContent, joins, nodeAt, possessive, type KeywordSentence } from './keyword-sentence.js'
import { KeywordWords } from './keyword-words.js'
import { rankStream } from './positionrank.js'
import type { Keyword, Token } from './types.js'
import { TITLE, wordClasses } from './entity-words.js'
import { ADJECTIVE, INITIAL_LETTERS, MODIFIER, VAGUE } from './wordclass.js'
import { WordMap } from './wordtable.js'
import { stemNumber } from './wordtoken.js'

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
  /** The text's people (entities' names and roles), best first: phrases naming one of them make one keyword. Default none. */
  people?: readonly PersonName[]
}

// Per word: class bits, stem number, whether the document writes it in lowercase, and its graph node.
const words = new KeywordWords()
// The word-graph node of each stem number, for one `keywords` call at a time.
const nodeOfStem = new WordMap()
// The candidates of one `keywords` call at a time.
const candidates = new Candidates()

// The content words' graph nodes in document order and the nodes' biases, reused from call to call (`keywords` is
// not re-entered).
let stream = new Int32Array(1024)
let bias = new Float64Array(256)
// The nodes' PageRank scores, likewise.
let nodeScores = new Float64Array(256)


/** The phrase as written, names in their capitals and other words in lowercase, `U.S.` with its last period. */
function surfaceOf(sentence: KeywordSentence, from: number, to: number): string {
  const { norm, offset, tokens } = sentence
  let out = ''
  let last = -1
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    const start = t.start - offset
    let end = t.end - offset
    if (possessive(t)) end -= end - start - t.lower.length
    else if (norm.charCodeAt(end) === 46 && (words.classOf(t) & INITIAL_LETTERS) !== 0) end++
    const word = norm.slice(start, end)
    out += (last < 0 ? '' : norm.slice(last, start)) + (capitalized(t, i, words) ? word : word.toLowerCase())
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
 *    a phrase whose words all appear in a better one (`Johnson` after `Ben Johnson`) is dropped, and phrases naming
 *    one person (`Judge Thomas`, `Clarence Thomas`) make one keyword, in the fullest spelling (keyword-people.ts).
 * Pure and linear in the text's length.
 */
export function keywords(
  sentences: readonly KeywordSentence[],
  { count = 10, maxWords = 4, maxNameWords = 6, window = 10, people = [] }: KeywordOptions = {},
): Keyword[] {
  if (count <= 0) return []
  words.begin()
  for (const sentence of sentences) for (const t of sentence.tokens) words.see(t)

  // Stems get node ids in order of first content occurrence (the order PositionRank numbers them in); the node of a
  // word id is looked up once per document, through its stem number.
  nodeOfStem.clear()
  candidates.clear()
  let nodes = 0
  let streamLength = 0
  // Module variables in locals: each use of a module `let` reloads it from its context slot.
  const table = words
  let nodeStream = stream
  let nodeBias = bias
  let pos = 0
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!
    const tokens = sentence.tokens
    classify(sentence, table)
    const contents = isContent
    const runNodes = nodeAt
    let runFrom = 0
    let runTo = 0
    for (let i = 0; i < tokens.length; i++) {
      if (!contents[i] || i === 0 || !contents[i - 1] || !joins(sentence, i)) {
        if (runTo > runFrom) addRun(tokens, s, runFrom, runTo, pos, maxWords, maxNameWords)
        runFrom = runTo = i
      }
      if (!contents[i]) continue
      const t = tokens[i]!
      let node = table.node(t.id)
      if (node < 0) {
        const stem = stemNumber(t)
        node = nodeOfStem.get(stem)
        if (node < 0) {
          node = nodes++
          nodeOfStem.set(stem, node)
          if (node === nodeBias.length) {
            const grown = new Float64Array(nodeBias.length * 2)
            grown.set(nodeBias)
            nodeBias = bias = grown
          }
          nodeBias[node] = 0
        }
        table.setNode(t.id, node)
      }
      runNodes[i] = node
      runTo = i + 1
      nodeBias[node] = nodeBias[node]! + 1 / (1 + pos + i)
      if (streamLength === nodeStream.length) {
        const grown = new Int32Array(nodeStream.length * 2)
        grown.set(nodeStream)
        nodeStream = stream = grown
      }
      nodeStream[streamLength++] = node
    }
    if (runTo > runFrom) addRun(tokens, s, runFrom, runTo, pos, maxWords, maxNameWords)
    pos += tokens.length
  }

  if (nodeScores.length < nodes) nodeScores = new Float64Array(Math.max(nodes, nodeScores.length * 2))
  rankStream(stream.subarray(0, streamLength), bias.subarray(0, nodes), { window }, nodeScores)
  const referents = people.length === 0 ? null : new PersonReferents(people).of(sentences, candidates)
  const { best: out, scores } = bestCandidates(candidates, nodeScores, count, referents)
  const top = scores[0] || 1
  const result: Keyword[] = []
  for (let i = 0; i < out.length; i++) {
    const text = referents?.label(out[i]!) ?? mostCommon(sentences, out[i]!)
    result.push({ text, score: round(scores[i]! / top) })
  }
  return result
}

/**
 * Adds the run of content words [from, to) of sentence `s` (which starts at document position `pos`) of the sentence
 * being read as a candidate: without a trailing adjective or a leading vague word, and cut to its last words.
 */
function addRun(tokens: readonly Token[], s: number, from: number, to: number, pos: number, maxWords: number, maxNameWords: number): void {
  while (to > from && !isCap[to - 1] && (classBits[to - 1]! & ADJECTIVE) !== 0) to--
  while (from < to && !isCap[from] && (classBits[from]! & VAGUE) !== 0) from++
  if (from === to) return
  // A title with at most a demonym or a lowercase word before it (`Guatemalan president`, `foreign minister`) names a
  // person's office, not a topic: the person's own keyword stands for it (keyword-people.ts).
  // The title test by word id (`TITLE` is `isTitleWord`, cached per word by the entity stage): a set lookup by string
  // per run was ~3 % of the stage.
  if (to - from <= 2 && !isCap[to - 1] && (to - from === 1 || !isCap[from] || (classBits[from]! & MODIFIER) !== 0)) {
    const last = tokens[to - 1]!
    if ((wordClasses(last.id, last.lower) & TITLE) !== 0) return
  }
  let names = true
  for (let i = from; i < to; i++) if (!isCap[i]) names = false
  const limit = names ? maxNameWords : maxWords
  if (to - from > limit) from = to - limit
  candidates.add(nodeAt, from, to, s, pos + from)
}

/** The candidate's most frequent surface, the first seen among equals. */
function mostCommon(sentences: readonly KeywordSentence[], k: number): string {
  // Most phrases are written one way throughout: the counting map is made only once a second surface turns up.
  const first = occurrenceSurface(sentences, candidates.firstOccurrence(k))
  let same = 1
  let surfaces: Map<string, number> | null = null
  for (let o = candidates.nextOccurrence(candidates.firstOccurrence(k)); o >= 0; o = candidates.nextOccurrence(o)) {
    const text = occurrenceSurface(sentences, o)
    if (surfaces === null) {
      if (text === first) {
        same++
        continue
      }
      surfaces = new Map([[first, same]])
    }
    surfaces.set(text, (surfaces.get(text) ?? 0) + 1)
  }
  if (surfaces === null) return first
  let best = ''
  let n = 0
  for (const [s, count] of surfaces) if (count > n) [best, n] = [s, count]
  return best
}

/** The surface of occurrence `o` of a candidate. */
const occurrenceSurface = (sentences: readonly KeywordSentence[], o: number) =>
  surfaceOf(sentences[candidates.occurrenceSentence(o)]!, candidates.occurrenceFrom(o), candidates.occurrenceTo(o))

const round = (x: number) => Math.round(x * 1000) / 1000
