// The renderers' view of a result: cleaned text, a rank on every droppable item, and the optional extras.
import { foldSpaces } from '../../core/chars.js'
import { summaryUnit } from '../../core/render.js'
import type { Acronym, Entities, Meta, Quote, SummarizeResult } from '../../core/index.js'

/**
 * A result as stored and served. Quotes, entities, acronyms and meta are optional so the renderers work on results
 * from before the core had them and show them as soon as it does.
 */
export type RenderableResult = Omit<SummarizeResult, 'quotes' | 'entities' | 'acronyms' | 'meta'> & {
  id?: string
  quotes?: Quote[]
  entities?: Partial<Entities>
  acronyms?: Acronym[]
  meta?: Partial<Meta> | null
}

/** A piece of text with its rank: 1 is the best; the highest number goes first when a rendering must shrink. */
export interface RankedText {
  text: string
  rank: number
}

/** Entity names by kind, in the order the result gives them (most mentioned first). */
export interface DigestEntities {
  people: string[]
  organizations: string[]
  places: string[]
}

/** What every renderer draws from; the fitter shrinks it. */
export interface Digest {
  title: string | null
  /** The summary's sentences in document order. */
  sentences: RankedText[]
  /** The key points in document order. */
  keyPoints: RankedText[]
  quotes: { text: string; speaker: string | null }[]
  entities: DigestEntities
  acronyms: Acronym[]
  keywords: string[]
  /** A short "by … · dateline · source" line, or null. */
  byline: string | null
  id: string | null
  version: string
}

// Bidi embeddings, overrides and isolates: an unpaired one would reorder everything after it in the chat client
// ("Trojan Source", CVE-2021-42574). Marks (U+200E, U+200F) are harmless and kept, so right-to-left text still reads.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g
// C0/C1 controls other than whitespace and NEL (U+0085, a line break, folded by `foldSpaces`), and lone surrogates,
// have no business in a message.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Folds whitespace to single spaces and removes invisible controls; the text is otherwise kept as written. */
export function clean(text: string): string {
  return foldSpaces(text.replace(BIDI_CONTROLS, '').replace(CONTROLS, '')).trim()
}

const names = (list: { text: string }[] | undefined): string[] =>
  (list ?? []).map((e) => clean(e.text)).filter(Boolean)

/**
 * Builds the digest of `result`. Sentences keep their rank. A key point cut from a summary sentence takes that
 * sentence's rank; the others follow all of those, earlier ones first (position is the core's strongest feature).
 */
export function toDigest(result: RenderableResult): Digest {
  const sentences = [...result.sentences]
    .sort((a, b) => a.start - b.start)
    // Each sentence as the core's `summary` writes it: list items capitalized and closed, so they do not run on.
    .map((s) => ({ text: summaryUnit(clean(s.text)), rank: s.rank }))
    .filter((s) => s.text)
  const rankOf = new Map(result.sentences.map((s) => [s.index, s.rank]))
  const base = result.sentences.length
  let next = 0
  const keyPoints = result.keyPoints
    .map((k) => ({ text: clean(k.text), rank: rankOf.get(k.sentenceIndex) ?? base + ++next }))
    .filter((k) => k.text)
  const meta = result.meta ?? {}
  const byline = [meta.byline, meta.dateline, meta.source, meta.published].map((v) => clean(v ?? '')).filter(Boolean)
  return {
    title: clean(result.title ?? '') || null,
    sentences,
    keyPoints,
    quotes: (result.quotes ?? [])
      .map((q) => ({ text: clean(q.text), speaker: q.speaker ? clean(q.speaker) || null : null }))
      .filter((q) => q.text),
    entities: {
      people: names(result.entities?.people),
      organizations: names(result.entities?.organizations),
      places: names(result.entities?.places),
    },
    acronyms: (result.acronyms ?? [])
      .map((a) => ({ short: clean(a.short), long: clean(a.long) }))
      .filter((a) => a.short && a.long),
    keywords: result.keywords.map((k) => clean(k.text)).filter(Boolean),
    byline: byline.length ? byline.join(' · ') : null,
    id: result.id ?? null,
    version: result.version,
  }
}

/** Entity lists with a label, skipping empty ones. */
export function entityGroups(entities: DigestEntities): { label: string; names: string[] }[] {
  return [
    { label: 'People', names: entities.people },
    { label: 'Organizations', names: entities.organizations },
    { label: 'Places', names: entities.places },
  ].filter((g) => g.names.length > 0)
}

/** A quote as one line: the words in curly quotes, then the speaker when known. */
export function quoteLine(quote: { text: string; speaker: string | null }): string {
  const words = /^["“«„]/.test(quote.text) ? quote.text : `“${quote.text}”`
  return quote.speaker ? `${words} — ${quote.speaker}` : words
}
