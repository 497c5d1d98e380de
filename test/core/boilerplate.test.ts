import { describe, expect, it } from 'vitest'
import { analyze, summarize } from '../../src/core/index.js'
import { datelinePrefixLength, isBoilerplateLine } from '../../src/core/boilerplate.js'

const kinds = (text: string) => analyze(text).sentences.map((s) => [s.kind, s.text.trim()])

describe('boilerplate rules', () => {
  it('drops share furniture but keeps sentences about shares', () => {
    for (const line of ['Share', 'Share this article', 'Share on Facebook', 'Follow us on Twitter', 'Sign up for our newsletter'])
      expect(isBoilerplateLine(line), line).toBe(true)
    for (const line of [
      'Share prices in London fell sharply on Monday after the announcement.',
      'Share trading will begin on Friday, the exchange said.',
      'Follow the money, the prosecutor told the jury.',
    ])
      expect(isBoilerplateLine(line), line).toBe(false)
  })

  it('keeps a sentence that merely mentions an agency, drops an agency describing itself', () => {
    expect(isBoilerplateLine('About 80 percent of crops in Gaza were destroyed, according to the agency.')).toBe(false)
    expect(isBoilerplateLine('We are GT News, the official news agency of the Government of Guatemala.')).toBe(true)
    expect(isBoilerplateLine('About Us')).toBe(true)
    expect(isBoilerplateLine('About the company:')).toBe(true)
  })

  it("drops an editor's note and a link line ending in an arrow, but keeps a French quotation", () => {
    expect(isBoilerplateLine("Editor's note: Jane Roe is a professor of law. The opinions expressed are solely hers.")).toBe(true)
    expect(isBoilerplateLine('Watch the minister describe the new border posts »')).toBe(true)
    expect(isBoilerplateLine('More from the ministry ›')).toBe(true)
    expect(isBoilerplateLine('« Nous ne céderons pas », a déclaré le ministre, « jamais »')).toBe(false)
    expect(isBoilerplateLine('The editor noted that the figures were provisional.')).toBe(false)
    expect(kinds("Editor's note: John Doe reports from Kabul.\n\nThe minister resigned on Monday.").map(([k]) => k)).toEqual([
      'boilerplate',
      'paragraph',
    ])
  })

  it('drops "Read more:" links however long the headline, and transcript furniture', () => {
    expect(isBoilerplateLine("Read more: Russia's lower house approves bill to ban U.S. adoption")).toBe(true)
    expect(isBoilerplateLine('THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.')).toBe(true)
    expect(isBoilerplateLine('Readers were asked to vote on the best photo.')).toBe(false)
  })

  it('strips a place in capitals before a spaced hyphen (`LONDON - `), not a capitalized word or two letters', () => {
    for (const lead of ['LONDON - ', 'NEW YORK, March 3 - ', 'GUATEMALA CITY - '])
      expect(datelinePrefixLength(`${lead}The prime minister said taxes would fall next year.`), lead).toBe(lead.length)
    expect(datelinePrefixLength('UK - EU trade talks resumed on Monday in Brussels.')).toBe(0)
    expect(datelinePrefixLength('NASA - the space agency - said on Monday it would launch.')).toBe(0)
    expect(datelinePrefixLength('NASA - The space agency said on Monday it would launch.')).toBe(0)
    expect(datelinePrefixLength('COVID - related deaths fell for a third week.')).toBe(0)
    expect(datelinePrefixLength('London - the capital - saw heavy rain on Monday.')).toBe(0)
  })

  it('strips any short bracketed source followed by a dash, as it strips "(CNN) --"', () => {
    for (const lead of ['(Time.com) -- ', '(InStyle) -- ', '(The Frisky) -- ', 'NEW YORK (CNN) -- ', '(CNN) '])
      expect(datelinePrefixLength(`${lead}Years ago I lived on ramen noodles and cereal.`), lead).toBe(lead.length)
    // A bracket that is part of the sentence stays.
    expect(datelinePrefixLength('(He stayed.) Then the rest of the team left for home.')).toBe(0)
    expect(kinds('(The Frisky) -- She met him at a bar in town last week. They talked.')[0]).toEqual([
      'paragraph',
      'She met him at a bar in town last week.',
    ])
  })

  it('keeps a photo caption or linked headline without final punctuation out of the body', () => {
    const text =
      'The storm hit the coast on Monday, officials said.\n\n' +
      'Rescue workers search the rubble in the old town on Tuesday morning after the storm\n\n' +
      'Hundreds were left homeless.'
    expect(kinds(text).map(([kind]) => kind)).toEqual(['paragraph', 'heading', 'paragraph'])
    // A text that never punctuates keeps its lines as body text.
    const chat = 'no stops in this message at all just words\n\nand another line of the same message here'
    expect(kinds(chat).map(([kind]) => kind)).toEqual(['paragraph', 'paragraph'])
  })

  it('keeps the rules linear on adversarial input', () => {
    const t0 = performance.now()
    for (const s of ['(' + 'A'.repeat(50_000), 'About ' + 'Ab '.repeat(20_000), 'Share ' + 'x'.repeat(100_000), 'We are ' + 'A'.repeat(100_000)])
      isBoilerplateLine(s) || datelinePrefixLength(s)
    expect(performance.now() - t0).toBeLessThan(500)
  })

  it('drops a byline with a capital `By`, but not a sentence that opens with `By`', () => {
    for (const line of ['By Jane Roe, Political Correspondent', 'By Jane Roe and John Doe', 'By Sarah Connor | AP'])
      expect(isBoilerplateLine(line), line).toBe(true)
    for (const line of ['By Monday, the council had voted.', 'By 2030 the city will need 10,000 homes.', 'By Tuesday night Labour had won'])
      expect(isBoilerplateLine(line), line).toBe(false)
  })

  it('ends the story at a closing heading after the body: notes to editors, contacts, `About …`, `ENDS`', () => {
    const story = 'Council approves housing plan\n\nThe council approved a plan on Tuesday to build 10,000 homes.\n\n'
    for (const heading of ['Notes to editors', 'Note to editors:', "Editor's notes", 'About City Council', 'Media contacts', 'Press contact', 'For more information', 'Ends', '-ENDS-', '###']) {
      const found = kinds(`${story}${heading}\n1. The council is the local authority for the city.\nIt has 51 members.`)
      expect(found.slice(2).map(([k]) => k), heading).toEqual(['boilerplate', 'boilerplate', 'boilerplate'])
      expect(found[1]![0]).toBe('paragraph')
    }
    // Before any body text a closing heading closes nothing; a sentence that opens with its words is no heading.
    expect(kinds('Notes to editors\n\nThe council met on Monday.').at(-1)![0]).toBe('paragraph')
    expect(kinds(`${story}For more information on the plan, the council will hold a meeting in April.`).at(-1)![0]).toBe('paragraph')
  })

  it('drops a media contact line with an email address or a phone number, not a hotline the story reports', () => {
    expect(isBoilerplateLine('For media enquiries contact press@city.gov.uk or call 020 7946 0000.')).toBe(true)
    expect(isBoilerplateLine('Press office: 020 7946 0000')).toBe(true)
    expect(isBoilerplateLine('Contact FRANK:')).toBe(true)
    expect(isBoilerplateLine('Anyone with information can call the tip line at 801-965-5121, police said.')).toBe(false)
    expect(isBoilerplateLine('Contact tracing teams found:')).toBe(false)
  })

  it('keeps the page furniture after a story out of the summary, key points and keyphrases', () => {
    const page =
      'City council approves housing plan\n\n' +
      'The city council approved a plan on Tuesday to build 10,000 affordable homes by 2030.\n\n' +
      'Council leader David Mills said the homes would be built on former industrial land.\n\n' +
      'Opposition councillors said the plan lacked funding. The council will publish a timetable in April.\n\n' +
      'For media enquiries contact press@city.gov.uk or call 020 7946 0000.\n' +
      'Notes to editors\n1. The council is the local authority for the city.\n© 2024 City News Ltd. All rights reserved.'
    const r = summarize(page, { sentences: 5, bullets: 8, keywords: 25 })
    const out = [r.summary, ...r.keyPoints.map((k) => k.text), ...r.keywords.map((k) => k.text)].join(' | ')
    expect(out).not.toMatch(/enquiries|press@|city\.gov|7946|local authority/u)
  })
})

