// Structure stage: splits normalized text into blocks — title, headings, paragraphs, list items, boilerplate.
import { closesStory, isBareBy, isBoilerplateLine, isBylineName, isPublisherLabel } from './boilerplate.js'
import type { Block } from './types.js'

/** How `structure` is asked to read the text. */
export interface StructureOptions {
  /** A title given by the caller; a first line equal to it is marked as the title. Default: detect. */
  title?: string | null
}

// `•`, `-`, `*`, `–`, `·`, `▪`, or `1.` / `1)` / `a)`: the markers of list items.
const LIST_MARKER = /^\s*(?:[•\-*–·▪◦●]|\d{1,2}[.)]|[a-z][)])\s+/u

// The line-end and line-start tests read character codes: a `…$` pattern is tried at every position of the line,
// and these run on every line, several times.
/** Whether `text` ends with `.`, `!`, `?`, `…`, `:` or `;` and any closing quotes or brackets: /[.!?…:;]["'”’)\]]*$/. */
function endsTerminal(text: string): boolean {
  let i = text.length - 1
  for (let c = text.charCodeAt(i); c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93; c = text.charCodeAt(i)) i--
  const c = text.charCodeAt(i)
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59
}

/** Whether `text` ends with `?` and at most one closing quote: /\?["'”’]?$/u, without a match tried at every position. */
function endsQuestion(text: string): boolean {
  let i = text.length - 1
  const c = text.charCodeAt(i)
  if (c === 34 || c === 39 || c === 0x201d || c === 0x2019) i--
  return text.charCodeAt(i) === 63
}

