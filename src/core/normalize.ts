// Normalize stage: Unicode NFC, one kind of line ending, plain spaces — with a map back to the original offsets.
import { isAsciiAlnum } from './chars.js'

/** The normalized text and the way back to the source. */
export interface NormalizeResult {
  text: string
  /** Where each character of `text` came from. */
  map: SegmentMap
}

// Spaces that look like a space but are not U+0020 (NBSP and the typographic spaces); web copy is full of them.
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/
// Characters that carry nothing for a reader: the zero-width space, the word joiner, BOM, soft hyphen, NUL and C0
// controls. The zero-width joiner and non-joiner (U+200D, U+200C) stay: they join emoji sequences (👩‍⚕️, 🏳️‍🌈) and
// spell Persian and Indic words (بیمارستان‌ها), which read differently without them.
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad\u0000-\u0008\u000e-\u001f\u007f]/
// A character that NFC may merge with its predecessor (combining marks, Hangul jamo): such runs are normalized together.
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u1161-\u11ff\u3099\u309a]/

// Numeric forms of the classes above, for the per-character fast path (a regex test per character dominated long texts).
const isOddSpace = (c: number) =>
  c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f ||
  c === 0x205f || c === 0x3000
const isInvisible = (c: number) =>
  c <= 0x08 || (c >= 0x0e && c <= 0x1f) || c === 0x7f || c === 0x200b || c === 0x2060 || c === 0xfeff || c === 0xad
// ZWNJ and ZWJ: kept (INVISIBLE says why) except between two ASCII letters or digits, where no script needs them and
// one would split `Micro‌soft` from `Microsoft`.
const isJoiner = (c: number) => c === 0x200c || c === 0x200d
// NEL and the line separator end a line, the paragraph separator a paragraph, as LF and a blank line do.
const isUnicodeBreak = (c: number) => c === 0x85 || c === 0x2028 || c === 0x2029
const isCombining = (c: number) =>
  c >= 0x300 &&
  ((c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f) || (c >= 0x1161 && c <= 0x11ff) || c === 0x3099 || c === 0x309a)

// Whether a BMP character is its own NFC form when it stands alone: 0 not yet known, 1 yes, 2 no. Filled lazily, so
// typographic quotes and accented letters take the fast path after their first sight.
let nfcStable: Uint8Array | null = null
function stableAlone(c: number): boolean {
  nfcStable ??= new Uint8Array(0x10000)
  let v = nfcStable[c]!
  if (v === 0) {
    const ch = String.fromCharCode(c)
    nfcStable[c] = v = ch.normalize('NFC') === ch ? 1 : 2
  }
  return v === 1
}

// The two loops over every character sit in small functions of their own: in one large loop, the first rare character
// of a long text met code the compiler had no feedback for, and it fell back to the interpreter, again and again.

// Printable ASCII and LF, nearly all of most texts: a sticky pattern skips a run of them in native code, about twice
// as fast as a test per character.
const PLAIN = /[\x20-\x7e\n]*/y

/**
 * End of the run from `i` of characters kept as they are: printable ASCII, LF, and lone BMP characters that NFC
 * leaves alone, none of them followed by a combining mark that could merge with it.
 */
function runEnd(source: string, i: number): number {
  const from = i
  const n = source.length
  const plain = PLAIN
  while (i < n) {
    plain.lastIndex = i
    plain.test(source)
    i = plain.lastIndex
    if (i >= n) break
    const c = source.charCodeAt(i)
    if (c < 0x80) break
    // A combining mark may merge with the character before it: that one leaves the run too.
    if (isCombining(c)) {
      if (i > from) i--
      break
    }
    if ((c >= 0xd800 && c <= 0xdfff) || isOddSpace(c) || isInvisible(c) || isUnicodeBreak(c) || isJoiner(c) || !stableAlone(c)) break
    i++
  }
  return i
}

/**
 * Normalizes `source` for the later stages and keeps, for every character of the result, the span it came from,
 * so that sentences can be reported as exact slices of what the user sent.
 * CRLF, CR, NEL and U+2028 become LF, U+2029 a blank line; odd spaces become U+0020; invisible characters are dropped;
 * text is NFC.
 * Runs of characters that stay as they are (nearly all of a text) are copied with one `slice` each and mapped back
 * as one segment each: a megabyte of text must not become a million one-character strings, nor a million offsets.
 */
