// Name runs: capitalized word sequences of one sentence, split into title and name, and classified by their cues.
import { plainGap, spanText, wordText, type NameTokens } from './entity-tokens.js'
import {
  CAPITAL_BIT, DEMONYM_END, FUNCTION, GIVEN_NAME, HONORIFIC, LINK, LY_END, ORGANIZATION_CUE, PLACE, PLACE_CUE, PLACE_DOT,
  PLACE_HEAD, PLACE_NO_DOTS, POST_NOMINAL, ROLE_LINK, STOP, TITLE,
} from './entity-words.js'
import { PLACES } from './names.js'

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
  /** Organizations and places inside a role phrase (`International Criminal Court` in `Prosecutor of …`). */
  inner?: NameRun[]
}

const DIGIT = /\d/u
// Compass words that open a place's name (`East London`, `North Wales`).
const COMPASS = new Set('north south east west northern southern eastern western central greater upper lower inner outer'.split(' '))
const isOpenQuote = (c: number) => c === 34 || c === 0x201c || c === 0x2018 || c === 0xab
const isCloseQuote = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 0xbb

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
 * `of`/`for` (`Department of Health`), or the place gazetteer. A place cue alone (`Port operators said…`) is no place.
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
  if (isPlace(s, a, b) || (b - a > 1 && (last | head) & PLACE_CUE)) return 'place'
  return null
}

// Every run has every field, so that the entity stage reads runs of one shape.
const makeRun = (s: NameTokens, kind: RunKind, from: number, to: number, runFrom: number, inner?: NameRun[]): NameRun =>
  ({ kind, text: spanText(s, from, to), from, to, runFrom, title: undefined, inner })

/** The organization or place a role phrase ends on (`of the International Criminal Court`), if any. */
function innerName(s: NameTokens, a: number, b: number): NameRun[] {
  while (a < b && !(s.flags[a]! & CAPITAL_BIT)) a++
  if (a >= b) return []
  const kind = kindByCue(s, a, b)
  return kind ? [makeRun(s, kind, a, b, a)] : []
}

/** The title of tokens [a, b) as written, honorifics (`Mr`, `His`) left out of its ends; undefined when all are. */
function titleText(s: NameTokens, a: number, b: number): string | undefined {
  let first = -1
  let last = -1
  for (let k = a; k < b; k++) {
    if (s.flags[k]! & HONORIFIC) continue
    if (first < 0) first = k
    last = k
  }
  return first >= 0 ? s.norm.slice(s.start[first]!, s.end[last]!) : undefined
}

/**
 * `Director John Smith of the Agency for Weather`: a person's name ends before a lowercase `of` or `for`, and what
 * follows is where the person works, as in the `Name of Organization` affiliation of news style (AP Stylebook,
 * "titles"); English personal names hold no such link. Taken only when a title or a given name shows a person
 * (`Democratic Republic of Congo` is none), with the affiliation joined to the title as the role.
 */
function affiliation(s: NameTokens, a: number, b: number, common: WordIds): NameRun | null {
  const flags = s.flags
  let k = a + 1
  while (k < b && (flags[k]! & CAPITAL_BIT || (s.lower[k] !== 'of' && s.lower[k] !== 'for'))) k++
  if (k >= b || flags[k - 1]! & (TITLE | ORGANIZATION_CUE | PLACE_CUE)) return null
  let from = a
  for (let j = a; j < k; j++) if (flags[j]! & TITLE) from = j + 1
  if (from > a) {
    for (let j = from; j < k; j++) if (!(flags[j]! & CAPITAL_BIT) || flags[j]! & STOP || common.has(s.id[j]!)) return null
  } else if (!(flags[a]! & GIVEN_NAME) || common.has(s.id[a]!) || !personShaped(s, a, k, common)) return null
  const to = beforePostNominals(s, from, k)
  const person = makeRun(s, 'person', from, to, a, innerName(s, k + 1, b))
  const title = from > a ? titleText(s, a, from) : undefined
  person.title = title === undefined ? undefined : `${title} ${spanText(s, k, b)}`
  return person
}

/** The end of the name in [from, to) without its trailing post-nominals in capitals (`CMG OBE`); it keeps one word. */
function beforePostNominals(s: NameTokens, from: number, to: number): number {
  while (to > from + 1 && s.flags[to - 1]! & POST_NOMINAL && wordText(s, to - 1) === wordText(s, to - 1).toUpperCase()) to--
  return to
}

/** Classifies the run [a, b): a role phrase, an organization, a place, a person after a title, or undecided. */
function classify(s: NameTokens, a: number, b: number, common: WordIds): NameRun {
  const flags = s.flags
  // `Prosecutor of the International Criminal Court`: a title followed by a link is a role phrase.
  for (let k = a; k + 1 < b; k++) {
    if (flags[k]! & TITLE && flags[k + 1]! & ROLE_LINK) return makeRun(s, 'role', a, b, a, innerName(s, k + 2, b))
  }
  const affiliated = affiliation(s, a, b, common)
  if (affiliated) return affiliated
  const cue = kindByCue(s, a, b)
  if (cue === 'organization') return makeRun(s, 'organization', a, b, a)
  // The last title word, as an offset into the run.
  let r = -1
  for (let k = a; k < b; k++) if (flags[k]! & TITLE) r = k - a
  const last = b - a - 1
  // `Amy Pope`, `Stephen King`: a given name first makes a final title word a surname.
  if (r === last && r > 0 && flags[a]! & GIVEN_NAME && !(flags[a]! & TITLE)) r = -1
  if (r === last) return makeRun(s, 'role', a, b, a)
  const to = beforePostNominals(s, a + r + 1, b)
  // Without a title or post-nominals the core is the whole run, whose cue is known.
  // `East London`: a compass word before a place is a part of it, not a given name.
  if (r < 0 && to === b && b - a === 2 && COMPASS.has(s.lower[a]!) && flags[a + 1]! & (PLACE | PLACE_DOT)) return makeRun(s, 'place', a, b, a)
  if ((r < 0 && to === b ? cue : kindByCue(s, a + r + 1, to)) === 'place') {
    return r >= 0 ? makeRun(s, 'role', a, b, a, [makeRun(s, 'place', a + r + 1, to, a)]) : makeRun(s, 'place', a, to, a)
  }
  if (r >= 0) {
    const person = makeRun(s, 'person', a + r + 1, to, a)
    person.title = titleText(s, a, a + r + 1)
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
    const quoted = a < b && s.start[a]! > 0 && isOpenQuote(norm.charCodeAt(s.start[a]! - 1)) && isCloseQuote(norm.charCodeAt(s.end[b - 1]!))
    if (a < b && !quoted) runs.push(classify(s, a, b, common))
    i = j
  }
  return runs
}