const LOWER_START = /^[\p{Ll}(]/u
/** Whether `text` opens with a lowercase letter or `(`: /^[\p{Ll}(]/u. */
function opensLower(text: string): boolean {
  const c = text.charCodeAt(0)
  return c < 128 ? (c >= 97 && c <= 122) || c === 40 : LOWER_START.test(text)
}
const WORD = /[\p{L}\p{N}]+/gu

// Words no sentence or headline ends on: articles, prepositions, conjunctions, and the reporting verbs before a name
// (`… said` / `David Clark, the minister.`). A line that ends on one, or on a comma, goes on in the next line whatever
// its case: mail and wire copy wrap at a fixed width, and the next line may open on a name.
const WRAP_WORDS = new Set(
  ('a an the and or but nor of in on at to for from by with as than that which who whose whom into onto upon over ' +
    'under about between among through during before after since until against within without across along via ' +
    'said says told added').split(' '),
)
const LAST_WORD = /(\p{L}+)$/u

/** Whether `text` ends on a comma or on a word of `WRAP_WORDS`: the sentence goes on in the next line. */
function endsMidSentence(text: string): boolean {
  if (text.endsWith(',')) return true
  const last = LAST_WORD.exec(text.slice(-12))
  return last !== null && WRAP_WORDS.has(last[1]!.toLowerCase())
}

interface Line {
  start: number
  end: number
  text: string
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const n = text.length
  // `indexOf` finds each line break natively, far faster than a test per character.
  for (let start = 0; start <= n; ) {
    let i = text.indexOf('\n', start)
    if (i < 0) i = n
    // Trim spaces on both sides while keeping offsets exact.
    let s = start
    let e = i
    while (s < e && text.charCodeAt(s) === 32) s++
    while (e > s && text.charCodeAt(e - 1) === 32) e--
    lines.push({ start: s, end: e, text: text.slice(s, e) })
    start = i + 1
  }
  return lines
}

/** Words in `text`, counted up to `cap`. */
function wordCount(text: string, cap: number): number {
  let n = 0
  WORD.lastIndex = 0
  while (n < cap && WORD.exec(text) !== null) n++
  return n
}

/** A headline-shaped line: short, no closing punctuation, starts with a capital or digit. */
export function looksLikeHeading(text: string, maxWords = 20): boolean {
  if (endsTerminal(text) && !endsQuestion(text)) return false
  // The cheap tests first: counting the words of a long line is most of the cost.
  if (text.length > 200 || !/^[\p{Lu}\p{N}"“‘'(]/u.test(text)) return false
  const words = wordCount(text, maxWords + 1)
  return words > 0 && words <= maxWords
}

const simplify = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/**
 * Reads the layout of the text: blank lines and line breaks end blocks; a line that continues the previous one in
 * lower case is a soft wrap and joins it; list items and short headline lines stand alone.
 */
export function structure(text: string, { title }: StructureOptions = {}): Block[] {
  const blocks: Block[] = []
  const lines = splitLines(text)
  let list = -1
  let lists = 0
  let previousWasItem = false
  let open: Block | null = null
  let sawContent = false
  let afterSentence = false
  // Set at a closing heading (`Notes to editors`, `ENDS`) after body text: the rest is notes and contacts.
  let sawBody = false
  let ended = false
  // The line before was `By` alone: this one is the byline's names (`isBylineName`), not the headline. Or it was
  // `From:`: this one lists the publishers, if no sentence.
  let bylineNext = false
  let publishersNext = false
  // Whether a publisher's line has been read under the last `From:`.
  let tookPublisher = false
  lines.forEach((line, at) => {
    if (line.text.length === 0) {
      open = null
      // The publishers' lines under `From:` end at a blank line (one may stand between the label and them).
      if (tookPublisher) publishersNext = false
      return
    }
    const item = LIST_MARKER.test(line.text)
    // Only the open paragraph's last line (the previous one) can hold its terminator; testing the whole, growing
    // paragraph instead made a text of many wrapped lines quadratic.
    const previous = lines[at - 1]?.text ?? ''
    if (open && !item && open.kind === 'paragraph' && !endsTerminal(previous) && (opensLower(line.text) || endsMidSentence(previous))) {
      // A hard-wrapped line: the sentence goes on.
      open.end = line.end
      afterSentence = endsTerminal(line.text)
      return
    }
    // A line the next one continues (in lower case, or after a word no sentence ends on) is the start of a wrapped
    // paragraph, not a headline.
    const next = lines[at + 1]?.text ?? ''
    const wraps = next !== '' && !endsTerminal(line.text) && (opensLower(next) || endsMidSentence(line.text))
    let kind: Block['kind']
    if (ended || (sawBody && closesStory(line.text, line.start * 2 >= text.length))) {
      ended = true
      kind = 'boilerplate'
    } else if (isBoilerplateLine(line.text) || (bylineNext && isBylineName(line.text))) kind = 'boilerplate'
    else if (publishersNext && !endsTerminal(line.text) && line.text.length <= 300) {
      kind = 'boilerplate'
      tookPublisher = true
    } else if (item) kind = 'list-item'
    else if (!sawContent && (title ? simplify(line.text) === simplify(title) : !wraps && looksLikeHeading(line.text)))
      kind = 'title'
    // After a paragraph that ends as a sentence should, a line with no final punctuation is a heading, a photo
    // caption or a linked headline (`Rap artist Dolla arrives at the awards in 2007`), not body text. (A text that
    // never punctuates keeps its lines: the previous paragraph must have ended with a stop.)
    else if (!wraps && looksLikeHeading(line.text, afterSentence ? 30 : 8)) kind = 'heading'
    else kind = 'paragraph'
    if (kind === 'list-item') {
      if (!previousWasItem) list = lists++
    }
    previousWasItem = kind === 'list-item'
    bylineNext = isBareBy(line.text)
    // `From:` lists one publisher a line (`Department for Transport` / `The Rt Hon Mark Harper MP`).
    if (isPublisherLabel(line.text)) {
      publishersNext = true
      tookPublisher = false
    } else if (publishersNext && kind !== 'boilerplate') publishersNext = false
    if (kind !== 'boilerplate') sawContent = true
    if (kind === 'paragraph' || kind === 'list-item') sawBody = true
    if (kind === 'paragraph') afterSentence = endsTerminal(line.text)
    open = { kind, start: line.start, end: line.end, list: kind === 'list-item' ? list : -1 }
    blocks.push(open)
    if (kind !== 'paragraph') open = null
  })
  // A lone headline-like line with nothing after it is the text itself, not a title.
  if (blocks.length === 1 && blocks[0]!.kind !== 'boilerplate' && blocks[0]!.kind !== 'list-item')
    blocks[0]!.kind = 'paragraph'
  if (!blocks.some((b) => b.kind === 'paragraph' || b.kind === 'list-item'))
    for (const b of blocks) if (b.kind === 'heading') b.kind = 'paragraph'
  return blocks
}

/** Length of the list marker that opens an item (`• `, `1. `), or 0. */
export function listMarkerLength(text: string): number {
  const m = LIST_MARKER.exec(text)
  return m ? m[0].length : 0
}
