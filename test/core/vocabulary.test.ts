// Vocabulary and word classes: what the word caches hold must equal what the stemmer and the word lists say.
import { stemmer } from 'stemmer'
import { describe, expect, it } from 'vitest'
import { idOf, renewVocabulary, stemNumberOf, stemNumberOfId, stemOfId, vocabularyGeneration } from '../../src/core/vocabulary.js'
import { ADJECTIVE, CONTENT, INITIAL_LETTERS, MODIFIER, PLURAL_HEAD, VERB_CUE, wordClass } from '../../src/core/wordclass.js'

describe('vocabulary', () => {
  it('stems each word as the stemmer does, including words it skips by their last letter', () => {
    // Words ending on letters no Porter suffix ends on (k, a, o, h, x, w, p, an apostrophe, non-ASCII) and words that do.
    const words = ['kebab', 'tokyo', 'obama', 'kyiv', 'march', 'wax', 'outgrow', 'workshop', "dogs'", 'café', 'bağ',
      'running', 'relational', 'hopeful', 'cities', 'agreed', 'yelling', 'controll', 'happy', 'plasm', 'adoption']
    for (const w of words) expect(stemOfId(idOf(w)), w).toBe(stemmer(w))
  })

  it('reads a typographic apostrophe as a straight one, and keeps short words and numbers whole', () => {
    expect(stemOfId(idOf('o’neills'))).toBe(stemmer("o'neills"))
    expect(stemOfId(idOf('as'))).toBe('as')
    expect(stemOfId(idOf('1990s'))).toBe('1990s')
  })

  it('numbers words densely in order of first sight, whichever strings were first seen as stems', () => {
    renewVocabulary()
    // `negoti` enters as the stem of `negotiations` only: it takes no word id until a text writes it.
    expect([idOf('negotiations'), idOf('negotiation'), idOf('negoti'), idOf('talks')]).toEqual([0, 1, 2, 3])
    expect([0, 1, 2, 3].map(stemNumberOfId)).toEqual([0, 0, 0, 1])
    expect(stemNumberOf('talk')).toBe(1)
    expect(stemNumberOf('unseen')).toBe(2)
  })

  it('numbers words and stems once each, and shares a stem number between words of one stem', () => {
    const a = idOf('negotiations')
    expect(idOf('negotiations')).toBe(a)
    expect(idOf('negotiation')).not.toBe(a)
    expect(stemNumberOfId(idOf('negotiation'))).toBe(stemNumberOfId(a))
    expect(stemNumberOf(stemOfId(a))).toBe(stemNumberOfId(a))
  })

  it('starts ids and stem numbers anew in a new generation', () => {
    const generation = vocabularyGeneration()
    idOf('first')
    renewVocabulary()
    expect(vocabularyGeneration()).toBe(generation + 1)
    expect(idOf('second')).toBe(0)
    expect(stemNumberOfId(0)).toBe(0)
    expect(idOf('first')).toBe(1)
  })
})

describe('wordclass', () => {
  it('reads negations, plurals, initials and endings from the word as the patterns did', () => {
    expect(wordClass('don’t') & (VERB_CUE | CONTENT)).toBe(VERB_CUE)
    expect(wordClass("can't") & (VERB_CUE | CONTENT)).toBe(VERB_CUE)
    expect(wordClass('buses') & PLURAL_HEAD).toBe(PLURAL_HEAD)
    for (const w of ['bus', 'crisis', 'glass', 's']) expect(wordClass(w) & PLURAL_HEAD, w).toBe(0)
    expect(wordClass('children') & PLURAL_HEAD).toBe(PLURAL_HEAD)
    expect(wordClass('u.s') & INITIAL_LETTERS).toBe(INITIAL_LETTERS)
    expect(wordClass('e.g.') & INITIAL_LETTERS).toBe(0)
    expect(wordClass('careless') & (ADJECTIVE | PLURAL_HEAD)).toBe(ADJECTIVE)
    expect(wordClass('iranian') & MODIFIER).toBe(MODIFIER)
    for (const w of ['12,000', '3/4', '.5', '٣٤', 'the', 'said', 'quickly']) expect(wordClass(w) & CONTENT, w).toBe(0)
    for (const w of ['family', 'summit', 'x1', 'ñandú']) expect(wordClass(w) & CONTENT, w).toBe(CONTENT)
  })
})
