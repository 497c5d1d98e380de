// Character tests and whitespace folding by character code, for the stages that would otherwise run a regex per string.

/**
 * JavaScript's whitespace: what `\s` matches and `trim` removes. Printable ASCII, the common case, is settled by the
 * first comparison.
 */
export const isSpace = (c: number): boolean =>
  c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c >= 0xa0 &&
      (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
        c === 0x205f || c === 0x3000 || c === 0xfeff)

/**
 * `.`, `!`, `?`, `…`, and the other scripts' own: the marks that end a sentence. Outside ASCII: the Arabic question
 * mark `؟` and Urdu full stop `۔`, the Devanagari danda `।` and double danda `॥`, and the wide marks of `isWideTerminal`.
 */
export const isTerminal = (c: number): boolean =>
  c < 128
    ? c === 46 || c === 33 || c === 63
    : c === 0x2026 || c === 0x061f || c === 0x06d4 || c === 0x0964 || c === 0x0965 || isWideTerminal(c)

/**
 * The CJK sentence ends: ideographic full stop `。`, fullwidth `！` `？` `．` and halfwidth `｡`. Chinese and Japanese put
 * no space after them, so unlike `.` they end a sentence whatever follows.
 */
export const isWideTerminal = (c: number): boolean =>
  c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0e || c === 0xff61

/** An ASCII letter or digit: the word characters the stages test by code before handing others to a pattern. */
export const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)

// Whitespace that folding would change: any but a plain space, or a space with more whitespace after it. NEL (U+0085)
// breaks a line (normalize.ts) but is no `\s`, so it is named.
const NOT_PLAIN = /[^\S ]|\u0085| [\s\u0085]/
const SPACES = /[\s\u0085]+/g

/**
 * `text.replace(/[\s\u0085]+/g, ' ')`. Most text has only single plain spaces, where the replacement changes nothing
 * but still builds a new string from every match: one test finds that case and returns `text` itself.
 */
export function foldSpaces(text: string): string {
  return NOT_PLAIN.test(text) ? text.replace(SPACES, ' ') : text
}

/** A mark that closes a quotation or bracket and stays with the sentence before it: `"`, `'`, `”`, `’`, `)`, `]`, `»`, `」』）】〕〉》`. */
export const isCloser = (c: number): boolean =>
  c < 0x3000
    ? c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb
    : c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x3011 || c === 0x3015 || c === 0x3009 || c === 0x300b

/** Index of the last character of `text` before the closing quotes or brackets that end it (`isCloser`), or -1. */
export function lastBeforeClosers(text: string): number {
  let i = text.length - 1
  while (i > 0 && isCloser(text.charCodeAt(i))) i--
  return i
}

/**
 * Whether `text` ends on a letter, a digit or `%`, closing quotes or brackets aside: with no punctuation of its own, so
 * the summary gives it a full stop (render.ts). A unit cut off after a comma or a dash is left as the source has it.
 */
export function endsOnWord(text: string): boolean {
  const i = lastBeforeClosers(text)
  return i >= 0 && /[\p{L}\p{N}%]/u.test(text[i]!)
}

/** The full stop for a text that ends on a word: `。` after Chinese or Japanese, whose sentences end on it, else `.`. */
export const fullStopFor = (text: string): string =>
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][)"'”’」』]*$/u.test(text) ? '。' : '.'

// The tail of a list item that leads into the next one: `…from April;`, `…under five, and`, `…or`.
const LIST_TAIL = /(?:\s*[;,]|,?\s+(?:and|or))\s*$/u

/** `text` without a list item's tail (`;`, `,`, `, and`, `or`) that leads into the next item, which a unit shown alone no longer has. */
export function withoutListTail(text: string): string {
  // A tail ends on `;`, `,`, `d` or `r` before any trailing space: the end-anchored pattern is otherwise tried, and
  // fails, at every position of the text (2 % of the fixture's summarize).
  let i = text.length - 1
  while (i >= 0 && /\s/u.test(text[i]!)) i--
  const c = i >= 0 ? text.charCodeAt(i) : -1
  return c === 59 || c === 44 || c === 100 || c === 114 ? text.replace(LIST_TAIL, '') : text
}

// A first word in lower case with a capital later in it.
const MIXED_CASE_START = /^\p{Ll}[\p{L}\p{N}]*\p{Lu}/u

/**
 * `text` with its first letter in upper case, for a unit shown on its own (a key point, a list item in the summary):
 * not a word with a capital inside, and not a capital of two letters.
 */
export function capitalize(text: string): string {
  // A word with a capital inside (`iPhone`, `eBay`, `mRNA`) is written as its owner writes it.
  if (MIXED_CASE_START.test(text)) return text
  const c = text.charCodeAt(0)
  // ASCII first: only `a`–`z` change, and without the code-point string and `toUpperCase` call.
  if (c < 128) return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) + text.slice(1) : text
  const first = text.codePointAt(0)
  if (first === undefined) return text
  const ch = String.fromCodePoint(first)
  const upper = ch.toUpperCase()
  // `ﬁ` → `FI`: a capital of two letters would misspell the word.
  return upper.length === ch.length ? upper + text.slice(ch.length) : text
}
