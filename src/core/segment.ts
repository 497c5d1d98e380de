// Segment stage: splits a block into sentences without breaking after abbreviations, initials or decimals.
import { isCloser, isTerminal, isWideTerminal } from './chars.js'
import { isBoundary } from './segment-boundary.js'

/** A sentence span in the normalized text. */
export interface SentenceSpan {
  start: number
  end: number
}

// A letter of a script without case (Arabic, Devanagari, Hebrew, CJK) may start a sentence as a capital does.
const OPENER = /[\p{Lu}\p{Lo}\p{N}"'“‘(\[«¿¡「『（【〔〈《]/u
/** A capital, a caseless letter, a digit or an opening mark: what may start a sentence. */
function isOpener(text: string, k: number): boolean {
  const c = text.charCodeAt(k)
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91
  return OPENER.test(text[k]!)
}

// Quotes that tell opening from closing. Inside an open one, a terminator does not end the sentence when the quote
// closes soon after, so `asked ‘Confused by drugs? Talk to FRANK.’` stays whole.
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '«': '»', '‘': '’', '「': '」', '『': '』' }
const QUOTE_REACH = 80

// Most characters are none of the marks `segment` looks at (`.`, `!`, `?`, `-`, `–`, `«`…`»`, `؟`, `۔`, `।`, `॥` and
// U+2018 up: quotes, `…`, CJK marks and whatever else it hands to its tests); a sticky pattern skips them in native
// code, faster than a test each.
const QUIET = /[^!.?\-\u2013\xab-\xbb\u061f\u06d4\u0964\u0965\u2018-\uffff]*/y

/**
 * Splits `text[start, end)` into sentence spans. A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes
 * or brackets that follow) when whitespace and a capital, digit or opening quote come next, unless the period
 * belongs to an abbreviation, an initial, a dotted acronym not followed by a usual sentence opener, or a short quote.
 */
export function segment(text: string, start = 0, end = text.length): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  let sentenceStart = start
  let openQuote: string | null = null
  let dashes = 0
  // The block alone (a view, not a copy), so that no skip runs past its end.
  const block = text.slice(start, end)
  const quiet = QUIET
  for (let i = start; i < end; i++) {
    quiet.lastIndex = i - start
    quiet.test(block)
    i = quiet.lastIndex + start
    if (i >= end) break
    const code = text.charCodeAt(i)
    // A spaced `-` or `–`: three in a block, and a sentence of it may be a flattened list (`splitRun`).
    if (code === 0x2d || code === 0x2013) {
      if (text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) dashes++
      continue
    }
    // `‘` opens a quote only at a word's start; `’` is far more often an apostrophe.
    if (
      (code === 0x201c || code === 0xab || code === 0x2018 || code === 0x300c || code === 0x300e) &&
      (code !== 0x2018 || i === start || !/[\p{L}\p{N}]/u.test(text[i - 1]!))
    ) {
      openQuote = QUOTE_PAIRS[text[i]!]!
      continue
    }
    if (openQuote !== null && code === openQuote.charCodeAt(0)) {
      openQuote = null
      continue
    }
    if (!isTerminal(code) || (code === 0xff0e && isDigit(text.charCodeAt(i + 1)))) continue
    let t = i + 1
    while (t < end && isTerminal(text.charCodeAt(t))) t++
    let j = t
    while (j < end && isCloser(text.charCodeAt(j))) j++
    const closesQuote = openQuote !== null && text.slice(t, j).includes(openQuote)
    let k = j
    while (k < end && text[k] === ' ') k++
    const inQuote = openQuote !== null && !closesQuote && closesSoon(text, openQuote, j, end)
    // A CJK stop needs no space or capital after it (`…预算。议会…`), and no word before it is an abbreviation; after
    // a closing bracket, Japanese's quotative particle `と`/`って` carries the sentence on (`「…。」と言った。`).
    const boundary =
      k === end ||
      (isWideTerminal(text.charCodeAt(t - 1))
        ? !inQuote && !(j > t && (text[k] === 'と' || text.startsWith('って', k)))
        : k > j && isOpener(text, k) && !inQuote && isBoundary(text, t - 1, k, sentenceStart))
    if (closesQuote) openQuote = null
    if (boundary) {
      spans.push({ start: sentenceStart, end: j })
      sentenceStart = k
    }
    i = (boundary ? k : j) - 1
  }
  if (sentenceStart < end) {
    let e = end
    while (e > sentenceStart && text[e - 1] === ' ') e--
    if (e > sentenceStart) spans.push({ start: sentenceStart, end: e })
  }
  // Almost every block has fewer than three spaced dashes, so no sentence of it is a flattened list: counting the
  // spaces of its sentences would be a second pass for nothing.
  if (dashes < 3) return spans
  const out: SentenceSpan[] = []
  for (const span of spans) {
    if (spacesIn(text, span) < RUN_WORDS) out.push(span)
    else for (const part of splitRun(text, span)) out.push(part)
  }
  return out
}

function spacesIn(text: string, span: SentenceSpan): number {
  let n = 0
  for (let i = span.start; i < span.end; i++) if (text.charCodeAt(i) === 32) n++
  return n
}

// A "sentence" this long with spaced dashes in it is a list flattened onto one line (`- Best actor - Richard Griffiths
// for … - Best actress - …`), as scraped pages often leave them; its dashes are the item breaks.
const RUN_WORDS = 60
const RUN_DASH = / [-–] (?=\S)/g

function splitRun(text: string, span: SentenceSpan): SentenceSpan[] {
  const slice = text.slice(span.start, span.end)
  const cuts: number[] = []
  RUN_DASH.lastIndex = 0
  for (let m = RUN_DASH.exec(slice); m !== null; m = RUN_DASH.exec(slice)) cuts.push(m.index)
  if (cuts.length < 3) return [span]
  const out: SentenceSpan[] = []
  let from = span.start
  for (const cut of cuts) {
    if (span.start + cut > from) out.push({ start: from, end: span.start + cut })
    from = span.start + cut + 3
  }
  out.push({ start: from, end: span.end })
  return out
}

// `０`–`９` and `0`–`9`: after a fullwidth `．` they make it a decimal point (`３．５`).
const isDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)

// Bounded look-ahead, so a text full of opening quotes stays linear.
function closesSoon(text: string, quote: string, from: number, end: number): boolean {
  const to = Math.min(end, from + QUOTE_REACH)
  for (let i = from; i < to; i++)
    if (text[i] === quote && (quote !== '’' || !/[\p{L}]/u.test(text[i + 1] ?? ''))) return true
  return false
}
