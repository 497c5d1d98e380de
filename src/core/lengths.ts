// Sentence lengths as the length budgets count them, so a budget too small for every sentence can be answered with one that fits.
import { analyze, isBody } from './analyze.js'
import { summaryUnit } from './render.js'
import { inDocument, tokenize } from './tokenize.js'

/** What `shortestSentence` returns: each minimum is taken on its own, so the two may be different sentences. */
export interface ShortestSentenceResult {
  /** Fewest words of a body sentence, counted as `maxWords` counts them (the tokenizer's words). */
  words: number
  /** Fewest characters of a body sentence, counted as `maxCharacters` counts them (spaces folded). */
  characters: number
}

/**
 * Fewest words of a summary sentence under a length budget, when the article has longer ones: shorter units are list
 * items and fragments (`• security`), which a budget's leftover room would otherwise collect. Default for `select`'s
 * `minWords` under a budget.
 */
export const FRAGMENT_WORDS = 4

/** The fewest words a unit needs to be taken: `minWords` while some unit has that many, else 0 (`select`'s `minWords`). */
export const wordFloor = (units: readonly { words: number }[], minWords: number): number =>
  minWords > 0 && units.some((u) => u.words >= minWords) ? minWords : 0

/** A sentence's length as `maxCharacters` counts it: as the summary shows it (`summaryUnit`). */
export const budgetCharacters = (text: string): number => summaryUnit(text).length

/**
 * The shortest body sentence of `text` in words and in characters, measured exactly as `summarize`'s selection
 * measures candidates against `maxWords` and `maxCharacters`, fragments left out as selection leaves them out
 * (`FRAGMENT_WORDS`); `null` when the text has no body sentence. Meant for
 * the rare request whose budget holds no sentence, so it reads the text once more rather than burden every summary.
 */
export function shortestSentence(text: string, { title }: { title?: string | null } = {}): ShortestSentenceResult | null {
  return inDocument(() => {
    const body = analyze(text, { title }).sentences.filter(isBody)
    if (body.length === 0) return null
    const lengths = body.map((s) => ({ words: tokenize(s.norm).length, characters: budgetCharacters(s.text) }))
    // Fragments count only when the article has nothing longer, as in selection.
    const floor = wordFloor(lengths, FRAGMENT_WORDS)
    const sentences = lengths.filter((l) => l.words >= floor)
    let words = Infinity
    let characters = Infinity
    for (const l of sentences) {
      words = Math.min(words, l.words)
      characters = Math.min(characters, l.characters)
    }
    return { words, characters }
  })
}