export function normalize(source: string): NormalizeResult {
  const parts: string[] = []
  const n = source.length
  const map = new SegmentMap()
  let size = 0
  let i = 0
  while (i < n) {
    const from = i
    i = runEnd(source, i)
    if (i > from) {
      parts.push(source.slice(from, i))
      map.copied(size, from)
      size += i - from
      if (i >= n) break
    }
    const ch = source[i]!
    const code = ch.charCodeAt(0)
    if (ch === '\r') {
      parts.push('\n')
      const to = source[i + 1] === '\n' ? i + 2 : i + 1
      map.unit(size++, i, to)
      i = to
      continue
    }
    if (isUnicodeBreak(code)) {
      const breaks = code === 0x2029 ? '\n\n' : '\n'
      parts.push(breaks)
      for (let k = 0; k < breaks.length; k++) map.unit(size++, i, i + 1)
      i++
      continue
    }
    if (ch === '\n' || ODD_SPACE.test(ch)) {
      parts.push(ch === '\n' ? '\n' : ' ')
      map.copied(size++, i++)
      continue
    }
    if (INVISIBLE.test(ch) || (isJoiner(code) && i > 0 && isAsciiAlnum(source.charCodeAt(i - 1)) && isAsciiAlnum(source.charCodeAt(i + 1)))) {
      i++
      continue
    }
    // A base character with its following combining marks (or a surrogate pair) is normalized as one unit.
    let j = i + 1
    if (code >= 0xd800 && code <= 0xdbff && j < n) {
      const low = source.charCodeAt(j)
      if (low >= 0xdc00 && low <= 0xdfff) j++
    }
    while (j < n && COMBINING.test(source[j]!)) j++
    let unit = source.slice(i, j)
    // A lone surrogate cannot be normalized into anything meaningful; it is kept as the replacement character.
    if (j === i + 1 && code >= 0xd800 && code <= 0xdfff) unit = '\ufffd'
    const composed = unit.normalize('NFC')
    parts.push(composed)
    // Every character a unit composes into spans the whole unit, so a slice never cuts through it.
    for (let k = 0; k < composed.length; k++) map.unit(size++, i, j)
    i = j
  }
  const text = parts.length === 1 ? parts[0]! : parts.join('')
  return { text, map }
}

/**
 * Where each character of the normalized text came from, as segments in order: a copied segment maps its characters
 * one to one onto consecutive source characters; a unit maps one character onto a source span (a CRLF, or a character
 * composed from several). A character's span is found by binary search, over as many segments as the text has
 * characters that changed, plus one.
 */
export class SegmentMap {
  /** Normalized offset where each segment starts, its source offset, and for a unit the source end (else -1). */
  private readonly at: number[] = []
  private readonly source: number[] = []
  private readonly unitEnd: number[] = []

  /** Normalized characters from `at` on are source characters from `from` on, one for one (until the next segment). */
  copied(at: number, from: number): void {
    const last = this.at.length - 1
    // A run that continues the previous copied one in both texts (an odd space mid-sentence) extends it.
    if (last >= 0 && this.unitEnd[last] === -1 && this.source[last]! - this.at[last]! === from - at) return
    this.at.push(at)
    this.source.push(from)
    this.unitEnd.push(-1)
  }

  /** Normalized character `at` stands for source characters `from…to`. */
  unit(at: number, from: number, to: number): void {
    this.at.push(at)
    this.source.push(from)
    this.unitEnd.push(to)
  }

  private segmentOf(i: number): number {
    let lo = 0
    let hi = this.at.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.at[mid]! <= i) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** Source offset where normalized character `i` begins. */
  startOf(i: number): number {
    const k = this.segmentOf(i)
    return this.unitEnd[k] === -1 ? this.source[k]! + (i - this.at[k]!) : this.source[k]!
  }

  /** Source offset just past normalized character `i`. */
  endOf(i: number): number {
    const k = this.segmentOf(i)
    return this.unitEnd[k] === -1 ? this.source[k]! + (i - this.at[k]!) + 1 : this.unitEnd[k]!
  }
}

/**
 * Maps a normalized span `[start, end)` to the source span that holds exactly its characters.
 * An empty span maps to the source offset where its neighbour begins.
 */
export function toSourceSpan(norm: NormalizeResult, start: number, end: number): { start: number; end: number } {
  const count = norm.text.length
  if (count === 0) return { start: 0, end: 0 }
  if (end <= start) {
    const at = start < count ? norm.map.startOf(start) : norm.map.endOf(count - 1)
    return { start: at, end: at }
  }
  return { start: norm.map.startOf(Math.min(start, count - 1)), end: norm.map.endOf(Math.min(end, count) - 1) }
}
