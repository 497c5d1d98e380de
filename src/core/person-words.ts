// People's names and roles as lowercase words, the way the keyphrase stage compares them with a phrase's words.
import { isSpace } from './chars.js'

/**
 * Lowercase words between single spaces, periods dropped (`U.S.` and the tokens' `u.s` meet as `us`): `s` lowercased,
 * without periods, each run of characters other than letters, digits, `'`, `’` and `-` made one space, and trimmed.
 */
export function plain(s: string): string {
  // Most roles are ASCII words between single spaces once their periods go: the three regex passes would change
  // nothing but the case and the periods (they were ~1 % of the keyphrase stage).
  const words = asciiWords(s)
  if (words === NOT_PLAIN) return s.toLowerCase().replace(/\./gu, '').replace(/[^\p{L}\p{N}'’-]+/gu, ' ').trim()
  return words === DOTTED ? s.toLowerCase().replaceAll('.', '') : s.toLowerCase()
}

/** `plain` of a token's `lower`, which is one word: only one holding a period (`u.s`) needs the work. */
export const plainWord = (lower: string): string => (lower.includes('.') ? plain(lower) : lower)

const NOT_PLAIN = 0
const DOTTED = 1
const UNDOTTED = 2

/**
 * Whether `s` without its periods is ASCII letters, digits, `'` and `-` in words between single spaces: `DOTTED` or
 * `UNDOTTED` if so (as it holds periods or none), else `NOT_PLAIN`.
 */
function asciiWords(s: string): number {
  let space = true
  let dotted = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const letter = c | 32
    if (c === 46) dotted = true
    else if (c === 32) {
      if (space) return NOT_PLAIN
      space = true
    } else if ((letter >= 97 && letter <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45) space = false
    else return NOT_PLAIN
  }
  return space ? NOT_PLAIN : dotted ? DOTTED : UNDOTTED
}

/**
 * The lowercase words of `text`, split at white space as `text.toLowerCase().split(/\s+/u)` splits, without empty ones:
 * a scan, as the split and its filter cost a regex and two arrays per person per document.
 */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase()
  const words: string[] = []
  let from = 0
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && !isSpace(lower.charCodeAt(i))) continue
    if (i > from) words.push(lower.slice(from, i))
    from = i + 1
  }
  return words
}
