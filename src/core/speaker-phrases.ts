// Phrases around a speaker: whether the words after a closing `…, said` name one, and whether a subject tied to a name
// (`the lawyer for Mr Smith`) speaks instead of the person it names.
import { RELATIONAL_NOUNS } from './lexicon.js'

// `said` after a comma is a trailing attribution only in the inverted order (`Taxes will fall, said the minister.`).
// In subject–verb order the comma closes an appositive and `said` is the main verb (`The minister, who took office in
// 2020, said taxes would fall.`): what follows is the reported clause, or a time or place (`said in a statement`), and
// cutting it leaves only the subject. Function words that cannot sit in a speaker's name or title tell the two apart,
// as closed-class cues do in rule-based quotation attribution (Pouliquen et al. 2007; Pareti 2015).

// Auxiliaries, negation and complementizers: a clause (`said taxes would fall`, `said the deal was done`).
const CLAUSE = new Set([
  'that', 'whether', 'if', 'to', 'not', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'will', 'would',
  'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'has', 'have', 'had', 'do', 'does', 'did',
])
// A first word that opens a clause, a time or a place rather than a speaker (`said he would`, `said Monday night`).
const NOT_FIRST = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'in', 'at', 'on', 'during', 'before', 'after', 'of', 'from',
  'by', 'with', 'for', 'as', 'when', 'while', 'earlier', 'later', 'last', 'next', 'yesterday', 'today', 'tonight',
  'recently', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
])
// Times, anywhere in the phrase (`said this week`, `said late last month`).
const TIME = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'ago'])
// Words that may open a speaker written in lower case (`said the minister`, `said one analyst`, `said his father`),
// and so may stand before a relational noun (`the lawyer for`, `a friend of`).
const DETERMINER = new Set([
  'the', 'a', 'an', 'one', 'another', 'his', 'her', 'their', 'its', 'our', 'two', 'three', 'several', 'some', 'many',
  'both', 'those',
])

const isUpper = (word: string) => /^\p{Lu}/u.test(word)

/**
 * Whether `phrase` (what follows `said`/`says`/`added` at the end of a sentence, without the full stop) names who spoke.
 * After a closing quote mark the inversion is certain and only a clause or a time is refused; without one the phrase
 * must also read as a noun phrase: a determiner or a capitalized name, and no past-tense verb after a noun
 * (`said the deal collapsed`), the commonest clause with no auxiliary.
 */
export function namesSpeaker(phrase: string, afterQuote: boolean): boolean {
  const words = phrase.trim().split(/\s+/)
  const lower = words.map((w) => w.toLowerCase())
  // `he's`, `they'd`: the pronoun before its contraction.
  if (NOT_FIRST.has(lower[0]!.replace(/['’]\p{L}{1,2}$/u, ''))) return false
  for (const w of lower) if (CLAUSE.has(w) || TIME.has(w) || /n['’]t$/u.test(w)) return false
  if (afterQuote) return true
  const named = words.some(isUpper)
  if (!DETERMINER.has(lower[0]!) && !isUpper(words[0]!) && !named && words.length > 1) return false
  for (let i = 1; i < words.length; i++) {
    const w = lower[i]!
    if (w.length >= 5 && w.endsWith('ed') && !w.includes('-') && !DETERMINER.has(lower[i - 1]!)) return false
  }
  return true
}

// `the lawyer for Mr Smith`, `a friend of John Smith`: a relational noun tied by `for`/`of` to the name after it. The
// noun heads the subject and the name is its complement (the head rule of phrase structure), so the noun speaks, not
// the person. Without a determiner the noun must open the subject (`lawyers for Mr Smith`), not follow a preposition.
const HEAD_OF = /(\p{L}+)\s+(?:for|of|representing)\s+(?:the\s+)?$/u
const WORD_BEFORE = /(\S+)\s+$/u
const MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u
// A noun the name modifies (`the Smith family`), kept in the role: lowercase words up to the end of the subject.
const NOUN_TAIL = /^((?:\s+[\p{Ll}-]+){1,2})\s*(?:$|[.,;:!?])/u
// `Mr Smith's lawyer`: a possessive name before a lowercase noun.
const POSSESSED = /^['’]s\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)/u
// An honorific the name stage leaves out of a name (`Mr` of `Mr Smith's lawyer`), kept in the role as written.
const HONORIFIC_BEFORE = /(?:^|\s)((?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+)$/u

/**
 * The subject's phrase when the name at [start, end) of `text` is not the subject's head but tied to it (`the lawyer
 * for Mr Smith`, `Mr Smith's lawyer`), without its determiner; null when the name itself is the subject. `[from, to)`
 * bounds the subject's stretch of text.
 */
export function relatedRole(text: string, from: number, start: number, end: number, to: number): string | null {
  const before = text.slice(from, start)
  const after = text.slice(end, to)
  const owned = POSSESSED.exec(after)
  if (owned && RELATIONAL_NOUNS.has(owned[1]!)) {
    const honorific = HONORIFIC_BEFORE.exec(before)?.[1] ?? ''
    return honorific + text.slice(start, end + owned[0].length)
  }
  // `the lawyer for Mr John Smith`: the name stage's mention starts at `John`, so the honorific is set aside to find
  // the noun and put back in the role.
  const honorific = HONORIFIC_BEFORE.exec(before)
  const noun = relationalNoun(honorific ? before.slice(0, honorific.index + honorific[0].length - honorific[1]!.length) : before)
  return noun === null ? null : `${noun}${honorific?.[1] ?? ''}${text.slice(start, end)}${NOUN_TAIL.exec(after)?.[1] ?? ''}`
}

/** The relational noun phrase that `before` ends with, up to its `for`/`of` (`lawyer for `), without its determiner. */
function relationalNoun(before: string): string | null {
  const head = HEAD_OF.exec(before)
  if (!head || !RELATIONAL_NOUNS.has(head[1]!.toLowerCase())) return null
  let at = head.index
  // Up to two lowercase modifiers (`defence lawyer`), then a determiner or the subject's start.
  for (let k = 0; k < 3; k++) {
    const word = WORD_BEFORE.exec(before.slice(0, at))
    if (!word) return before.slice(at)
    if (DETERMINER.has(word[1]!.toLowerCase())) return before.slice(at)
    if (k === 2 || !MODIFIER.test(word[1]!)) return null
    at = word.index
  }
  return null
}

