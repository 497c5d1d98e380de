// Quotations: every press pattern of attribution, pronouns, marks of each kind, and exact source offsets.
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/core/analyze.js'
import { acronyms } from '../../src/core/acronyms.js'
import { findEntities } from '../../src/core/entities.js'
import { quotes } from '../../src/core/quotes.js'
import type { Quote } from '../../src/core/types.js'

function quotesOf(text: string): Quote[] {
  const doc = analyze(text)
  const found = quotes(doc, findEntities(doc, { acronyms: acronyms(doc) }))
  // The offsets always point at the quoted words in the text as given.
  for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text)
  return found
}

const only = (text: string) => {
  const found = quotesOf(text)
  expect(found).toHaveLength(1)
  return found[0]!
}

describe('quotes', () => {
  it('gives no quotes, without error, for a text without any', () => {
    expect(quotesOf('')).toEqual([])
    expect(quotesOf('The council met on Monday and approved the budget.')).toEqual([])
  })

  it('attributes `X said, “…”` and leaves the marks out of the text', () => {
    const q = only('Ann Lee said, “We will rebuild the bridge by June.”')
    expect(q).toMatchObject({ text: 'We will rebuild the bridge by June.', speaker: 'Ann Lee', sentenceIndex: 0 })
  })

  it('attributes `“…,” said X` and `“…,” X said`, without the comma before the closing mark', () => {
    expect(only('“We will rebuild the bridge,” said Ann Lee.')).toMatchObject({ text: 'We will rebuild the bridge', speaker: 'Ann Lee' })
    expect(only('“We will rebuild the bridge,” Ann Lee said.')).toMatchObject({ speaker: 'Ann Lee' })
  })

  it('attributes `According to X, “…”` and `X posted, "…"` in straight quotes', () => {
    expect(only('According to Ann Lee, “the bridge will be rebuilt by June.”').speaker).toBe('Ann Lee')
    expect(only('Ann Lee posted, "We will rebuild the bridge by June."').speaker).toBe('Ann Lee')
  })

  it('reads guillemets, spaced in the French way or not', () => {
    expect(only('Ann Lee said: « We will rebuild the bridge by June. »')).toMatchObject({ text: 'We will rebuild the bridge by June.', speaker: 'Ann Lee' })
    expect(only('Ann Lee said: «We will rebuild the bridge by June.»').speaker).toBe('Ann Lee')
  })

  it('gives the speaker with the role the text states', () => {
    const q = only('“We will rebuild the bridge,” said Mayor Ann Lee.')
    expect(q).toMatchObject({ speaker: 'Ann Lee', role: 'Mayor' })
  })

  it('resolves `he` and `she` to the person of that gender named before', () => {
    const text = 'John Smith met Mary Jones in Paris on Monday. She said, “We agreed on the plan for the new bridge.”'
    expect(only(text).speaker).toBe('Mary Jones')
    const other = 'Mary Jones met John Smith in Paris on Monday. He said, “We agreed on the plan for the new bridge.”'
    expect(only(other).speaker).toBe('John Smith')
  })

  it('prefers the subject of the story to a person merely mentioned since', () => {
    // Mayorkas is the subject; Arévalo is only the object of the sentence in between.
    const text =
      'Alejandro Mayorkas pointed out the importance of Guatemala. On his social network X, he emphasized the ' +
      'honor of meeting with President Bernardo Arévalo.\n\nHe posted, “The administration is proud to support democracy.”'
    expect(only(text).speaker).toBe('Alejandro Mayorkas')
  })

  it('names nobody when nobody can be named', () => {
    expect(only('Officials said, “The bridge will reopen on Monday after repairs.”').speaker).toBeNull()
    expect(only('She said, “The bridge will reopen on Monday after repairs.”').speaker).toBeNull()
  })

  it('keeps scare quotes, titles and single quoted words out', () => {
    expect(quotesOf('Butchers pass around a ‘joint’ of meat at a party.')).toEqual([])
    expect(quotesOf('It airs during programmes such as ‘Keeping up with the Kardashians’ tonight.')).toEqual([])
    expect(quotesOf('The festival was called “Actonbury” this year.')).toEqual([])
  })

  it('does not take apostrophes for closing quotes', () => {
    const q = only('Ann Lee said, ‘Guatemala’s democracy is the region’s best hope.’')
    expect(q.text).toBe('Guatemala’s democracy is the region’s best hope.')
  })

  it('drops a quotation that never closes, without error', () => {
    expect(quotesOf('Ann Lee said, “We will rebuild the bridge by June.\n\nThe council agreed.')).toEqual([])
  })

  it('gives a quotation over two paragraphs as consecutive quotes by the same speaker', () => {
    const text =
      'Minister Ann Lee said:\n\n‘The bridge is the city’s lifeline. We will rebuild it.\n\n‘Work starts in June and ends in May.’'
    const found = quotesOf(text)
    expect(found.map((q) => q.text)).toEqual(['The bridge is the city’s lifeline. We will rebuild it.', 'Work starts in June and ends in May.'])
    expect(found.map((q) => q.speaker)).toEqual(['Ann Lee', 'Ann Lee'])
    expect(found[0]!.sentenceIndex).toBeLessThan(found[1]!.sentenceIndex)
  })

  it('stays exact when the source has CRLF line ends and non-breaking spaces', () => {
    const text = 'Ann\u00a0Lee said, “We will rebuild\u00a0the bridge.”\r\n\r\nShe said, “It will take a year or more.”'
    const found = quotesOf(text)
    expect(found).toHaveLength(2)
    expect(found[1]!.speaker).toBe('Ann Lee')
  })

  it('gives `Smith said` to the person named with an affiliation (`Director John Smith of the Agency …`)', () => {
    const q = only(
      'Director John Smith of the Agency for Weather said the budget would cover 3 regions. "This is the end of the road for the old system," Smith said.',
    )
    expect(q).toMatchObject({ speaker: 'John Smith', role: 'Director of the Agency for Weather' })
  })

  it('does not give a quote to the person a relational noun names (`the lawyer for Mr Smith said`)', () => {
    expect(only('"We will appeal," the lawyer for Mr Smith said on Friday. The court had ruled against him.')).toMatchObject({
      speaker: null,
      role: 'lawyer for Mr Smith',
    })
    const [family, friend] = quotesOf('"We are devastated," a spokesman for the Smith family said. "It is a sad day," said a friend of John Smith.')
    expect([family!.speaker, family!.role]).toEqual([null, 'spokesman for the Smith family'])
    expect([friend!.speaker, friend!.role]).toEqual([null, 'friend of John Smith'])
    expect(only('John Smith was jailed. "We will appeal the ruling," Mr Smith\'s lawyer said.')).toMatchObject({ speaker: null, role: "Mr Smith's lawyer" })
    // An honorific before a full name: the name stage's mention starts after it, at the given name.
    expect(only('“We disagree,” the lawyer for Mr John Smith said. The court ruled against him on Friday.')).toMatchObject({
      speaker: null,
      role: 'lawyer for Mr John Smith',
    })
    expect(only('“We disagree,” said the lawyer for Mr John Smith. The court ruled against him on Friday.')).toMatchObject({
      speaker: null,
      role: 'lawyer for Mr John Smith',
    })
    // The person's own words, in a tweet or statement of theirs, stay theirs.
    expect(only('John Smith was jailed. "We will appeal the ruling," Smith\'s statement said.').speaker).toBe('John Smith')
  })

  it("gives a speaker's next quoted sentence of the paragraph the same speaker", () => {
    const found = quotesOf(
      '“This is a welcome surprise,” said Jane Roe, chief economist at Capital Bank. “But the outlook remains uncertain.”',
    )
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['This is a welcome surprise', 'Jane Roe'],
      ['But the outlook remains uncertain.', 'Jane Roe'],
    ])
  })

  it('gives no speaker by proximity to a quote after another sentence, in another paragraph, or inside a sentence', () => {
    const after = quotesOf('“The plan is sound,” said Jane Roe. Critics disagreed. “It will fail within a year.”')
    expect(after.map((q) => q.speaker)).toEqual(['Jane Roe', null])
    const paragraph = quotesOf('“The plan is sound,” said Jane Roe.\n\n“It will fail within a year, and everyone knows it.”')
    expect(paragraph.map((q) => q.speaker)).toEqual(['Jane Roe', null])
    const inside = quotesOf('“The plan is sound,” said Jane Roe. Its critics called it “a plan that will fail within a year” on Monday.')
    expect(inside.map((q) => q.speaker)).toEqual(['Jane Roe', null])
  })

  it('reads the paragraph a `… said:` paragraph introduces without quotation marks as that speaker\'s quote', () => {
    const found = quotesOf(
      'The hubs will open next year.\n\nHealth Secretary Jane Roe said:\n\nThis investment will help patients get the treatment they need faster.\n\nThe department will publish the sites in May.',
    )
    expect(found.map((q) => [q.text, q.speaker, q.role])).toEqual([
      ['This investment will help patients get the treatment they need faster.', 'Jane Roe', 'Health Secretary'],
    ])
  })

  it('takes no paragraph after a colon that introduces no speech', () => {
    expect(quotesOf('The plan includes:\n\nTwenty new surgical hubs across the country by the end of next year.')).toEqual([])
  })

  it("reads quotations in straight single quotes, as tabloid copy writes them, and no apostrophe as one", () => {
    const found = quotesOf("'I had to sit down on the kitchen floor,' Mary Smith said. 'I still can't believe it is real.'")
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['I had to sit down on the kitchen floor', 'Mary Smith'],
      ["I still can't believe it is real.", 'Mary Smith'],
    ])
    expect(quotesOf("In the '90s he loved rock 'n' roll, and the players' union backed him all the way.")).toEqual([])
  })

  it('attributes `“…,” said opposition leader X` and `According to X, a spokesman for Y, “…”`: a role before the name, an appositive after it', () => {
    const lead = 'The council met on Monday to debate the housing plan.\n\n'
    expect(only(`${lead}“This is a disgrace,” said opposition leader Paul Green.`)).toMatchObject({ speaker: 'Paul Green' })
    expect(only(`${lead}According to Mark Smith, a spokesman for the council, “no decision has been taken.”`).speaker).toBe('Mark Smith')
    // Words between the verb and a name that make a clause or a time name nobody.
    expect(only(`${lead}“It will pass,” said the report that Paul Green wrote.`).speaker).toBeNull()
    // Nor does a name in the next sentence, nor one past a line break.
    expect(only(`${lead}“Prices will fall sharply next year,” said a spokesman. John Smith, the chief executive of Acme, disagreed.`).speaker).toBeNull()
    expect(only(`${lead}“We are ready,” said the ministry's statement. Maria Lopez said she was pleased.`).speaker).toBeNull()
    // A title's abbreviation is no sentence end.
    expect(only(`${lead}“It was engaged in illegal activity,” said Capt. James Jenkins.`).speaker).toBe('James Jenkins')
  })

  it('resolves a pronoun to the person an appositive names as the subject (`The prime minister, Anna Lee, said`)', () => {
    const text =
      'Health Secretary Tom Brown defended the plan on Tuesday in a speech to nurses in Leeds.\n\n' +
      'The prime minister, Anna Lee, said in a statement that she would meet him on Friday. “I expect them to agree,” she added.'
    expect(only(text).speaker).toBe('Anna Lee')
  })

  it('takes no name set off after a noun that is not a title as the subject', () => {
    const text =
      'Sam Ortiz built the first prototype in his garage in Boston.\n\n' +
      'His company, Omni Guide, aims to sell the tool abroad. “I hope it can help patients,” he said.'
    expect(only(text).speaker).toBe('Sam Ortiz')
  })

  it('gives a quotation that closed its own sentence to `X said.` after it, not to `X said she would …`', () => {
    const lead = 'The council debated the housing plan in parliament on Monday.\n\n'
    expect(only(`${lead}"The plan is dead on arrival." Mary Poppins said she would vote against the bill.`).speaker).toBeNull()
    expect(only(`${lead}"The plan is dead on arrival." Mary Poppins said that it had no chance.`).speaker).toBeNull()
    expect(only(`${lead}"The plan is dead on arrival." Mary Poppins said.`).speaker).toBe('Mary Poppins')
    expect(only(`${lead}"Is the plan dead?" Mary Poppins asked reporters in London on Monday.`).speaker).toBe('Mary Poppins')
  })
})
