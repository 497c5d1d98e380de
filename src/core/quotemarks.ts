// Quotation marks a bullet opens without closing, or closes without opening, once its sentence was cut from the text.
import { isSpace } from './chars.js'

// The pairs: curly double and single quotes, guillemets and the straight double quote, which is its own closer.
const CLOSER: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '«': '»', '"': '"' }
const OPENER: Readonly<Record<string, string>> = { '”': '“', '’': '‘', '»': '«' }
const LETTER = /[\p{L}\p{N}]/u
const ANY_MARK = /["“”‘’«»]/u
const MARKS = /["“”‘’«»]/gu
const STACKS: Record<string, number[]> = { '“': [], '‘': [], '«': [], '"': [] }

/** The first mark of a pair left open, and the first closed with no opening before it: indexes, -1 when none. */
export interface LooseMarks {
  open: number
  close: number
}

const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch)
const isSpaceOrNone = (ch: string | undefined) => ch === undefined || isSpace(ch.charCodeAt(0))
// Where a closing mark may follow the quotation's last word: `hopeful.”`, `road,”`, `away!’`.
const isQuoteEnd = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}.,!?…;:)\]]/u.test(ch)

/** Whether a straight `"` at `i`, with no quotation open, reads as closing one: after a word or `' `, before a break. */
function closesHere(text: string, i: number): boolean {
  const after = text[i + 1]
  const ends = isSpaceOrNone(after) || /[.,!?…;:)]/u.test(after!)
  return ends && (isQuoteEnd(text[i - 1]) || /['’] $/u.test(text.slice(i - 2, i)))
}

/** Whether punctuation comes right before `i`, or before the one space there (`fin. »`). */
const afterStop = (text: string, i: number) => /[.,!?…] ?$/u.test(text.slice(Math.max(0, i - 2), i))

/**
 * Reads `text`'s quotation marks left to right, one stack per kind. A `‘` opens only at a word's start and a `’`
 * closes only before a non-letter (`Guatemala’s` is an apostrophe); a `’` or `»` with no opening before it counts as
 * closing only after punctuation (`…road.’`, `… fin. »`), since `players’ union` ends a plural possessive and web copy
 * uses `»` as an arrow (`See photos »`). A straight `"` opens after a space or at the start and closes after a word or
 * punctuation; after a digit, with no quotation open, it is an inch mark and counts for neither.
 */
export function looseMarks(text: string): LooseMarks {
  // Most bullets quote nobody.
  if (!ANY_MARK.test(text)) return { open: -1, close: -1 }
  // One set of stacks serves every call (the function is not re-entered): most sentences of a story with quotes
  // pass through here, and four fresh arrays each time showed in the collector's share.
  const open = STACKS
  for (const k in open) open[k]!.length = 0
  let close = -1
  // Only the marks matter: jump from one to the next rather than look at every character.
  MARKS.lastIndex = 0
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const i = m.index
    const ch = m[0]
    const before = text[i - 1]
    const after = text[i + 1]
    if (ch === '"') {
      const stack = open['"']!
      // `'Liz is,' " Henze said`: an open quotation may close after a space too.
      if (stack.length > 0 && (isQuoteEnd(before) || isSpaceOrNone(after))) stack.pop()
      else if (before !== undefined && /\p{N}/u.test(before)) continue
      else if (!isSpaceOrNone(after) && (before === undefined || /[\s([{—–-]/u.test(before))) stack.push(i)
      else if (close < 0 && closesHere(text, i)) close = i
    } else if (ch === '“' || ch === '«' || (ch === '‘' && !isLetter(before))) open[ch]!.push(i)
    else if (ch === '”' || ch === '»' || (ch === '’' && !isLetter(after))) {
      const stack = open[OPENER[ch]!]!
      if (stack.length > 0) stack.pop()
      else if (close < 0 && (ch === '”' || afterStop(text, i))) close = i
    }
  }
  let first = -1
  for (const k in open) {
    const at = open[k]![0]
    if (at !== undefined && (first < 0 || at < first)) first = at
  }
  return { open: first, close }
}

/** The mark that closes `mark`. */
export const closerOf = (mark: string): string => CLOSER[mark] ?? mark

/**
 * `text` with its quotations whole: a mark left open is closed at the end, after the final stop, as a sentence cut
 * before its attribution ends (`“We remain hopeful.”`); a closing mark whose opening was in an earlier sentence gets
 * one at the start, for the whole bullet lies inside the quotation.
 */
export function balanceQuotes(text: string): string {
  const loose = looseMarks(text)
  let out = text
  // French spacing inside guillemets (`« Nous partons. »`) is kept for the added one.
  if (loose.open >= 0) {
    const mark = text[loose.open]!
    out = `${out}${text[loose.open + 1] === ' ' ? ' ' : ''}${closerOf(mark)}`
  }
  if (loose.close >= 0) {
    const mark = text[loose.close]!
    out = `${OPENER[mark] ?? mark}${text[loose.close - 1] === ' ' ? ' ' : ''}${out}`
  }
  return out
}

/** `text` without the marks `looseMarks` finds: for a bullet that names the speaker instead of quoting. */
export function dropLooseMarks(text: string): string {
  const { open, close } = looseMarks(text)
  // The later index first, so that the earlier one stays where it was.
  let out = text
  for (const at of [open, close].filter((i) => i >= 0).sort((a, b) => b - a)) out = out.slice(0, at) + out.slice(at + 1)
  return out.trim()
}
