// Cutting text to a platform's length: at a word, never inside an emoji, a combining mark or an escape sequence.

const ELLIPSIS = '…'
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * The longest prefix of `text` with at most `max` UTF-16 units once an ellipsis is added, ending at a word boundary;
 * a single word longer than that is cut between grapheme clusters, so no emoji or combining mark is split.
 * Returns `text` unchanged when it already fits.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max))
  const room = max - ELLIPSIS.length
  const head = text.slice(0, room + 1)
  const space = head.lastIndexOf(' ')
  if (space > 0) return `${text.slice(0, space).trimEnd()}${ELLIPSIS}`
  let end = 0
  for (const { segment, index } of graphemes.segment(text)) {
    if (index + segment.length > room) break
    end = index + segment.length
  }
  return `${text.slice(0, end)}${ELLIPSIS}`
}

/**
 * The longest word-boundary cut of `text` (see `cutAtWord`) whose escaped form has at most `max` UTF-16 units, so
 * an escape sequence is never split: the cut is made on the raw text and measured escaped. Default: no escaping.
 */
export function cutEscaped(text: string, max: number, escape: (text: string) => string = (t) => t): string {
  if (escape(text).length <= max) return text
  let lo = 0
  let hi = Math.min(text.length, max)
  let best = ''
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const cut = cutAtWord(text, mid)
    if (escape(cut).length <= max) {
      best = cut
      lo = mid + 1
    } else hi = mid - 1
  }
  return best
}
