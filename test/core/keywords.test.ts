// Keyphrases: noun-phrase candidates, names kept whole, verbs and furniture kept out, on tiny texts and the fixtures.
import { describe, expect, it } from 'vitest'
import { summarize } from '../../src/core/index.js'
import { FIXTURES } from '../helpers/fixtures.js'
import { phrases } from '../helpers/keywords.js'

describe('keywords', () => {
  it('gives nothing for an empty text or a count of 0', () => {
    expect(phrases('')).toEqual([])
    expect(phrases('The oil spill spread.', { count: 0 })).toEqual([])
  })

  it('finds the repeated noun phrase of a story, in lowercase', () => {
    const text =
      'The oil spill spread across the sound on Saturday. Fishermen said the oil spill was the worst they had seen. ' +
      'Crews tried to contain the oil spill with booms.'
    const out = phrases(text, { count: 3 })
    expect(out[0]).toBe('oil spill')
    // Reporting verbs, days and pronouns are never keyphrases.
    for (const p of phrases(text)) expect(p).not.toMatch(/\b(?:said|saturday|they)\b/i)
  })

  it('keeps a verb out of a phrase even between two nouns', () => {
    const out = phrases("Alaska's chief environmental officer criticized cleanup efforts as too slow.")
    expect(out).toContain('chief environmental officer')
    expect(out).toContain('cleanup efforts')
    // The possessive closes a phrase and is not part of the keyphrase.
    expect(out).toContain('Alaska')
    expect(out.some((p) => p.includes('criticized') || p.includes('’s') || p.includes("'s"))).toBe(false)
  })

  it('keeps names in their capitals and lists a name once, under its full form', () => {
    const text =
      'Ben Johnson was stripped of his gold medal. Johnson tested positive for a banned steroid. ' +
      'Canadian officials said Johnson would return to Toronto.'
    const out = phrases(text)
    expect(out).toContain('Ben Johnson')
    expect(out).not.toContain('Johnson')
    expect(out).toContain('gold medal')
  })

  it('keeps the last period of initials such as U.S.', () => {
    expect(phrases('The U.S. death toll could rise, the U.S. agency said.')).toContain('U.S. death toll')
  })

  it('skips editorial notes in square brackets', () => {
    const out = phrases('[Article by Nigel Hawkes] [Text] Scientists at London zoo found that mad cow disease can spread.')
    expect(out.some((p) => /nigel|hawkes|text/i.test(p))).toBe(false)
    expect(out).toContain('mad cow disease')
  })

  it('ranks the subjects of the Guatemala briefing and nothing from its footer', () => {
    const out = summarize(FIXTURES.guatemala).keywords.map((k) => k.text)
    expect(out).toHaveLength(10)
    expect(out).toContain('Munich Security Conference')
    expect(out.some((p) => p.includes('Arévalo'))).toBe(true)
    expect(out.some((p) => p.includes('Mayorkas'))).toBe(true)
    for (const p of out) expect(p).not.toMatch(/GT News|Copyright|SCSP|Pamela|Lincy|email/)
  })

  it('ranks FRANK and young people first in the FRANK press release', () => {
    const out = summarize(FIXTURES.frank).keywords.map((k) => k.text)
    expect(out.slice(0, 3)).toContain('FRANK')
    expect(out.slice(0, 5)).toContain('young people')
  })

  it('scores from 1 down, and is deterministic', () => {
    const a = summarize(FIXTURES.pakistan).keywords
    expect(a[0]!.score).toBe(1)
    for (let i = 1; i < a.length; i++) expect(a[i]!.score).toBeLessThanOrEqual(a[i - 1]!.score)
    expect(summarize(FIXTURES.pakistan).keywords).toEqual(a)
  })

  it('takes no run of letters longer than any English word as a keyphrase word', () => {
    const text = `Officials met on Monday. The code ${'a'.repeat(10_000)} was leaked, the minister said. The council will vote next week.`
    const words = summarize(text).keywords.map((k) => k.text)
    expect(words.length).toBeGreaterThan(0)
    for (const w of words) expect(w).not.toContain('aaaa')
  })

  it('starts no keyphrase on a base-form verb of policy copy (`… and promote security`)', () => {
    const text =
      'The minister pledged to enhance international cooperation and promote security in the region. ' +
      'Officials said solutions that promote security and ensure stability would be discussed in Munich. ' +
      'The security conference opens on Friday.'
    const words = summarize(text).keywords.map((k) => k.text.toLowerCase())
    expect(words.some((w) => w.includes('security'))).toBe(true)
    for (const w of words) expect(w, w).not.toMatch(/^(?:promote|enhance|ensure) /)
  })

  it('takes no office alone (`Guatemalan president`, `foreign minister`) as a keyphrase', () => {
    const text =
      'President Bernardo Arévalo met the Dutch prime minister in Munich on Friday. ' +
      'The Guatemalan president discussed migration with the foreign minister and the prime minister. ' +
      'The Guatemalan president also spoke about security and migration at the conference.'
    const words = summarize(text).keywords.map((k) => k.text.toLowerCase())
    expect(words.length).toBeGreaterThan(2)
    for (const office of ['guatemalan president', 'foreign minister', 'prime minister', 'president']) expect(words).not.toContain(office)
  })
})
