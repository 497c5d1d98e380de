// The pipeline: analyze → tokenize → score → select → render, for the summary, key points and keyphrases.
import { acronyms } from './acronyms.js'
import { analyze, isBody } from './analyze.js'
import { bareQuoteBlocks } from './bare-quotes.js'
import { findEntities } from './entities.js'
import { keywords } from './keywords.js'
import type { KeywordSentence } from './keyword-sentence.js'
import { budgetCharacters, FRAGMENT_WORDS } from './lengths.js'
import { findLists, finishBullets, listBullet, shorten, type ArticleList, type Bullet } from './keypoints.js'
import { languageOfCounts } from './language.js'
import { meta } from './meta.js'
import { resolveOptions, type SummarizeOptions } from './options.js'
import { renderKeyPoint, renderSentence, renderStats, renderSummary } from './render.js'
import { FEATURE_COUNT, featuresAt, LEAD_IN, scorePlan, weightedScore, weightedScores, type ScorePlan } from './feature-rows.js'
import { featureRow, weightsFor } from './score.js'
import { documentStats } from './document-stats.js'
import type { Stats } from './stats.js'
import { sentenceStarts } from './offsets.js'
import { quotes } from './quotes.js'
import { resolvePronoun } from './speakers.js'
import { select, type Candidate } from './select.js'
import { inDocument, tokenize } from './tokenize.js'
import type { SummarizeResult, SummarySentence, Token } from './types.js'
import { ALGORITHM_VERSION } from './version.js'

// A list the article gives as its own points outranks any single sentence as a key point.
const LIST_BONUS = 1

/** A body sentence as a selection candidate; its stem numbers (distinct, in no order: `select` needs none) are read
 * when selection first compares it, which only the best-scored pool ever is. */
class BodyCandidate implements Candidate {
  private numbers: Int32Array | null = null

  constructor(
    readonly index: number,
    readonly score: number,
    private readonly stats: Stats,
    readonly words: number,
    readonly characters: number,
  ) {}

  get stems(): Int32Array {
    return (this.numbers ??= this.stats.stemRow(this.index))
  }

  /** The same sentence with another score. */
  withScore(score: number): BodyCandidate {
    const c = new BodyCandidate(this.index, score, this.stats, this.words, this.characters)
    c.numbers = this.numbers
    return c
  }
}

// The weights and score plan of each summary size and article length met: articles repeat both, and a plan takes a
// pass over the weights' names. Bounded, as the lengths are not.
const plans = new Map<string, { weights: Record<string, number>; plan: ScorePlan | null }>()
const PLANS_BOUND = 4096

function weighing(count: number, total: number): { weights: Record<string, number>; plan: ScorePlan | null } {
  const key = `${count} ${total}`
  let found = plans.get(key)
  if (found === undefined) {
    if (plans.size >= PLANS_BOUND) plans.clear()
    const weights = weightsFor(count, total)
    found = { weights, plan: scorePlan(weights) }
    plans.set(key, found)
  }
  return found
}

// The feature rows of one call, reused from call to call (`summarize` is not re-entered): a 200k-word text's rows are
// a megabyte, and fresh memory costs more than the rows' own arithmetic. Every row is written before it is read.
let rowSpace = new Float64Array(0)
const featureRows = (length: number): Float64Array => {
  if (rowSpace.length < length) rowSpace = new Float64Array(Math.max(length, rowSpace.length * 2))
  return rowSpace
}

/**
 * Summarizes `text`: picks the best sentences verbatim, writes key-point bullets and ranks keyphrases.
 * Pure and deterministic: the same text and options always give the same result.
 */
export function summarize(text: string, options: SummarizeOptions = {}): SummarizeResult {
  return inDocument(() => summarizeDocument(text, options))
}

