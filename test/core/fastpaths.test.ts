// The character-code helpers against the regular expressions they stand for, and the fast paths built on them.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldSpaces, isSpace, withoutListTail } from '../../src/core/chars.js'
import { analyze, isBody } from '../../src/core/analyze.js'
import { finishBullets, shorten } from '../../src/core/keypoints.js'
import { FIXTURES } from '../helpers/fixtures.js'
import { FEATURE_COUNT, scorePlan, weightedScore, weightedScores } from '../../src/core/feature-rows.js'
import { documentStats, featureRow, features, weightsFor } from '../../src/core/score.js'
import { select, type Candidate } from '../../src/core/select.js'
import { tokenize } from '../../src/core/tokenize.js'

// Text drawn from the characters the fast paths branch on: spaces of every kind, commas, dashes, brackets, quotes.
const piece = fc.constantFrom(
  'a', 'Z', 'é', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', ',', ';', ':', '.', '-', '–', '(', ')',
  '"', '”', 'said', ' he said.', ', she said.', ' -MSC- ', 'however, ', 'ß', 'word', '…',
)
const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''))

describe('chars', () => {
  it('isSpace is \\s, character by character', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c), `U+${c.toString(16)}`).toBe(/\s/.test(String.fromCharCode(c)))
  })

  it('withoutListTail is replace(/(?:\\s*[;,]|,?\\s+(?:and|or))\\s*$/u, "")', () => {
    const tail = fc.constantFrom(';', ',', ', and', ' and', ' or', ' or ', 'and', 'or', 'd', 'r', ' nor', ';  \n')
    const items = fc.tuple(text, fc.option(tail, { nil: '' })).map(([t, end]) => t + end)
    fc.assert(fc.property(items, (t) => withoutListTail(t) === t.replace(/(?:\s*[;,]|,?\s+(?:and|or))\s*$/u, '')), { numRuns: 2000 })
  })

  it('foldSpaces is replace(/[\\s\\u0085]+/g, " ")', () => {
    fc.assert(fc.property(fc.array(fc.oneof(piece, fc.constant('\u0085')), { maxLength: 60 }).map((p) => p.join('')), (t) => foldSpaces(t) === t.replace(/[\s\u0085]+/g, ' ')))
  })
})

// shorten as it was before its fast paths, to hold them to the same output.
function shortenBefore(t: string, maxWords = 30): string {
  const CONNECTIVE =
    /^(?:in addition(?: to that)?|additionally|however|moreover|furthermore|meanwhile|also|besides|nevertheless|nonetheless|still|indeed|in fact|as a result|therefore|thus|consequently|finally|similarly|likewise|for (?:its|his|her|their) part|separately|in particular|on the other hand|at the same time|in turn|above all|in this regard|in this context|to that end|as such|then|and|but|so),\s+/iu
  const out = t
    .trim()
    .replace(CONNECTIVE, '')
    .replace(/(?<!\s)\s+\([^()]{1,60}\)/gu, '')
    .replace(/\s[-–]\p{Lu}[\p{Lu}\p{N}&]{1,9}[-–](?=[\s,.;:]|$)/gu, '')
    .replace(
      /,["”’]?\s+(?:(?:he|she|they|it|officials?|police|the \p{L}+(?: \p{L}+)?)\s+(?:said|says|added|noted|told [\p{L} ]{1,30})|(?:said|says|added)\s+(?:the\s+)?[\p{L} .'’-]{2,40})\s*\.$/u,
      '.',
    )
  const first = out.codePointAt(0)
  const ch = first === undefined ? '' : String.fromCodePoint(first)
  // Capitalized unless the first word has a capital inside (`iPhone`) or the capital is two letters (`ß` → `SS`).
  const cap = first === undefined || /^\p{Ll}[\p{L}\p{N}]*\p{Lu}/u.test(out) || ch.toUpperCase().length !== ch.length
    ? out
    : ch.toUpperCase() + out.slice(ch.length)
  const words = cap.split(/\s+/)
  if (words.length <= maxWords) return cap
  const head = words.slice(0, maxWords).join(' ')
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' – '), head.lastIndexOf(' — '))
  const body = cut > head.length * 0.5 ? head.slice(0, cut) : head
  return `${body.replace(/(?<![,;:\s])[,;:\s]+$/u, '')}…`
}

