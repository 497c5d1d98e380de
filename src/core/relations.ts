// Subjects tied to a name: `the lawyer for Mr Smith`, `a friend of John Smith`, `Mr Smith's lawyer` speak, not Smith.
import { RELATIONAL_NOUNS } from './lexicon.js'

// `the lawyer for Mr Smith`, `a friend of John Smith`: a relational noun tied by `for`/`of` to the name after it. The
// noun heads the subject and the name is its complement (the head rule of phrase structure), so the noun speaks, not
// the person. Without a determiner the noun must open the subject (`lawyers for Mr Smith`), not follow a preposition.
const HEAD_OF = /(\p{L}+)\s+(?:for|of|representing)\s+(?:the\s+)?$/u
const WORD_BEFORE = /(\S+)\s+$/u
const MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u
const DETERMINER = /^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Tt]wo|[Ss]everal|[Ss]ome)$/u
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
    if (DETERMINER.test(word[1]!)) return before.slice(at)
    if (k === 2 || !MODIFIER.test(word[1]!)) return null
    at = word.index
  }
  return null
}

