// Key-point stage: turns ranked sentences into short bullets, and an article's own list of points into one bullet.
import { fullStopFor, isSpace, isTerminal, withoutListTail } from './chars.js'
import { balanceQuotes, dropLooseMarks } from './quotemarks.js'
import { jaccard } from './select.js'
import { shorten } from './shorten.js'
import { tokenize } from './tokenize.js'
import { stemNumber } from './wordtoken.js'
import type { Entity, Quote, Sentence, Token } from './types.js'

export { shorten } from './shorten.js'

/** A bullet before rendering: the shortened text and the sentence it came from. */
export interface Bullet {
  text: string
  sentence: Sentence
  /** The tokens of `sentence.norm`, when already made: `finishBullets` then need not tokenize a bullet that kept it whole. */
  tokens?: readonly Token[]
}

/** A list the article gives as its points, and the sentence that introduces it. */
export interface ArticleList {
  leadIn: Sentence
  items: Sentence[]
}

/**
 * Finds lists of short items introduced by a sentence ending in a colon: the article stating its own points,
 * as in `…underscore Guatemala’s interest in:` followed by `• security`, `• anti-corruption fight`, ….
 */
export function findLists(sentences: readonly Sentence[]): ArticleList[] {
  const lists: ArticleList[] = []
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!
    if (s.kind !== 'paragraph' || !endsWithColon(s.norm)) continue
    const items: Sentence[] = []
    let j = i + 1
    while (j < sentences.length && sentences[j]!.kind === 'list-item' && sentences[j]!.norm.split(/\s+/).length <= 8) {
      items.push(sentences[j]!)
      j++
    }
    if (items.length >= 2) lists.push({ leadIn: s, items })
  }
  return lists
}

/** `/:\s*$/.test(text)`, read from the end: an unanchored pattern is tried at every position of the text. */
function endsWithColon(text: string): boolean {
  let i = text.length - 1
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--
  return i >= 0 && text.charCodeAt(i) === 58
}

/** One bullet for a whole list: `Lead-in: a, b and c.` */
export function listBullet(list: ArticleList): Bullet {
  // The look-behind keeps a long run of periods inside an item from being rescanned at every character.
  const items = list.items.map((s) => s.norm.trim().replace(/(?<![.;,])[.;,]+$/u, ''))
  const joined = items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : items[0]!
  const leadIn = shorten(list.leadIn.norm, { maxWords: 60 }).replace(/:\s*$/, '')
  return { text: `${leadIn}: ${joined}.`, sentence: list.leadIn }
}

/** What `finishBullets` knows of the article. */
export interface FinishOptions {
  /** The people the article names, with their roles (from `entities`). Default []. */
  people?: readonly Entity[]
  /** Share of content words two bullets may have in common before the later one counts as a repeat. Default 0.6. */
  overlap?: number
  /** The article's quotations (from `quotes`): a bullet cut from one names its speaker. Default []. */
  quotes?: readonly Quote[]
  /**
   * The name the subject `he`/`she` at offset `at` of `sentence.norm` stands for, or null when nobody fits.
   * Default: no pronoun is resolved.
   */
  pronoun?: (sentence: Sentence, at: number, pronoun: 'he' | 'she') => string | null
}

