// Keyphrases are topics: addresses, URLs and their pieces are not.
import { describe, expect, it } from 'vitest'
import { summarize } from '../../src/core/index.js'

describe('keywords', () => {
  it('proposes no piece of a URL, an email address or a domain name', () => {
    const text = [
      'The city council approved the flood defence plan on Tuesday after a long debate about river levels.',
      'The flood defence plan will protect 4,000 homes along the river, the council said.',
      'Residents can read the flood defence plan at https://www.city.gov.uk/plans/flood-defence or at evil.example.',
      'Questions about the plan go to plans@city.gov.uk, and the council will hold river meetings in March.',
    ].join(' ')
    const words = summarize(text, { keywords: 15 }).keywords.map((k) => k.text.toLowerCase())
    expect(words.length).toBeGreaterThan(0)
    for (const w of words) expect(w, w).not.toMatch(/https?|www|\.gov|\.uk|evil\.example|@|^plans$|flood-defence$/)
    expect(words.join(' | ')).toMatch(/flood defence plan/)
  })

  it('keeps the words on either side of a slash that is not in a URL', () => {
    const text = 'The HIV/AIDS programme reached 4,000 patients. The HIV/AIDS programme will open two clinics. Doctors praised the HIV/AIDS programme.'
    expect(summarize(text, { keywords: 5 }).keywords.map((k) => k.text).join(' | ')).toMatch(/AIDS/)
  })

  it('keeps initials such as U.S. as words', () => {
    const text = 'The U.S. Navy said the U.S. Navy ship reached port. The U.S. Navy will send a second ship in May.'
    expect(summarize(text, { keywords: 5 }).keywords.map((k) => k.text).join(' | ')).toMatch(/U\.S\. Navy/)
  })
})
