// The vocabulary: a number for each distinct lowercase word and each distinct stem, held across documents.
import { stemmer } from 'stemmer'
import { FormTable, hashOf } from './formtable.js'

// An id for each distinct lowercase form, so later stages can keep per-word facts in arrays instead of looking strings
// up again. Ids hold until `inDocument` (tokenize.ts) finds the vocabulary past its bound and starts it anew. A packed
// table (formtable.ts) rather than a Map: inserting a new word cost less (tokenize on first sight 0.95 → 0.89).
const VOCABULARY_BOUND = 200_000
let vocabulary = new FormTable()
// Each word's Porter stem and the stem's number, by word id: a word is stemmed once, when it enters the vocabulary,
// so a form new to the tokenizer whose lowercase is known costs one lookup, not a stem cache's and the stems' too.
let stems: string[] = []
let stemNumbersById: number[] = []
// A number for each distinct stem, held and renewed with the vocabulary: stages compare stems as numbers. A Map keyed
// by the strings `stems` holds anyway: a packed table here was no faster and held 5 MB more at the bound.
let stemNumbers = new Map<string, number>()
let generation = 0

/** Counts of vocabulary resets: a stage caching facts by word id drops its cache when this changes. */
export const vocabularyGeneration = (): number => generation

/** Whether the vocabulary has outgrown its bound: `inDocument` then starts it anew before the next document. */
export const vocabularyFull = (): boolean => vocabulary.size > VOCABULARY_BOUND

/** Starts the vocabulary anew: new word ids and stem numbers, and a new generation. */
export function renewVocabulary(): void {
  vocabulary = new FormTable()
  stems = []
  stemNumbersById = []
  stemNumbers = new Map()
  generation++
}

/** The number of `stem`, a new one on first sight: tokens with one stem share it. */
export function stemNumberOf(stem: string): number {
  let n = stemNumbers.get(stem)
  if (n === undefined) {
    n = stemNumbers.size
    stemNumbers.set(stem, n)
  }
  return n
}

// The last letters of every suffix a Porter step removes or rewrites (`-s`, `-ed`, `-ing`, `-y`, `-ational`, `-ism`…,
// `-e`, `-ll`): the stemmer returns a lowercase word ending on any other character unchanged, so it is not run on one.
const PORTER_ENDS = new Uint8Array(128)
for (const c of 'sdgylirnmectu') PORTER_ENDS[c.charCodeAt(0)] = 1

/**
 * Porter stem of a lowercase word: words of one or two letters and words holding a digit are their own stem, and a
 * typographic apostrophe is read as `'`.
 */
function stemOf(lower: string): string {
  const word = lower.includes('’') ? lower.replace(/’/g, "'") : lower
  const end = word.charCodeAt(word.length - 1)
  if (word.length <= 2 || end >= 128 || PORTER_ENDS[end] === 0 || /\d/.test(word)) return word
  return stemmer(word)
}

/** The word id of a lowercase form (`Token.id`), a new one on first sight, when the word is also stemmed. */
export function idOf(lower: string): number {
  const hash = hashOf(lower, 0, lower.length)
  const r = vocabulary.find(lower, 0, lower.length, hash)
  if (r >= 0) return vocabulary.number(r)
  const id = vocabulary.size
  vocabulary.add(lower, 0, lower.length, hash, id, 0, 0)
  const stem = stemOf(lower)
  stems.push(stem)
  stemNumbersById.push(stemNumberOf(stem))
  return id
}

/** The Porter stem of the word with id `id` (`idOf`). */
export const stemOfId = (id: number): string => stems[id]!

/** The stem number (`stemNumberOf`) of the word with id `id` (`idOf`). */
export const stemNumberOfId = (id: number): number => stemNumbersById[id]!
