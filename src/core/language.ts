// Language detection: a stopword-share test, enough to tell English from text the word lists do not cover.
import type { Token } from './types.js'

// English running text has 40–50 % stopwords (Zipf); text in another language written in Latin script rarely
// reaches 10 % of English ones. 15 % leaves room for headline-style copy.
const ENGLISH_SHARE = 0.15

/**
 * Returns `requested` when it is an explicit code, otherwise `'en'` when the tokens look English and `'und'`
 * (undetermined, BCP 47) when they do not. The summarizer still runs on `'und'` text, by position and centrality.
 */
export function detectLanguage(tokens: readonly Token[], requested = 'auto'): string {
  return detectLanguageOf([tokens], requested)
}

/** `detectLanguage` over the tokens of several sentences, without joining them into one list. */
export function detectLanguageOf(sentences: readonly (readonly Token[])[], requested = 'auto'): string {
  if (requested !== 'auto') return requested
  let count = 0
  let stop = 0
  // `t.stop` is `STOPWORDS.has(t.lower)`, set once per word form by the tokenizer.
  for (const tokens of sentences) {
    count += tokens.length
    for (const t of tokens) if (t.stop) stop++
  }
  return languageOfCounts(stop, count)
}

/** `detectLanguageOf` from the counts it makes: `stops` stopwords among `words` words. */
export function languageOfCounts(stops: number, words: number, requested = 'auto'): string {
  if (requested !== 'auto') return requested
  if (words === 0) return 'und'
  return stops / words >= ENGLISH_SHARE ? 'en' : 'und'
}
