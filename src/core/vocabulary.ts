// The vocabulary: a number for each distinct lowercase word and each distinct stem, held across documents.

// An id for each distinct lowercase form, so later stages can keep per-word facts in arrays instead of looking strings
// up again. Ids hold until `inDocument` (tokenize.ts) finds the vocabulary past its bound and starts it anew.
const VOCABULARY_BOUND = 200_000
let vocabulary = new Map<string, number>()
// A number for each distinct stem, held and renewed with the vocabulary: stages compare stems as numbers.
let stemNumbers = new Map<string, number>()
let generation = 0

/** Counts of vocabulary resets: a stage caching facts by word id drops its cache when this changes. */
export const vocabularyGeneration = (): number => generation

/** Whether the vocabulary has outgrown its bound: `inDocument` then starts it anew before the next document. */
export const vocabularyFull = (): boolean => vocabulary.size > VOCABULARY_BOUND

/** Starts the vocabulary anew: new word ids and stem numbers, and a new generation. */
export function renewVocabulary(): void {
  vocabulary = new Map()
  stemNumbers = new Map()
  generation++
}

/** The number of `key` in `numbering`: the next free one on first sight. */
function numberOf(numbering: Map<string, number>, key: string): number {
  let n = numbering.get(key)
  if (n === undefined) {
    n = numbering.size
    numbering.set(key, n)
  }
  return n
}

/** The word id of a lowercase form (`Token.id`), a new one on first sight. */
export const idOf = (lower: string) => numberOf(vocabulary, lower)
/** The number of a stem, a new one on first sight: tokens with one stem share it. */
export const stemNumberOf = (stem: string) => numberOf(stemNumbers, stem)
