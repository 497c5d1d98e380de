// Key points: short, standalone bullets, each once, pointing at the sentence they were cut from.
import { describe, expect, it } from 'vitest'
import { analyze, isBody } from '../../src/core/analyze.js'
import { summarize } from '../../src/core/index.js'
import { findLists, finishBullets, listBullet, shorten, type Bullet } from '../../src/core/keypoints.js'
import type { Sentence } from '../../src/core/types.js'
import { FIXTURES } from '../helpers/fixtures.js'

const words = (text: string) => text.split(/\s+/).filter(Boolean).length
const sentence = (text: string, start = 0): Sentence => ({
  index: 0, start, end: start + text.length, text, norm: text, kind: 'paragraph', block: 0, paragraph: 0, inParagraph: 0,
})
const bullet = (text: string): Bullet => ({ text, sentence: sentence(text) })

describe('keypoints', () => {
  it('drops an opening connective and capitalizes what is left', () => {
    expect(shorten('However, the bridge will reopen on Monday.')).toBe('The bridge will reopen on Monday.')
    expect(shorten('In addition, 67 per cent of users trust it.')).toBe('67 per cent of users trust it.')
    expect(shorten('For his part, the mayor promised repairs.')).toBe('The mayor promised repairs.')
  })

  it('drops asides in brackets and acronym tags, and keeps names, numbers and the verb', () => {
    expect(shorten('Drug use fell to 19.3 per cent in 2011/12 (when FRANK was created).')).toBe('Drug use fell to 19.3 per cent in 2011/12.')
    expect(shorten('He spoke at the Munich Security Conference -MSC-, where he met ministers.')).toBe(
      'He spoke at the Munich Security Conference, where he met ministers.',
    )
  })

  it('drops a trailing attribution that only repeats the speaker', () => {
    expect(shorten('The bridge will reopen on Monday, he said.')).toBe('The bridge will reopen on Monday.')
    expect(shorten('The bridge will reopen on Monday, said the minister.')).toBe('The bridge will reopen on Monday.')
  })

  it('cuts a long sentence at a clause boundary, near 30 words, and says so with an ellipsis', () => {
    const long =
      'The council approved the budget for the new bridge across the river after a long debate, and the mayor said ' +
      'that work would start in June, with the first lanes open to traffic by the end of next year at the latest.'
    const out = shorten(long)
    expect(words(out)).toBeLessThanOrEqual(30)
    expect(out.endsWith('…')).toBe(true)
    expect(long.startsWith(out.slice(0, -1))).toBe(true)
  })

  it('turns the article’s own list of points into one bullet', () => {
    const doc = analyze(FIXTURES.guatemala)
    const lists = findLists(doc.sentences.filter(isBody))
    expect(lists).toHaveLength(1)
    expect(listBullet(lists[0]!).text).toBe(
      'President Bernardo Arévalo’s attendance at the Munich Security Conference and his bilateral meetings underscore ' +
        'Guatemala’s interest in: security, anti-corruption fight and international cooperation.',
    )
  })

  it('does not repeat a role an earlier bullet gave', () => {
    const people = [{ text: 'Alejandro Mayorkas', count: 2, role: 'U.S. Secretary of Homeland Security' }]
    const out = finishBullets(
      [
        bullet('Alejandro Mayorkas, U.S. Secretary of Homeland Security, praised Guatemala.'),
        bullet('President Arévalo met with Alejandro Mayorkas, U.S. Secretary of Homeland Security.'),
      ],
      { people },
    )
    expect(out.map((b) => b.text)).toEqual([
      'Alejandro Mayorkas, U.S. Secretary of Homeland Security, praised Guatemala.',
      'President Arévalo met with Alejandro Mayorkas.',
    ])
  })

  it('drops a bullet that repeats an earlier one', () => {
    const out = finishBullets([
      bullet('The council approved the bridge budget on Monday.'),
      bullet('On Monday the council approved the budget for the bridge.'),
      bullet('Work starts in June.'),
    ])
    expect(out.map((b) => b.text)).toEqual(['The council approved the bridge budget on Monday.', 'Work starts in June.'])
  })

  it('names the speaker of a bullet cut from a quotation, without stray quotation marks', () => {
    const text = '“Brilliantly British captures everything we love about the UK.'
    const quote = { text: text.slice(1), speaker: 'Jane Marriott', sentenceIndex: 0, start: 1, end: text.length + 40 }
    const out = finishBullets([{ text, sentence: sentence(text) }], { quotes: [quote] })
    expect(out[0]!.text).toBe('Jane Marriott: Brilliantly British captures everything we love about the UK.')
  })

  it('gives short, distinct bullets on every fixture, each pointing at its source sentence', () => {
    for (const [name, source] of Object.entries(FIXTURES)) {
      const r = summarize(source)
      expect(r.keyPoints.length, name).toBeGreaterThan(0)
      const doc = analyze(source)
      const seen = new Set<string>()
      for (const k of r.keyPoints) {
        // About 30 words: a list bullet may run a little longer, a speaker's name adds two or three.
        expect(words(k.text), k.text).toBeLessThanOrEqual(36)
        expect(seen.has(k.text.toLowerCase()), k.text).toBe(false)
        seen.add(k.text.toLowerCase())
        const from = source.slice(k.start, k.end)
        expect(doc.sentences[k.sentenceIndex]!.text).toBe(from)
        expect(k.text).not.toMatch(/^(?:However|In addition|Moreover|Also),/)
      }
    }
  })

  it('keeps the Guatemala list of interests as one bullet, and the byline out', () => {
    const r = summarize(FIXTURES.guatemala, { bullets: 6 })
    expect(r.keyPoints.some((k) => k.text.endsWith('security, anti-corruption fight and international cooperation.'))).toBe(true)
    for (const k of r.keyPoints) expect(k.text).not.toMatch(/Pamela Contreras|Lincy Rodríguez|-AGN-/)
  })
  it('names the person a bullet\'s subject pronoun stands for: the Guatemala fixture\'s "he" on X is Mayorkas', () => {
    const r = summarize(FIXTURES.guatemala, { bullets: 5 })
    const onX = r.keyPoints.find((k) => k.text.startsWith('On his social network X,'))
    // The article: "…met with Alejandro Mayorkas… On his social network X, he emphasized the honor of meeting with
    // President Arévalo" — the one who met Arévalo and posted is Mayorkas.
    expect(onX?.text).toMatch(/^On his social network X, Alejandro Mayorkas emphasized the honor of meeting with President Arévalo/)
    for (const k of r.keyPoints) expect(k.text).not.toMatch(/^(?:[^,]{1,80}, )?[Hh]e (?=\p{Ll})/u)
  })

  it('resolves a pronoun only where the sentence has it, and never names someone the bullet already names', () => {
    const calls: [number, string][] = []
    const resolve = (_s: Sentence, at: number, p: 'he' | 'she') => (calls.push([at, p]), 'Jane Roe')
    const [a] = finishBullets([bullet('At the port, she opened the new terminal on Monday.')], { pronoun: resolve })
    expect(a!.text).toBe('At the port, Jane Roe opened the new terminal on Monday.')
    expect(calls).toEqual([[13, 'she']])
    const [b] = finishBullets([bullet('She would have agreed if asked, Roe said.')], { pronoun: resolve })
    expect(b!.text).toBe('She would have agreed if asked, Roe said.')
    // Cut differently from its sentence (the pronoun is not where the sentence has it): left alone.
    const cut: Bullet = { text: 'He opened the terminal.', sentence: sentence('The minister said he opened the terminal.') }
    expect(finishBullets([cut], { pronoun: resolve })[0]!.text).toBe('He opened the terminal.')
    const nobody = finishBullets([bullet('He opened the terminal.')], { pronoun: () => null })
    expect(nobody[0]!.text).toBe('He opened the terminal.')
  })

  it('finds the pronoun after an opening phrase of up to 80 characters, counted in code points (astral ones too)', () => {
    const resolve = () => 'Jane Roe'
    // 80 code points of emoji are 160 UTF-16 units: the pronoun starts at unit 162.
    const longest = `${'🌊'.repeat(80)}, she opened the new terminal on Monday.`
    expect(finishBullets([bullet(longest)], { pronoun: resolve })[0]!.text).toBe(`${'🌊'.repeat(80)}, Jane Roe opened the new terminal on Monday.`)
    const over = `${'🌊'.repeat(81)}, she opened the new terminal on Monday.`
    expect(finishBullets([bullet(over)], { pronoun: resolve })[0]!.text).toBe(over)
  })

  it('keeps emoji sequences and Persian words whole in key points and keyphrases', () => {
    const text =
      'The minister 👩🏽\u200d⚕️ announced that every family 👨\u200d👩\u200d👧 would get a grant on Monday. ' +
      'Officials said the grants would start next year in ten regions.'
    expect(summarize(text).keyPoints[0]!.text).toContain('👩🏽\u200d⚕️')
    const persian = 'وزیر بهداشت گفت دولت در بیمارستان\u200cها سرمایه\u200cگذاری می\u200cکند. این طرح از سال آینده آغاز می\u200cشود.'
    const result = summarize(persian)
    expect(result.keyPoints[0]!.text).toContain('بیمارستان\u200cها')
    expect(result.keywords.some((k) => k.text.includes('سرمایه\u200cگذاری'))).toBe(true)
  })

  it('ends a Chinese or Japanese bullet that has no stop with 。, not an ASCII full stop', () => {
    const text = '国务院周一宣布了一项新的经济刺激计划\n\n该计划将投资基础设施。专家表示这将促进增长。'
    const points = summarize(text).keyPoints.map((k) => k.text)
    expect(points).toContain('国务院周一宣布了一项新的经济刺激计划。')
    for (const p of points) expect(p.endsWith('.')).toBe(false)
  })
})
