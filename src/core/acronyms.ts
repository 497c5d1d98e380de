// Acronym stage: short forms the text itself defines — `Long Name (LN)`, `Long Name -LN-`, `LN (Long Name)`.
import { isAsciiAlnum } from './chars.js'
import type { Acronym, Doc, Sentence } from './types.js'

/** How `acronyms` reads the text. */
export interface AcronymOptions {
  /** Sentences to read. Default: the title and body sentences of `doc` (boilerplate is furniture). */
  sentences?: readonly Sentence[]
}

// A short form: 2–10 characters, a capital first, mostly capitals (`MSC`, `IOM`, `WHO`, `G7`, `IoT`, `U.S.`).
const SHORT = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{L}\p{N}&.]{1,9}$/u
// `(XYZ)`, or the agencies' `-XYZ-` / `–XYZ–`, with the text before it. One bounded token inside the delimiters.
const DEFINITION = /(?:\(([^()\s]{2,10})\)|(?<![\p{L}\p{N}])[-–]([\p{Lu}][\p{L}\p{N}&]{1,9})[-–](?![\p{L}\p{N}]))/gu
// `XYZ (Long Name)`: the short form just before a bracket of words.
const SHORT_THEN_LONG = /(?<![\p{L}\p{N}])([\p{Lu}][\p{L}\p{N}&.]{1,9})\s{1,3}\(([^()]{3,120})\)/gu
// What the dash form of `DEFINITION` starts with (a dash before a capital): a sentence without it can only define in brackets.
const CAPITAL = /^\p{Lu}/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const EN_DASH_CAPITAL = /–\p{Lu}/u
const MAX_TRIES = 8
const WORDS_BEFORE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.&-]*/gu

/** Whether the character `c` (one UTF-16 unit) is a letter or digit; ASCII is decided without the regex. */
function letterOrDigit(c: string): boolean {
  const k = c.charCodeAt(0)
  if (k < 128) return isAsciiAlnum(k)
  return LETTER_OR_DIGIT.test(c)
}

/** Whether a dash (`-` or `–`) is followed by a capital. `indexOf` finds a hyphen fast; it is slow on an en dash, which a regex finds faster. */
function dashBeforeCapital(text: string): boolean {
  for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
    const k = text.charCodeAt(i + 1)
    if (k >= 65 && k <= 90) return true
    if (k >= 128 && CAPITAL.test(text.slice(i + 1, i + 3))) return true
  }
  return EN_DASH_CAPITAL.test(text)
}

/**
 * The long form of `short` that ends `text`, or null: Schwartz & Hearst's (2003) algorithm. Walking both strings
 * from the end, every letter and digit of the short form must appear in order in the long form, the first one at the
 * start of a word; the long form spans at most min(|short| + 5, 2·|short|) words and does not contain `short` itself.
 */
export function longFormFor(short: string, text: string): string | null {
  const letters = [...short].filter((c) => LETTER_OR_DIGIT.test(c))
  if (letters.length < 2) return null
  const words: { start: number; end: number }[] = []
  WORDS_BEFORE.lastIndex = 0
  for (let m = WORDS_BEFORE.exec(text); m !== null; m = WORDS_BEFORE.exec(text)) words.push({ start: m.index, end: m.index + m[0].length })
  const maxWords = Math.min(letters.length + 5, letters.length * 2)
  const first = words[Math.max(0, words.length - maxWords)]
  if (!first) return null
  const span = text.slice(first.start)
  const lower = span.toLowerCase()
  let l = lower.length - 1
  for (let s = letters.length - 1; s >= 0; s--) {
    const c = letters[s]!.toLowerCase()
    // The first letter of the short form must open a word of the long form.
    while (l >= 0 && (lower[l] !== c || (s === 0 && l > 0 && letterOrDigit(lower[l - 1]!)))) l--
    if (l < 0) return null
    l--
  }
  const long = span.slice(l + 1).trim()
  if (long.split(/\s+/).length < 2 && long.length <= short.length + 1) return null
  if (long.includes(short) || /^[\p{Ll}]/u.test(long)) return null
  return long
}

/** Where the `words` words before `end` start: a backward walk of at most 200 characters. */
function windowStart(text: string, end: number, words: number): number {
  const floor = Math.max(0, end - 200)
  let i = end
  let inWord = false
  while (i > floor) {
    const word = letterOrDigit(text[i - 1]!)
    if (inWord && !word && --words === 0) break
    inWord = word
    i--
  }
  return i
}

/** Drops trailing spaces and clause punctuation, in one backward pass. */
function trimEnd(text: string): string {
  let end = text.length
  while (end > 0 && /[\s,;:]/u.test(text[end - 1]!)) end--
  return text.slice(0, end)
}

/**
 * Finds the acronyms the text defines: `Munich Security Conference -MSC-` (the house style of Latin American
 * agencies), `International Organization for Migration (IOM)` and `IOM (International Organization for Migration)`.
 * A short form is listed once, with its first definition; a short form the text never spells out is not listed.
 */
export function acronyms(doc: Doc, { sentences }: AcronymOptions = {}): Acronym[] {
  const read = sentences ?? doc.sentences.filter((s) => s.kind !== 'boilerplate')
  const out: Acronym[] = []
  const seen = new Set<string>()
  // A short form bracketed again and again without its long form is not being defined: a few tries each.
  const tries = new Map<string, number>()
  const wanted = (short: string) => {
    const n = tries.get(short) ?? 0
    tries.set(short, n + 1)
    return !seen.has(short) && n < MAX_TRIES
  }
  const add = (short: string, long: string | null) => {
    if (long === null || seen.has(short)) return
    seen.add(short)
    out.push({ short, long })
  }
  for (const s of read) {
    const text = s.norm
    // Most sentences define nothing: skip the patterns unless a bracket, or a dash before a capital, is there at all.
    const bracket = text.includes('(')
    if (!bracket && !dashBeforeCapital(text)) continue
    DEFINITION.lastIndex = 0
    for (let m = DEFINITION.exec(text); m !== null; m = DEFINITION.exec(text)) {
      const short = (m[1] ?? m[2])!.replace(/\.$/u, '')
      if (!SHORT.test(short) || !wanted(short)) continue
      // Only the few words before the definition can hold the long form.
      add(short, longFormFor(short, trimEnd(text.slice(windowStart(text, m.index, short.length + 6), m.index))))
    }
    if (!bracket) continue
    SHORT_THEN_LONG.lastIndex = 0
    for (let m = SHORT_THEN_LONG.exec(text); m !== null; m = SHORT_THEN_LONG.exec(text)) {
      const short = m[1]!.replace(/\.$/u, '')
      if (!SHORT.test(short) || !wanted(short)) continue
      const long = m[2]!.trim()
      // The bracket must spell the short form out, and do nothing else.
      if (longFormFor(short, long) === long) add(short, long)
    }
  }
  return out
}
