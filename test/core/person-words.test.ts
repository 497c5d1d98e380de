// People's names and roles as lowercase words: the scans must read every string as the regex forms they replace do.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { plain, plainWord, wordsOf } from '../../src/core/person-words.js'

const regexPlain = (s: string) => s.toLowerCase().replace(/\./gu, '').replace(/[^\p{L}\p{N}'’-]+/gu, ' ').trim()
const regexWords = (s: string) => s.toLowerCase().split(/\s+/u).filter(Boolean)

// Strings of the characters where the forms could part: periods, spaces of every kind, separators, apostrophes,
// letters that change length or script when lowercased, and any other code unit.
const tricky = fc.constantFrom(...'aZ09 \'’-.,()\t\n\r\v\f\u00a0\u1680\u2003\u2028\u2029\u202f\u205f\u3000\ufeff\u180e\u0000\u0007éİ\u212a')
const text = fc.array(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 2 })), { maxLength: 14 }).map((a) => a.join(''))

describe('person-words', () => {
  it('gives plain words as the regex passes do', () => {
    expect(plain('U.S. Secretary of Homeland Security')).toBe('us secretary of homeland security')
    expect(plain("  Director-General, Int'l  Organization ")).toBe("director-general int'l organization")
    expect(plainWord('u.s')).toBe('us')
    expect(plainWord('minister')).toBe('minister')
    fc.assert(fc.property(text, (s) => plain(s) === regexPlain(s)), { numRuns: 20000 })
  })

  it('splits words at white space as the regex split does', () => {
    expect(wordsOf('Bernardo\u00a0 Arévalo\t')).toEqual(['bernardo', 'arévalo'])
    expect(wordsOf('  ')).toEqual([])
    fc.assert(fc.property(text, (s) => JSON.stringify(wordsOf(s)) === JSON.stringify(regexWords(s))), { numRuns: 20000 })
  })

  it('treats every code unit as the regex forms do', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`
      if (plain(s) !== regexPlain(s) || wordsOf(s).join(' ') !== regexWords(s).join(' ')) expect(c.toString(16)).toBe('equal')
    }
  })
})
