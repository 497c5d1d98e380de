// Acronyms the text defines, in the three house styles, and none that it does not define.
import { describe, expect, it } from 'vitest'
import { acronyms, longFormFor } from '../../src/core/acronyms.js'
import { analyze } from '../../src/core/analyze.js'

const of = (text: string) => acronyms(analyze(text))

describe('acronyms', () => {
  it('gives none, without error, when the text defines none', () => {
    expect(of('')).toEqual([])
    expect(of('The CIA and the FBI said nothing (as usual) about it.')).toEqual([])
  })

  it('reads `Long Name (LN)`', () => {
    expect(of('She leads the International Organization for Migration (IOM) in Geneva.')).toEqual([
      { short: 'IOM', long: 'International Organization for Migration' },
    ])
  })

  it('reads the agencies’ `Long Name -LN-`', () => {
    expect(of('He spoke at the Munich Security Conference -MSC-, where he met ministers.')).toEqual([
      { short: 'MSC', long: 'Munich Security Conference' },
    ])
  })

  it('reads `LN (Long Name)`', () => {
    expect(of('The WHO (World Health Organization) warned of a new wave.')).toEqual([
      { short: 'WHO', long: 'World Health Organization' },
    ])
  })

  it('lists a short form once, with its first definition', () => {
    const text = 'The World Health Organization (WHO) met. Later the World Health Organization (WHO) met again.'
    expect(of(text)).toHaveLength(1)
  })

  it('does not invent a long form the letters do not spell', () => {
    // Schwartz & Hearst: every letter in order, the first one opening a word.
    expect(longFormFor('AGN', 'Guatemala City, by Lincy Rodríguez')).toBeNull()
    expect(longFormFor('MSC', 'the Munich Security Conference')).toBe('Munich Security Conference')
    expect(of('Prices rose (76 per cent) in the year (for England).')).toEqual([])
  })

  it('stays fast on a long run of brackets and dashes', () => {
    const hostile = `${'(AB) -CD- '.repeat(20000)}end.`
    const t0 = performance.now()
    of(hostile)
    expect(performance.now() - t0).toBeLessThan(2000)
  })
})
