// Name runs: capitalized word sequences of one sentence, split into title and name, and classified by their cues.
import {
  CAPITAL_BIT, DEMONYM_END, FUNCTION, GIVEN_NAME, HONORIFIC, LINK, LY_END, ORGANIZATION_CUE, PLACE, PLACE_CUE, PLACE_DOT,
  PLACE_HEAD, PLACE_NO_DOTS, POSSESSIVE_BIT, POST_NOMINAL, ROLE_LINK, STOP, TITLE, wordClasses,
} from './entity-words.js'
import { PLACES } from './names.js'
import type { Token } from './types.js'
import type { WordSet } from './wordtable.js'

export { isTitleWord } from './entity-words.js'

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

/** Words by vocabulary id: the document's words also written in lowercase (`WordSet`). */
export interface WordIds {
  has(id: number): boolean
}

/** What a run names. */
export type RunKind = 'person' | 'organization' | 'place' | 'role' | 'single' | 'other'

/** A classified run: tokens [from, to) hold the name, [runFrom, from) a title before it. */
export interface NameRun {
  kind: RunKind
  /** The name as written: a person without title or post-nominals, a role phrase whole. */
  text: string
  from: number
  to: number
  runFrom: number
  /** The title before a person's name, as written (`President`, `Foreign Affairs Minister`). */
  title?: string
  /** Lowercase title words before the name, for gender cues (`mrs`, `king`). */
  titleWords?: string[]
  /** Organizations and places inside a role phrase (`International Criminal Court` in `Prosecutor of …`). */
  inner?: NameRun[]
}

const INITIALS = /^\p{L}$/u
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u
const DIGIT = /\d/u
const isOpenQuote = (c: number) => c === 34 || c === 0x201c || c === 0x2018 || c === 0xab
const isCloseQuote = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 0xbb

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
      let end = possessive ? surface - 2 : surface
      // `U.S.` keeps the period the tokenizer leaves out; only a word whose last-but-one character is a period can be one.
      if (!possessive && norm.charCodeAt(surface) === 46 && norm.charCodeAt(surface - 2) === 46 && DOTTED.test(norm.slice(start, surface))) end++
      lowers[o] = lower
      ids[o] = id
      starts[o] = start
      ends[o] = end
      flags[o] = wordClasses(id, lower) | (capital ? CAPITAL_BIT : 0) | (possessive ? POSSESSIVE_BIT : 0)
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
  if (norm.charCodeAt(i) === 46 && i - s.start[a]! <= 2 && INITIALS.test(wordText(s, a))) i++
  for (const to = s.start[b]!; i < to; i++) if (norm.charCodeAt(i) !== 32) return false
  return true
}

/** Whether the lowercase words of tokens [a, b) joined by spaces are a gazetteer place. */
function isPlace(s: NameTokens, a: number, b: number): boolean {
  if (b - a === 1) return (s.flags[a]! & (PLACE | PLACE_DOT | PLACE_NO_DOTS)) !== 0
  // Only a run opening like a place of several words can be one: most runs are settled without joining their words.
  if (!(s.flags[a]! & PLACE_HEAD)) return false
  const joined = s.lower.slice(a, b).join(' ')
  return PLACES.has(joined) || PLACES.has(`${joined}.`) || (joined.includes('.') && PLACES.has(joined.replace(/\./gu, '')))
}

/**
 * Whether `nameRuns` can find any run in the sentence: a run needs a capital that is not the sentence's first word,
 * or a first word that its trimming keeps.
 */
export function mayHoldNames(s: NameTokens, common: WordIds): boolean {
  for (let k = s.from + 1; k < s.to; k++) if (s.flags[k]! & CAPITAL_BIT) return true
  if (s.from === s.to) return false
  const f = s.flags[s.from]!
  return (f & CAPITAL_BIT) !== 0 && !(f & (FUNCTION | STOP) || (common.has(s.id[s.from]!) && !(f & TITLE)))
}

function nextCapital(s: NameTokens, j: number): boolean {
  for (let k = j + 1; k < Math.min(s.to, j + 3); k++) {
    if (!plainGap(s, k - 1, k)) return false
    if (s.flags[k]! & CAPITAL_BIT) return true
    if (!(s.flags[k]! & LINK) && s.lower[k] !== 'the') return false
  }
  return false
}

/** Whether the capitalized words [a, b) are shaped like a personal name (`Jermeas Naeem`, `Murad Ali Shah`). */
function personShaped(s: NameTokens, a: number, b: number, common: WordIds): boolean {
  if (b - a < 2 || b - a > 5) return false
  if (s.flags[a]! & GIVEN_NAME && !common.has(s.id[a]!)) return true
  if (s.flags[a]! & DEMONYM_END) return false
  for (let k = a; k < b; k++) {
    const f = s.flags[k]!
    const lower = s.lower[k]!
    if (!(f & CAPITAL_BIT || (k > a && f & LINK && lower !== 'of' && lower !== 'for'))) return false
    if (f & (STOP | LY_END | TITLE) || common.has(s.id[k]!)) return false
    // The written form last: only a word that passed the cheap tests is sliced.
    const text = wordText(s, k)
    if (DIGIT.test(text) || (text.length > 1 && text === text.toUpperCase())) return false
  }
  return true
}

