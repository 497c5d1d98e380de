// Quote stage: direct quotations in “…”, "…", ‘…’, '…' or «…», each with the speaker the press patterns name.
import { isBody } from './analyze.js'
import { isSpace } from './chars.js'
import type { EntityResult } from './entities.js'
import { bareQuoteBlocks } from './bare-quotes.js'
import { attribute, type Attribution } from './speakers.js'
import { sentenceStarts } from './offsets.js'
import type { Doc, Quote } from './types.js'

/** How `quotes` reads the text. */
export interface QuoteOptions {
  /** Fewest words of an unattributed quotation; shorter quoted words are scare quotes or titles. Default 4. */
  minWords?: number
}

const CLOSER: Readonly<Record<string, string>> = { '“': '”', '«': '»', '‘': '’', '"': '"', '„': '“', "'": "'" }
// The straight `'` too: tabloid copy quotes with it (`'I had to sit down,' she said.`); as an apostrophe it follows a
// letter (`can't`, `players' union`) and so opens nothing.
const OPENERS = /["“‘«„']/gu
const LETTER = /[\p{L}\p{N}]/u
const LETTER_ONLY = /\p{L}/u
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu
const TERMINAL = /[.!?]/u
const TITLE_CASE_WORD = /^[\p{Lu}\p{N}]/u


/** Whether the mark at `i` can open a quotation: at a word's start, not inside one (`rock ’n’ roll`, `5"`). */
function opensAt(text: string, i: number): boolean {
  const before = text[i - 1]
  const after = text[i + 1]
  // French typography spaces its guillemets: `« Nous … »`.
  if (after === undefined || (isSpace(after.charCodeAt(0)) && text[i] !== '«')) return false
  // A straight `'` before a digit elides a century (`the '90s`).
  if (text[i] === "'" && !LETTER_ONLY.test(after)) return false
  return before === undefined || !LETTER.test(before)
}

/** Whether the mark at `i` closes a quotation: `’` followed by a letter is an apostrophe (`Guatemala’s`). */
function closesAt(text: string, i: number, mark: string): boolean {
  if (i === 0 || (isSpace(text.charCodeAt(i - 1)) && mark !== '»')) return false
  return mark === '”' || mark === '»' || !LETTER.test(text[i + 1] ?? '')
}

/** Titles and names in quotes (`‘Keeping up with the Kardashians’`) are capitalized word by word; speech is not. */
function titleCase(words: readonly string[]): boolean {
  const long = words.filter((w) => w.length > 3)
  return long.length > 0 && long.every((w) => TITLE_CASE_WORD.test(w))
}

/** Whether quoted words without attribution read as speech: a sentence, or many words, and not in title case. */
function unattributedSpeech(inner: string, minWords: number): boolean {
  const words = inner.match(WORD) ?? []
  return words.length >= minWords && (TERMINAL.test(inner) || words.length >= 2 * minWords) && !titleCase(words)
}

interface Span {
  /** Normalized offsets of the quoted text, marks excluded. */
  start: number
  end: number
  open: number
  close: number
  block: number
  /** Index of the span this one continues (a quotation running over paragraphs), or -1. */
  continues: number
  /** A paragraph without marks after a `… said:` paragraph (bare-quotes.ts): a quote only if that names a speaker. */
  bare?: boolean
}

/** `marked` and `bare` merged by position, each `continues` index moved with the span it points at. */
function inOrder(marked: readonly Span[], bare: readonly Span[]): Span[] {
  const all = [...marked, ...bare].sort((a, b) => a.open - b.open)
  const at = new Map(all.map((span, i) => [span, i]))
  return all.map((span) => (span.continues < 0 ? span : { ...span, continues: at.get(marked[span.continues]!)! }))
}

/**
 * Quoted spans of the body, marks matched by kind. A quotation that runs to the end of its paragraph goes on when
 * the next paragraph opens with the same mark, the typographic convention for quotes over several paragraphs.
 * One pass over the opening marks; closing marks are found by one forward search per kind whose result is reused
 * while it lies ahead (a rejected candidate, an apostrophe, is rejected for every opener), so hostile text of
 * unmatched marks stays linear.
 */
function spans(doc: Doc): Span[] {
  const text = doc.normalized
  const blocks = doc.blocks
  const out: Span[] = []
  const ahead = new Map<string, number>()
  const closerFrom = (closer: string, from: number, end: number): number => {
    let k = ahead.get(closer)
    for (;;) {
      if (k === undefined || (k >= 0 && k < from)) k = text.indexOf(closer, from)
      ahead.set(closer, k)
      if (k < 0 || k >= end || closesAt(text, k, closer)) return k
      from = k + 1
    }
  }
  let carry: { mark: string; from: number; block: number } | null = null
  let b = 0
  OPENERS.lastIndex = 0
  for (let m = OPENERS.exec(text); m !== null; m = OPENERS.exec(text)) {
    const at = m.index
    const mark = m[0]
    while (b < blocks.length && blocks[b]!.end <= at) b++
    const block = blocks[b]
    if (!block || at < block.start || !isBody(block) || !opensAt(text, at)) continue
    const k = closerFrom(CLOSER[mark]!, at + 1, block.end)
    const continues = carry !== null && carry.block === b && carry.mark === mark && at === block.start ? carry.from : -1
    if (k >= 0 && k < block.end) {
      out.push({ start: at + 1, end: k, open: at, close: k, block: b, continues })
      OPENERS.lastIndex = k + 1
      continue
    }
    // Unclosed at the paragraph's end: kept only if the next paragraph reopens it; otherwise a stray mark.
    const next = blocks[b + 1]
    if (next && isBody(next) && text[next.start] === mark) {
      out.push({ start: at + 1, end: block.end, open: at, close: block.end, block: b, continues })
      carry = { mark, from: out.length - 1, block: b + 1 }
      OPENERS.lastIndex = block.end
    }
  }
  return out
}

// What may follow a quotation that ends its sentence: closing marks, stops and spaces.
const SENTENCE_TAIL = /[\s.!?…”’"'»)]/u

/**
 * The attribution of a quote that is a whole sentence, right after a sentence of the same paragraph whose quote has a
 * speaker: `“It is a welcome surprise,” said Jane Roe. “But the outlook remains uncertain.”` The press writes a
 * speaker's next sentence so, without a second `she said` (AP style: one attribution per paragraph of quotation).
 * Null otherwise: a quote set in the middle of a sentence, or after another sentence, may be anyone's.
 */
function followOn(
  doc: Doc,
  span: Span,
  previous: Span | undefined,
  attribution: Attribution | null | undefined,
  starts: readonly number[],
  sentence: number,
): Attribution | null {
  if (!previous || !attribution?.speaker || previous.block !== span.block) return null
  // The previous quote's sentence is the one just before: its close lies at or after that sentence's start.
  if (sentence === 0 || previous.close < starts[sentence - 1]! || previous.close >= starts[sentence]!) return null
  const text = doc.normalized
  // The quote opens its sentence and ends it: only closers, stops and spaces after it, up to the next sentence.
  if (span.open !== starts[sentence]) return null
  const next = Math.min(starts[sentence + 1] ?? doc.blocks[span.block]!.end, doc.blocks[span.block]!.end)
  for (let k = span.close + 1; k < next; k++) if (!SENTENCE_TAIL.test(text[k]!)) return null
  return attribution
}

/**
 * Finds the direct quotations of the body with their speakers. Each quote's `start`/`end` are UTF-16 offsets into
 * the source such that `source.slice(start, end)` is `text`: the quoted words without the quotation marks.
 * A quotation over several paragraphs comes out as consecutive quotes, one per paragraph, with the same speaker, so
 * that every `text` stays an exact slice of the source. `speaker` is the person the text names through
 * `X said, “…”`, `“…,” said X`, `“…,” X said`, `According to X, “…”`, `X posted, “…”`, a `X said:` line before a
 * quoted paragraph, or a pronoun resolved to the person last named in a fitting way; otherwise null. Quoted words
 * without attribution count only when they read as speech (a sentence, or at least `minWords` words not in title case).
 */
export function quotes(doc: Doc, people: EntityResult, { minWords = 4 }: QuoteOptions = {}): Quote[] {
  const starts = sentenceStarts(doc)
  const marked = spans(doc)
  const bare: Span[] = bareQuoteBlocks(doc).map((b) => {
    const { start, end } = doc.blocks[b]!
    return { start, end, open: start, close: end, block: b, continues: -1, bare: true }
  })
  // In document order: the loop below walks the sentences forward.
  const found = bare.length === 0 ? marked : inOrder(marked, bare)
  const attributions: (Attribution | null)[] = []
  const out: Quote[] = []
  let sentence = 0
  found.forEach((span, i) => {
    let start = span.start
    let end = span.end
    while (start < end && isSpace(doc.normalized.charCodeAt(start))) start++
    // `“We will rebuild,” said …`: the comma before the closing mark belongs to the attribution, not to the quote.
    while (end > start && (isSpace(doc.normalized.charCodeAt(end - 1)) || doc.normalized.charCodeAt(end - 1) === 44)) end--
    while (sentence + 1 < starts.length && starts[sentence + 1]! <= span.open) sentence++
    let attribution = span.continues >= 0 ? attributions[span.continues]! : attribute(doc, people, span, starts, sentence)
    if (attribution === null) attribution = followOn(doc, span, found[i - 1], attributions[i - 1], starts, sentence)
    attributions.push(attribution)
    if (span.bare && !attribution?.speaker) return
    if (end <= start || !(span.continues >= 0 || attribution !== null || unattributedSpeech(doc.normalized.slice(start, end), minWords))) return
    const at = doc.toSource(start, end)
    const quote: Quote = { text: doc.source.slice(at.start, at.end), speaker: attribution?.speaker ?? null, sentenceIndex: sentence, start: at.start, end: at.end }
    if (attribution?.role) quote.role = attribution.role
    out.push(quote)
  })
  return out
}
