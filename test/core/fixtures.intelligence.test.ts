// Quotes, entities, acronyms and meta on the three real briefings, checked against what each article says.
import { describe, expect, it } from 'vitest'
import { summarize } from '../../src/core/index.js'
import type { Entity, SummarizeResult } from '../../src/core/types.js'
import { FIXTURES } from '../helpers/fixtures.js'

const names = (list: readonly Entity[]) => list.map((e) => e.text)
const person = (r: SummarizeResult, name: string) => r.entities.people.find((p) => p.text === name)

describe('fixture: Guatemala / Munich briefing (GT News, AGN)', () => {
  const r = summarize(FIXTURES.guatemala)

  it('finds both quotes with their speakers, resolved through `He posted` and `She said`', () => {
    expect(r.quotes).toHaveLength(2)
    const [post, statement] = r.quotes
    expect(post!.text).toMatch(/^The Biden-Harris Administration is proud to support Guatemala’s democracy/)
    expect(post!.speaker).toBe('Alejandro Mayorkas')
    expect(statement!.text).toMatch(/^It was an honour to personally meet.*pathways for Guatemalans\.$/s)
    expect(statement!.speaker).toBe('Amy Pope')
    for (const q of r.quotes) expect(FIXTURES.guatemala.slice(q.start, q.end)).toBe(q.text)
  })

  it('names the six people with the roles the text gives them', () => {
    expect(person(r, 'Bernardo Arévalo')?.role).toBe('President')
    expect(person(r, 'Alejandro Mayorkas')?.role).toBe('U.S. Secretary of Homeland Security')
    expect(person(r, 'Karim Khan')?.role).toBe('Prosecutor of the International Criminal Court')
    expect(person(r, 'Amy Pope')?.role).toBe('Director General of the International Organization for Migration')
    expect(person(r, 'Carlos Ramiro Martínez')?.role).toBe('Foreign Affairs Minister')
    expect(person(r, 'Mark Rutte')?.role).toBe('Prime Minister of the Netherlands')
  })

  it('counts Arévalo once, under his full name, with every mention', () => {
    expect(names(r.entities.people).filter((n) => n.includes('Arévalo'))).toEqual(['Bernardo Arévalo'])
    // Every `Arévalo` of the article is his: the title, `President Arévalo`, `President Bernardo Arévalo`.
    expect(person(r, 'Bernardo Arévalo')?.count).toBe(FIXTURES.guatemala.split('Arévalo').length - 1)
    // `Pope mentioned her meeting` is Amy Pope again.
    expect(person(r, 'Amy Pope')?.count).toBe(3)
  })

  it('names the organizations, counting MSC and IOM as mentions of what they stand for', () => {
    const orgs = names(r.entities.organizations)
    expect(orgs).toEqual(expect.arrayContaining(['Munich Security Conference', 'International Criminal Court', 'International Organization for Migration']))
    // Twice in full and once as `the MSC`; the `-MSC-` tag defines it and is not counted.
    expect(r.entities.organizations.find((o) => o.text === 'Munich Security Conference')?.count).toBe(3)
    expect(names(r.entities.places)).toEqual(expect.arrayContaining(['Guatemala', 'Munich', 'Europe', 'Netherlands']))
  })

  it('expands MSC and IOM, and not AGN, which the text never spells out', () => {
    expect(r.acronyms).toEqual([
      { short: 'MSC', long: 'Munich Security Conference' },
      { short: 'IOM', long: 'International Organization for Migration' },
    ])
    // `-AGN-` only tags the dateline; nowhere does the article write out the agency's name.
    expect(FIXTURES.guatemala.match(/AGN/g)).toHaveLength(1)
    expect(r.acronyms.some((a) => a.short === 'AGN')).toBe(false)
  })

  it('reports the byline, dateline and agency in meta, and none of them in the summary or the people', () => {
    expect(r.meta).toEqual({
      title: 'President Arévalo and Secretary Mayorkas consolidate strategic alliance',
      byline: 'Pamela Contreras; Lincy Rodríguez',
      dateline: 'Guatemala City',
      source: 'AGN',
      published: null,
    })
    for (const s of ['Pamela Contreras', 'Lincy Rodríguez', 'Guatemala City', 'AGN']) {
      expect(r.summary).not.toContain(s)
      for (const k of r.keyPoints) expect(k.text).not.toContain(s)
    }
    expect(names(r.entities.people).join(' ')).not.toMatch(/Pamela|Lincy/)
  })
})

