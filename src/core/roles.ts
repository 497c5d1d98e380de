// Role phrases around a name: appositives (`Amy Pope, Director General of …`), titles before a name, listed portfolios.
import { CAPITAL_BIT, DETERMINER, FUNCTION, GIVEN_NAME, JOIN, PLACE, POSSESSIVE_BIT, STOP, TITLE } from './entity-words.js'
import { plainGap, spanText, type NameTokens } from './entity-tokens.js'
import type { NameRun } from './namerun.js'

// A role phrase may hold `of`, `for`, `to`, `the`, `and`, `on`, `in`, `at` between its capitalized words
// (`Secretary of Health and Human Services`): the `JOIN` class.
// At most this many lowercase modifiers before a lowercase title (`the crime prevention minister`).
const MAX_MODIFIERS = 4
// A role phrase longer than this is a clause, not a role.
const MAX_ROLE = 16

const isModifier = (f: number) => !(f & (CAPITAL_BIT | STOP | FUNCTION))

/** Whether the text between tokens `a` and `a + 1` is exactly `gap` (`' '`, `', '`). */
function gapIs(s: NameTokens, a: number, gap: string): boolean {
  const from = s.end[a]!
  return s.start[a + 1]! - from === gap.length && s.norm.startsWith(gap, from)
}

function capitalAhead(s: NameTokens, k: number): boolean {
  for (let j = k + 1; j < Math.min(s.to, k + 3); j++) {
    if (!plainGap(s, j - 1, j)) return false
    if (s.flags[j]! & CAPITAL_BIT) return true
    if (!(s.flags[j]! & JOIN)) return false
  }
  return false
}

/**
 * The role phrase that starts at token `i` (after an optional `the`), as a token range, or null: words up to a
 * title word (`Secretary`, `minister`), then capitalized words and joins (`of Homeland Security`). Role phrases are
 * the appositives of news style (AP Stylebook, "titles"): they end at punctuation or at the first lowercase verb.
 */
export function roleAfter(s: NameTokens, i: number): [number, number] | null {
  const flags = s.flags
  let k = i
  if (k < s.to && flags[k]! & DETERMINER) k++
  const start = k
  let title = false
  let joined = false
  let modifiers = 0
  while (k < s.to && k - start < MAX_ROLE) {
    const f = flags[k]!
    if (k > start && !plainGap(s, k - 1, k)) break
    let inRole: boolean
    if (f & TITLE) inRole = title = true
    else if (title && f & JOIN) inRole = joined = capitalAhead(s, k)
    // Before the title any modifier (`U.S.`, `crime prevention`); after it only what a join brings in
    // (`of Homeland Security`) or a place (`Chief Minister Sindh`), not a name (`Secretary | Mayorkas`).
    else if (!title) inRole = (f & CAPITAL_BIT) !== 0 && !(f & GIVEN_NAME) || (isModifier(f) && modifiers++ < MAX_MODIFIERS)
    else inRole = (f & CAPITAL_BIT) !== 0 && (joined || (f & PLACE) !== 0)
    if (!inRole) break
    k++
    if (f & POSSESSIVE_BIT) break
  }
  while (k > start && flags[k - 1]! & JOIN) k--
  return title && k > start ? [start, k] : null
}

/** The role phrase that ends just before token `end` (`the Prime Minister of the Netherlands, | Mark Rutte`). */
export function roleBefore(s: NameTokens, end: number): [number, number] | null {
  const flags = s.flags
  let p = end - 1
  let modifiers = 0
  while (p > s.from && end - p < MAX_ROLE && plainGap(s, p - 1, p)) {
    const f = flags[p - 1]!
    if (f & (CAPITAL_BIT | TITLE) || (f & JOIN && s.lower[p - 1] !== 'and')) p--
    else if (isModifier(f) && modifiers < MAX_MODIFIERS) {
      modifiers++
      p--
    } else break
  }
  while (p < end && flags[p]! & (JOIN | DETERMINER)) p++
  // The longest role that ends exactly at `end`: at most MAX_ROLE starts, each a bounded scan.
  for (; p < end; p++) {
    const span = roleAfter(s, p)
    if (span && span[1] === end) return span
  }
  return null
}

/** Lowercase title words right before a name: `Home office crime prevention minister | Jeremy Browne`. */
export function roleLeading(s: NameTokens, name: number): [number, number] | null {
  const t = name - 1
  if (t < s.from || s.flags[t]! & CAPITAL_BIT || !(s.flags[t]! & TITLE) || !plainGap(s, t, name)) return null
  let p = t
  while (p > s.from && name - p <= MAX_MODIFIERS && plainGap(s, p - 1, p) && !(s.flags[p - 1]! & (STOP | FUNCTION))) p--
  return [p, name]
}

/**
 * Extends a role over a portfolio listed with commas and a final `and`: `Federal Minister for Planning, Development,
 * Special Initiatives and Inter Provincial Coordination`. Without the final `and` nothing is added, so a name after a
 * comma (`the Prime Minister of the Netherlands, Mark Rutte`) stays a name.
 */
export function extendList(s: NameTokens, end: number): number {
  let k = end
  for (let item = 0; item < 8 && k < s.to; item++) {
    const comma = gapIs(s, k - 1, ', ')
    const and = (comma || gapIs(s, k - 1, ' ')) && s.lower[k] === 'and'
    if (!comma && !and) return end
    let j = and ? k + 1 : k
    if (j >= s.to || !(s.flags[j]! & CAPITAL_BIT)) return end
    while (j + 1 < s.to && s.flags[j + 1]! & CAPITAL_BIT && plainGap(s, j, j + 1)) j++
    k = j + 1
    if (and) return k
  }
  return end
}

/** A role found at a mention: its text, how directly the text gives it, and where an appositive after the name ends. */
export interface RoleAt {
  text: string
  /** 3 for an appositive, 2 for lowercase title words before the name, 1 for a capitalized title. */
  rank: number
  end?: number
}

// Role sources, best first: an appositive states the role, a title before the name only abbreviates it.
const APPOSITIVE = 3
const LEADING = 2
const TITLE_RANK = 1

/** The role the text gives at the name `run` of a sentence, or null. */
export function roleAt(s: NameTokens, run: NameRun): RoleAt | null {
  if (run.to < s.to && (gapIs(s, run.to - 1, ', ') || (gapIs(s, run.to - 1, ' ') && s.lower[run.to] === 'the'))) {
    const span = roleAfter(s, run.to)
    // An appositive ends at punctuation: `Secretary Mayorkas, President | Arévalo held …` is no role.
    if (span && (span[1] >= s.to || !plainGap(s, span[1] - 1, span[1]))) {
      const end = extendList(s, span[1])
      return { text: spanText(s, span[0], end), rank: APPOSITIVE, end }
    }
  }
  if (run.runFrom > s.from && gapIs(s, run.runFrom - 1, ', ')) {
    const span = roleBefore(s, run.runFrom)
    if (span) return { text: spanText(s, span[0], span[1]), rank: APPOSITIVE }
  }
  const leading = roleLeading(s, run.runFrom)
  if (leading) return { text: spanText(s, leading[0], leading[1]), rank: LEADING }
  return run.title ? { text: run.title, rank: TITLE_RANK } : null
}
