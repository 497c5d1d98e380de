// shortestSentence measures sentences as the selection's length budgets do.
import { describe, expect, it } from 'vitest'
import { shortestSentence, summarize } from '../../src/core/index.js'

describe('lengths', () => {
  const text = 'The minister announced a new plan on Monday. The plan will cost 5 million dollars. Critics said it was too small.'

  it('gives the fewest words and characters of a body sentence', () => {
    // "Critics said it was too small." is the shortest: six words, 30 characters.
    expect(shortestSentence(text)).toEqual({ words: 6, characters: 30 })
  })

  it('is the smallest budget that lets summarize keep a sentence', () => {
    const { words, characters } = shortestSentence(text)!
    expect(summarize(text, { maxWords: words }).sentences.length).toBeGreaterThan(0)
    expect(summarize(text, { maxWords: words - 1 }).sentences).toEqual([])
    expect(summarize(text, { maxCharacters: characters }).sentences.length).toBeGreaterThan(0)
    expect(summarize(text, { maxCharacters: characters - 1 }).sentences).toEqual([])
  })

  it('is null for a text with no body sentence', () => {
    expect(shortestSentence('   ')).toBeNull()
  })
})
