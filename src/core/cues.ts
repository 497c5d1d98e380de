// Surface cues of one sentence's text for the scorer: length, a dangling opener, a hedge, end punctuation, quoted share.
import { looseMarks } from './quotemarks.js'
import type { Token } from './types.js'

/** Length preference: sentences of 12–40 words score 1; shorter or much longer ones less. */
export function lengthScore(words: number): number {
  if (words < 12) return words / 12
  if (words > 40) return Math.max(0, 40 / words)
  return 1
}

// Openers that lean on the sentence before (a pronoun or a connective): out of context they read as dangling
// anaphora, a known flaw of extracts (Nenkova & McKeown 2011, §4.2).
export const ANAPHORIC =
  /^(?:he|she|it|they|this|these|those|his|her|its|their|but|and|so|yet|also|however|meanwhile|still|then|instead|thus|there|in addition|additionally|moreover|furthermore|besides|likewise|similarly|nevertheless|nonetheless|as a result|therefore)\b/i

// The letters `ANAPHORIC`'s words start with, lowercase: a sentence that opens on any other character skips the test.
const ANAPHORIC_FIRST = new Set([...'abfhilmnsty'].map((c) => c.charCodeAt(0)))
// `c | 32` is `c` lowercased for ASCII letters, and no letter for anything else (case-insensitive matching without
// the `u` flag never maps a non-ASCII character to an ASCII one).
export const mayBeAnaphoric = (c: number) => c < 128 && ANAPHORIC_FIRST.has(c | 32)

// Modals of possibility: a sentence that holds one says what may be, not what happened. Hedges mark a statement as
// less than asserted (Lakoff 1973; Hyland 1998), and a news summary's reader wants the facts first. Lowercase only:
// `May` is a month, and a question that opens on `Could` is penalized as a question.
const MODALS: ReadonlySet<string> = new Set(['would', 'could', 'might', 'may'])

/** 1 when a lowercase modal of possibility (`would`, `could`, `might`, `may`) is among the tokens, else 0. */
export function hedged(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.lower.length <= 5 && !t.capital && MODALS.has(t.lower)) return 1
  }
  return 0
}

// The end-of-sentence tests below read character codes from the end instead of running a regex over the sentence:
// an unanchored `…$` pattern is tried at every position of the text.
/** `"`, `'`, `”`, `’`, `)`: the marks that may follow a sentence's final punctuation. */
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41

/** Index of the character before the closers (and `]` when `bracket`) that end `text[0, end)`, or -1. */
export function beforeClosers(text: string, end: number, bracket: boolean): number {
  let i = end - 1
  while (i >= 0 && (isCloser(text.charCodeAt(i)) || (bracket && text.charCodeAt(i) === 93))) i--
  return i
}

/**
 * Share of the sentence's characters that sit between straight or curly double quotes. A closing mark with no opening
 * before it (`looseMarks`) closes a quotation an earlier sentence opened: everything before it is quoted too, so the
 * middle of a long quotation does not pass for the writer's own words.
 */
export function quotedShare(norm: string): number {
  if (norm.length === 0) return 0
  // Most sentences quote no one: three native searches settle it faster than a loop over the characters.
  if (norm.indexOf('"') < 0 && norm.indexOf('“') < 0 && norm.indexOf('”') < 0) return 0
  // The quotation-mark reading of key points tells a closing straight `"` from an opening one (`fall," she said`).
  const closer = looseMarks(norm).close
  let inside = 0
  let open = -1
  for (let i = 0; i < norm.length; i++) {
    // `"`, `“`, `”`: any of them opens or closes.
    const c = norm.charCodeAt(i)
    if (c !== 34 && c !== 0x201c && c !== 0x201d) continue
    if (i === closer) inside = i + 1
    else if (open < 0) open = i
    else {
      inside += i - open + 1
      open = -1
    }
  }
  if (open >= 0) inside += norm.length - open
  return inside / norm.length
}
