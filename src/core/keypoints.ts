// Key-point stage: turns ranked sentences into short bullets, and an article's own list of points into one bullet.
import type { Sentence } from './types.js'

/** A bullet before rendering: the shortened text and the sentence it came from. */
export interface Bullet {
  text: string
  sentence: Sentence
}

// Openers that link a sentence to the one before; a bullet stands alone, so they go.
const CONNECTIVE =
  /^(?:in addition(?: to that)?|additionally|however|moreover|furthermore|meanwhile|also|besides|nevertheless|nonetheless|still|indeed|in fact|as a result|therefore|thus|consequently|finally|similarly|likewise|for its part|on the other hand|at the same time|in turn|above all|in this regard|in this context|to that end|as such|then|and|but|so),\s+/iu
// Parentheticals that only expand or aside: `(27 miles)`, `(when FRANK was created)`. The look-behind starts a match
// only where a run of whitespace starts, so a long run not followed by `(` is scanned once, not once per character.
const PARENTHETICAL = /(?<!\s)\s+\([^()]{1,60}\)/gu
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

/** Shortens one sentence into a bullet: no opening connective, no aside in brackets, no trailing "he said". */
export function shorten(text: string, { maxWords = MAX_WORDS }: { maxWords?: number } = {}): string {
  let out = text.trim().replace(CONNECTIVE, '')
  out = out.replace(PARENTHETICAL, '')
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
