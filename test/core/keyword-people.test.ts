// Keyphrases that name one person: one keyword per person, in the fullest spelling, and nobody merged by guesswork.
import { describe, expect, it } from 'vitest'
import { NOBODY, PersonReferents } from '../../src/core/keyword-people.js'
import { summarize } from '../../src/core/index.js'
import { tokenize } from '../../src/core/tokenize.js'
import { FIXTURES } from '../helpers/fixtures.js'
import { phrases } from '../helpers/keywords.js'

/** The person a phrase names among `people` (names, or names with roles), by index, or NOBODY. */
function whom(phrase: string, people: (string | { text: string; role?: string })[]): number {
  const tokens = tokenize(phrase)
  return new PersonReferents(people.map((p) => (typeof p === 'string' ? { text: p } : p))).named(tokens, 0, tokens.length)
}

const THOMAS =
  'Judge Thomas faced the committee on Tuesday. Judge Thomas said he had no agenda. Senators questioned Judge Thomas ' +
  'about privacy. Clarence Thomas, 43, was nominated in July. The committee will vote next week.'

describe('keyword-people', () => {
  it('reads a title or honorific with the surname, or the name itself, as the person', () => {
    const people = ['Alejandro Mayorkas', 'Bernardo Arévalo']
    expect(whom('Secretary Mayorkas', people)).toBe(0)
    expect(whom('Alejandro Mayorkas', people)).toBe(0)
    expect(whom('Mayorkas', people)).toBe(0)
    expect(whom('President Bernardo Arévalo', people)).toBe(1)
    expect(whom('Mr Arévalo', people)).toBe(1)
  })

  it('does not take a phrase about something else, or a given name alone, for the person', () => {
    const people = ['Bernardo Arévalo']
    expect(whom('Arévalo administration', people)).toBe(NOBODY)
    expect(whom('Bernardo', people)).toBe(NOBODY)
    expect(whom('Guatemala', people)).toBe(NOBODY)
  })

  it('merges nobody when two people of the text share the surname', () => {
    const people = ['Barack Obama', 'Michelle Obama']
    expect(whom('President Obama', people)).toBe(NOBODY)
    expect(whom('Michelle Obama', people)).toBe(1)
  })

  it('lists a person once, under the spelling with most of the name', () => {
    const out = phrases(THOMAS, { people: [{ text: 'Clarence Thomas' }] })
    expect(out.filter((p) => p.includes('Thomas'))).toEqual(['Clarence Thomas'])
    // Without the entity stage's people, the keyphrases keep each spelling: the merge is its word, not a guess.
    expect(phrases(THOMAS).filter((p) => p.includes('Thomas')).length).toBeGreaterThan(1)
  })

  it('keeps the place of the better-ranked spelling', () => {
    const out = phrases(THOMAS, { people: [{ text: 'Clarence Thomas' }] })
    const before = phrases(THOMAS)
    // The merged keyword sits where the first spelling of Thomas ranked without the merge.
    expect(out.indexOf('Clarence Thomas')).toBe(before.findIndex((p) => p.includes('Thomas')))
  })

  it('names President Arévalo and Secretary Mayorkas once each in the Guatemala briefing', () => {
    const out = summarize(FIXTURES.guatemala).keywords.map((k) => k.text)
    expect(out.filter((p) => p.includes('Arévalo'))).toHaveLength(1)
    expect(out.filter((p) => p.includes('Mayorkas'))).toHaveLength(1)
    expect(out).toHaveLength(10)
  })

  it('reads a capitalized piece of a person\'s role that holds a title word as that person', () => {
    const people = [
      { text: 'Murad Ali Shah', role: 'Chief Minister Sindh' },
      { text: 'Alejandro Mayorkas', role: 'U.S. Secretary of Homeland Security' },
    ]
    const of = (phrase: string) => whom(phrase, people)
    expect(of('Chief Minister Sindh')).toBe(0)
    expect(of('U.S. Secretary')).toBe(1)
    // An organization inside a role is a topic of its own; so is a lowercase phrase.
    expect(of('Homeland Security')).toBe(NOBODY)
    expect(of('chief minister')).toBe(NOBODY)
  })

  it("shows the person's name where a piece of the role won the place", () => {
    const text =
      'Chief Minister Sindh opened the festival in Karachi on Friday. Chief Minister Sindh praised the bands. ' +
      'Chief Minister Sindh, Murad Ali Shah, stayed for the concert.'
    const out = phrases(text, { people: [{ text: 'Murad Ali Shah', role: 'Chief Minister Sindh' }] })
    expect(out).toContain('Murad Ali Shah')
    expect(out.some((p) => /Chief Minister/.test(p))).toBe(false)
  })

  it('reads names and roles whatever their spacing and punctuation', () => {
    const people = [
      { text: 'Alejandro\u00a0 Mayorkas\t', role: '  U.S. Secretary\nof Homeland  Security, (DHS)' },
      { text: 'Murad Ali Shah', role: "Sindh's Chief-Minister" },
    ]
    const of = (phrase: string) => whom(phrase, people)
    expect(of('Alejandro Mayorkas')).toBe(0)
    expect(of('Secretary Mayorkas')).toBe(0)
    expect(of('U.S. Secretary')).toBe(0)
    expect(of('Chief-Minister Shah')).toBe(1)
    expect(of('Chief Minister Shah')).toBe(NOBODY)
  })

  it('merges no one by a title the person does not hold, nor by a piece inside someone else\'s role', () => {
    const people = [
      { text: 'Jeb Bush', role: 'former governor of Florida' },
      { text: 'Joe Biden', role: 'Vice President' },
      { text: 'Jane Smith', role: 'judge of the High Court' },
    ]
    const of = (phrase: string) => whom(phrase, people)
    // `President Bush` is the brother, whom the entity list does not hold.
    expect(of('President Bush')).toBe(NOBODY)
    expect(of('Governor Bush')).toBe(0)
    // ` president ` sits inside ` vice president `, and `High Court` inside a judge's role: neither names the holder.
    expect(of('President')).toBe(NOBODY)
    expect(of('Vice President')).toBe(1)
    expect(of('High Court')).toBe(NOBODY)
  })

  it('keeps a lesser phrase out when a merged spelling already holds its words', () => {
    const text =
      'Judge Thomas faced the committee. Judge Thomas said he had no agenda. Judge Thomas spoke for an hour. ' +
      'Clarence Thomas was nominated in July. The judge will learn the vote next week.'
    const out = phrases(text, { people: [{ text: 'Clarence Thomas' }] })
    expect(out.filter((p) => /thomas/i.test(p))).toEqual(['Clarence Thomas'])
    // `judge` alone lies within `Judge Thomas`, which the merged place took in.
    expect(out).not.toContain('judge')
  })

  it('shows a person named with post-nominal letters by the name alone, once', () => {
    const text =
      'New flood defences protecting 2,000 homes were opened today by the Rt Hon Emma Reynolds MP, Environment Secretary. ' +
      'Environment Secretary Emma Reynolds said the scheme would protect families for decades.'
    const out = summarize(text).keywords.map((k) => k.text)
    expect(out.filter((p) => p.includes('Reynolds'))).toEqual(['Emma Reynolds'])
    expect(out).not.toContain('Rt')
  })
})

