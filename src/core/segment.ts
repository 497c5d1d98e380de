// Segment stage: splits a block into sentences without breaking after abbreviations, initials or decimals.
import { isAsciiAlnum, isTerminal } from './chars.js'

/** A sentence span in the normalized text. */
export interface SentenceSpan {
  start: number
  end: number
}

// Abbreviations after which a period does not end a sentence: titles, months, common Latin and address forms.
// Lowercase, without the final period. The list follows Punkt's most frequent English abbreviations (Kiss & Strunk 2006),
// with the military and police ranks news copy puts before names (`Spc. Alexis Hutchinson`, `Pfc. Bradley Manning`).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'cpl', 'pvt',
  'spc', 'spec', 'pfc', 'pte', 'cpt', 'brig', 'cdr', 'ens', 'sfc', 'ssgt', 'msgt', 'lcpl', 'lieut', 'gens', 'cmdt',
  'msgr', 'amb', 'atty', 'sens', 'govs', 'insps', 'sgts', 'rt',
  'gov', 'sen', 'rep', 'reps', 'pres', 'hon', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'supt', 'insp', 'det',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vol', 'vols', 'art', 'fig', 'figs', 'p', 'pp', 'para', 'ch', 'sec', 'approx', 'est', 'ca',
  'vs', 'v', 'etc', 'al', 'cf', 'ibid', 'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd',
  'rd', 'hwy', 'mins', 'hrs', 'sq', 'km', 'ft', 'lb', 'lbs', 'oz', 'dist', 'ref', 'op', 'ed', 'eds',
])
// After these the next token must be a number for the period to be kept (`No. 10`, `p. 4`, `Art. 3`).
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'art', 'fig', 'p', 'pp', 'para', 'ch', 'sec', 'op'])
// After these a capitalized next word may still start a new sentence (`… at Acme Inc. The firm …`).
const MAY_END = new Set(['inc', 'corp', 'co', 'ltd', 'bros', 'etc', 'al'])
// Words that usually open a sentence: after a dotted acronym (`U.S.`, `a.m.`) they signal a real boundary.
const STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'his',
  'her', 'its', 'their', 'our', 'but', 'and', 'so', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'as',
  'if', 'however', 'meanwhile', 'officials', 'police', 'some', 'many', 'most', 'one', 'two', 'both', 'since', 'during',
])

// Names spelled with an exclamation mark (`Yahoo! Inc.`, `Pop! Tech`, `Jeopardy! champion`): after one of these a `!`
// that is not the sentence's first word does not end the sentence.
const BANG_NAMES = new Set(['yahoo', 'jeopardy', 'pop', 'wham', 'oklahoma', 'hello', 'ok', 'mamma', 'wii'])