/**
 * Organization or place by its cue: the last word (`Munich Security Conference`, `Guatemala City`) or the head before
 * `of`/`for` (`Department of Health`, `International Organization for Migration`), or the place gazetteer.
 */
function kindByCue(s: NameTokens, a: number, b: number): RunKind | null {
  let head = 0
  for (let k = a + 1; k < b; k++) {
    if (s.lower[k] === 'of' || s.lower[k] === 'for') {
      head = s.flags[k - 1]!
      break
    }
  }
  const last = s.flags[b - 1]!
  if ((last | head) & ORGANIZATION_CUE) return 'organization'
  if (isPlace(s, a, b) || (last | head) & PLACE_CUE) return 'place'
  return null
}

// Every run has every field, so that the entity stage reads runs of one shape.
const makeRun = (s: NameTokens, kind: RunKind, from: number, to: number, runFrom: number, inner?: NameRun[]): NameRun =>
  ({ kind, text: spanText(s, from, to), from, to, runFrom, title: undefined, titleWords: undefined, inner })

/** The organization or place a role phrase ends on (`of the International Criminal Court`), if any. */
function innerName(s: NameTokens, a: number, b: number): NameRun[] {
  while (a < b && !(s.flags[a]! & CAPITAL_BIT)) a++
  if (a >= b) return []
  const kind = kindByCue(s, a, b)
  return kind ? [makeRun(s, kind, a, b, a)] : []
}

/** Classifies the run [a, b): a role phrase, an organization, a place, a person after a title, or undecided. */
function classify(s: NameTokens, a: number, b: number, common: WordIds): NameRun {
  const flags = s.flags
  // `Prosecutor of the International Criminal Court`: a title followed by a link is a role phrase.
  for (let k = a; k + 1 < b; k++) {
    if (flags[k]! & TITLE && flags[k + 1]! & ROLE_LINK) return makeRun(s, 'role', a, b, a, innerName(s, k + 2, b))
  }
  const cue = kindByCue(s, a, b)
  if (cue === 'organization') return makeRun(s, 'organization', a, b, a)
  // The last title word, as an offset into the run.
  let r = -1
  for (let k = a; k < b; k++) if (flags[k]! & TITLE) r = k - a
  const last = b - a - 1
  // `Amy Pope`, `Stephen King`: a given name first makes a final title word a surname.
  if (r === last && r > 0 && flags[a]! & GIVEN_NAME && !(flags[a]! & TITLE)) r = -1
  if (r === last) return makeRun(s, 'role', a, b, a)
  let to = b
  while (to > a + r + 2 && flags[to - 1]! & POST_NOMINAL && wordText(s, to - 1) === wordText(s, to - 1).toUpperCase()) to--
  // Without a title or post-nominals the core is the whole run, whose cue is known.
  if ((r < 0 && to === b ? cue : kindByCue(s, a + r + 1, to)) === 'place') {
    return r >= 0 ? makeRun(s, 'role', a, b, a, [makeRun(s, 'place', a + r + 1, to, a)]) : makeRun(s, 'place', a, to, a)
  }
  if (r >= 0) {
    // The title as written, honorifics (`Mr`, `His`) left out of its ends.
    let first = -1
    let lastKept = -1
    for (let k = a; k <= a + r; k++) {
      if (flags[k]! & HONORIFIC) continue
      if (first < 0) first = k
      lastKept = k
    }
    const title = first >= 0 ? s.norm.slice(s.start[first]!, s.end[lastKept]!) : undefined
    const person = makeRun(s, 'person', a + r + 1, to, a)
    person.title = title
    person.titleWords = s.lower.slice(a, a + r + 1)
    return person
  }
  if (to - a === 1) return makeRun(s, 'single', a, to, a)
  return makeRun(s, personShaped(s, a, to, common) ? 'person' : 'other', a, to, a)
}

/**
 * The name runs of one sentence, classified: runs of capitalized words (with inner links such as `of`, `de la`),
 * leading function words left out. `common` holds the words the document also writes in lowercase, which are no names
 * when a sentence start capitalizes them and make a run unlikely to be a person.
 */
export function nameRuns(s: NameTokens, common: WordIds): NameRun[] {
  const { flags, lower, norm } = s
  const n = s.to
  const runs: NameRun[] = []
  let i = s.from
  while (i < n) {
    if (!(flags[i]! & CAPITAL_BIT)) {
      i++
      continue
    }
    let j = i + 1
    while (j < n && plainGap(s, j - 1, j)) {
      const f = flags[j]!
      if (f & CAPITAL_BIT) j++
      else if ((f & LINK || (lower[j] === 'to' && flags[j - 1]! & TITLE) || (lower[j] === 'the' && flags[j - 1]! & LINK)) && nextCapital(s, j)) j++
      else break
    }
    let a = i
    // `The`, `In`, `His` open sentences, not names; so does a common word that only the sentence start capitalized.
    while (a < j && (flags[a]! & (FUNCTION | STOP) || (a === s.from && common.has(s.id[a]!) && !(flags[a]! & TITLE)))) a++
    let b = j
    while (b > a && !(flags[b - 1]! & CAPITAL_BIT)) b--
    const quoted = a < b && isOpenQuote(norm.charCodeAt(s.start[a]! - 1)) && isCloseQuote(norm.charCodeAt(s.end[b - 1]!))
    if (a < b && !quoted) runs.push(classify(s, a, b, common))
    i = j
  }
  return runs
}
