// Render stage: the only stage that makes output strings — the summary, rounded scores, features and statistics.
import { endsOnWord, foldSpaces, fullStopFor, isCloser, isWideTerminal } from './chars.js'
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
 * The summary: the chosen sentences in document order, joined by one space, line breaks inside folded. After a CJK
 * stop no space: Chinese and Japanese run their sentences together (`…预算。议会…`). A list item (its index in
 * `listItems`, default none) opens with a capital, and any unit with no final punctuation ends with a full stop, as
 * key points write them: joined as written, `• a £2 billion fund` and the items after it ran on as one sentence.
 */
export function renderSummary(sentences: readonly SummarySentence[], listItems: ReadonlySet<number> = new Set()): string {
  const ordered = [...sentences].sort((a, b) => a.start - b.start)
  let out = ''
  for (let i = 0; i < ordered.length; i++) {
    let text = foldSpaces(ordered[i]!.text).trim()
    if (listItems.has(ordered[i]!.index)) text = capitalized(text)
    if (endsOnWord(text)) text += fullStopFor(text)
    out += i === 0 || endsWide(out) ? text : ` ${text}`
  }
  return out
}

/** `text` with its first letter in upper case when it is a lowercase letter. */
const capitalized = (text: string) => text.replace(/^\p{Ll}/u, (c) => c.toUpperCase())

/** Whether `text` ends with a CJK stop, perhaps before closing quotes or brackets (`。」`). */
function endsWide(text: string): boolean {
  let i = text.length - 1
  while (i > 0 && isCloser(text.charCodeAt(i))) i--
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
