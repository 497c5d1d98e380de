// Fitting a digest into a platform's limits: drop the least important items first, cut text only at words.
import type { Digest } from './digest.js'
import { cutAtWord, cutEscaped } from './cut.js'

/** What a fitted rendering left out; all zero and `cut: false` when it shows everything. */
export interface Dropped {
  sentences: number
  keyPoints: number
  quotes: number
  entities: number
  acronyms: number
  keywords: number
  /** Whether the last sentence (or the title) had to be shortened at a word boundary, with an ellipsis. */
  cut: boolean
}

/** What `fitDigest` returns: the rendering that fits and what it left out. */
export interface FitResult<T> {
  output: T
  dropped: Dropped
}

/**
 * A part of a rendering with a limit of its own (a Discord field, a Slack section): `details` holds the entities,
 * acronyms and keywords. `all` is a limit on the whole message (Discord's 6,000-character embed, a message length).
 */
export type Part = 'sentences' | 'keyPoints' | 'quotes' | 'details' | 'all'

/** Options of `fitDigest`. */
export interface FitOptions<T> {
  /** Renders a digest. */
  render: (digest: Digest) => T
  /** The parts of a rendering that break the platform's limits: none when it fits. */
  fits: (output: T) => readonly Part[]
}

/** Nothing dropped. */
export const NOTHING_DROPPED: Dropped = Object.freeze({
  sentences: 0, keyPoints: 0, quotes: 0, entities: 0, acronyms: 0, keywords: 0, cut: false,
})

// One shrinking step (exported for the fitter's tests), least important first: keywords, acronyms, entity names, quotes, then key points and summary
// sentences by rank (the highest rank number first; a key point before a sentence of the same rank, since key points
// restate the article). The best sentence always stays. When only some parts break their own limits (a Discord field
// of 1,024 characters), only those parts shrink: a long key-point list must not cost the summary its sentences, nor
// the keywords their place, when the message as a whole has room.
export function shrink(d: Digest, dropped: Dropped, over: ReadonlySet<Part>): Digest | null {
  const may = (part: Part) => over.has('all') || over.has(part)
  if (may('details') && d.keywords.length) {
    dropped.keywords++
    return { ...d, keywords: d.keywords.slice(0, -1) }
  }
  if (may('details') && d.acronyms.length) {
    dropped.acronyms++
    return { ...d, acronyms: d.acronyms.slice(0, -1) }
  }
  const kinds = (['places', 'organizations', 'people'] as const).filter((k) => d.entities[k].length)
  if (may('details') && kinds.length) {
    // The longest list loses its least-mentioned name.
    const kind = kinds.reduce((a, b) => (d.entities[b].length > d.entities[a].length ? b : a))
    dropped.entities++
    return { ...d, entities: { ...d.entities, [kind]: d.entities[kind].slice(0, -1) } }
  }
  if (may('quotes') && d.quotes.length) {
    dropped.quotes++
    return { ...d, quotes: d.quotes.slice(0, -1) }
  }
  const worstPoint = may('keyPoints') ? d.keyPoints.reduce((w, k, i) => (w < 0 || k.rank >= d.keyPoints[w]!.rank ? i : w), -1) : -1
  const worstSentence =
    may('sentences') && d.sentences.length > 1 ? d.sentences.reduce((w, s, i) => (w < 0 || s.rank > d.sentences[w]!.rank ? i : w), -1) : -1
  if (worstPoint >= 0 && (worstSentence < 0 || d.keyPoints[worstPoint]!.rank >= d.sentences[worstSentence]!.rank)) {
    dropped.keyPoints++
    return { ...d, keyPoints: d.keyPoints.filter((_, i) => i !== worstPoint) }
  }
  if (worstSentence >= 0) {
    dropped.sentences++
    return { ...d, sentences: d.sentences.filter((_, i) => i !== worstSentence) }
  }
  return null
}

// The longest word-boundary cut of the one remaining sentence that fits, by bisection on the length.
function cutLastSentence<T>(d: Digest, { render, fits }: FitOptions<T>): { digest: Digest; output: T } | null {
  const sentence = d.sentences[0]
  if (!sentence) return null
  const withText = (text: string): Digest => ({ ...d, sentences: [{ ...sentence, text }] })
  let lo = 0
  let hi = sentence.text.length
  let best: { digest: Digest; output: T } | null = null
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const digest = withText(cutAtWord(sentence.text, mid))
    const output = render(digest)
    if (fits(output).length === 0) {
      best = { digest, output }
      lo = mid + 1
    } else hi = mid - 1
  }
  return best
}

