// Key-point stage: turns ranked sentences into short bullets, and an article's own list of points into one bullet.
import { tokenize } from './tokenize.js'
import type { Entity, Quote, Sentence } from './types.js'

/** A bullet before rendering: the shortened text and the sentence it came from. */
export interface Bullet {
  text: string
  sentence: Sentence
}

// Openers that link a sentence to the one before; a bullet stands alone, so they go.
const CONNECTIVE =
  /^(?:in addition(?: to that)?|additionally|however|moreover|furthermore|meanwhile|also|besides|nevertheless|nonetheless|still|indeed|in fact|as a result|therefore|thus|consequently|finally|similarly|likewise|for (?:its|his|her|their) part|separately|in particular|on the other hand|at the same time|in turn|above all|in this regard|in this context|to that end|as such|then|and|but|so),\s+/iu
// Parentheticals that only expand or aside: `(27 miles)`, `(when FRANK was created)`. The look-behind starts a match
// only where a run of whitespace starts, so a long run not followed by `(` is scanned once, not once per character.
const PARENTHETICAL = /(?<!\s)\s+\([^()]{1,60}\)/gu
// The agencies' acronym tag after a name it defines (`Munich Security Conference -MSC-`): an aside, like a bracket.
const AGENCY_TAG = /\s[-–]\p{Lu}[\p{Lu}\p{N}&]{1,9}[-–](?=[\s,.;:]|$)/gu
// A trailing attribution that only repeats the speaker: `…, he said.`, `…, said the minister.`
const TRAILING_ATTRIBUTION =
  /,["”’]?\s+(?:(?:he|she|they|it|officials?|police|the \p{L}+(?: \p{L}+)?)\s+(?:said|says|added|noted|told [\p{L} ]{1,30})|(?:said|says|added)\s+(?:the\s+)?[\p{L} .'’-]{2,40})\s*\.$/u
// Roughly 30 words: past that a bullet stops being a point.
const MAX_WORDS = 30

function capitalize(text: string): string {
  const first = text.codePointAt(0)
  if (first === undefined) return text
  const ch = String.fromCodePoint(first)
  return ch.toUpperCase() + text.slice(ch.length)
}

/** Cuts a long bullet at the last clause boundary that keeps it under the word limit. */
function clip(text: string, maxWords: number): string {
  const words = text.split(/\s+/)
  if (words.length <= maxWords) return text
  const head = words.slice(0, maxWords).join(' ')
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' – '), head.lastIndexOf(' — '))
  const body = cut > head.length * 0.5 ? head.slice(0, cut) : head
  // The look-behind keeps a long run of commas or spaces inside the text from being rescanned at every character.
  return `${body.replace(/(?<![,;:\s])[,;:\s]+$/u, '')}…`
}

/**
 * Shortens one sentence into a bullet: no opening connective (`In addition,`), no aside in brackets or acronym tag,
 * no trailing `he said`; names, numbers and the verb stay. Past `maxWords` (default 30) it is cut at the last clause
 * boundary and ends in `…`. The style of wire-service summary bullets (AP's "key points" blocks): one point each.
 */
export function shorten(text: string, { maxWords = MAX_WORDS }: { maxWords?: number } = {}): string {
  let out = text.trim().replace(CONNECTIVE, '')
  out = out.replace(PARENTHETICAL, '').replace(AGENCY_TAG, '')
  out = out.replace(TRAILING_ATTRIBUTION, '.')
  return clip(capitalize(out), maxWords)
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
    if (s.kind !== 'paragraph' || !/:\s*$/.test(s.norm)) continue
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
}

// Roles are checked for this many people at most: the most mentioned, who are the ones bullets repeat.
const MAX_PEOPLE = 30

const OPENING = /^[“"‘«]/u
const CLOSING = /[”"’»](?=[.!?…]?$)/u
const TERMINAL = /[.!?…:]["”’»)]?$/u

/**
 * A bullet cut from inside a quotation loses the marks that opened or closed it elsewhere, and names the speaker:
 * `Jane Marriott: Brilliantly British captures everything we love about the UK…`. It ends with a full stop.
 */
function quoted(bullet: Bullet, quotes: readonly Quote[]): string {
  let text = bullet.text
  const s = bullet.sentence
  const q = quotes.find((q) => q.start <= s.start + 1 && s.end <= q.end + 1)
  if (q) {
    const opens = (text.match(/[“‘«]/gu) ?? []).length
    const closes = (text.match(/[”»]|’(?![\p{L}\p{N}])/gu) ?? []).length
    if (opens > closes) text = text.replace(OPENING, '')
    if (closes > opens) text = text.replace(CLOSING, '')
    if (q.speaker && !text.includes(q.speaker)) text = `${q.speaker}: ${text}`
  }
  return TERMINAL.test(text) ? text : `${text}.`
}

const stems = (text: string) => new Set(tokenize(text).filter((t) => !t.stop && !t.numeric).map((t) => t.stem))

/**
 * Bullets in reading order, each once: a person's role already given by an earlier bullet is not repeated
 * (`Alejandro Mayorkas, U.S. Secretary of Homeland Security,` → `Alejandro Mayorkas`), and a bullet whose content
 * words mostly repeat an earlier bullet's (Jaccard ≥ `overlap`) is dropped, as is an exact repeat.
 */
export function finishBullets(bullets: readonly Bullet[], { people = [], overlap = 0.6, quotes = [] }: FinishOptions = {}): Bullet[] {
  const roles = people.filter((p) => p.role).slice(0, MAX_PEOPLE)
  const shown = new Set<string>()
  const kept: { bullet: Bullet; stems: Set<string> }[] = []
  for (const bullet of bullets) {
    let text = quoted(bullet, quotes)
    for (const p of roles) {
      const appositive = `${p.text}, ${p.role}`
      const at = text.indexOf(appositive)
      if (at >= 0 && shown.has(p.role!)) {
        // `Name, role,` → `Name`; `Name, role.` → `Name.`
        const end = at + appositive.length
        text = text.slice(0, at + p.text.length) + text.slice(text[end] === ',' ? end + 1 : end)
      } else if (text.includes(p.role!)) shown.add(p.role!)
    }
    const own = stems(text)
    const repeats = kept.some((k) => {
      let common = 0
      for (const s of own) if (k.stems.has(s)) common++
      const union = own.size + k.stems.size - common
      return union > 0 && common / union >= overlap
    })
    if (!repeats && !kept.some((k) => k.bullet.text.toLowerCase() === text.toLowerCase())) kept.push({ bullet: { ...bullet, text }, stems: own })
  }
  return kept.map((k) => k.bullet)
}
