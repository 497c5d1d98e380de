// Word classes for the keyphrase stage: what a word's lowercase form alone says of it, as bits.
import {
  BEFORE_VERB,
  bitsByWord,
  FUNCTION_WORDS,
  NUMBER_WORDS,
  TEMPORAL,
  TITLE_ABBREVIATIONS,
  VAGUE_WORDS,
  VERBS,
  isGerund,
  isLyAdverb,
  isPastParticiple,
} from './lexicon.js'

const PURE_NUMBER = /^[\p{N}.,/]+$/u
/** Letters joined by periods, as initials are written (`u.s`, `U.N`): the last period is not part of the token. */
export const INITIALS = /^(?:\p{L}\.)+\p{L}$/u
// Plurals without the -s, for the same head-noun rule.
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children'])
// Particles of foreign names (`de la`, `van der`): inside a name they link, alone they are no phrase.
const PARTICLES = new Set(['de', 'la', 'del', 'da', 'di', 'le', 'el', 'von', 'van', 'der', 'den', 'du', 'des', 'al', 'bin'])
// Longer than the longest word in major English dictionaries (45 letters): a run of letters this long is a pasted
// hash, a URL's path or a keyboard test, not a keyphrase word.
const LONGEST_WORD = 45
// Adjective endings (Quirk et al. 1985, appendix I): a lowercase phrase ending on one lacks its noun (`accidental`).
const ADJECTIVE_ENDS = ['ous', 'ive', 'ful', 'less', 'able', 'ible', 'ical', 'ary', 'est']
// Demonyms and initials modify a common noun after them: `Atlantic hurricane season`, `U.S. death toll`.
const MODIFIER_END = ['an', 'ese', 'ish', 'ic', 'i']

// What a word's lowercase form alone says of it, as bits, computed once per distinct word (keyword-words.ts): the many
// set and regex tests below ran for every token of every sentence.
export const CONTENT = 1 // may sit in a noun phrase, as far as the word itself goes
export const VERB_CUE = 2 // a lowercase word after it is a verb (`he said`, `will run`, `didn't go`)
export const PARTICIPLE = 4
export const ADJECTIVE = 8
export const VAGUE = 16
export const PLURAL_HEAD = 32
export const INITIAL_LETTERS = 64
export const MODIFIER = 128
// On a list of words that are never content (function words, verbs, time and number words, particles, abbreviations).
const NOT_CONTENT = 1 << 30

// Every listed word with the bits its lists give it: a word new to the vocabulary costs one lookup, not one per list.
const LISTED = bitsByWord([
  [FUNCTION_WORDS, NOT_CONTENT], [VERBS, NOT_CONTENT], [TEMPORAL, NOT_CONTENT], [NUMBER_WORDS, NOT_CONTENT],
  [PARTICLES, NOT_CONTENT], [TITLE_ABBREVIATIONS, NOT_CONTENT], [BEFORE_VERB, VERB_CUE], [VAGUE_WORDS, VAGUE],
  [IRREGULAR_PLURALS, PLURAL_HEAD],
])

/** The class bits of a lowercase word form (keyword-words.ts caches them by word id). */
export function wordClass(lower: string): number {
  const listed = LISTED.get(lower) ?? 0
  const n = lower.length
  const last = lower.charCodeAt(n - 1)
  const before = lower.charCodeAt(n - 2)
  // `n't`, `n’t`: the tests below read code units where a regex would cost a match per new word.
  const negated = n >= 3 && last === 116 && (before === 39 || before === 0x2019) && lower.charCodeAt(n - 3) === 110
  let c = listed & (VERB_CUE | VAGUE | PLURAL_HEAD)
  if (n > 1 && n <= LONGEST_WORD && (listed & NOT_CONTENT) === 0 && !negated && !isLyAdverb(lower) && !pureNumber(lower))
    c |= CONTENT
  if (negated) c |= VERB_CUE
  if (isPastParticiple(lower) || isGerund(lower)) c |= PARTICIPLE
  // The endings' last letters first (s e l y t; n e h c i): a word ending on none of them skips the suffix tests.
  if ((last === 115 || last === 101 || last === 108 || last === 121 || last === 116) && ADJECTIVE_ENDS.some((e) => lower.endsWith(e)))
    c |= ADJECTIVE
  // An -s plural, not `-ss`, `-is`, `-us` (`/[^siu]s$/`).
  if (n >= 2 && last === 115 && before !== 115 && before !== 105 && before !== 117) c |= PLURAL_HEAD
  if (lower.includes('.') && INITIALS.test(lower)) c |= INITIAL_LETTERS
  if ((last === 110 || last === 101 || last === 104 || last === 99 || last === 105) && MODIFIER_END.some((e) => lower.endsWith(e)))
    c |= MODIFIER
  return c
}

/** Whether `lower` is digits, periods, commas and slashes only; a word opening on an ASCII letter is not. */
function pureNumber(lower: string): boolean {
  const first = lower.charCodeAt(0)
  if (first < 128 && !(first >= 48 && first <= 57) && first !== 44 && first !== 46 && first !== 47) return false
  return PURE_NUMBER.test(lower)
}
