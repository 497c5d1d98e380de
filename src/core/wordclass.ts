// Word classes for the keyphrase stage: what a word's lowercase form alone says of it, as bits.
import {
  BEFORE_VERB,
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
const NEGATED = /n['’]t$/u
const PLURAL = /[^siu]s$/u
// Plurals without the -s, for the same head-noun rule.
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children'])
// Particles of foreign names (`de la`, `van der`): inside a name they link, alone they are no phrase.
const PARTICLES = new Set(['de', 'la', 'del', 'da', 'di', 'le', 'el', 'von', 'van', 'der', 'den', 'du', 'des', 'al', 'bin'])
// Longer than the longest word in major English dictionaries (45 letters): a run of letters this long is a pasted
// hash, a URL's path or a keyboard test, not a keyphrase word.
const LONGEST_WORD = 45
// Adjective endings (Quirk et al. 1985, appendix I): a lowercase phrase ending on one lacks its noun (`accidental`).
const ADJECTIVE_END = /(?:ous|ive|ful|less|able|ible|ical|ary|est)$/u
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

/** The class bits of a lowercase word form (keyword-words.ts caches them by word id). */
export function wordClass(lower: string): number {
  let c = 0
  const negated = NEGATED.test(lower)
  if (
    lower.length > 1 &&
    lower.length <= LONGEST_WORD &&
    !FUNCTION_WORDS.has(lower) &&
    !VERBS.has(lower) &&
    !TEMPORAL.has(lower) &&
    !NUMBER_WORDS.has(lower) &&
    !PARTICLES.has(lower) &&
    !TITLE_ABBREVIATIONS.has(lower) &&
    !negated &&
    !isLyAdverb(lower) &&
    !PURE_NUMBER.test(lower)
  )
    c |= CONTENT
  if (BEFORE_VERB.has(lower) || negated) c |= VERB_CUE
  if (isPastParticiple(lower) || isGerund(lower)) c |= PARTICIPLE
  if (ADJECTIVE_END.test(lower)) c |= ADJECTIVE
  if (VAGUE_WORDS.has(lower)) c |= VAGUE
  if (PLURAL.test(lower) || IRREGULAR_PLURALS.has(lower)) c |= PLURAL_HEAD
  if (INITIALS.test(lower)) c |= INITIAL_LETTERS
  if (MODIFIER_END.some((e) => lower.endsWith(e))) c |= MODIFIER
  return c
}
