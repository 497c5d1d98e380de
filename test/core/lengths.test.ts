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

  it('keeps list items and fragments out of a budget summary when the article has real sentences', () => {
    const listed =
      'The minister announced a new plan for the region on Monday. The plan will cost five million dollars over two years. ' +
      'It covers three areas:\n\n• security\n• anti-corruption fight\n• international cooperation'
    const budgeted = summarize(listed, { maxWords: 14 })
    expect(budgeted.sentences.length).toBeGreaterThan(0)
    for (const s of budgeted.sentences) expect(s.text.split(/\s+/).length, s.text).toBeGreaterThanOrEqual(4)
    // A budget that holds only fragments holds no sentence: the size named is that of the shortest real one.
    expect(summarize(listed, { maxCharacters: 20 }).sentences).toEqual([])
    expect(shortestSentence(listed)!.characters).toBeGreaterThan(20)
    // Fragments alone are still summarized under a budget.
    expect(summarize('• security\n• anti-corruption fight\n• international cooperation', { maxWords: 5 }).sentences.length).toBeGreaterThan(0)
  })
})