describe('boilerplate (headlines and news that look like furniture)', () => {
  it('keeps title-case headlines that open with By or Contact', () => {
    for (const line of ['By The Numbers', 'By Land And Sea', 'By Order Of The Court.', 'Contact Lenses Recalled', 'Contact Tracing App Launched'])
      expect(isBoilerplateLine(line), line).toBe(false)
    expect(isBoilerplateLine('By Jane Roe, Political Correspondent')).toBe(true)
    expect(isBoilerplateLine('Contact us')).toBe(true)
  })

  it('keeps news that names a press office, and a year range is no phone number', () => {
    expect(isBoilerplateLine('The press office said the 2019-2020 season drew 40,000 fans.')).toBe(false)
    expect(isBoilerplateLine('A press officer said the 2019 2020 figures were revised.')).toBe(false)
    expect(isBoilerplateLine('Journalists should contact the press office on 020 7946 0000.')).toBe(true)
  })
})

// A tabloid page (the Daily Mail's layout): `By` and the names on two lines, publication labels and time stamps on
// lines of their own, a pointer to the video. Written here in that shape, and in the ` . `-joined shape of the
// CNN/Daily Mail corpus files, where every line became a sentence ending in ` .`.
const TABLOID = [
  'By', 'Sam Webb', '', 'PUBLISHED:', '08:16 EST, 16 January 2014', '|', 'UPDATED:', '09:39 EST, 16 January 2014', '',
  'A pensioner stranded in the snow for three hours was rescued by a passing farmer on Sunday night.', '',
  'Scroll down for video', '',
  'The farmer, Peter Jones, said he spotted the hazard lights of the car from his tractor and went to help.', '',
  'Police said the man was taken to hospital as a precaution and has since been discharged.',
].join('\n')
const JOINED = TABLOID.split('\n').filter(Boolean).map((l) => (/[.!?]$/.test(l) ? l : `${l} .`)).join(' ')

