// People, organizations and places: titles, appositive roles, one entry per person, cues and gazetteers.
import { describe, expect, it } from 'vitest'
import { acronyms } from '../../src/core/acronyms.js'
import { analyze } from '../../src/core/analyze.js'
import { entities } from '../../src/core/entities.js'
import type { Entities, Entity } from '../../src/core/types.js'

function entitiesOf(text: string): Entities {
  const doc = analyze(text)
  return entities(doc, { acronyms: acronyms(doc) })
}

const names = (list: readonly Entity[]) => list.map((e) => e.text)
const find = (list: readonly Entity[], text: string) => list.find((e) => e.text === text)

describe('entities', () => {
  it('gives empty lists, without error, for a text that names nobody', () => {
    const empty = { people: [], organizations: [], places: [] }
    expect(entitiesOf('')).toEqual(empty)
    expect(entitiesOf('the council met on monday and approved the budget.')).toEqual(empty)
  })

  it('counts one person under all the names the text uses, with the title as role', () => {
    const e = entitiesOf(
      'President Bernardo Arévalo arrived in Munich. President Arévalo met the press. Later Arévalo left for Europe.',
    )
    expect(e.people).toEqual([{ text: 'Bernardo Arévalo', count: 3, role: 'President' }])
    expect(names(e.places)).toEqual(['Munich', 'Europe'])
  })

  it('takes the role from an appositive after the name', () => {
    const e = entitiesOf('Alejandro Mayorkas, U.S. Secretary of Homeland Security, met the minister.')
    expect(find(e.people, 'Alejandro Mayorkas')?.role).toBe('U.S. Secretary of Homeland Security')
  })

  it('takes the role from an appositive before the name, and counts what the role names', () => {
    const e = entitiesOf('He met the Prime Minister of the Netherlands, Mark Rutte, and the Prosecutor of the International Criminal Court, Karim Khan.')
    expect(find(e.people, 'Mark Rutte')?.role).toBe('Prime Minister of the Netherlands')
    expect(find(e.people, 'Karim Khan')?.role).toBe('Prosecutor of the International Criminal Court')
    expect(names(e.places)).toContain('Netherlands')
    expect(names(e.organizations)).toContain('International Criminal Court')
  })

  it('keeps a portfolio listed with commas whole, without taking its words for people', () => {
    const e = entitiesOf('Ahsan Iqbal the Federal Minister for Planning, Development, Special Initiatives and Inter Provincial Coordination, attended.')
    expect(e.people).toEqual([
      { text: 'Ahsan Iqbal', count: 1, role: 'Federal Minister for Planning, Development, Special Initiatives and Inter Provincial Coordination' },
    ])
  })

  it('takes a lowercase role written before the name', () => {
    const e = entitiesOf('Home office crime prevention minister Jeremy Browne said the campaign works.')
    expect(find(e.people, 'Jeremy Browne')?.role).toBe('Home office crime prevention minister')
  })

  it('leaves post-nominal letters out of the name', () => {
    const e = entitiesOf('British High Commissioner to Pakistan, Jane Marriott CMG OBE, said the event was a success.')
    expect(e.people).toEqual([{ text: 'Jane Marriott', count: 1, role: 'British High Commissioner to Pakistan' }])
    expect(names(e.people).join(' ')).not.toMatch(/CMG|OBE/)
  })

  it('tells organizations by their cue word, at the end or before `of`', () => {
    const e = entitiesOf('The Department of Health, the Home Office and the Munich Security Conference agreed.')
    expect(names(e.organizations)).toEqual(['Department of Health', 'Home Office', 'Munich Security Conference'])
    expect(e.people).toEqual([])
  })

  it('counts a defined acronym as a mention of what it stands for', () => {
    const e = entitiesOf('She leads the International Organization for Migration (IOM). The IOM budget grew.')
    expect(find(e.organizations, 'International Organization for Migration')?.count).toBe(2)
  })

  it('does not take a capitalized word that opens a sentence for a name', () => {
    const e = entitiesOf('Bilateral meetings followed. The bilateral talks went well. These talks ended in Paris.')
    expect(e.people).toEqual([])
    expect(names(e.places)).toEqual(['Paris'])
  })

  it('ends a person at a lowercase `of`: the organization after it is an affiliation, joined to the title', () => {
    const e = entitiesOf('Director John Smith of the Agency for Weather said the budget would cover 3 regions. Smith left.')
    expect(e.people).toEqual([{ text: 'John Smith', count: 2, role: 'Director of the Agency for Weather' }])
    expect(names(e.organizations)).toEqual(['Agency for Weather'])
    const plain = entitiesOf('John Smith of the Agency for Weather said so. Mayor Sadiq Khan of London agreed.')
    expect(names(plain.people)).toEqual(['John Smith', 'Sadiq Khan'])
    expect(find(plain.people, 'Sadiq Khan')?.role).toBe('Mayor of London')
    // Without a title or a given name, `X Y of Z` is no person.
    expect(entitiesOf('The Democratic Republic of Congo held elections on Sunday.').people).toEqual([])
  })

  it('lists neither a byline with a capital `By` nor its job title, unless the story names the author', () => {
    const e = entitiesOf('Budget approved\n\nBy Jane Roe, Political Correspondent\n\nThe council approved the budget. Mayor Tom Hill said it was fair.')
    expect(names(e.people)).toEqual(['Tom Hill'])
    const named = entitiesOf('Budget approved\n\nBy Jane Roe, Staff Reporter\n\nThe council approved the budget, Jane Roe reports.')
    expect(named.people).toEqual([{ text: 'Jane Roe', count: 1 }])
  })

  it('does not open a name with a Greek article (`Η Βουλή` is the Parliament, `Ο Κυριάκος …` a man)', () => {
    const e = entitiesOf('Η Βουλή ψήφισε το νομοσχέδιο. Ο Κυριάκος Μητσοτάκης μίλησε στη Βουλή.')
    expect(names(e.people)).toEqual(['Κυριάκος Μητσοτάκης'])
  })

  it('leaves the byline out: its author did not take part in the story', () => {
    const e = entitiesOf('A headline about a meeting\n\nby Pamela Contreras\n\nPresident Bernardo Arévalo met Amy Pope in Munich.')
    expect(names(e.people)).toEqual(['Bernardo Arévalo', 'Amy Pope'])
  })

  it('reads US states, compass-word regions and big cities as places, not as people', () => {
    const e = entitiesOf(
      'The department announced a grant for a rail line between Las Vegas and Southern California. ' +
        'Officials in North Carolina and Ohio welcomed it, and aid groups in West Africa took note. ' +
        'Virginia Woolf wrote about such journeys.',
    )
    for (const place of ['Las Vegas', 'Southern California', 'North Carolina', 'Ohio', 'West Africa'])
      expect(names(e.places), place).toContain(place)
    expect(names(e.people)).toEqual(['Virginia Woolf'])
  })

  it('leaves the Right Honourable out of a minister\'s name', () => {
    const e = entitiesOf('The Rt Hon Jane Roe MP opened the hub. Health Secretary Jane Roe said it would cut waiting times.')
    expect(names(e.people)).toEqual(['Jane Roe'])
  })

  it("reads an organization's listed portfolio into its name, but not a second organization, place or title", () => {
    const e = entitiesOf(
      'The Department of Health and Social Care announced the plan. The Bureau of Alcohol, Tobacco, Firearms and ' +
        'Explosives opened an inquiry. Officials at the Ministry of Defence and Foreign Office staff met on Monday.',
    )
    expect(names(e.organizations)).toEqual(
      expect.arrayContaining(['Department of Health and Social Care', 'Bureau of Alcohol, Tobacco, Firearms and Explosives', 'Ministry of Defence', 'Foreign Office']),
    )
    expect(e.people).toEqual([])
  })

  it('takes a place word alone, opening a sentence, for no place', () => {
    const e = entitiesOf('Port operators said the strike would end soon. House prices rose in the Gulf region.')
    expect(e.places).toEqual([])
  })

  it('reads English regions and a named plan for what they are', () => {
    const e = entitiesOf('Funding will go to the North West and the East Midlands first. Historians compared it to the Marshall Plan.')
    expect(names(e.places)).toEqual(expect.arrayContaining(['North West', 'East Midlands']))
    expect(names(e.organizations)).toContain('Marshall Plan')
    expect(e.people).toEqual([])
  })

  it('reads a compass word before a place as part of the place', () => {
    const e = entitiesOf('Officers in North London arrested two men. Crowds gathered in East Jerusalem on Friday. Storms hit South Florida.')
    expect(names(e.places)).toEqual(expect.arrayContaining(['North London', 'East Jerusalem', 'South Florida']))
    expect(e.people).toEqual([])
  })
})

