// What a text says about itself: title, byline, dateline, source and date, and nothing it does not say.
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/core/analyze.js'
import { meta } from '../../src/core/meta.js'

const of = (text: string) => meta(analyze(text))

describe('meta', () => {
  it('gives nulls, without error, for a text that states nothing about itself', () => {
    expect(of('')).toEqual({ title: null, byline: null, dateline: null, source: null, published: null })
    expect(of('The council met on Monday and approved the budget.').byline).toBeNull()
  })

  it('reads a byline line and a dateline with byline and agency tag', () => {
    const m = of('A meeting in Munich\n\nby Pamela Contreras\n\nGuatemala City, by Lincy Rodríguez -AGN-. The president met ministers.')
    expect(m).toEqual({
      title: 'A meeting in Munich',
      byline: 'Pamela Contreras; Lincy Rodríguez',
      dateline: 'Guatemala City',
      source: 'AGN',
      published: null,
    })
  })

  it('reads a wire dateline and its agency', () => {
    const m = of('SEOUL, South Korea (CNN) -- North Korea fired a missile on Tuesday, officials said. It flew far.')
    expect(m.dateline).toBe('SEOUL, South Korea')
    expect(m.source).toBe('CNN')
  })

  it('reads a byline with several authors and an agency', () => {
    expect(of('A headline here\n\nBy Jane Doe and John Roe, Reuters\n\nThe story starts.')).toMatchObject({
      byline: 'Jane Doe; John Roe',
      source: 'Reuters',
    })
  })

  it('reads a publication date line as written', () => {
    expect(of('A headline here\n\nPublished: 28 January 2013\n\nThe story starts.').published).toBe('28 January 2013')
    expect(of('A headline here\n\nFebruary 17, 2024\n\nThe story starts.').published).toBe('February 17, 2024')
    // Every form of date holds a four-digit year (the pattern runs only on a line that has one).
    expect(of('A headline here\n\n17/02/2024\n\nThe story starts.').published).toBe('17/02/2024')
    expect(of('A headline here\n\nUpdated 2024-02-17\n\nThe story starts.').published).toBe('2024-02-17')
  })

  it('reads a byline after each of its lead words, the longest (`Reporting`) included', () => {
    for (const lead of ['By', 'by', 'Written by', 'Story by', 'Reporting by', 'Words by'])
      expect(of(`A headline here\n\n${lead} Jane Doe\n\nThe story starts.`).byline, lead).toBe('Jane Doe')
  })

  it('names a publisher only from its own footer line', () => {
    const m = of('A headline here\n\nThe story starts.\n\nWe are GT News, the official news agency of the Government of Guatemala.')
    expect(m.source).toBe('GT News')
  })

  it('reads a job title after the author as a title, not a second author', () => {
    for (const title of ['Political Correspondent', 'Associated Press Writer', 'Staff Reporter', 'Senior Reporter'])
      expect(of(`Budget approved\n\nBy Jane Roe, ${title}\n\nThe council approved the budget on Monday.`).byline, title).toBe('Jane Roe')
    expect(of('Budget approved\n\nBy Jane Roe and John Doe\n\nThe council approved the budget on Monday.').byline).toBe('Jane Roe; John Doe')
  })

  it('reads a tabloid byline written over two lines, and the date under a publication label', () => {
    const page = 'By\nSam Webb\n\nPUBLISHED:\n08:16 EST, 16 January 2014\n|\nUPDATED:\n09:39 EST, 16 January 2014\n\nThe council approved the plan.'
    expect(of(page)).toMatchObject({ title: null, byline: 'Sam Webb', published: '16 January 2014' })
    const joined = 'By . Sam Webb and Daniel Miller . Last updated at 5:04 PM on 17th November 2011 . The council approved the plan.'
    expect(of(joined)).toMatchObject({ byline: 'Sam Webb; Daniel Miller', published: '17th November 2011' })
    expect(of('Budget approved\n\nBy Sam Webb for MailOnline\n\nThe council approved the plan.')).toMatchObject({ byline: 'Sam Webb', source: 'MailOnline' })
    // A desk byline names no author.
    expect(of('By\nDaily Mail Reporter\n\nThe council approved the plan.').byline).toBeNull()
  })

  it('reads a wire dateline that carries the date, and leaves it out of the first sentence', () => {
    const text = "Chile cuts rates\n\nSANTIAGO, Jan 30 (Reuters) - Chile's central bank cut its benchmark rate on Tuesday.\n\nMore cuts may follow."
    expect(of(text)).toMatchObject({ dateline: 'SANTIAGO', source: 'Reuters' })
    const first = analyze(text).sentences.find((s) => s.kind === 'paragraph')!
    expect(first.text).toBe("Chile's central bank cut its benchmark rate on Tuesday.")
  })

  it('reads a full date in a wire dateline as the publication date, and a date without a year as none', () => {
    const afp = 'France raises taxes\n\nParis, March 3, 2024 (AFP) - France raised taxes on Monday.\n\nThe minister said it was needed.'
    expect(of(afp)).toMatchObject({ dateline: 'Paris', source: 'AFP', published: 'March 3, 2024' })
    const reuters = "Chile cuts rates\n\nSANTIAGO, Jan 30 (Reuters) - Chile's central bank cut its rate on Tuesday.\n\nMore cuts may follow."
    expect(of(reuters).published).toBeNull()
  })
})

