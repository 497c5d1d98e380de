// Bullet text: one sentence shortened to a stand-alone point (no connective, aside or trailing attribution; clipped).
import { capitalize, foldSpaces, isSpace } from './chars.js'
import { closerOf, looseMarks } from './quotemarks.js'
import { namesSpeaker } from './speaker-phrases.js'

// Openers that link a sentence to the one before; a bullet stands alone, so they go.
const CONNECTIVE =
  /^(?:in addition(?: to that)?|additionally|however|moreover|furthermore|meanwhile|also|besides|nevertheless|nonetheless|still|indeed|in fact|as a result|therefore|thus|consequently|finally|similarly|likewise|for (?:its|his|her|their) part|separately|in particular|on the other hand|at the same time|in turn|above all|in this regard|in this context|to that end|as such|then|and|but|so),\s+/iu
// Parentheticals that only expand or aside: `(27 miles)`, `(when FRANK was created)`. The look-behind starts a match
// only where a run of whitespace starts, so a long run not followed by `(` is scanned once, not once per character.
const PARENTHETICAL = /(?<!\s)\s+\([^()]{1,60}\)/gu
// The agencies' acronym tag after a name it defines (`Munich Security Conference -MSC-`): an aside, like a bracket.
const AGENCY_TAG = /\s[-–]\p{Lu}[\p{Lu}\p{N}&]{1,9}[-–](?=[\s,.;:]|$)/gu
// A trailing attribution that only repeats the speaker: `…, he said.`, `…, said the minister.` Group 1 is the closing
// quote mark before it, group 2 what follows a leading `said`, which `namesSpeaker` must accept.
const TRAILING_ATTRIBUTION =
  /,(["”’]?)\s+(?:(?:he|she|they|it|officials?|police|the \p{L}+(?: \p{L}+)?)\s+(?:said|says|added|noted|told [\p{L} ]{1,30})|(?:said|says|added)\s+((?:the\s+)?[\p{L} .'’-]{2,40}))\s*\.$/u
// Roughly 30 words: past that a bullet stops being a point.
const MAX_WORDS = 30

/**
 * Where the whitespace run before part number `max` (0-based) of `text.split(/\s+/)` starts, so that
 * `text.slice(0, at)` holds the first `max` parts; -1 when there are no more than `max` parts. Counted, not split.
 */
function partsEnd(text: string, max: number): number {
  let parts = 1
  let space = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // Printable ASCII is never whitespace: one comparison for most characters.
    const now = c > 32 && c < 0xa0 ? false : isSpace(c)
    if (now && !space && ++parts > max) return i
    space = now
  }
  return -1
}

/** `,`, `;`, `:` or whitespace: what a clipped bullet may not end on. */
const isClipTrail = (c: number) => c === 44 || c === 59 || c === 58 || isSpace(c)

/** Cuts a long bullet at the last clause boundary that keeps it under the word limit. */
function clip(text: string, maxWords: number): string {
  // Most bullets are short enough.
  const end = partsEnd(text, maxWords)
  if (end < 0) return text
  // `text.split(/\s+/).slice(0, maxWords).join(' ')`: the first parts, each whitespace run folded to one space.
  const head = foldSpaces(text.slice(0, end))
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' – '), head.lastIndexOf(' — '))
  const body = cut > head.length * 0.5 ? head.slice(0, cut) : head
  // `body.replace(/(?<![,;:\s])[,;:\s]+$/u, '')`: the whole run of those characters that ends the text goes.
  let keep = body.length
  while (keep > 0 && isClipTrail(body.charCodeAt(keep - 1))) keep--
  return `${body.slice(0, keep)}…`
}

/** Whether `text` has a dash or en dash after whitespace, where an `AGENCY_TAG` match must start. */
function mayHoldAgencyTag(text: string): boolean {
  for (let at = text.indexOf('-', 1); at > 0; at = text.indexOf('-', at + 1)) if (isSpace(text.charCodeAt(at - 1))) return true
  for (let at = text.indexOf('–', 1); at > 0; at = text.indexOf('–', at + 1)) if (isSpace(text.charCodeAt(at - 1))) return true
  return false
}

/** Whether `text` may end in a `TRAILING_ATTRIBUTION`: it ends in `.` and has a comma and one of the verbs. */
const mayHoldAttribution = (text: string) =>
  text.charCodeAt(text.length - 1) === 46 && text.includes(',') &&
  (text.includes('said') || text.includes('says') || text.includes('added') || text.includes('noted') || text.includes('told '))

/** `text` without its trailing attribution, when it has one whose `said` is followed by a speaker, not a clause. */
function dropAttribution(text: string): string {
  const m = TRAILING_ATTRIBUTION.exec(text)
  if (m === null || (m[2] !== undefined && !namesSpeaker(m[2], m[1] !== ''))) return text
  const head = text.slice(0, m.index)
  // The cut took the mark that closed a quotation the bullet opens (`"We remain hopeful," the spokesperson said.`):
  // it goes back after the full stop, where the sentence had it after the comma.
  const open = m[1] ? looseMarks(head).open : -1
  return open >= 0 && closerOf(head[open]!) === m[1] ? `${head}.${m[1]}` : `${head}.`
}

/**
 * Shortens one sentence into a bullet: no opening connective (`In addition,`), no aside in brackets or acronym tag,
 * no trailing `he said`; names, numbers and the verb stay. Past `maxWords` (default 30) it is cut at the last clause
 * boundary and ends in `…`. The style of wire-service summary bullets (AP's "key points" blocks): one point each.
 */
export function shorten(text: string, { maxWords = MAX_WORDS }: { maxWords?: number } = {}): string {
  let out = text.trim().replace(CONNECTIVE, '')
  // Each pattern runs only on text that holds what its match must: most sentences hold none of them.
  if (out.includes('(')) out = out.replace(PARENTHETICAL, '')
  if (mayHoldAgencyTag(out)) out = out.replace(AGENCY_TAG, '')
  if (mayHoldAttribution(out)) out = dropAttribution(out)
  // Capitalizing an ASCII first character keeps the length and the spaces, so `out` is counted instead of the
  // concatenation capitalizing makes, which V8 reads character by character far more slowly.
  if (out.charCodeAt(0) < 128 && partsEnd(out, maxWords) < 0) return capitalize(out)
  return clip(capitalize(out), maxWords)
}