describe('fast paths give the same output', () => {
  it('shorten', () => {
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 12 }), (t, max) => shorten(t, { maxWords: max }) === shortenBefore(t, max)))
  })

  it('featureRow and weightedScores match features and weightedScore bit for bit', () => {
    const body = ['The bank raised rates on Tuesday.', 'Rates rose, the bank said:', '“Will they rise again?”', 'He said 3.5% was 12 times more.']
    const tokens = body.map((s) => tokenize(s))
    const stats = documentStats(tokens, tokenize('Bank raises rates'))
    const rows = new Float64Array(body.length * FEATURE_COUNT)
    body.forEach((norm, i) => featureRow(tokens[i]!, norm, i, i % 2, stats, rows, i * FEATURE_COUNT))
    const weights = weightsFor(2, body.length)
    const scores = weightedScores(rows, body.length, scorePlan(weights)!)
    body.forEach((norm, i) => {
      const f = features({ tokens: tokens[i]!, norm, bodyIndex: i, inParagraph: i % 2, listItem: false }, stats)
      expect(Object.is(scores[i], weightedScore(f, weights))).toBe(true)
    })
  })

  it('select breaks ties as the sorted pool did: by score, then index, then input order', () => {
    const c = (index: number, score: number, stems: number[]): Candidate =>
      ({ index, score, stems: Int32Array.from(stems), words: 5, characters: 30 })
    const cands = [c(3, 0.5, [1]), c(1, 0.5, [2]), c(2, 0.9, [1, 2]), c(0, 0.5, [3])]
    expect(select(cands, { count: 3 }).chosen.map((x) => x.index)).toEqual([2, 0, 1])
    expect(select([c(5, 1, [9]), c(4, 1, [9])], { count: 1 }).chosen.map((x) => x.index)).toEqual([4])
  })

  it('finishBullets reads a whole sentence\'s tokens as it would the bullet\'s', () => {
    for (const text of Object.values(FIXTURES)) {
      const body = analyze(text).sentences.filter(isBody)
      const bullets = body.map((s) => ({ text: shorten(s.norm), sentence: s }))
      const withTokens = bullets.map((b) => ({ ...b, tokens: tokenize(b.sentence.norm) }))
      const texts = (list: { text: string }[]) => list.map((b) => b.text)
      expect(texts(finishBullets(withTokens, { overlap: 0.3 }))).toEqual(texts(finishBullets(bullets, { overlap: 0.3 })))
    }
  })

  it('anaphora is tested only on sentences that open on one of the openers\' letters, with the same result', () => {
    const ANAPHORIC =
      /^(?:he|she|it|they|this|these|those|his|her|its|their|but|and|so|yet|also|however|meanwhile|still|then|instead|thus|there|in addition|additionally|moreover|furthermore|besides|likewise|similarly|nevertheless|nonetheless|as a result|therefore)\b/i
    const openers = ['He', 'SHE', 'it', 'They', 'But', 'Yet', 'Moreover', 'Furthermore', 'Likewise', 'Nonetheless', 'ſo', 'Ｈe', 'K', 'Also']
    for (const opener of openers) {
      const norm = `${opener} went home today.`
      const f = features({ tokens: tokenize(norm), norm, bodyIndex: 0, inParagraph: 0, listItem: false }, documentStats([tokenize(norm)], []))
      expect(f.anaphora, norm).toBe(ANAPHORIC.test(norm) ? 1 : 0)
    }
  })
})