// A subject `he`/`she` that opens the bullet or follows its opening phrase, before a lowercase word (`He said…`,
// `On his social network X, he emphasized…`). Out of its article a bullet's pronoun points at nobody; a chat reader
// sees only the bullet. Bounded prefix, no nested quantifier: linear.
const SUBJECT_PRONOUN = /^(?:([^,;:“”"«»]{1,80}), )?([Hh]e|[Ss]he) (?=\p{Ll})/u

// Whether `part` first occurs in `text` at or before `at`.
const startsWithin = (text: string, part: string, at: number) => {
  const i = text.indexOf(part)
  return i >= 0 && i <= at
}

/** `text` with its subject pronoun replaced by the person it stands for, when `resolve` names one. */
function namePronoun(text: string, sentence: Sentence, resolve: FinishOptions['pronoun']): string {
  if (resolve === undefined) return text
  // The pattern's `he ` starts at most 163 units in (80 code points, up to two units each, then `, S`); without one
  // there, its optional clause would be tried at each of 80 lengths for nothing.
  if (!startsWithin(text, 'he ', 163) && !startsWithin(text, 'He ', 163)) return text
  const m = SUBJECT_PRONOUN.exec(text)
  if (m === null) return text
  // The same pronoun where the sentence has it, so that a name earlier in the sentence can be its antecedent
  // (`Dick Clark was a pioneer, he was…`); a bullet whose opening was cut differently is left as it is.
  const source = SUBJECT_PRONOUN.exec(sentence.norm)
  if (source === null || source[2]!.toLowerCase() !== m[2]!.toLowerCase()) return text
  const who = resolve(sentence, source[1] === undefined ? 0 : source[1].length + 2, m[2]!.toLowerCase() as 'he' | 'she')
  // A bullet that already names the person (`She would have complied, Nettles said`) needs no second naming.
  if (who === null || text.includes(who.slice(who.lastIndexOf(' ') + 1))) return text
  const at = m[1] === undefined ? 0 : m[1].length + 2
  return text.slice(0, at) + who + text.slice(at + m[2]!.length)
}

// Roles are checked for this many people at most: the most mentioned, who are the ones bullets repeat.
const MAX_PEOPLE = 30

/**
 * A bullet cut from inside a quotation loses the marks that opened or closed it elsewhere, and names the speaker:
 * `Jane Marriott: Brilliantly British captures everything we love about the UK…`. Any other bullet keeps its
 * quotations whole (`“We remain hopeful.”`), never a mark with no partner. It ends with a full stop.
 */
function quoted(bullet: Bullet, quotes: readonly Quote[]): string {
  let text = bullet.text
  const s = bullet.sentence
  const q = quotes.find((q) => q.start <= s.start + 1 && s.end <= q.end + 1)
  // A sentence that was a quotation and its attribution (`“…,” he said.`), whose attribution the shortening cut.
  const whole = q ? null : WHOLLY_QUOTED.exec(text)
  const inner = whole ? quotes.find((q) => q.start >= s.start && q.end <= s.end && q.speaker) : undefined
  // With no speaker to name in front, the marks are what shows the words are someone else's.
  if (q?.speaker && !text.includes(q.speaker)) text = `${q.speaker}: ${dropLooseMarks(text)}`
  else if (inner && !text.includes(inner.speaker!)) text = `${inner.speaker}: ${whole![1]}`
  else text = balanceQuotes(text)
  text = withoutListTail(text)
  return endsTerminal(text) ? text : text + fullStopFor(text)
}

// A bullet that is one quotation and nothing else, its closing punctuation aside: `“Every hospital needs it.”`.
const WHOLLY_QUOTED = /^["“«‘]([^"“”«»]+?)[,.]?["”»’]\.?$/u

/** `.`, `!`, `?`, `…`, `:`. */
const isEnd = (c: number) => isTerminal(c) || c === 58

/** `/[.!?…:](?:["”’»)]| »)?$/u.test(text)` from the last characters: an unanchored pattern is tried at every position. */
function endsTerminal(text: string): boolean {
  const n = text.length
  const last = n > 0 ? text.charCodeAt(n - 1) : -1
  if (isEnd(last)) return true
  const isCloser = last === 34 || last === 0x201d || last === 0x2019 || last === 0xbb || last === 41
  if (!isCloser || n < 2) return false
  // French spaces its closing guillemet: `partons. »`.
  return isEnd(text.charCodeAt(n - 2)) || (last === 0xbb && text.charCodeAt(n - 2) === 32 && isEnd(text.charCodeAt(n - 3)))
}

/** The distinct stems of the tokens' words, no stopwords or numbers, as stem numbers in ascending order. */
function stems(tokens: readonly Token[]): Int32Array {
  const out = new Int32Array(tokens.length)
  let n = 0
  for (const t of tokens) if (!t.stop && !t.numeric) out[n++] = stemNumber(t)
  out.subarray(0, n).sort()
  // Sorted, the repeats sit side by side.
  let distinct = 0
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[i - 1]) out[distinct++] = out[i]!
  return out.subarray(0, distinct)
}

/**
 * Whether `text` is `norm` trimmed, with perhaps its first letter capitalized (`a`–`z`) and a full stop added: the
 * same words at the same places, so the same tokens but for the first one's capital, which stems do not read.
 */
function sameWords(text: string, norm: string): boolean {
  const t = norm.trim()
  let n = text.length
  if (n === t.length + 1 && text.charCodeAt(n - 1) === 46) n--
  if (n !== t.length || n === 0) return false
  const a = text.charCodeAt(0)
  const b = t.charCodeAt(0)
  return (a === b || (b >= 97 && b <= 122 && a === b - 32)) && text.startsWith(t.slice(1), 1)
}

/**
 * Bullets in reading order, each once: a person's role already given by an earlier bullet is not repeated
 * (`Alejandro Mayorkas, U.S. Secretary of Homeland Security,` → `Alejandro Mayorkas`), and a bullet whose content
 * words mostly repeat an earlier bullet's (Jaccard ≥ `overlap`) is dropped, as is an exact repeat.
 */
export function finishBullets(
  bullets: readonly Bullet[],
  { people = [], overlap = 0.6, quotes = [], pronoun }: FinishOptions = {},
): Bullet[] {
  const roles = people.filter((p) => p.role).slice(0, MAX_PEOPLE)
  // Made once, not once per bullet.
  const appositives = roles.map((p) => `${p.text}, ${p.role}`)
  const shown = new Set<string>()
  const kept: { bullet: Bullet; stems: Int32Array; lower: string }[] = []
  for (const bullet of bullets) {
    let text = namePronoun(quoted(bullet, quotes), bullet.sentence, pronoun)
    for (let r = 0; r < roles.length; r++) {
      const p = roles[r]!
      // The appositive holds the role: a text without the role has nothing to do, and most bullets name few roles.
      if (!text.includes(p.role!)) continue
      const appositive = appositives[r]!
      const at = text.indexOf(appositive)
      if (at >= 0 && shown.has(p.role!)) {
        // `Name, role,` → `Name`; `Name, role.` → `Name.`
        const end = at + appositive.length
        text = text.slice(0, at + p.text.length) + text.slice(text[end] === ',' ? end + 1 : end)
      } else shown.add(p.role!)
    }
    const own = stems(bullet.tokens && sameWords(text, bullet.sentence.norm) ? bullet.tokens : tokenize(text))
    // Two bullets with no content words at all are not repeats of each other, whatever `overlap` is.
    const repeats = kept.some((k) => (own.length > 0 || k.stems.length > 0) && jaccard(own, k.stems) >= overlap)
    if (repeats) continue
    const lower = text.toLowerCase()
    if (!kept.some((k) => k.lower === lower)) kept.push({ bullet: { ...bullet, text }, stems: own, lower })
  }
  return kept.map((k) => k.bullet)
}