describe('fixture: GOV.UK FRANK press release', () => {
  const r = summarize(FIXTURES.frank)

  it('gives the two-paragraph quote as two consecutive quotes, both by Jeremy Browne with his role', () => {
    const browne = r.quotes.filter((q) => q.speaker === 'Jeremy Browne')
    expect(browne.map((q) => q.text.slice(0, 24))).toEqual(['Distorted information fr', 'We know FRANK works, 67 '])
    for (const q of browne) expect(q.role).toBe('Home office crime prevention minister')
    // The first paragraph has no closing mark; the second reopens with `‘` and closes with `’`.
    expect(browne[0]!.text.endsWith('talk to their children about drugs.')).toBe(true)
    for (const q of r.quotes) expect(FIXTURES.frank.slice(q.start, q.end)).toBe(q.text)
  })

  it('keeps the quoted words of the adverts out: a ‘joint’, a ‘comedown’, a ‘wrap’, programme titles', () => {
    for (const q of r.quotes) expect(q.text).not.toMatch(/^(?:joint|comedown|wrap|Keeping up with the Kardashians|8 Out of 10 Cats\.?)$/)
    // The slogan is quoted speech, but the viewer “is asked” by nobody the text names.
    const slogan = r.quotes.find((q) => q.text.startsWith('Confused by drugs?'))
    if (slogan) expect(slogan.speaker).toBeNull()
  })

  it('takes no keyphrase from the contact footer (`5. Contact FRANK:`)', () => {
    expect(r.keywords.map((k) => k.text)).not.toContain('Contact FRANK')
    expect(summarize(FIXTURES.frank, { keywords: 25 }).keywords.map((k) => k.text).join(' ')).not.toMatch(/\bContact\b/u)
  })

  it('names the minister, the departments and the places', () => {
    expect(r.entities.people).toEqual([{ text: 'Jeremy Browne', count: 1, role: 'Home office crime prevention minister' }])
    expect(names(r.entities.organizations)).toEqual(expect.arrayContaining(['Home Office', 'Department of Health', 'Department for Education']))
    expect(names(r.entities.places)).toEqual(expect.arrayContaining(['England', 'Wales']))
    expect(r.acronyms).toEqual([])
  })
})

describe('fixture: GOV.UK British High Commission in Pakistan', () => {
  const r = summarize(FIXTURES.pakistan)

  it('attributes the quoted paragraph to Jane Marriott with her role, without her post-nominals', () => {
    expect(r.quotes).toHaveLength(1)
    const q = r.quotes[0]!
    expect(q).toMatchObject({ speaker: 'Jane Marriott', role: 'British High Commissioner to Pakistan' })
    expect(q.text).toMatch(/^Brilliantly British captures everything we love about the UK/)
    expect(FIXTURES.pakistan.slice(q.start, q.end)).toBe(q.text)
  })

  it('names the people the story names, and no post-nominals or portfolio words as people', () => {
    const people = names(r.entities.people)
    expect(people).toEqual(expect.arrayContaining([
      'Ahsan Iqbal', 'Murad Ali Shah', 'Jane Marriott', 'Maria Unera', 'Jermeas Naeem', 'Alycia Dias', 'Hussain Dossa',
      'Nusrat Fateh Ali Khan',
    ]))
    expect(people.join(' ')).not.toMatch(/CMG|OBE|Special Initiatives|Coordination|Guest/)
    expect(person(r, 'Murad Ali Shah')?.role).toBe('Chief Minister Sindh')
  })

  it('names the places, the band and the institutions', () => {
    expect(names(r.entities.places)).toEqual(expect.arrayContaining(['Islamabad', 'Karachi', 'Pakistan', 'UK']))
    expect(names(r.entities.organizations)).toEqual(
      expect.arrayContaining(['Honourable Artillery Company Regimental Band', 'British High Commission', 'British Council']),
    )
  })

  it("keeps sentences from inside Jane Marriott's quotation out of the summary, where they would read as the release's own words", () => {
    const marriott = r.quotes.find((q) => q.speaker === 'Jane Marriott')!
    for (const s of r.sentences) expect(s.start >= marriott.start - 1 && s.end <= marriott.end + 1, s.text).toBe(false)
  })
})
