// Role phrases around a name: appositives (`Amy Pope, Director General of …`), titles before a name, listed portfolios.
import { FUNCTION_WORDS } from './lexicon.js'
import { isTitleWord, plainGap, type NameRun, type NameToken } from './namerun.js'
import { PLACES, isGivenName } from './names.js'
import { STOPWORDS } from './tokenize.js'

// Words a role phrase may hold between its capitalized words: `Secretary of Health and Human Services`.
const JOINS = new Set(['of', 'for', 'to', 'the', 'and', 'on', 'in', 'at'])
const DETERMINERS = new Set(['the', 'a', 'an'])
// At most this many lowercase modifiers before a lowercase title (`the crime prevention minister`).
const MAX_MODIFIERS = 4
// A role phrase longer than this is a clause, not a role.
const MAX_ROLE = 16

const isModifier = (t: NameToken) => !t.capital && !STOPWORDS.has(t.lower) && !FUNCTION_WORDS.has(t.lower)

function capitalAhead(norm: string, tokens: readonly NameToken[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, k + 3); j++) {
    if (!plainGap(norm, tokens[j - 1]!, tokens[j]!)) return false
    if (tokens[j]!.capital) return true
    if (!JOINS.has(tokens[j]!.lower)) return false
  }
  return false
}

/**
 * The role phrase that starts at token `i` (after an optional `the`), as a token range, or null: words up to a
 * title word (`Secretary`, `minister`), then capitalized words and joins (`of Homeland Security`). Role phrases are
 * the appositives of news style (AP Stylebook, "titles"): they end at punctuation or at the first lowercase verb.
 */
export function roleAfter(norm: string, tokens: readonly NameToken[], i: number): [number, number] | null {
  let k = i
  if (k < tokens.length && DETERMINERS.has(tokens[k]!.lower)) k++
  const start = k
  let title = false
  let joined = false
  let modifiers = 0
  while (k < tokens.length && k - start < MAX_ROLE) {
    const t = tokens[k]!
    if (k > start && !plainGap(norm, tokens[k - 1]!, t)) break
    let inRole: boolean
    if (isTitleWord(t.lower)) inRole = title = true
    else if (title && JOINS.has(t.lower)) inRole = joined = capitalAhead(norm, tokens, k)
    // Before the title any modifier (`U.S.`, `crime prevention`); after it only what a join brings in
    // (`of Homeland Security`) or a place (`Chief Minister Sindh`), not a name (`Secretary | Mayorkas`).
    else if (!title) inRole = (t.capital && !isGivenName(t.lower)) || (isModifier(t) && modifiers++ < MAX_MODIFIERS)
    else inRole = t.capital && (joined || PLACES.has(t.lower))
    if (!inRole) break
    k++
    if (t.possessive) break
  }
  while (k > start && JOINS.has(tokens[k - 1]!.lower)) k--
  return title && k > start ? [start, k] : null
}

/** The role phrase that ends just before token `end` (`the Prime Minister of the Netherlands, | Mark Rutte`). */
export function roleBefore(norm: string, tokens: readonly NameToken[], end: number): [number, number] | null {
  let s = end - 1
  let modifiers = 0
  while (s > 0 && end - s < MAX_ROLE && plainGap(norm, tokens[s - 1]!, tokens[s]!)) {
    const t = tokens[s - 1]!
    if (t.capital || isTitleWord(t.lower) || (JOINS.has(t.lower) && t.lower !== 'and')) s--
    else if (isModifier(t) && modifiers < MAX_MODIFIERS) {
      modifiers++
      s--
    } else break
  }
  while (s < end && (JOINS.has(tokens[s]!.lower) || DETERMINERS.has(tokens[s]!.lower))) s++
  // The longest role that ends exactly at `end`: at most MAX_ROLE starts, each a bounded scan.
  for (; s < end; s++) {
    const span = roleAfter(norm, tokens, s)
    if (span && span[1] === end) return span
  }
  return null
}

/** Lowercase title words right before a name: `Home office crime prevention minister | Jeremy Browne`. */
export function roleLeading(norm: string, tokens: readonly NameToken[], name: number): [number, number] | null {
  const t = tokens[name - 1]
  if (!t || t.capital || !isTitleWord(t.lower) || !plainGap(norm, t, tokens[name]!)) return null
  let s = name - 1
  while (s > 0 && name - s <= MAX_MODIFIERS && plainGap(norm, tokens[s - 1]!, tokens[s]!) &&
      !STOPWORDS.has(tokens[s - 1]!.lower) && !FUNCTION_WORDS.has(tokens[s - 1]!.lower)) s--
  return [s, name]
}

/**
 * Extends a role over a portfolio listed with commas and a final `and`: `Federal Minister for Planning, Development,
 * Special Initiatives and Inter Provincial Coordination`. Without the final `and` nothing is added, so a name after a
 * comma (`the Prime Minister of the Netherlands, Mark Rutte`) stays a name.
 */
export function extendList(norm: string, tokens: readonly NameToken[], end: number): number {
  let k = end
  for (let item = 0; item < 8 && k < tokens.length; item++) {
    const gap = norm.slice(tokens[k - 1]!.end, tokens[k]!.start)
    const and = (gap === ' ' || gap === ', ') && tokens[k]!.lower === 'and'
    if (gap !== ', ' && !and) return end
    let j = and ? k + 1 : k
    if (j >= tokens.length || !tokens[j]!.capital) return end
    while (j + 1 < tokens.length && tokens[j + 1]!.capital && plainGap(norm, tokens[j]!, tokens[j + 1]!)) j++
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
const TITLE = 1

/** The role the text gives at the name `run` of a sentence, or null. */
export function roleAt(norm: string, tokens: readonly NameToken[], run: NameRun): RoleAt | null {
  const slice = ([a, b]: [number, number]) => norm.slice(tokens[a]!.start, tokens[b - 1]!.end)
  const after = tokens[run.to]
  const gapAfter = after ? norm.slice(tokens[run.to - 1]!.end, after.start) : ''
  if (after && (gapAfter === ', ' || (gapAfter === ' ' && after.lower === 'the'))) {
    const span = roleAfter(norm, tokens, run.to)
    // An appositive ends at punctuation: `Secretary Mayorkas, President | Arévalo held …` is no role.
    const next = span ? tokens[span[1]] : undefined
    if (span && (!next || !plainGap(norm, tokens[span[1] - 1]!, next))) {
      const end = extendList(norm, tokens, span[1])
      return { text: slice([span[0], end]), rank: APPOSITIVE, end }
    }
  }
  const before = tokens[run.runFrom - 1]
  if (before && norm.slice(before.end, tokens[run.runFrom]!.start) === ', ') {
    const span = roleBefore(norm, tokens, run.runFrom)
    if (span) return { text: slice(span), rank: APPOSITIVE }
  }
  const leading = roleLeading(norm, tokens, run.runFrom)
  if (leading) return { text: slice(leading), rank: LEADING }
  return run.title ? { text: run.title, rank: TITLE } : null
}
