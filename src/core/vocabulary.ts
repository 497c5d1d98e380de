// The vocabulary: a number for each distinct lowercase word and each distinct stem, held across documents.
import { stemmer } from 'stemmer'
import { FormTable, hashOf } from './formtable.js'

// An id for each distinct lowercase form, so later stages can keep per-word facts in arrays instead of looking strings
// up again. Ids hold until `inDocument` (tokenize.ts) finds the vocabulary past its bound and starts it anew. A packed
// table (formtable.ts) rather than a Map: inserting a new word cost less (tokenize on first sight 0.95 → 0.89).
const VOCABULARY_BOUND = 200_000
// Words and stems in one table: a record's number is the word id of its string (`NONE` for a string seen only as a
// stem), its bits the number of the stem it spells (`NONE` for a string no word stems to). Most words are their own
// stem, and another word's stem is mostly a string held already: a new word rarely costs a second lookup, where a
// Map of stem numbers cost ~15 % of tokenizing a new article. Ids and stem numbers stay dense, in order of first sight.
// The bound counts words; the strings seen only as stems (fewer than the words) come on top.
let vocabulary = new FormTable()
let words = 0
let stemCount = 0
const NONE = -1
// Each word's Porter stem and the stem's number, by word id: a word is stemmed once, when it enters the vocabulary,
// so a form new to the tokenizer whose lowercase is known costs one lookup.
let stems: string[] = []
let stemNumbersById: number[] = []
let generation = 0

/** Counts of vocabulary resets: a stage caching facts by word id drops its cache when this changes. */
export const vocabularyGeneration = (): number => generation

/** Whether the vocabulary has outgrown its bound: `inDocument` then starts it anew before the next document. */
export const vocabularyFull = (): boolean => words > VOCABULARY_BOUND

/** Starts the vocabulary anew: new word ids and stem numbers, and a new generation. */
export function renewVocabulary(): void {
  vocabulary = new FormTable()
  words = 0
  stemCount = 0
  stems = []
  stemNumbersById = []
  generation++
}

/** The record of the string `s` in the vocabulary, added with neither a word id nor a stem number on first sight. */
function recordOf(s: string): number {
  const hash = hashOf(s, 0, s.length)
  const r = vocabulary.find(s, 0, s.length, hash)
  return r >= 0 ? r : vocabulary.add(s, 0, s.length, hash, NONE, 0, NONE)
}

/** The stem number held in record `r`, the next one if it has none yet. */
function stemNumberAt(r: number): number {
  let n = vocabulary.bits(r)
  if (n === NONE) vocabulary.setBits(r, (n = stemCount++))
  return n
}

/** The number of `stem`, a new one on first sight: tokens with one stem share it. */
export const stemNumberOf = (stem: string): number => stemNumberAt(recordOf(stem))

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
  const r = recordOf(lower)
  const known = vocabulary.number(r)
  if (known !== NONE) return known
  const id = words++
  vocabulary.setNumber(r, id)
  const stem = stemOf(lower)
  stems.push(stem)
  stemNumbersById.push(stemNumberAt(stem === lower ? r : recordOf(stem)))
  return id
}

/** The Porter stem of the word with id `id` (`idOf`). */
export const stemOfId = (id: number): string => stems[id]!

/** The stem number (`stemNumberOf`) of the word with id `id` (`idOf`). */
export const stemNumberOfId = (id: number): number => stemNumbersById[id]!
