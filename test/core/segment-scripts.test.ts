// Sentence ends of other scripts: CJK stops with no space after them, Arabic, Urdu and Devanagari marks before one.
import { describe, expect, it } from 'vitest'
import { analyze, summarize } from '../../src/core/index.js'
import { isTerminal } from '../../src/core/chars.js'
import { segment } from '../../src/core/segment.js'

const split = (text: string) => segment(text).map((s) => text.slice(s.start, s.end))

describe('segment: other scripts', () => {
  it('ends Chinese and Japanese sentences at 。！？ with no space after them', () => {
    expect(split('政府今天宣布了新的预算。议会将在下周投票。反对党表示强烈反对！这会影响经济吗？')).toEqual([
      '政府今天宣布了新的预算。',
      '议会将在下周投票。',
      '反对党表示强烈反对！',
      '这会影响经济吗？',
    ])
    expect(split('東京は晴れです。大阪は雨です｡')).toEqual(['東京は晴れです。', '大阪は雨です｡'])
  })

  it('keeps a closing bracket with its sentence and a short 「…」 quotation whole', () => {
    expect(split('彼は「明日は雨だ。傘を持って。」と言った。私は笑った。')).toEqual([
      '彼は「明日は雨だ。傘を持って。」と言った。',
      '私は笑った。',
    ])
    expect(split('他说：“我们会赢。”然后离开了。')).toEqual(['他说：“我们会赢。”', '然后离开了。'])
  })

  it('does not end a sentence at a fullwidth decimal point', () => {
    expect(split('增长率为３．５％。市场上涨。')).toEqual(['增长率为３．５％。', '市场上涨。'])
  })

  it('ends sentences at Arabic ؟ and ۔ and the Devanagari danda before a space', () => {
    expect(split('هل ستنخفض الضرائب؟ قال الوزير إنها ستنخفض.')).toEqual(['هل ستنخفض الضرائب؟', 'قال الوزير إنها ستنخفض.'])
    expect(split('وزیر نے کہا کہ ٹیکس کم ہوں گے۔ پارلیمنٹ اگلے ہفتے ووٹ دے گی۔')).toEqual([
      'وزیر نے کہا کہ ٹیکس کم ہوں گے۔',
      'پارلیمنٹ اگلے ہفتے ووٹ دے گی۔',
    ])
    expect(split('सरकार ने नया बजट घोषित किया। संसद अगले सप्ताह मतदान करेगी।')).toEqual([
      'सरकार ने नया बजट घोषित किया।',
      'संसद अगले सप्ताह मतदान करेगी।',
    ])
  })

  it('still keeps English abbreviations and decimals', () => {
    expect(split('Mr. Smith paid 3.5 per cent. Dr. Jones did not.')).toEqual(['Mr. Smith paid 3.5 per cent.', 'Dr. Jones did not.'])
  })

  it('keeps offsets exact on the source', () => {
    const source = '预算\n\n政府今天宣布了新的预算。议会将在下周投票。  反对党表示强烈反对！\n\nसरकार ने नया बजट घोषित किया। संसद मतदान करेगी।'
    const doc = analyze(source)
    expect(doc.sentences.length).toBeGreaterThanOrEqual(6)
    for (const s of doc.sentences) expect(source.slice(s.start, s.end)).toBe(s.text)
  })

  it('knows the marks as sentence ends, so a key point gets no `.` after 。', () => {
    for (const c of '。！？．｡؟۔।॥') expect(isTerminal(c.charCodeAt(0)), c).toBe(true)
    const r = summarize('政府今天宣布了新的预算。议会将在下周投票。反对党表示强烈反对！这会影响经济吗？', { bullets: 4 })
    expect(r.keyPoints.length).toBeGreaterThan(1)
    for (const k of r.keyPoints) expect(k.text, k.text).toMatch(/[。！？]$/u)
    // CJK sentences run together in the summary, with no space between them.
    expect(r.summary).not.toMatch(/。 /u)
  })
})