describe('boilerplate rules: tabloid page furniture', () => {
  it('drops publication labels, time stamps, separators and the video pointer, in either shape', () => {
    for (const line of ['PUBLISHED:', 'UPDATED: .', 'Last updated', '08:16 EST, 16 January 2014', '5:04 PM, 17th November 2011 . | .', '|', '| .', 'Scroll down for video', 'Scroll down to watch the video', 'By', 'By .'])
      expect(isBoilerplateLine(line), line).toBe(true)
    for (const line of [
      'Published reports say the minister resigned on Friday.',
      'Updated figures show the deficit narrowed.',
      '08:16 was the time the first train left.',
      'Scroll down the list to find your school.',
      'By Monday, the council had voted.',
    ])
      expect(isBoilerplateLine(line), line).toBe(false)
  })

  it('keeps the byline, labels and stamps out of the body, the title and the summary', () => {
    for (const text of [TABLOID, JOINED]) {
      const doc = analyze(text)
      const body = doc.sentences.filter((s) => s.kind === 'paragraph').map((s) => s.text)
      expect(body.map((s) => s.replace(/ \.$/, '')), text).toEqual([
        'A pensioner stranded in the snow for three hours was rescued by a passing farmer on Sunday night.',
        'The farmer, Peter Jones, said he spotted the hazard lights of the car from his tractor and went to help.',
        'Police said the man was taken to hospital as a precaution and has since been discharged.',
      ])
      expect(doc.title).toBeNull()
      const out = summarize(text, { sentences: 2 })
      for (const k of out.keywords) expect(k.text).not.toMatch(/PUBLISHED|UPDATED|EST|Webb|video/i)
    }
  })

  it('takes the line after a bare By for the names only when it is shaped like names', () => {
    const text = 'By\n\nMonday, the council had voted to close the library.\n\nResidents protested outside the town hall.'
    expect(kinds(text)).toContainEqual(['paragraph', 'Monday, the council had voted to close the library.'])
    // A headline of five capitalized words is no name.
    const headline = 'Storm batters coast\n\nBy\n\nPresident Obama Declares Federal Emergency\n\nWASHINGTON -- The president acted.'
    expect(kinds(headline).some(([kind, t]) => kind === 'boilerplate' && t!.startsWith('President Obama'))).toBe(false)
  })
})

