// Tokenize stage: words of a sentence, lowercased, Porter-stemmed and flagged as stopwords, capitals or numbers.
import { isAsciiAlnum } from './chars.js'
import { FormTable, hashOf } from './formtable.js'
import type { Token } from './types.js'
import { renewVocabulary, vocabularyFull } from './vocabulary.js'
import { makeForm, WordToken, type Form } from './wordtoken.js'


// A word: letters or digits, with inner apostrophes, hyphens, periods (`U.S.`) or decimal separators, and the
// zero-width (non-)joiners that spell Persian and Indic words (`بیمارستان‌ها` is one word).
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.,-](?=[\p{L}\p{N}])|[\u200c\u200d](?=[\p{L}\p{M}]))*/gu

let depth = 0

/**
 * Runs `read`, the reading of one document, with word ids that stay the same throughout: the word caches are emptied
 * first if they have outgrown their bound, and never while a document is being read (a nested call leaves them).
 * Every entry point that tokenizes a document and compares word ids runs inside one.
 */
export function inDocument<T>(read: () => T): T {
  if (depth === 0 && vocabularyFull()) {
    renewVocabulary()
    clearForms()
  }
  depth++
  try {
    return read()
  } finally {
    depth--
  }
}

// One lookup per token in the form table (`formtable.ts`) replaces lowercasing, the possessive and number tests, the
// stopword lookup and the stem lookup; a token already seen costs no substring. Bounded: cleared past `FORMS_BOUND`.
const FORMS_BOUND = 50_000
let forms: Form[] = []
let table = new FormTable()

function clearForms(): void {
  forms = []
  table = new FormTable()
}

/** The record of the form of `text[from, to)` (a whole WORD match) in `table`; the form is made on first sight. */
function recordOf(text: string, from: number, to: number, hash: number): number {
  const r = table.find(text, from, to, hash)
  if (r >= 0) return r
  if (forms.length >= FORMS_BOUND) clearForms()
  const f = makeForm(detached(text.slice(from, to)))
  forms.push(f)
  return table.add(text, from, to, hash, forms.length - 1, f.id, f.bits)
}

/**
 * A copy of `s` that does not point into the text it was sliced from: V8 keeps a slice of 13 characters or more as a
 * view of its parent, and a cached view would keep a whole document alive for as long as the cache lives.
 */
const detached = (s: string) => (s.length < 13 ? s : (' ' + s).slice(1))

// `'`, `,`, `-`, `.`: the ASCII characters that join a word when a letter or digit follows.
const isAsciiJoiner = (c: number) => c === 39 || c === 44 || c === 45 || c === 46

function push(tokens: Token[], r: number, start: number): void {
  tokens.push(new WordToken(forms[table.number(r)]!, start))
}

/**
 * Splits `text` into word tokens; `offset` is added to each token's position (the sentence's normalized start).
 * Possessive `’s` is dropped before stemming, so `Guatemala’s` and `Guatemala` share a stem.
 * Plain ASCII words are scanned by hand; wherever a word meets any other character the `WORD` pattern decides, so
 * the tokens are exactly the pattern's matches.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c < 128 && !isAsciiAlnum(c)) {
      i++
      continue
    }
    if (c < 128) {
      let h = Math.imul(0x811c9dc5 ^ c, 0x01000193)
      let j = i + 1
      let plain = true
      while (j < n) {
        const d = text.charCodeAt(j)
        if (d < 128 && isAsciiAlnum(d)) {
          h = Math.imul(h ^ d, 0x01000193)
          j++
        } else if (d < 128 && isAsciiJoiner(d) && j + 1 < n && text.charCodeAt(j + 1) < 128) {
          const e = text.charCodeAt(j + 1)
          if (!isAsciiAlnum(e)) break
          h = Math.imul(Math.imul(h ^ d, 0x01000193) ^ e, 0x01000193)
          j += 2
        } else {
          // Not ASCII, or a joiner before something that is not: the pattern reads this word.
          if (d >= 128 || (isAsciiJoiner(d) && j + 1 < n)) plain = false
          break
        }
      }
      if (plain) {
        push(tokens, recordOf(text, i, j, h), offset + i)
        i = j
        continue
      }
    }
    WORD.lastIndex = i
    const m = WORD.exec(text)
    if (m === null) break
    const end = m.index + m[0].length
    push(tokens, recordOf(text, m.index, end, hashOf(text, m.index, end)), offset + m.index)
    i = end
  }
  // An exact-size copy: `push` leaves up to half an array spare, and a long text's token arrays live through the whole
  // call, so the scavenges that promote them copied the spare slots too (~1 MB of a 200k-word text's).
  return tokens.slice()
}
