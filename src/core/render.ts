// Render stage: the only stage that makes output strings — the summary, rounded scores, features and statistics.
import { capitalize, endsOnWord, foldSpaces, fullStopFor, isWideTerminal, lastBeforeClosers, withoutListTail } from './chars.js'
import type { KeyPoint, Sentence, SentenceFeatures, Stats, SummarySentence } from './types.js'

// Adult silent reading of non-fiction in English: 238 words a minute (Brysbaert 2019, a meta-analysis of 190 studies).
const WORDS_PER_MINUTE = 238

const round = (x: number, digits = 4) => {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

/** A chosen sentence as returned: verbatim text, offsets into the source, its score and rank. */
export function renderSentence(
  s: Sentence,
  score: number,
  rank: number,
  features?: SentenceFeatures,
): SummarySentence {
  const out: SummarySentence = { text: s.text, index: s.index, score: round(score), rank, start: s.start, end: s.end }
  if (features) {
    const rounded = {} as SentenceFeatures
    for (const key of Object.keys(features)) rounded[key] = round(features[key]!)
    out.features = rounded
  }
  return out
}

/**
 * The summary: the chosen sentences in document order, each as `summaryUnit` writes it, joined by one space. After a
 * CJK stop no space: Chinese and Japanese run their sentences together (`…预算。议会…`).
 */
export function renderSummary(sentences: readonly SummarySentence[]): string {
  const ordered = [...sentences].sort((a, b) => a.start - b.start)
  let out = ''
  for (let i = 0; i < ordered.length; i++) {
    const text = summaryUnit(ordered[i]!.text)
    out += i === 0 || endsWide(out) ? text : ` ${text}`
  }
  return out
}

// A first word written wholly in lowercase letters: `• a £2 billion fund`, not `iPhone` or `e-commerce`.
const LOWERCASE_START = /^\p{Ll}+(?![\p{L}\p{N}'’-])/u

/**
 * One sentence as the summary (and every rendering of it) shows it: runs of spaces folded, trimmed; a first word in
 * lowercase letters capitalized, a list item's tail that leads into the next item (`;`, `, and`) dropped, and a last
 * word with no punctuation given a full stop, as key points write list items (joined as written, `• a £2 billion fund` and the items after it ran on as one sentence). Capitals that are
 * two characters (`ﬁ` → `FI`) are not made, so the length changes only by the full stop (`budgetCharacters`).
 */
export function summaryUnit(sentence: string): string {
  let text = withoutListTail(foldSpaces(sentence).trim())
  if (LOWERCASE_START.test(text)) text = capitalize(text)
  return endsOnWord(text) ? text + fullStopFor(text) : text
}

/** Whether `text` ends with a CJK stop, perhaps before closing quotes or brackets (`。」`). */
function endsWide(text: string): boolean {
  const i = lastBeforeClosers(text)
  return i >= 0 && isWideTerminal(text.charCodeAt(i))
}

/** A bullet as returned, with a pointer to its source sentence. */
export function renderKeyPoint(text: string, s: Sentence): KeyPoint {
  return { text: foldSpaces(text).trim(), sentenceIndex: s.index, start: s.start, end: s.end }
}

/** Counts of the text as a reader sees it. */
export function renderStats(source: string, words: number, sentences: number, paragraphs: number): Stats {
  return {
    characters: source.length,
    words,
    sentences,
    paragraphs,
    readingTimeMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  }
}
