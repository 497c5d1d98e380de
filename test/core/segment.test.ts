import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/core/index.js'
import { segment } from '../../src/core/segment.js'
import { FIXTURES } from '../helpers/fixtures.js'

const split = (text: string) => segment(text).map((s) => text.slice(s.start, s.end))

describe('segment', () => {
  it('does not break after abbreviations, titles, initials or decimals', () => {
    expect(split('Mr. Smith met Dr. Jones at 3.5 p.m. on Jan. 4. They talked.')).toEqual([
      'Mr. Smith met Dr. Jones at 3.5 p.m. on Jan. 4.',
      'They talked.',
    ])
    expect(split('J. K. Rowling wrote it. Gen. Lee agreed.')).toEqual(['J. K. Rowling wrote it.', 'Gen. Lee agreed.'])
    expect(split('The U.S. Secretary of Homeland Security spoke. It was brief.')).toEqual([
      'The U.S. Secretary of Homeland Security spoke.',
      'It was brief.',
    ])
  })

  it('breaks after a dotted acronym when a usual opener follows', () => {
    expect(split('He moved to the U.S. The move was hard.')).toEqual(['He moved to the U.S.', 'The move was hard.'])
  })

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(split('She said, “It was an honour.” Then she left. (He stayed.) Done.')).toEqual([
      'She said, “It was an honour.”',
      'Then she left.',
      '(He stayed.)',
      'Done.',
    ])
  })

  it('keeps an inner ellipsis and a short quoted question inside the sentence', () => {
    expect(split('He paused... and went on. The viewer is asked ‘Confused by drugs? Talk to FRANK.’ End.')).toEqual([
      'He paused... and went on.',
      'The viewer is asked ‘Confused by drugs? Talk to FRANK.’',
      'End.',
    ])
  })

  it('splits the Guatemala fixture without breaking "U.S. Secretary"', () => {
    const doc = analyze(FIXTURES.guatemala)
    for (const s of doc.sentences) expect(s.text).not.toMatch(/\bU\.S\.$/)
    expect(doc.sentences.filter((s) => s.text.includes('U.S. Secretary of Homeland Security'))).toHaveLength(2)
  })
})

describe('analyze', () => {
  it('finds the title, the list items, the headings and the boilerplate of the Guatemala fixture', () => {
    const doc = analyze(FIXTURES.guatemala)
    expect(doc.title?.text).toBe('President Arévalo and Secretary Mayorkas consolidate strategic alliance')
    expect(doc.sentences.filter((s) => s.kind === 'list-item').map((s) => s.text.trim())).toEqual([
      'security',
      'anti-corruption fight',
      'international cooperation',
    ])
    expect(doc.sentences.find((s) => s.text === 'Bilateral meetings')?.kind).toBe('heading')
    const boiler = doc.sentences.filter((s) => s.kind === 'boilerplate').map((s) => s.text)
    expect(boiler).toContain('by Pamela Contreras')
    expect(boiler).toContain('Guatemala City, by Lincy Rodríguez -AGN-.')
    expect(boiler).toContain('You may also like')
    expect(boiler.some((b) => b.startsWith('We are GT News'))).toBe(true)
    expect(boiler.some((b) => b.startsWith('Copyright'))).toBe(true)
    expect(boiler.some((b) => b.includes('protected]'))).toBe(true)
  })

  it('keeps every sentence a verbatim slice of the source', () => {
    for (const text of Object.values(FIXTURES))
      for (const s of analyze(text).sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
    const crlf = 'Title here\r\n\r\nFirst  sentence\u00a0is here.  Second one.\r\n'
    for (const s of analyze(crlf).sentences) expect(crlf.slice(s.start, s.end)).toBe(s.text)
  })

  it('leaves a news dateline out of the first sentence', () => {
    const text = 'Seoul (CNN) -- South Korea sent condolences on Tuesday. Officials said more would follow.'
    const doc = analyze(text)
    expect(doc.sentences[0]!.text).toBe('South Korea sent condolences on Tuesday.')
  })

  it('joins hard-wrapped lines and separates list items', () => {
    const doc = analyze('The ministry said on Monday that the new\nrules take effect in May.\n\n- first point\n- second point')
    expect(doc.sentences.map((s) => s.kind)).toEqual(['paragraph', 'list-item', 'list-item'])
    expect(doc.sentences[0]!.text).toBe('The ministry said on Monday that the new\nrules take effect in May.')
  })
})

describe('segment: names and ranks', () => {
  it('does not break after military and police ranks', () => {
    expect(split('To hear Spc. Alexis Hutchinson tell it, she had no choice. She left.')).toEqual([
      'To hear Spc. Alexis Hutchinson tell it, she had no choice.',
      'She left.',
    ])
    for (const rank of ['Pfc', 'Cpl', 'Sgt', 'Lt', 'Capt', 'Maj', 'Col', 'Gen', 'Adm', 'Cmdr', 'Pvt', 'Spec', 'Brig'])
      expect(split(`It was ${rank}. Bradley Manning who spoke. Then silence.`), rank).toHaveLength(2)
    expect(analyze('(CNN) -- Pfc. Bradley Manning was held in Kuwait. He was moved.').sentences[0]!.text).toBe(
      'Pfc. Bradley Manning was held in Kuwait.',
    )
  })

  it('keeps names spelled with an exclamation mark inside the sentence', () => {
    expect(split('The audience at Pop! Tech rose to its feet. Yahoo! Inc. agreed. He won on Jeopardy! The next day he lost.')).toEqual([
      'The audience at Pop! Tech rose to its feet.',
      'Yahoo! Inc. agreed.',
      'He won on Jeopardy!',
      'The next day he lost.',
    ])
    expect(split('Stop! Police!')).toEqual(['Stop!', 'Police!'])
  })

  it('splits a list flattened onto one overlong line at its spaced dashes', () => {
    const items = Array.from({ length: 12 }, (_, i) => `Best category ${i} - Winner number ${i} for the show at the theatre`)
    const text = `- ${items.join(' - ')}`
    const doc = analyze(text)
    expect(doc.sentences.length).toBe(24)
    expect(doc.sentences[1]!.text).toBe('Winner number 0 for the show at the theatre')
    // A normal sentence with a dash or two is left alone.
    expect(split('The minister - who arrived late - said the talks would go on. Then she left.')).toHaveLength(2)
  })

  it('splits a flattened list with en dashes, and one that follows a sentence in its block', () => {
    const items = Array.from({ length: 12 }, (_, i) => `Best category ${i} – Winner number ${i} for the show at the theatre`)
    expect(split(items.join(' – '))).toHaveLength(24)
    // Hyphens and unspaced dashes are no item breaks: a long sentence full of them stays whole.
    const words = Array.from({ length: 70 }, (_, i) => `well-known-${i}`).join(' ')
    expect(split(`Short opener here. Then ${words} -x -y -z.`)).toHaveLength(2)
    expect(split(`Short opener here. ${items.join(' - ')}`)).toHaveLength(25)
  })
})
