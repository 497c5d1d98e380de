// The keyphrase stage's view of one sentence: which words are content words or names, and where phrases join.
import type { KeywordWords } from './keyword-words.js'
import type { Token } from './types.js'
import { CONTENT, INITIAL_LETTERS, MODIFIER, PARTICIPLE, PLURAL_HEAD, VERB_CUE } from './wordclass.js'

/** One body sentence as the keyphrase stage sees it. */
export interface KeywordSentence {
  tokens: Token[]
  /** The sentence's normalized text, to see punctuation between tokens. */
  norm: string
  /** Normalized offset of the sentence's start (token offsets are relative to the document). */
  offset: number
  /** Position among the body sentences. */
  bodyIndex: number
}

// The words of the sentence being read, as parallel arrays reused from sentence to sentence (no object per word):
// whether each is a content word, whether a capitalized name, its class bits, and its graph node (`keywords` fills
// `nodeAt`; `classify` grows all four).
export let isContent = new Uint8Array(256)
export let isCap = new Uint8Array(256)
export let classBits = new Uint16Array(256)
export let nodeAt = new Int32Array(256)

/** Whether the token reads as a capitalized name: a capital opening a sentence says nothing when the word appears in
 * lowercase elsewhere. */
export const capitalized = (t: Token, i: number, table: KeywordWords): boolean => t.capital && (i > 0 || !table.inLowercase(t.id))

/**
 * Word classes of one sentence, into the arrays above: which words may stand in a noun phrase, and which are
 * capitalized as names. `table` holds the document's facts per word (`KeywordWords`).
 */
export function classify(sentence: KeywordSentence, table: KeywordWords): void {
  const { tokens, norm, offset } = sentence
  const n = tokens.length
  if (n > isContent.length) {
    const size = Math.max(n, isContent.length * 2)
    isContent = new Uint8Array(size)
    isCap = new Uint8Array(size)
    classBits = new Uint16Array(size)
    nodeAt = new Int32Array(size)
  }
  // Module variables in locals: each use of a module `let` reloads it from its context slot.
  const contents = isContent
  const caps = isCap
  const bits = classBits
  let bracket = false
  // Most sentences hold no bracket: then the scan for them is skipped (it starts past the end).
  let scan = norm.indexOf('[') < 0 ? norm.length : 0
  let prevCls = 0
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!
    // Square brackets hold the editor's notes (`[Text]`, `[Article by …]`), not the story.
    for (const to = t.start - offset; scan < to; scan++) {
      const ch = norm.charCodeAt(scan)
      if (ch === 91) bracket = true
      else if (ch === 93) bracket = false
    }
    const cap = capitalized(t, i, table)
    const cls = table.classOf(t)
    const afterVerbCue = i > 0 && !cap && (prevCls & VERB_CUE) !== 0
    const content = !bracket && (cls & CONTENT) !== 0 && !afterVerbCue && !isWebPart(t, norm, offset) ? 1 : 0
    contents[i] = content
    caps[i] = cap ? 1 : 0
    bits[i] = cls
    prevCls = cls
    // A participle is an adjective only where a noun phrase starts (`the affected animals`, `drinking water`);
    // between two content words it is the verb of a clause (`officer criticized cleanup efforts`). Word i - 1 is
    // decided here, once word i is classed; word i - 2 is then final.
    const j = i - 1
    if (j >= 0 && contents[j] && !caps[j] && (bits[j]! & PARTICIPLE) !== 0 && ((j > 0 && contents[j - 1]) || !content)) {
      contents[j] = 0
    }
  }
  const last = n - 1
  if (last >= 0 && contents[last] && !caps[last] && (bits[last]! & PARTICIPLE) !== 0) contents[last] = 0
}

/**
 * Whether the token is a piece of an address rather than a word of the story: `http`, `www`, a part of an email
 * address or of a URL's path, or a lowercase domain name (`city.gov.uk`; its last label has two letters or more, so
 * `u.s` and `e.g` stay words). A keyphrase is a topic, and a contact line's address is none.
 */
function isWebPart(t: Token, norm: string, offset: number): boolean {
  const w = t.lower
  const first = w.charCodeAt(0)
  if ((first === 104 || first === 119) && (w === 'http' || w === 'https' || w === 'www')) return true
  const before = norm.charCodeAt(t.start - offset - 1)
  const after = norm.charCodeAt(t.end - offset)
  // Most words touch a space on both sides and hold no dot: they are settled here.
  if (before === 32 && after === 32 && w.indexOf('.') < 0) return false
  // `@` before or after: an email address; `/` before, in a run that holds `://` or `www.`: a URL's path (not the
  // `AIDS` of `HIV/AIDS`).
  if (before === 64 || after === 64) return true
  if (before === 47) {
    const from = t.start - offset
    const runStart = norm.lastIndexOf(' ', from) + 1
    const run = norm.slice(runStart, from)
    if (run.includes('://') || run.startsWith('www.')) return true
  }
  const dot = w.lastIndexOf('.')
  return dot > 0 && !t.capital && w.length - dot > 2 && /^[a-z]+$/.test(w.slice(dot + 1))
}

/**
 * Whether the token ends in a possessive `’s` (its surface is then longer than its lowercase form, which drops it): a
 * possessive closes a noun phrase (`Alaska’s | chief officer`).
 */
export const possessive = (t: Token) => t.end - t.start > t.lower.length

function gapBreaks(norm: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (norm.charCodeAt(i) !== 32) return true
  return false
}

/** Whether the content words `i - 1` and `i` of the sentence being read belong to one phrase. */
export function joins(sentence: KeywordSentence, i: number): boolean {
  const prev = sentence.tokens[i - 1]!
  const prevCls = classBits[i - 1]!
  const prevCap = isCap[i - 1] === 1
  let gap = prev.end - sentence.offset
  // The period of initials (`U.S. death toll`) is theirs, not the end of a phrase.
  if (sentence.norm.charCodeAt(gap) === 46 && (prevCls & INITIAL_LETTERS) !== 0) gap++
  if (possessive(prev) || gapBreaks(sentence.norm, gap, sentence.tokens[i]!.start - sentence.offset)) return false
  // A plural is a head noun: what follows starts anew (`tornadoes | occur`), unlike `tornado watches`.
  if (!prevCap && (prevCls & PLURAL_HEAD) !== 0) return false
  // Names and common nouns make separate phrases, except a demonym or initials before a noun.
  if (i > 1 && prevCap !== (isCap[i] === 1)) {
    return prevCap && (prevCls & (INITIAL_LETTERS | MODIFIER)) !== 0
  }
  return true
}
