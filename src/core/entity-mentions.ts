// Mention candidates of the entity stage: a person or single-name run with what the person pass needs of its sentence.
import { FEMALE_PRONOUN, MALE_PRONOUN, PLACE, PLACE_DOT, POSSESSIVE_BIT, genderSign, isTitleWord } from './entity-words.js'
import type { NameTokens } from './entity-tokens.js'
import type { NameRun } from './namerun.js'
import type { RoleAt } from './roles.js'

// Words opening a clause before its subject: `In the context of …, President Bernardo Arévalo met …`.
const INTRO = new Set(['in', 'on', 'as', 'at', 'after', 'before', 'during', 'while', 'with', 'for', 'following', 'since', 'when', 'through', 'despite', 'upon', 'from', 'by', 'to'])
// Determiners that open a subject a name can stand in apposition to: `The prime minister, Anna Lee, said …`.
const APPOSED = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our'])
// At most this many words before an apposed name: `The prime minister` or `The country's chief medical officer`.
const APPOSED_WORDS = 6
// An acronym's tag opens with `-`, `–` or `(`.
const isTagMark = (c: number) => c === 45 || c === 0x2013 || c === 40

/** A person or single-name run, with what the second pass needs of its sentence's tokens (shared, see `documentNameTokens`). */
export interface Candidate {
  run: NameRun
  sentence: number
  order: number
  role: RoleAt | null
  /** Lowercase words of a person's name of several words, else null. */
  words: string[] | null
  /** Lowercase first word of the name. */
  lower: string
  /** Whether an acronym's tag mark (`-`, `–`, `(`) comes right before the name. */
  tagged: boolean
  /** Whether the first word is a gazetteer place, with or without a final period. */
  place: boolean
  subject: boolean
  /** The pronoun vote of a subject mention (`pronounVote`), else 0. */
  vote: number
  /** The gender votes of the title words (3 each) and the gender sign of the first word of the name. */
  titleVote: number
  firstSign: number
  /** Normalized offsets of the mention, title included. */
  start: number
  end: number
  /** The person a full name was given in the first pass, else -1. */
  person: number
}

/** A candidate for `run` of the sentence `s` (index `sentence`, starting at `base` in the normalized text). */
export function candidate(s: NameTokens, run: NameRun, sentence: number, base: number, order: number): Candidate {
  const subject = isSubject(s, run)
  return {
    run,
    sentence,
    order,
    role: null,
    words: run.kind === 'person' && run.to - run.from > 1 ? s.lower.slice(run.from, run.to) : null,
    lower: s.lower[run.from]!,
    tagged: s.start[run.from]! > 0 && isTagMark(s.norm.charCodeAt(s.start[run.from]! - 1)),
    place: (s.flags[run.from]! & (PLACE | PLACE_DOT)) !== 0,
    subject,
    vote: subject ? pronounVote(s, run) : 0,
    titleVote: titleVote(s, run),
    firstSign: genderSign(s.flags[run.from]!),
    start: base + s.start[run.runFrom]!,
    end: base + s.end[run.to - 1]!,
    person: -1,
  }
}

/** 3 votes for each title word (before the name) of a man (`Mr`, `King`), −3 for each of a woman (`Mrs`, `Queen`). */
function titleVote(s: NameTokens, run: NameRun): number {
  let votes = 0
  for (let k = run.runFrom; k < run.from; k++) votes += 3 * genderSign(s.flags[k]!)
  return votes
}

/**
 * Whether the mention opens its sentence, follows an introductory phrase, or is set off by commas after the short noun
 * phrase that opens the sentence (`The prime minister, Anna Lee, said`: an appositive names the subject itself), and
 * is not a possessive.
 */
function isSubject(s: NameTokens, run: NameRun): boolean {
  if (s.flags[run.to - 1]! & POSSESSIVE_BIT) return false
  if (run.runFrom === s.from) return true
  const gap = s.end[run.runFrom - 1]!
  if (!(gap < s.start[run.runFrom]! && s.norm.charCodeAt(gap) === 44)) return false
  if (INTRO.has(s.lower[s.from]!)) return true
  // The noun before the comma must be a title (`minister`, `attorney`): `His company, Omni Guide, aims …` is an
  // organization's name, which the name stage may have taken for a person's.
  return APPOSED.has(s.lower[s.from]!) && run.runFrom - s.from <= APPOSED_WORDS && isTitleWord(s.lower[run.runFrom - 1]!) &&
    commaAt(s, run.runFrom - 1) === 1 && s.norm.charCodeAt(s.end[run.to - 1]!) === 44
}

/** How many commas follow the tokens of `s` up to token `last`: 1 only when the one before the name is the first. */
function commaAt(s: NameTokens, last: number): number {
  let commas = 0
  for (let i = s.from; i <= last; i++) if (s.norm.charCodeAt(s.end[i]!) === 44) commas++
  return commas
}

/** +1 when the next gendered pronoun of the sentence is `he`/`his`, −1 for `she`/`her`, 0 otherwise. */
function pronounVote(s: NameTokens, run: NameRun): number {
  for (let i = run.to; i < s.to; i++) {
    if (s.flags[i]! & MALE_PRONOUN) return 1
    if (s.flags[i]! & FEMALE_PRONOUN) return -1
  }
  return 0
}
