// Name tokens: a document's words as parallel arrays with their word classes, the form the name stage reads them in.
import { CAPITAL_BIT, HAS_PERIOD, POSSESSIVE_BIT, wordClasses } from './entity-words.js'
import type { Token } from './types.js'
import type { WordSet } from './wordtable.js'
import { INITIALS } from './wordclass.js'

/**
 * A sentence's words as the name stage sees them: tokens [from, to) of parallel arrays shared by the document's
 * sentences, offsets into `norm`. `flags` holds the word's classes (`entity-words.ts`) plus `CAPITAL_BIT` and
 * `POSSESSIVE_BIT`; `end` leaves a possessive `’s` out and takes in the period of `U.S.`.
 */
export interface NameTokens {
  readonly norm: string
  readonly from: number
  readonly to: number
  readonly lower: readonly string[]
  readonly id: Int32Array
  readonly start: Int32Array
  readonly end: Int32Array
  readonly flags: Int32Array
}

const ONE_LETTER = /^\p{L}$/u

/** The arrays of one document's name tokens, reused from document to document: one `findEntities` call at a time. */
class Arrays {
  lower: string[] = []
  id = new Int32Array(1024)
  start = new Int32Array(1024)
  end = new Int32Array(1024)
  flags = new Int32Array(1024)

  reserve(n: number): void {
    if (n <= this.id.length) return
    const size = Math.max(n, this.id.length * 2)
    this.id = new Int32Array(size)
    this.start = new Int32Array(size)
    this.end = new Int32Array(size)
    this.flags = new Int32Array(size)
  }
}

const arrays = new Arrays()

/**
 * The name tokens of each sentence (`tokens[r]` is `tokenize(sentences[r].norm)`): possessives split off, capitals and
 * word classes flagged. One pass over the document's tokens, which also adds the words written in lowercase to
 * `common`. The arrays are shared: they hold this document until the next call.
 */
export function documentNameTokens(sentences: readonly { norm: string }[], tokens: readonly (readonly Token[])[], common: WordSet): NameTokens[] {
  let total = 0
  for (const list of tokens) total += list.length
  arrays.reserve(total)
  const { lower: lowers, id: ids, start: starts, end: ends, flags } = arrays
  const out: NameTokens[] = new Array(sentences.length)
  let o = 0
  for (let r = 0; r < sentences.length; r++) {
    const norm = sentences[r]!.norm
    const list = tokens[r]!
    out[r] = { norm, from: o, to: o + list.length, lower: lowers, id: ids, start: starts, end: ends, flags }
    for (let i = 0; i < list.length; i++, o++) {
      const t = list[i]!
      const start = t.start
      const surface = t.end
      const lower = t.lower
      const id = t.id
      const capital = t.capital
      if (!capital) common.add(id)
      // A possessive `’s` (or `'s`) ends the surface beyond the lowercase form.
      const possessive = surface - start > lower.length && norm.charCodeAt(surface - 1) === 115 &&
        (norm.charCodeAt(surface - 2) === 39 || norm.charCodeAt(surface - 2) === 0x2019)
      const classes = wordClasses(id, lower)
      let end = possessive ? surface - 2 : surface
      // `U.S.` keeps the period the tokenizer leaves out; only a word holding a period can be one, which its classes tell
      // without reading the text.
      if (!possessive && classes & HAS_PERIOD && norm.charCodeAt(surface) === 46 && INITIALS.test(norm.slice(start, surface))) end++
      lowers[o] = lower
      ids[o] = id
      starts[o] = start
      ends[o] = end
      flags[o] = classes | (capital ? CAPITAL_BIT : 0) | (possessive ? POSSESSIVE_BIT : 0)
    }
  }
  return out
}

/** The word `k` as written. */
export const wordText = (s: NameTokens, k: number): string => s.norm.slice(s.start[k]!, s.end[k]!)

/** The text of tokens [a, b). */
export const spanText = (s: NameTokens, a: number, b: number): string => s.norm.slice(s.start[a]!, s.end[b - 1]!)

/** Whether only spaces separate tokens `a` and `b`, or the period of an initial (`John F. Kennedy`). */
export function plainGap(s: NameTokens, a: number, b: number): boolean {
  if (s.flags[a]! & POSSESSIVE_BIT) return false
  const norm = s.norm
  let i = s.end[a]!
  // The period of a middle initial (`John F. Kennedy`) does not end the name; an initial is one letter (≤ 2 units).
  if (norm.charCodeAt(i) === 46 && i - s.start[a]! <= 2 && ONE_LETTER.test(wordText(s, a))) i++
  for (const to = s.start[b]!; i < to; i++) if (norm.charCodeAt(i) !== 32) return false
  return true
}
