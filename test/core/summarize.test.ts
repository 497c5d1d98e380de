import { describe, expect, it } from 'vitest'
import { resolveOptions, summarize } from '../../src/core/index.js'
import { WEIGHTS } from '../../src/core/score.js'
import { FIXTURES } from '../helpers/fixtures.js'

describe('summarize', () => {
  it('returns the requested number of verbatim sentences in document order', () => {
    const r = summarize(FIXTURES.frank, { sentences: 4 })
    expect(r.sentences).toHaveLength(4)
    for (const s of r.sentences) expect(FIXTURES.frank.slice(s.start, s.end)).toBe(s.text)
    const starts = r.sentences.map((s) => s.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(r.sentences.map((s) => s.rank).sort()).toEqual([1, 2, 3, 4])
  })

  it('writes list items in the summary as sentences of their own, while `sentences` stay verbatim', () => {
    const items = [
      'a £2 billion fund for rural broadband in Wales and Scotland',
      'free school meals for every primary pupil from September',
      'extra funding for 5,000 new nurses in England',
    ]
    const text = `Priorities set out\n\nThe Prime Minister today set out the government’s priorities for the coming year. These include:\n\n${items.map((i) => `• ${i}`).join('\n')}\n`
    const result = summarize(text, { sentences: 4 })
    for (const item of items) {
      const chosen = result.sentences.find((s) => s.text === item)
      expect(chosen, item).toBeDefined()
      expect(text.slice(chosen!.start, chosen!.end)).toBe(item)
    }
    expect(result.summary).toContain('coming year. A £2 billion fund for rural broadband in Wales and Scotland. Free school meals')
    expect(result.summary.endsWith('Extra funding for 5,000 new nurses in England.')).toBe(true)
    expect(result.summary).not.toMatch(/Scotland free/)
  })

  it('takes a blank title as no title: the title line is detected, as without the option', () => {
    const text = 'Budget approved\n\nThe council approved the budget on Monday. The secretary said it was enough.'
    for (const title of ['', '  ']) expect(summarize(text, { title }).title).toBe('Budget approved')
    expect(resolveOptions({ title: ' ' })).toEqual(resolveOptions({}))
  })

  it('joins hard-wrapped lines that break after `and`, `said` or a comma, even before a capitalized name', () => {
    const wrapped =
      'Housing plan unveiled\n\nThe plan, which was drafted by officials at the Treasury and\nDavid Clark of the housing ministry, will cost ten billion pounds.\n' +
      '"The plan will cut rents for two million families," said\nDavid Clark, the housing minister, on Monday in London.'
    const result = summarize(wrapped, { sentences: 5 })
    expect(result.title).toBe('Housing plan unveiled')
    expect(result.stats.sentences).toBe(2)
    expect(result.sentences[0]!.text).toBe('The plan, which was drafted by officials at the Treasury and\nDavid Clark of the housing ministry, will cost ten billion pounds.')
    expect(result.quotes.map((q) => q.speaker)).toEqual(['David Clark'])
  })

  it('closes list items that lead into the next (`;`, `, and`) with a full stop, and keeps `iPhone` as written', () => {
    const text =
      'Tax measures announced\n\nThe Treasury announced the following measures on Monday:\n' +
      '- iPhone and eBay sellers will pay a new digital sales tax from April onwards;\n' +
      '- a new tax credit for young families with children under five, and\n' +
      '- an extra £2 billion for roads across the country.\n\nOfficials said the measures would raise £5 billion a year.'
    const result = summarize(text, { sentences: 7, bullets: 7 })
    expect(result.summary).toContain('iPhone and eBay sellers will pay a new digital sales tax from April onwards. A new tax credit')
    expect(result.summary).toContain('children under five. An extra £2 billion')
    const points = result.keyPoints.map((k) => k.text)
    expect(points).toContain('iPhone and eBay sellers will pay a new digital sales tax from April onwards.')
    expect(points).toContain('A new tax credit for young families with children under five.')
    for (const p of [result.summary, ...points]) expect(p).not.toMatch(/[;,]\.|IPhone/)
  })

  it('orders by rank on request, best first', () => {
    const r = summarize(FIXTURES.guatemala, { sentences: 5, sortBy: 'rank' })
    expect(r.sentences.map((s) => s.rank)).toEqual([1, 2, 3, 4, 5])
    const scores = r.sentences.map((s) => s.score)
    expect(scores[0]).toBe(Math.max(...scores))
  })

  it('explains each chosen sentence with its feature values', () => {
    const r = summarize(FIXTURES.guatemala, { explain: true })
    for (const s of r.sentences) {
      expect(s.features).toBeDefined()
      for (const v of Object.values(s.features!)) expect(Number.isFinite(v)).toBe(true)
    }
    expect(summarize(FIXTURES.guatemala).sentences[0]!.features).toBeUndefined()
  })

  it('keeps the summary within a word budget by dropping whole sentences', () => {
    const r = summarize(FIXTURES.guatemala, { sentences: 5, maxWords: 40 })
    const words = r.summary.split(/\s+/).filter(Boolean).length
    expect(words).toBeLessThanOrEqual(40)
    expect(r.truncated).toBe(true)
    for (const s of r.sentences) expect(FIXTURES.guatemala.slice(s.start, s.end)).toBe(s.text)
  })

  it('keeps the summary within a character budget, and the unbudgeted summary untruncated', () => {
    const r = summarize(FIXTURES.frank, { sentences: 6, maxCharacters: 300 })
    expect(r.summary.length).toBeLessThanOrEqual(300)
    expect(r.sentences.length).toBeGreaterThan(0)
    expect(r.truncated).toBe(true)
    expect(summarize(FIXTURES.frank, { sentences: 2 }).truncated).toBe(false)
  })

  it('explains a sentence with every feature the scorer weighs, and gives every sentence a score in (0, 1]', () => {
    const r = summarize(FIXTURES.frank, { explain: true, sentences: 5 })
    for (const s of r.sentences) {
      expect(Object.keys(s.features!).sort()).toEqual(Object.keys(WEIGHTS).sort())
      expect(s.score).toBeGreaterThan(0)
      expect(s.score).toBeLessThanOrEqual(1)
    }
    expect(r.sentences.find((s) => s.rank === 1)!.score).toBe(1)
  })

  it('never ranks a one-word list item first, whatever the budget', () => {
    for (const ratio of [0.1, 0.5, 1]) {
      const r = summarize(FIXTURES.guatemala, { ratio, sortBy: 'rank' })
      expect(r.sentences[0]!.text.split(/\s+/).length, `ratio ${ratio}`).toBeGreaterThan(3)
    }
  })

  it('takes a ratio of the sentences, at least one', () => {
    const all = summarize(FIXTURES.pakistan, { ratio: 1 }).stats.sentences
    expect(summarize(FIXTURES.pakistan, { ratio: 1 }).sentences).toHaveLength(all)
    expect(summarize(FIXTURES.pakistan, { ratio: 0.01 }).sentences).toHaveLength(1)
  })

  it('is deterministic', () => {
    expect(JSON.stringify(summarize(FIXTURES.frank))).toBe(JSON.stringify(summarize(FIXTURES.frank)))
  })

  it('copes with a text that is one sentence, or has no list, quotes or names', () => {
    const r = summarize('the rain fell all day and the river rose slowly')
    expect(r.sentences).toHaveLength(1)
    expect(r.keyPoints).toHaveLength(1)
    expect(r.title).toBeNull()
    expect(summarize('').sentences).toEqual([])
  })

  it('detects English and marks other text as undetermined', () => {
    expect(summarize(FIXTURES.frank).language).toBe('en')
    expect(summarize('Der Minister hat gestern in Berlin eine neue Strategie vorgestellt. Sie gilt ab Mai.').language).toBe('und')
  })

  it("keeps a minister's unmarked words out of the summary, and names her in the key point", () => {
    const text = [
      'New funding to cut hospital waiting lists',
      'Hospitals in England will receive £1.2 billion to cut waiting lists, the government announced today.',
      'The money will pay for 20 new surgical hubs, which will carry out routine operations such as hip and knee replacements.',
      'Health Secretary Jane Roe said:',
      'Nobody should wait in pain for an operation that could be done in weeks. This investment will help patients.',
      'NHS England chief executive John Smith said the hubs would open by the end of 2025.',
      'The hubs will be built in the North West, the Midlands and the South East.',
    ].join('\n\n')
    const out = summarize(text, { sentences: 4 })
    expect(out.sentences).toHaveLength(4)
    expect(out.sentences.some((s) => s.text.startsWith('Nobody should wait'))).toBe(false)
    expect(out.keyPoints.map((k) => k.text)).toContain('Jane Roe: Nobody should wait in pain for an operation that could be done in weeks.')
    // Asked for every sentence, the summary has them all.
    expect(summarize(text, { ratio: 1 }).sentences.some((s) => s.text.startsWith('Nobody should wait'))).toBe(true)
  })
})

