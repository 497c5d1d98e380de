// Key points keep their main clause: only a true trailing attribution (`…, said the minister.`) is cut.
import { describe, expect, it } from 'vitest'
import { summarize } from '../../src/core/index.js'
import { shorten } from '../../src/core/keypoints.js'
import { namesSpeaker } from '../../src/core/speaker-phrases.js'

describe('trailing attribution', () => {
  it('keeps the verb and the claim when `said` follows an appositive or a clause of the subject', () => {
    expect(shorten('Furthermore, the minister, who took office in 2020, said taxes would fall.')).toBe(
      'The minister, who took office in 2020, said taxes would fall.',
    )
    expect(shorten('The president, speaking in Paris, said the deal was done.')).toBe(
      'The president, speaking in Paris, said the deal was done.',
    )
    expect(shorten('Moreover, the chief executive, Rita Mora, said bonuses would be paid in March.')).toBe(
      'The chief executive, Rita Mora, said bonuses would be paid in March.',
    )
    expect(shorten('The mayor, a former judge, said the bridge collapsed.')).toBe('The mayor, a former judge, said the bridge collapsed.')
  })

  it('keeps `said` with only a time or place after it: the speaker is before the comma', () => {
    expect(shorten('Rita Mora, the chief executive, said in a statement.')).toBe('Rita Mora, the chief executive, said in a statement.')
    expect(shorten('Rita Mora, the chief executive, said Monday night.')).toBe('Rita Mora, the chief executive, said Monday night.')
    expect(shorten('Rita Mora, the chief executive, said this week.')).toBe('Rita Mora, the chief executive, said this week.')
  })

  it('still cuts a trailing attribution that names only the speaker', () => {
    expect(shorten('The bridge will reopen on Monday, said the minister.')).toBe('The bridge will reopen on Monday.')
    expect(shorten('The bridge will reopen on Monday, said Chief Inspector Sarah Brown.')).toBe('The bridge will reopen on Monday.')
    expect(shorten('The bridge will reopen on Monday, says analyst Corey Dade.')).toBe('The bridge will reopen on Monday.')
    expect(shorten('Sales will rise, said analysts.')).toBe('Sales will rise.')
    expect(shorten('The bridge will reopen on Monday, the minister said.')).toBe('The bridge will reopen on Monday.')
  })

  it('tells a speaker from a clause after `said`', () => {
    expect(namesSpeaker('the minister', false)).toBe(true)
    expect(namesSpeaker('one analyst', false)).toBe(true)
    expect(namesSpeaker('NYPD Lt. John Grimple', false)).toBe(true)
    expect(namesSpeaker('taxes would fall', false)).toBe(false)
    expect(namesSpeaker('the deal was done', false)).toBe(false)
    expect(namesSpeaker('the deal collapsed', false)).toBe(false)
    expect(namesSpeaker('prices rose', false)).toBe(false)
    expect(namesSpeaker("he couldn't believe it", true)).toBe(false)
    expect(namesSpeaker('in a statement', true)).toBe(false)
    expect(namesSpeaker('the Chelsea star', true)).toBe(true)
  })

  it('gives the whole claim as a key point in a summary', () => {
    const text =
      'Tax reform\n\nFurthermore, the minister, who took office in 2020, said taxes would fall. The budget is due in May. ' +
      'Parliament will vote on it in June.'
    const r = summarize(text, { bullets: 3 })
    expect(r.keyPoints.map((k) => k.text)).toContain('The minister, who took office in 2020, said taxes would fall.')
  })
})
