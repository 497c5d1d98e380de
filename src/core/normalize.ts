// Normalize stage: Unicode NFC, one kind of line ending, plain spaces — with a map back to the original offsets.

/** The normalized text and the way back to the source. */
export interface NormalizeResult {
  text: string
  /** `starts[i]` is the source offset where normalized character `i` begins. */
  starts: Uint32Array
  /** `ends[i]` is the source offset just past normalized character `i`. */
  ends: Uint32Array
}

// Spaces that look like a space but are not U+0020 (NBSP and the typographic spaces); web copy is full of them.
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/
// Characters that carry nothing for a reader: zero-width spaces and joiners, BOM, soft hyphen, NUL and C0 controls.
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000e-\u001f\u007f]/
// A character that NFC may merge with its predecessor (combining marks, Hangul jamo): such runs are normalized together.
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u1161-\u11ff\u3099\u309a]/

// Numeric forms of the classes above, for the per-character fast path (a regex test per character dominated long texts).
const isOddSpace = (c: number) =>
  c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f ||
  c === 0x205f || c === 0x3000
const isInvisible = (c: number) =>
  c <= 0x08 || (c >= 0x0e && c <= 0x1f) || c === 0x7f || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 ||
  c === 0xfeff || c === 0xad
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

// NFC may expand a unit (a composition-excluded character decomposes): the maps grow when it does.
function grow(a: Uint32Array, need: number): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(Math.max(need, a.length * 2))
  out.set(a)
  return out
}

/**
 * Normalizes `source` for the later stages and keeps, for every character of the result, the offset it came from,
 * so that sentences can be reported as exact slices of what the user sent.
 * CRLF and CR become LF; odd spaces become U+0020; invisible characters are dropped; text is NFC.
 * Runs of characters that stay as they are (nearly all of a text) are copied with one `slice` each, and the offset
 * maps are typed arrays sized up front: a megabyte of text must not become a million one-character strings.
 */
export function normalize(source: string): NormalizeResult {
  const parts: string[] = []
  const n = source.length
  let starts: Uint32Array<ArrayBuffer> = new Uint32Array(n)
  let ends: Uint32Array<ArrayBuffer> = new Uint32Array(n)
  let size = 0
  let i = 0
  while (i < n) {
    // A run of characters kept as they are: printable ASCII, LF, and lone BMP characters that NFC leaves alone,
    // none of them followed by a combining mark that could merge with it.
    const from = i
    while (i < n) {
      const c = source.charCodeAt(i)
      if ((c >= 0x20 && c < 0x7f) || c === 0x0a) {
        i++
        continue
      }
      if (c < 0x80) break
      // A combining mark may merge with the character before it: that one leaves the run too.
      if (isCombining(c)) {
        if (i > from) i--
        break
      }
      if ((c >= 0xd800 && c <= 0xdfff) || isOddSpace(c) || isInvisible(c) || !stableAlone(c)) break
      i++
    }
    if (i > from) {
      parts.push(source.slice(from, i))
      if (size + (i - from) > starts.length) [starts, ends] = [grow(starts, size + i - from), grow(ends, size + i - from)]
      for (let k = from; k < i; k++) {
        starts[size] = k
        ends[size++] = k + 1
      }
      if (i >= n) break
    }
    const ch = source[i]!
    const code = ch.charCodeAt(0)
    if (ch === '\r') {
      parts.push('\n')
      if (size + 1 > starts.length) [starts, ends] = [grow(starts, size + 1), grow(ends, size + 1)]
      starts[size] = i
      i += source[i + 1] === '\n' ? 2 : 1
      ends[size++] = i
      continue
    }
    if (ch === '\n' || ODD_SPACE.test(ch)) {
      parts.push(ch === '\n' ? '\n' : ' ')
      if (size + 1 > starts.length) [starts, ends] = [grow(starts, size + 1), grow(ends, size + 1)]
      starts[size] = i
      ends[size++] = ++i
      continue
    }
    if (INVISIBLE.test(ch)) {
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
    if (size + composed.length > starts.length) [starts, ends] = [grow(starts, size + composed.length), grow(ends, size + composed.length)]
    for (let k = 0; k < composed.length; k++) {
      // Every character a unit composes into spans the whole unit, so a slice never cuts through it.
      starts[size] = i
      ends[size++] = j
    }
    i = j
  }
  const text = parts.length === 1 ? parts[0]! : parts.join('')
  return {
    text,
    // Views, not copies: the few characters dropped leave the arrays a little longer than the text.
    starts: size === starts.length ? starts : starts.subarray(0, size),
    ends: size === ends.length ? ends : ends.subarray(0, size),
  }
}

/**
 * Maps a normalized span `[start, end)` to the source span that holds exactly its characters.
 * An empty span maps to the source offset where its neighbour begins.
 */
export function toSourceSpan(norm: NormalizeResult, start: number, end: number): { start: number; end: number } {
  const count = norm.starts.length
  if (count === 0) return { start: 0, end: 0 }
  if (end <= start) {
    const at = start < count ? norm.starts[start]! : norm.ends[count - 1]!
    return { start: at, end: at }
  }
  return { start: norm.starts[Math.min(start, count - 1)]!, end: norm.ends[Math.min(end, count) - 1]! }
}
