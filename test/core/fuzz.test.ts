// Property-based fuzzing of the core (fast-check) and regressions for inputs that once took super-linear time.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze, isBody, resolveOptions, summarize, type SummarizeOptions } from '../../src/core/index.js'
import { isBoilerplateSentence } from '../../src/core/boilerplate.js'
import { findLists, listBullet, shorten } from '../../src/core/keypoints.js'
import { structure } from '../../src/core/structure.js'

// Pieces of press copy and of everything that breaks text handling: abbreviations, quotes, list markers, furniture,
// datelines, combining marks and NFC-changing characters, RTL and bidi controls, emoji sequences, controls, surrogates.
const PIECES = [
  'The', 'president', 'said', 'Guatemala', 'security', 'minister', 'announced', 'on Monday', '2024', '3.5', '12,000',
  'U.S.', 'U.S.A.', 'Mr.', 'Dr.', 'e.g.', 'i.e.', 'Inc.', 'No.', 'J.', 'a.m.', 'etc.',
  '.', '. ', '!', '?', '…', '...', ',', ';', ':', ' - ', ' — ', '“', '”', '‘', '’', '"', "'", '(', ')', '[', ']', '«', '»',
  ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '\u2009',
  '• ', '- ', '* ', '1. ', '2) ', 'a) ',
  'By John Smith', 'Copyright © 2024', 'All rights reserved', 'Share', 'Read more:', 'Tel: 0800 123 456',
  'www.example.com', 'press@example.org', 'WASHINGTON — ', 'Seoul (CNN) -- ', 'Guatemala City, by Lincy Rodríguez -AGN-.',
  'e\u0301', '\u212b', '\u1100\u1161', 'ß', 'İ', 'ﬁ', '\u0301', '\u200b', '\u200d', '\ufeff', '\u00ad',
  'مرحبا بالعالم.', 'שלום עולם.', '中文句子。', 'Привет, мир.', '\u202e', '\u2067', '😀', '👨‍👩‍👧', '🇬🇹',
  '\u0000', '\u0007', '\u001b', '\u007f', '\ud800', '\udfff',
]

/** Random press-like and hostile text: pieces glued with spaces or nothing. */
const soup = (maxLength: number) =>
  fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom('', ' ', ' ', '\n')), { maxLength }).map((parts) =>
    parts.map(([piece, gap]) => piece + gap).join(''),
  )

/** Any string at all, lone surrogates included. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }))

// Options, out-of-range and non-integer values included: the core clamps what it is given.
const count = fc.oneof(fc.integer({ min: -5, max: 40 }), fc.constantFrom(Number.NaN, Infinity, -Infinity, 2.5, 1e9))
const optionsArb: fc.Arbitrary<SummarizeOptions> = fc.record(
  {
    sentences: count,
    bullets: count,
    keywords: count,
    ratio: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 1.5, -1)),
    maxWords: count,
    maxCharacters: fc.oneof(count, fc.integer({ min: 20, max: 2000 })),
    sortBy: fc.constantFrom('offset', 'rank'),
    explain: fc.boolean(),
    title: fc.oneof(fc.constant(null), fc.string({ maxLength: 40 })),
  } as const,
  { requiredKeys: [] },
)

// Bounded for the suite; `FUZZ_RUNS=5000 npx vitest run test/core/fuzz.test.ts` hunts harder.
const RUNS = Number(process.env.FUZZ_RUNS ?? 200)

/** Every invariant a result must keep, checked against the core's own document model. */
function checkResult(text: string, options: SummarizeOptions): void {
  const result = summarize(text, options)
  const resolved = resolveOptions(options)
  const doc = analyze(text, { title: resolved.title })
  const body = doc.sentences.filter(isBody)

  // Offsets: every sentence, key point and quote is an exact slice of the input.
  for (const s of result.sentences) {
    expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true)
    expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(Number.isFinite(s.score)).toBe(true)
  }
  for (const k of result.keyPoints) {
    expect(text.slice(k.start, k.end)).toBe(doc.sentences[k.sentenceIndex]!.text)
    expect(k.text.length).toBeGreaterThan(0)
  }
  for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text)

  // Counts: never more than asked (after clamping), never more than the text has.
  const asked = resolved.ratio !== undefined ? Math.max(1, Math.round(resolved.ratio * body.length)) : resolved.sentences
  expect(result.sentences.length).toBeLessThanOrEqual(Math.min(asked, body.length))
  expect(result.keyPoints.length).toBeLessThanOrEqual(resolved.bullets)
  expect(result.keywords.length).toBeLessThanOrEqual(resolved.keywords)
  expect(result.stats.sentences).toBe(body.length)
  if (resolved.maxCharacters !== undefined) expect(result.summary.length).toBeLessThanOrEqual(resolved.maxCharacters)
  expect(new Set(result.sentences.map((s) => s.rank)).size).toBe(result.sentences.length)

  // Nothing returned is boilerplate by the core's own rules.
  for (const s of result.sentences) {
    const source = doc.sentences[s.index]!
    expect(isBody(source)).toBe(true)
    expect([source.start, source.end]).toEqual([s.start, s.end])
    expect(isBoilerplateSentence(source.norm)).toBe(false)
  }
  for (const k of result.keyPoints) expect(isBody(doc.sentences[k.sentenceIndex]!)).toBe(true)

  // Deterministic: the same input gives the same result, however often and in whatever order it is asked.
  expect(summarize(text, options)).toEqual(result)
}

