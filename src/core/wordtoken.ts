// Word tokens: what a surface form decides (lowercase, stem, word id, flags), made once per form, and the token.
import { STOPWORDS } from './stopwords.js'
import type { Token } from './types.js'
import { idOf, stemNumberOf, stemNumberOfId, stemOfId } from './vocabulary.js'

const CAPITAL_LETTER = /^\p{Lu}/u
const NUMERIC_FORM = /^[\p{N}.,]+$/u
const POSSESSIVE = /['’]s$/

/** What a token's surface form alone decides, computed once per distinct form (`Guatemala’s,` and `Guatemala’s` apart). */
export interface Form {
  /** Length of the token's surface: the match without a trailing `.` or `,`. */
  length: number
  lower: string
  id: number
  stem: string
  /** `bits` of its tokens: stem number and flags (`WordToken`). */
  bits: number
}

// Bits of a token's `bits`, below its stem number (`bits >> FLAG_BITS`).
const STOP = 1
const CAPITAL = 2
const NUMERIC = 4
// Not a stopword and longer than one character: what the scorer counts.
const CONTENT = 8
const FLAG_BITS = 4

/**
 * The form of a whole WORD match (tokenize.ts), made on its first sight: its surface without a trailing `.` or `,`, the
 * lowercase without a possessive `’s`, the Porter stem, the word id, the flags and the stem number.
 */
export function makeForm(match: string): Form {
  let surface = match
  if (surface.endsWith('.') || surface.endsWith(',')) surface = surface.slice(0, -1)
  let lower = surface.toLowerCase()
  // Cheap checks first: most tokens are plain ASCII words, and a regex per token per property adds up.
  if (lower.endsWith('s') && POSSESSIVE.test(lower)) lower = lower.slice(0, -2)
  const first = surface.charCodeAt(0)
  // The vocabulary stems a word when it first meets it (vocabulary.ts).
  const id = idOf(lower)
  const stop = STOPWORDS.has(lower)
  const capital = first < 128 ? first >= 65 && first <= 90 : CAPITAL_LETTER.test(surface)
  const numeric = first < 128 && !(first >= 48 && first <= 57) ? false : NUMERIC_FORM.test(surface)
  return {
    length: surface.length,
    lower,
    id,
    stem: stemOfId(id),
    bits:
      (stemNumberOfId(id) << FLAG_BITS) | (stop ? STOP : 0) | (capital ? CAPITAL : 0) | (numeric ? NUMERIC : 0) |
      (!stop && lower.length > 1 ? CONTENT : 0),
  }
}

/**
 * A token as two fields, its word form and its start; the word id, `bits` (stem number and flags) and strings are read
 * through the form. A long text holds hundreds of thousands of tokens for the whole call, so their size is most of its
 * heap: copies of the id and bits in each token (four fields) made the 200k-word text's calls ~8 % slower in CPU time
 * (its scavenges copy every token made since the last).
 */
export class WordToken implements Token {
  constructor(
    private readonly form: Form,
    readonly start: number,
  ) {}

  get id(): number {
    return this.form.id
  }

  get bits(): number {
    return this.form.bits
  }

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