/**
 * While the whole message is over its limit every part gives up items in one order, so the digests that dropping
 * goes through are known in advance, and each is no longer than the one before: the first whose rendering is within
 * the message limit is found by bisection, in a few renderings instead of one per item (a sentence of a hundred
 * thousand characters cost every keyword, name and quote one rendering each). Returns the last digest when none is.
 */
function firstWithinAll<T>(digest: Digest, dropped: Dropped, { render, fits }: FitOptions<T>): { digest: Digest; dropped: Dropped } {
  const chain = [{ digest, dropped }]
  const all: ReadonlySet<Part> = new Set(['all'])
  for (;;) {
    const last = chain[chain.length - 1]!
    const counts = { ...last.dropped }
    const next = shrink(last.digest, counts, all)
    if (!next) break
    chain.push({ digest: next, dropped: counts })
  }
  let lo = 1
  let hi = chain.length - 1
  let found = chain.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (fits(render(chain[mid]!.digest)).includes('all')) lo = mid + 1
    else (found = mid), (hi = mid - 1)
  }
  return chain[found]!
}

/**
 * Renders `digest` and, while the rendering breaks the platform's limits, drops the least important item and
 * renders again; when only the best sentence is left, shortens it at a word boundary. Throws if even a bare
 * ellipsis cannot fit, which would be a bug in a renderer's fixed parts.
 */
export function fitDigest<T>(digest: Digest, options: FitOptions<T>): FitResult<T> {
  let dropped: Dropped = { ...NOTHING_DROPPED }
  let current = digest
  for (;;) {
    let output = options.render(current)
    let over = new Set(options.fits(output))
    if (over.has('all')) {
      ;({ digest: current, dropped } = firstWithinAll(current, dropped, options))
      output = options.render(current)
      over = new Set(options.fits(output))
    }
    if (over.size === 0) return { output, dropped }
    // A part that cannot shrink further (the summary down to its best sentence) leaves the rest to the cut below.
    const next = shrink(current, dropped, over)
    if (!next) break
    current = next
  }
  const cut = cutLastSentence(current, options)
  if (!cut) throw new Error('The rendering does not fit even with one shortened sentence.')
  return { output: cut.output, dropped: { ...dropped, cut: true } }
}

/** `X-Render-Dropped` header value: `none`, or the non-zero counts and `cut`, e.g. `keyPoints=2, sentences=1, cut`. */
export function describeDropped(dropped: Dropped): string {
  const parts = (Object.keys(dropped) as (keyof Dropped)[])
    .filter((k) => k !== 'cut' && (dropped[k] as number) > 0)
    .map((k) => `${k}=${dropped[k]}`)
  if (dropped.cut) parts.push('cut')
  return parts.length ? parts.join(', ') : 'none'
}

// Our own caps on a message's title and byline, so that an extracted page title or byline of any length still leaves
// room for the summary, in formats whose only limit is the whole message's (Telegram, Teams).
const TITLE_MAX = 512
const BYLINE_MAX = 256

/**
 * `fitDigest` for a format with one limit on the whole message: the title and byline cut at a word to our caps, and
 * `escape` applied once per text (the fitter renders again after each item it drops, with the same texts; a sentence
 * of a hundred thousand characters took 400 ms to fit when every rendering escaped it anew).
 */
export function fitMessage<T>(
  digest: Digest,
  { render, fits, escape }: { render: (digest: Digest, escape: (text: string) => string) => T; fits: FitOptions<T>['fits']; escape: (text: string) => string },
): FitResult<T> {
  const title = digest.title && cutEscaped(digest.title, TITLE_MAX)
  const byline = digest.byline && cutEscaped(digest.byline, BYLINE_MAX)
  const escaped = new Map<string, string>()
  const e = (text: string): string => {
    let out = escaped.get(text)
    if (out === undefined) escaped.set(text, (out = escape(text)))
    return out
  }
  const fitted = fitDigest({ ...digest, title, byline }, { render: (d) => render(d, e), fits })
  if (title !== digest.title || byline !== digest.byline) fitted.dropped.cut = true
  return fitted
}

