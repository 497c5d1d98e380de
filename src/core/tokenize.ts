// Tokenize stage: words of a sentence, lowercased, Porter-stemmed and flagged as stopwords, capitals or numbers.
import { stemmer } from 'stemmer'
import { isAsciiAlnum } from './chars.js'
import { FormTable, hashOf } from './formtable.js'
import { STOPWORDS } from './stopwords.js'
import type { Token } from './types.js'

export { STOPWORDS }

// A word: letters or digits, with inner apostrophes, hyphens, periods (`U.S.`) or decimal separators.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.,-](?=[\p{L}\p{N}]))*/gu
const CAPITAL_LETTER = /^\p{Lu}/u
const NUMERIC_FORM = /^[\p{N}.,]+$/u
const POSSESSIVE = /['’]s$/

const stemCache = new Map<string, string>()

/** Porter stem of a lowercase word (cached: news reuses its vocabulary heavily). */
export function stem(lower: string): string {
  let s = stemCache.get(lower)
  if (s === undefined) {
    s = lower.length > 2 && !/\d/.test(lower) ? stemmer(lower) : lower
    if (stemCache.size > 50_000) stemCache.clear()
    stemCache.set(lower, s)
  }
  return s
}

/** What a token's surface form alone decides, computed once per distinct form (`Guatemala’s,` and `Guatemala’s` apart). */
interface Form {
  /** Length of the token's surface: the match without a trailing `.` or `,`. */
  length: number
  lower: string
  id: number
  stem: string
  stop: boolean
  capital: boolean
  numeric: boolean
  /** `bits` of its tokens: stem number and flags (`WordToken`). */
  bits: number
}

// The vocabulary: an id for each distinct lowercase form, so later stages can keep per-word facts in arrays instead of
// looking strings up again. Ids hold until `inDocument` finds the vocabulary past its bound and starts it anew.
const VOCABULARY_BOUND = 200_000
let vocabulary = new Map<string, number>()
// A number for each distinct stem, held and renewed with the vocabulary: stages compare stems as numbers.
let stemNumbers = new Map<string, number>()
let generation = 0

/** Counts of vocabulary resets: a stage caching facts by word id drops its cache when this changes. */
export const vocabularyGeneration = (): number => generation

let depth = 0

/**
 * Runs `read`, the reading of one document, with word ids that stay the same throughout: the word caches are emptied
 * first if they have outgrown their bound, and never while a document is being read (a nested call leaves them).
 * Every entry point that tokenizes a document and compares word ids runs inside one.
 */
export function inDocument<T>(read: () => T): T {
  if (depth === 0 && vocabulary.size > VOCABULARY_BOUND) {
    vocabulary = new Map()
    stemNumbers = new Map()
    generation++
    clearForms()
  }
  depth++
  try {
    return read()
  } finally {
    depth--
  }
}

/** The number of `key` in `numbering`: the next free one on first sight. */
function numberOf(numbering: Map<string, number>, key: string): number {
  let n = numbering.get(key)
  if (n === undefined) {
    n = numbering.size
    numbering.set(key, n)
  }
  return n
}

const idOf = (lower: string) => numberOf(vocabulary, lower)
const stemNumberOf = (stem: string) => numberOf(stemNumbers, stem)

// One lookup per token in the form table (`formtable.ts`) replaces lowercasing, the possessive and number tests, the
// stopword lookup and the stem lookup; a token already seen costs no substring. Bounded: cleared past `FORMS_BOUND`.
const FORMS_BOUND = 50_000
let forms: Form[] = []
let table = new FormTable()

function clearForms(): void {
  forms = []
  table = new FormTable()
}

/** The record of the form of `text[from, to)` (a whole WORD match) in `table`; the form is made on first sight. */
function recordOf(text: string, from: number, to: number, hash: number): number {
  const r = table.find(text, from, to, hash)
  if (r >= 0) return r
  if (forms.length >= FORMS_BOUND) clearForms()
  const f = makeForm(detached(text.slice(from, to)))
  forms.push(f)
  return table.add(text, from, to, hash, forms.length - 1, f.id, f.bits)
}

/**
 * A copy of `s` that does not point into the text it was sliced from: V8 keeps a slice of 13 characters or more as a
 * view of its parent, and a cached view would keep a whole document alive for as long as the cache lives.
 */
const detached = (s: string) => (s.length < 13 ? s : (' ' + s).slice(1))

// Bits of a token's `bits`, below its stem number (`bits >> FLAG_BITS`).
const STOP = 1
const CAPITAL = 2
const NUMERIC = 4
// Not a stopword and longer than one character: what the scorer counts.
const CONTENT = 8
const FLAG_BITS = 4

function makeForm(match: string): Form {
  let surface = match
  if (surface.endsWith('.') || surface.endsWith(',')) surface = surface.slice(0, -1)
  let lower = surface.toLowerCase()
  // Cheap checks first: most tokens are plain ASCII words, and a regex per token per property adds up.
  if (lower.endsWith('s') && POSSESSIVE.test(lower)) lower = lower.slice(0, -2)
  const first = surface.charCodeAt(0)
  const stemmed = stem(lower.includes('’') ? lower.replace(/’/g, "'") : lower)
  const stop = STOPWORDS.has(lower)
  const capital = first < 128 ? first >= 65 && first <= 90 : CAPITAL_LETTER.test(surface)
  const numeric = first < 128 && !(first >= 48 && first <= 57) ? false : NUMERIC_FORM.test(surface)
  return {
    length: surface.length,
    lower,
    id: idOf(lower),
    stem: stemmed,
    stop,
    capital,
    numeric,
    bits:
      (stemNumberOf(stemmed) << FLAG_BITS) | (stop ? STOP : 0) | (capital ? CAPITAL : 0) | (numeric ? NUMERIC : 0) |
      (!stop && lower.length > 1 ? CONTENT : 0),
  }
}

// `'`, `,`, `-`, `.`: the ASCII characters that join a word when a letter or digit follows.
const isAsciiJoiner = (c: number) => c === 39 || c === 44 || c === 45 || c === 46

/**
 * A token as four small fields: its word form, its start, its word id and `bits` (stem number and flags), copied from
 * the form's record in the table so that the scorer's questions are answered without reading the form. The strings
 * are read through the form. A long text holds hundreds of thousands of tokens for the whole call, so their size is
 * most of its heap.
 */
class WordToken implements Token {
  constructor(
    private readonly form: Form,
    readonly start: number,
    readonly id: number,
    readonly bits: number,
  ) {}

  get end(): number {
    return this.start + this.form.length
  }

  get lower(): string {
    return this.form.lower
  }

  get stem(): string {
    return this.form.stem
  }

  get stop(): boolean {
    return (this.bits & STOP) !== 0
  }

  get capital(): boolean {
    return (this.bits & CAPITAL) !== 0
  }

  get numeric(): boolean {
    return (this.bits & NUMERIC) !== 0
  }
}

/** Whether the token counts as content for the scorer: no stopword, more than one character. */
export function isContent(t: Token): boolean {
  return t instanceof WordToken ? (t.bits & CONTENT) !== 0 : !t.stop && t.lower.length > 1
}

/**
 * The number of the token's stem: tokens with one stem have one number, under the same terms as word ids (`Token.id`).
 */
export function stemNumber(t: Token): number {
  return t instanceof WordToken ? t.bits >> FLAG_BITS : stemNumberOf(t.stem)
}

function push(tokens: Token[], r: number, start: number): void {
  const t = table
  tokens.push(new WordToken(forms[t.number(r)]!, start, t.id(r), t.bits(r)))
}

/**
 * Splits `text` into word tokens; `offset` is added to each token's position (the sentence's normalized start).
 * Possessive `’s` is dropped before stemming, so `Guatemala’s` and `Guatemala` share a stem.
 * Plain ASCII words are scanned by hand; wherever a word meets any other character the `WORD` pattern decides, so
 * the tokens are exactly the pattern's matches.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c < 128 && !isAsciiAlnum(c)) {
      i++
      continue
    }
    if (c < 128) {
      let h = Math.imul(0x811c9dc5 ^ c, 0x01000193)
      let j = i + 1
      let plain = true
      while (j < n) {
        const d = text.charCodeAt(j)
        if (d < 128 && isAsciiAlnum(d)) {
          h = Math.imul(h ^ d, 0x01000193)
          j++
        } else if (d < 128 && isAsciiJoiner(d) && j + 1 < n && text.charCodeAt(j + 1) < 128) {
          const e = text.charCodeAt(j + 1)
          if (!isAsciiAlnum(e)) break
          h = Math.imul(Math.imul(h ^ d, 0x01000193) ^ e, 0x01000193)
          j += 2
        } else {
          // Not ASCII, or a joiner before something that is not: the pattern reads this word.
          if (d >= 128 || (isAsciiJoiner(d) && j + 1 < n)) plain = false
          break
        }
      }
      if (plain) {
        push(tokens, recordOf(text, i, j, h), offset + i)
        i = j
        continue
      }
    }
    WORD.lastIndex = i
    const m = WORD.exec(text)
    if (m === null) break
    const end = m.index + m[0].length
    push(tokens, recordOf(text, m.index, end, hashOf(text, m.index, end)), offset + m.index)
    i = end
  }
  return tokens
}