describe('boilerplate rules: credit and social lines of network copy', () => {
  it("drops a contributor's credit and a follow-on-social line, keeps sentences that only share words with them", () => {
    for (const line of [
      "CNN's Masoud Popalzai contributed to this report.",
      'Journalists Jane Roe and John Doe contributed reporting to this story.',
      'Associated Press writers Jane Roe in Paris and John Doe in Berlin contributed.',
      'Follow Jarrett Bellini on Twitter.',
      '(Reporting by Jane Doe; Editing by John Roe)',
      'Additional reporting by Jane Doe in Paris.',
      'Reporting by Jane Doe in Paris; Editing by John Roe',
      'Follow CNN Travel on Instagram',
      // Every credit opening, the longest included (the credit patterns run only on lines that open like one).
      '(Additional Compiling by Jane Roe)',
      'Further writing by Jane Doe',
      'Compiled by Jane Doe and John Roe.',
      'Graphics by Ann Lee; Research by Tom Brown',
      'Additional editing by Jane Doe',
    ])
      expect(isBoilerplateLine(line), line).toBe(true)
    for (const line of [
      "Low turnout contributed to this report's bleak findings.",
      'Her husband, a retired writer, contributed.',
      'Follow the money, the prosecutor told the jury.',
      'Reporting by the newspaper prompted an inquiry.',
      'Research by Harvard scientists found that the new vaccine cut deaths by half.',
      'Reporting by ProPublica revealed the abuses in 2019.',
      'Graphics by Nvidia power most of the new laptops.',
      'Local journalists said poor flood defences contributed.',
      'Several BBC journalists said the pressure of deadlines contributed.',
      'Fans follow the team on its tour of Asia.',
    ])
      expect(isBoilerplateLine(line), line).toBe(false)
  })

  it('keeps a credited reporter out of the people a story names', () => {
    const text =
      'Kabul (CNN) -- Afghan officials opened talks with tribal elders on Monday, the interior minister said.\n\n' +
      'The minister, Ali Ahmad Jalali, said the talks would last a week.\n\n' +
      "CNN's Masoud Popalzai contributed to this report."
    const people = summarize(text).entities.people.map((p) => p.text)
    expect(people).toContain('Ali Ahmad Jalali')
    expect(people).not.toContain('Masoud Popalzai')
  })
})

describe('boilerplate rules: government publishing furniture', () => {
  const page = [
    'Press release', 'New funding to cut hospital waiting lists', '',
    '£500 million will fund new surgical hubs across England, the Health Secretary announced today.', '',
    'From:', 'Department of Health and Social Care and The Rt Hon Jane Roe MP', 'Published', '12 March 2024', '',
    'The money will pay for 20 new surgical hubs, which will carry out routine operations.',
  ].join('\n')

  it('drops the document type over the headline and the publishers under From:, keeps the headline as title', () => {
    const doc = analyze(page)
    expect(doc.title?.text).toBe('New funding to cut hospital waiting lists')
    const body = doc.sentences.filter((s) => s.kind === 'paragraph').map((s) => s.text)
    expect(body).toEqual([
      '£500 million will fund new surgical hubs across England, the Health Secretary announced today.',
      'The money will pay for 20 new surgical hubs, which will carry out routine operations.',
    ])
    expect(summarize(page).entities.organizations.map((o) => o.text)).not.toContain('Department of Health and Social Care')
  })

  it('drops every publisher line under From:, and counts none of them among the people', () => {
    const text =
      'New rail line approved\n\nThe government approved a new rail line today.\n\nFrom:\nDepartment for Transport\n' +
      'The Rt Hon Mark Harper MP\n\nTransport Secretary Mark Harper said the line would open in 2030.'
    expect(kinds(text).filter(([kind]) => kind === 'boilerplate').map(([, t]) => t)).toEqual([
      'From:', 'Department for Transport', 'The Rt Hon Mark Harper MP',
    ])
    expect(summarize(text).entities.people).toEqual([{ text: 'Mark Harper', count: 1, role: 'Transport Secretary' }])
  })

  it('keeps a sentence after From: and a document-type word inside a sentence', () => {
    const text = 'From:\n\nThe council said the plan would be ready in May.\n\nThe statement was issued on Monday.'
    expect(kinds(text).filter(([kind]) => kind === 'paragraph').map(([, t]) => t)).toEqual([
      'The council said the plan would be ready in May.',
      'The statement was issued on Monday.',
    ])
  })
})