function summarizeDocument(text: string, options: SummarizeOptions): SummarizeResult {
  const opts = resolveOptions(options)
  const doc = analyze(text, { title: opts.title })
  const body = doc.sentences.filter(isBody)
  // Loops, not `map`, for arrays every later stage reads: map's result is packed when the builtin runs it and holey
  // when the optimizing compiler inlines it, and code that met one kind is thrown away when the other comes (the
  // 200k-word text deoptimized the stats, feature and entity stages on every call).
  const tokens: Token[][] = []
  for (const s of body) tokens.push(tokenize(s.norm))
  const titleTokens = doc.title ? tokenize(doc.title.text) : []
  const stats = documentStats(tokens, titleTokens)

  const n = body.length
  // Every sentence's features as one row of numbers; the features object is made only for a sentence shown with them.
  const rows = featureRows(n * FEATURE_COUNT)
  for (let i = 0; i < n; i++) {
    const s = body[i]!
    featureRow(tokens[i]!, s.norm, i, s.inParagraph, stats, rows, i * FEATURE_COUNT)
  }
  const count = opts.ratio !== undefined ? Math.max(1, Math.round(opts.ratio * n)) : opts.sentences
  // The weights follow the summary's share of the article: a short one leans on the lead, a long one on content.
  const { weights, plan } = weighing(count, n)
  const scores = plan
    ? weightedScores(rows, n, plan)
    : Float64Array.from({ length: n }, (_, i) => weightedScore(featuresAt(rows, i * FEATURE_COUNT), weights))
  let best = 1e-9
  for (let i = 0; i < n; i++) if (scores[i]! > best) best = scores[i]!
  const candidates: BodyCandidate[] = new Array(n)
  for (let i = 0; i < n; i++) {
    // Only a character budget reads the length.
    const characters = opts.maxCharacters === undefined ? 0 : budgetCharacters(body[i]!.text)
    candidates[i] = new BodyCandidate(i, scores[i]! / best, stats, tokens[i]!.length, characters)
  }

  // A minister's words set without marks (bare-quotes.ts) would read as the release's own in the summary: they are left
  // to the quotes and key points, which name the speaker, while the article has enough else to say.
  const unmarked = bareQuoteBlocks(doc)
  const own = unmarked.length === 0 ? candidates : candidates.filter((c) => !unmarked.includes(body[c.index]!.block))
  const budget = opts.maxWords !== undefined || opts.maxCharacters !== undefined
  const picked = select(own.length >= count ? own : candidates, {
    count,
    maxWords: opts.maxWords,
    maxCharacters: opts.maxCharacters,
    minWords: budget ? FRAGMENT_WORDS : 0,
  })
  let sentences: SummarySentence[] = []
  for (const [rank, c] of picked.chosen.entries())
    sentences.push(renderSentence(body[c.index]!, c.score, rank + 1, opts.explain ? featuresAt(rows, c.index * FEATURE_COUNT) : undefined))
  const summary = renderSummary(sentences)
  if (opts.sortBy === 'offset') sentences = [...sentences].sort((a, b) => a.start - b.start)

  // Key points: the article's own lists first, then the best distinct sentences, in document order.
  const lists = findLists(body)
  const inList = new Set<number>()
  const leadIns = new Map<number, ArticleList>()
  for (const l of lists) {
    for (const item of l.items) inList.add(item.index)
    leadIns.set(l.leadIn.index, l)
  }
  // Not list items; no lead-in sentence but a list's; a list's lead-in stands for the list and outranks the rest.
  const pointCandidates: BodyCandidate[] = []
  for (const c of candidates) {
    const index = body[c.index]!.index
    if (inList.has(index)) continue
    if (leadIns.has(index)) pointCandidates.push(c.withScore(c.score + LIST_BONUS))
    else if (rows[c.index * FEATURE_COUNT + LEAD_IN] === 0) pointCandidates.push(c)
  }
  const bullets: Bullet[] = select(pointCandidates, { count: opts.bullets, duplicate: 0.5 })
    .chosen.map((c) => c.index)
    .sort((a, b) => body[a]!.start - body[b]!.start)
    .map((i) => {
      const s = body[i]!
      return leadIns.has(s.index) ? listBullet(leadIns.get(s.index)!) : { text: shorten(s.norm), sentence: s, tokens: tokens[i]! }
    })

  // Who and what the text names: acronyms first, as their short forms count as mentions of what they stand for.
  const defined = acronyms(doc)
  const made = new Map<number, Token[]>()
  for (let i = 0; i < n; i++) made.set(body[i]!.index, tokens[i]!)
  const named = findEntities(doc, { acronyms: defined, tokens: made })
  const said = quotes(doc, named)
  const keyPoints = finishBullets(bullets, {
    people: named.entities.people,
    quotes: said,
    // The person a bullet's `he`/`she` stands for, found as a quote's pronoun is: the nearest fitting subject before.
    // `sentenceStarts` is made once per document, by the entity stage already.
    pronoun: (s, at, p) => resolvePronoun(named, sentenceStarts(doc)[s.index]! + at, s.index, p).speaker,
  }).map((b) => renderKeyPoint(b.text, b.sentence))

  const words = stats.words
  const keywordInput: KeywordSentence[] = []
  for (let i = 0; i < n; i++) keywordInput.push({ tokens: tokens[i]!, norm: body[i]!.norm, offset: 0, bodyIndex: i })
  return {
    version: ALGORITHM_VERSION,
    title: doc.title?.text ?? null,
    language: languageOfCounts(stats.stops, stats.words, opts.language),
    summary,
    sentences,
    keyPoints,
    keywords: keywords(keywordInput, { count: opts.keywords, people: named.entities.people }),
    quotes: said,
    entities: named.entities,
    acronyms: defined,
    meta: meta(doc),
    stats: renderStats(text, words, body.length, doc.paragraphs),
    truncated: picked.truncated,
  }
}