describe('core fuzz', () => {
  it('never throws and keeps every invariant on arbitrary strings', () => {
    fc.assert(fc.property(anyText, optionsArb, (text, options) => checkResult(text, options)), { numRuns: RUNS })
  })

  it('never throws and keeps every invariant on press-like hostile text', () => {
    fc.assert(fc.property(soup(120), optionsArb, (text, options) => checkResult(text, options)), { numRuns: RUNS })
  })

  it('keeps every invariant on a few long texts', () => {
    const long = fc.tuple(soup(300), fc.integer({ min: 20, max: 60 })).map(([text, times]) => text.repeat(times))
    fc.assert(fc.property(long, optionsArb, (text, options) => checkResult(text, options)), { numRuns: Math.max(5, RUNS / 40) })
  })

  it('keeps the invariants on the named hostile shapes', () => {
    const shapes = [
      '', ' ', '\n\n\n', '...', '!!!???', '12345 67.89', '😀😀😀', '“““', 'U.S.U.S.U.S.', 'A'.repeat(5000),
      'word '.repeat(3000), 'word\n'.repeat(10_000), '\u0000\u0001\u0002 text \u0003.', 'مرحبا. שלום. Hello there. 中文。',
      '\ud800\udc00\ud800 lone \udfff surrogates.', 'e\u0301'.repeat(500) + '. Done.',
    ]
    for (const text of shapes) checkResult(text, {})
  })
})

describe('core adversarial inputs (were super-linear)', () => {
  // Each of these took minutes at this size before its fix; they now finish in well under a second. No timing is
  // asserted: a regression shows as a test timeout, and `npm run bench:regex` measures the growth.
  const SIZE = 200_000

  it('shorten: a long run of spaces not followed by "(" (PARENTHETICAL rescanned the run per character)', () => {
    const text = `Start${' '.repeat(SIZE)}end (aside) here.`
    expect(shorten(text, { maxWords: 1000 })).toBe('Start' + ' '.repeat(SIZE) + 'end here.')
    expect(shorten('He said (quietly) yes.')).toBe('He said yes.')
  })

  it('shorten: a long run of commas inside a clipped bullet (the trailing-punctuation trim rescanned it)', () => {
    const text = `${'word '.repeat(20)}${','.repeat(SIZE)} ${'word '.repeat(20)}`
    expect(shorten(text).endsWith('…')).toBe(true)
  })

  it('listBullet: list items that are long runs of periods (the item trim rescanned them)', () => {
    const text = `Points:\n• ${'.'.repeat(SIZE / 2)} x\n• ${'.'.repeat(SIZE / 2)} y\n`
    const lists = findLists(analyze(text).sentences.filter(isBody))
    for (const list of lists) expect(listBullet(list).text.length).toBeGreaterThan(0)
    expect(summarize(text).stats.sentences).toBeGreaterThan(0)
  })

  it('structure: many hard-wrapped lines join into one paragraph (the terminator test reread the paragraph)', () => {
    const text = `Start\n${'(x\n'.repeat(SIZE / 3)}`
    const blocks = structure(text)
    expect(blocks.length).toBeLessThanOrEqual(2)
    const wrapped = `First line of a paragraph\nthat goes on here.\nA new one starts.`
    expect(structure(wrapped).map((b) => wrapped.slice(b.start, b.end))).toEqual([
      'First line of a paragraph\nthat goes on here.',
      'A new one starts.',
    ])
  })

  it('summarize: 10,000 one-word lines, 100,000 spaces and 100,000 capitals', () => {
    for (const text of ['word\n'.repeat(10_000), `Word${' '.repeat(100_000)}end.`, 'A'.repeat(100_000)]) checkResult(text, {})
  })
})
