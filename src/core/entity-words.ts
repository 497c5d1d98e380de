// Word classes the name stage asks about, as one bitmask per vocabulary id: a typed-array read instead of set lookups.
import { bitsByWord, FUNCTION_WORDS, GREEK_ARTICLES } from './lexicon.js'
import { FEMALE_NAMES, FEMALE_TITLES, MALE_NAMES, MALE_TITLES, ORGANIZATION_CUES, PLACE_CUES, PLACES, POST_NOMINALS, TITLE_WORDS } from './names.js'
import { STOPWORDS } from './stopwords.js'
import { WordTable } from './wordtable.js'

/** A title or role word (`isTitleWord`). */
export const TITLE = 1
export const FUNCTION = 1 << 1
export const STOP = 1 << 2
/** A word joining capitalized words into one name (`of`, `de`, `van`). */
export const LINK = 1 << 3
/** A word after a title that makes a role phrase (`of`, `for`, `to`…). */
export const ROLE_LINK = 1 << 4
/** A style rather than a role (`mr`, `dr`, `his`). */
export const HONORIFIC = 1 << 5
export const GIVEN_NAME = 1 << 6
export const ORGANIZATION_CUE = 1 << 7
export const PLACE_CUE = 1 << 8
/** In the place gazetteer as written. */
export const PLACE = 1 << 9
/** In the place gazetteer with a final period (`u.s` → `u.s.`). */
export const PLACE_DOT = 1 << 10
/** Holds a period and is in the place gazetteer without its periods. */
export const PLACE_NO_DOTS = 1 << 11
/** Could open a gazetteer place of several words (`new` of `new york`), periods aside. */
export const PLACE_HEAD = 1 << 12
export const POST_NOMINAL = 1 << 13
/** A word a role phrase may hold between its capitalized words (`of`, `and`, `the`…). */
export const JOIN = 1 << 14
export const DETERMINER = 1 << 15
/** Ends in `ish` or `ese`: a nationality adjective, not a given name. */
export const DEMONYM_END = 1 << 16
export const LY_END = 1 << 17
/** A pronoun of a man (`he`, `his`…) or of a woman (`she`, `her`…), for the pronoun vote of a mention. */
export const MALE_PRONOUN = 1 << 18
export const FEMALE_PRONOUN = 1 << 19
/** Holds a period (`u.s`): only such a word can be a dotted abbreviation. */
export const HAS_PERIOD = 1 << 20
/** A given name or honorific that usually carries a gender (`names.ts`). */
export const MALE_WORD = 1 << 21
export const FEMALE_WORD = 1 << 22

const LINKS = new Set(['of', 'for', 'de', 'la', 'del', 'da', 'di', 'von', 'van', 'der', 'den', 'le', 'du', 'y', 'bin', 'al'])
const ROLE_LINKS = new Set(['of', 'for', 'to', 'on', 'in', 'at'])
// `The Rt Hon Jane Roe MP` (the Right Honourable, as GOV.UK writes ministers) is Jane Roe.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'ustad', 'majesty', 'highness', 'excellency', 'honourable', 'honorable', 'rt', 'hon', 'his', 'her'])
const JOINS = new Set(['of', 'for', 'to', 'the', 'and', 'on', 'in', 'at'])
const DETERMINERS = new Set(['the', 'a', 'an'])
const MALE_PRONOUNS = new Set(['he', 'his', 'him', 'himself'])
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself'])
// First words of the gazetteer's places of several words: a run whose first word is none of them is no such place.
const PLACE_HEADS = new Set([...PLACES].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))))

/** Whether a lowercase word is a title word, or hyphenated title words (`under-secretary`, `vice-president`). */
export const isTitleWord = (lower: string): boolean =>
  TITLE_WORDS.has(lower) || (lower.includes('-') && lower.split('-').every((p) => TITLE_WORDS.has(p)))

// Every listed word with the classes its lists give it: a word new to the vocabulary costs one lookup, not one per list.
const LISTED = bitsByWord([
  [TITLE_WORDS, TITLE], [FUNCTION_WORDS, FUNCTION], [GREEK_ARTICLES, FUNCTION], [STOPWORDS, STOP], [LINKS, LINK], [ROLE_LINKS, ROLE_LINK],
  [HONORIFICS, HONORIFIC], [MALE_NAMES, GIVEN_NAME], [FEMALE_NAMES, GIVEN_NAME], [ORGANIZATION_CUES, ORGANIZATION_CUE],
  [PLACE_CUES, PLACE_CUE], [PLACES, PLACE], [PLACE_HEADS, PLACE_HEAD], [POST_NOMINALS, POST_NOMINAL], [JOINS, JOIN],
  [DETERMINERS, DETERMINER], [MALE_PRONOUNS, MALE_PRONOUN], [FEMALE_PRONOUNS, FEMALE_PRONOUN], [MALE_NAMES, MALE_WORD],
  [MALE_TITLES, MALE_WORD], [FEMALE_NAMES, FEMALE_WORD], [FEMALE_TITLES, FEMALE_WORD],
  // `u.s` is a place with its final period (`u.s.`).
  [[...PLACES].filter((p) => p.endsWith('.')).map((p) => p.slice(0, -1)), PLACE_DOT],
])

function classesOf(lower: string): number {
  let f = LISTED.get(lower) ?? 0
  // `LISTED` already holds every title word: only hyphenated title words are left to find (`isTitleWord`).
  if (!(f & TITLE) && lower.includes('-') && isTitleWord(lower)) f |= TITLE
  if (lower.includes('.')) {
    f |= HAS_PERIOD
    const noDots = lower.replace(/\./gu, '')
    if (PLACES.has(noDots)) f |= PLACE_NO_DOTS
    if (PLACE_HEADS.has(noDots)) f |= PLACE_HEAD
  }
  if (lower.endsWith('ish') || lower.endsWith('ese')) f |= DEMONYM_END
  if (lower.endsWith('ly')) f |= LY_END
  return f
}

// A word's classes depend on its lowercase form only, so they are computed once per vocabulary id.
const classes = new WordTable()

/** The class bits of the word with vocabulary id `id` and lowercase form `lower`. */
export function wordClasses(id: number, lower: string): number {
  const known = classes.get(id)
  if (known !== 0) return known - 1
  const f = classesOf(lower)
  classes.set(id, f)
  return f
}

/** Token bits `documentNameTokens` adds to a word's classes: a capitalized word, and one written with a possessive `’s`. */
export const CAPITAL_BIT = 1 << 28
export const POSSESSIVE_BIT = 1 << 29

/** +1 for a word of a man (a given name or title on names.ts's male lists), −1 for a woman's, 0 when unknown or ambiguous. */
export function genderSign(flags: number): number {
  const male = (flags & MALE_WORD) !== 0
  return male === ((flags & FEMALE_WORD) !== 0) ? 0 : male ? 1 : -1
}