// `"`, `'`, `”`, `’`, `)`, `]`, `»`.
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb
const OPENER = /[\p{Lu}\p{N}"'“‘(\[«¿¡]/u
/** A capital, a digit or an opening mark: what may start a sentence. */
function isOpener(text: string, k: number): boolean {
  const c = text.charCodeAt(k)
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91
  return OPENER.test(text[k]!)
}
const WORD_CHAR = /[\p{L}\p{N}.'’-]/u

// The word tests below read ASCII by character code (`isAsciiAlnum`) and hand anything else to the patterns: a regex
// call per character was most of the cost of segmenting.
function wordBefore(text: string, end: number): string {
  // Bounded, so a 1 MB run of `U.S.U.S.…` costs the same at every period.
  const floor = Math.max(0, end - 40)
  let s = end
  while (s > floor) {
    const c = text.charCodeAt(s - 1)
    // A letter, digit, `.`, `'` or `-`; `’` and other letters outside ASCII by the pattern.
    if (c < 128 ? isAsciiAlnum(c) || c === 46 || c === 39 || c === 45 : WORD_CHAR.test(text[s - 1]!)) s--
    else break
  }
  // Leading `-`, `'`, `’` and `.` are not part of the word.
  while (s < end) {
    const c = text.charCodeAt(s)
    if (c === 45 || c === 39 || c === 0x2019 || c === 46) s++
    else break
  }
  return text.slice(s, end)
}

const WORD_AFTER = /^["'“‘(\[«]*([\p{L}\p{N}]+)/u

function wordAfter(text: string, start: number): string {
  // An ASCII run needs no pattern: skip the opening marks, take the letters and digits, and give up to the pattern
  // at the first character outside ASCII.
  const limit = Math.min(text.length, start + 40)
  let i = start
  while (i < limit) {
    const c = text.charCodeAt(i)
    if (c === 34 || c === 39 || c === 40 || c === 91) i++
    else break
  }
  const from = i
  while (i < limit) {
    const c = text.charCodeAt(i)
    if (c >= 128) {
      const m = WORD_AFTER.exec(text.slice(start, start + 40))
      return m ? m[1]! : ''
    }
    if (!isAsciiAlnum(c)) break
    i++
  }
  return text.slice(from, i)
}

function isBoundary(text: string, dot: number, next: number, sentenceStart: number): boolean {
  const before = wordBefore(text, dot)
  const lower = before.toLowerCase()
  const after = wordAfter(text, next)
  if (text[dot] === '!' && text[dot - 1] !== '!' && BANG_NAMES.has(lower) && /^\p{Lu}/u.test(before))
    return (dot - before.length <= sentenceStart && !/^(?:Inc|Corp|Ltd|Tech|News|Music|Japan|Answers)$/.test(after)) ||
      STARTERS.has(after.toLowerCase())
  if (text[dot] !== '.' || text[dot - 1] === '.' || text[dot + 1] === '.') return true
  if (before.length === 0) return true
  if (/^\d+$/.test(before)) return true
  if (BEFORE_NUMBER.has(lower)) return !/^\d/.test(after)
  if (MAY_END.has(lower)) return STARTERS.has(after.toLowerCase())
  if (ABBREVIATIONS.has(lower)) return false
  // An initial (`J. K. Rowling`) or a dotted acronym (`U.S.`, `e.g.`, `a.m.`).
  if (/^\p{Lu}$/u.test(before)) return false
  if (before.includes('.')) {
    if (lower === 'e.g' || lower === 'i.e') return false
    return STARTERS.has(after.toLowerCase())
  }
  return true
}

// Quotes that tell opening from closing. Inside an open one, a terminator does not end the sentence when the quote
// closes soon after, so `asked ‘Confused by drugs? Talk to FRANK.’` stays whole.
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '«': '»', '‘': '’' }
const QUOTE_REACH = 80

// Most characters are none of the marks `segment` looks at (`.`, `!`, `?`, `-`, `–`, `«`…`»` and U+2018 up: quotes,
// `…` and whatever else it hands to its tests); a sticky pattern skips them in native code, faster than a test each.
const QUIET = /[^!.?\-\u2013\xab-\xbb\u2018-\uffff]*/y

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
      (code === 0x201c || code === 0xab || code === 0x2018) &&
      (code !== 0x2018 || i === start || !/[\p{L}\p{N}]/u.test(text[i - 1]!))
    ) {
      openQuote = QUOTE_PAIRS[text[i]!]!
      continue
    }
    if (openQuote !== null && code === openQuote.charCodeAt(0)) {
      openQuote = null
      continue
    }
    if (!isTerminal(code)) continue
    let t = i + 1
    while (t < end && isTerminal(text.charCodeAt(t))) t++
    let j = t
    while (j < end && isCloser(text.charCodeAt(j))) j++
    const closesQuote = openQuote !== null && text.slice(t, j).includes(openQuote)
    let k = j
    while (k < end && text[k] === ' ') k++
    const boundary =
      k === end ||
      (k > j &&
        isOpener(text, k) &&
        !(openQuote !== null && !closesQuote && closesSoon(text, openQuote, j, end)) &&
        isBoundary(text, t - 1, k, sentenceStart))
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

// Bounded look-ahead, so a text full of opening quotes stays linear.
function closesSoon(text: string, quote: string, from: number, end: number): boolean {
  const to = Math.min(end, from + QUOTE_REACH)
  for (let i = from; i < to; i++)
    if (text[i] === quote && (quote !== '’' || !/[\p{L}]/u.test(text[i + 1] ?? ''))) return true
  return false
}
