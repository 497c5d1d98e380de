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

/**
 * Normalizes `source` for the later stages and keeps, for every character of the result, the offset it came from,
 * so that sentences can be reported as exact slices of what the user sent.
 * CRLF and CR become LF; odd spaces become U+0020; invisible characters are dropped; text is NFC.
 */
export function normalize(source: string): NormalizeResult {
  const out: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  const n = source.length
  let i = 0
  while (i < n) {
    const ch = source[i]!
    const code = ch.charCodeAt(0)
    const next = i + 1 < n ? source.charCodeAt(i + 1) : 0
    if (code < 0x80 && code !== 0x0d && code >= 0x20 && code !== 0x7f && (next < 0x300 || !COMBINING.test(source[i + 1]!))) {
      // ASCII fast path: nothing to do.
      out.push(ch)
      starts.push(i)
      ends.push(++i)
      continue
    }
    if (ch === '\r') {
      out.push('\n')
      starts.push(i)
      i += source[i + 1] === '\n' ? 2 : 1
      ends.push(i)
      continue
    }
    if (ch === '\n' || ODD_SPACE.test(ch)) {
      out.push(ch === '\n' ? '\n' : ' ')
      starts.push(i)
      ends.push(++i)
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
    for (let k = 0; k < composed.length; k++) {
      out.push(composed[k]!)
      // Every character a unit composes into spans the whole unit, so a slice never cuts through it.
      starts.push(i)
      ends.push(j)
    }
    i = j
  }
  return { text: out.join(''), starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) }
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
