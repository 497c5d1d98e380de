// Language detection: a stopword-share test, enough to tell English from text the word lists do not cover.
import { STOPWORDS } from './tokenize.js'
import type { Token } from './types.js'

// English running text has 40–50 % stopwords (Zipf); text in another language written in Latin script rarely
// reaches 10 % of English ones. 15 % leaves room for headline-style copy.
const ENGLISH_SHARE = 0.15

/**
 * Returns `requested` when it is an explicit code, otherwise `'en'` when the tokens look English and `'und'`
 * (undetermined, BCP 47) when they do not. The summarizer still runs on `'und'` text, by position and centrality.
 */
export function detectLanguage(tokens: readonly Token[], requested = 'auto'): string {
  if (requested !== 'auto') return requested
  if (tokens.length === 0) return 'und'
  let stop = 0
  for (const t of tokens) if (STOPWORDS.has(t.lower)) stop++
  return stop / tokens.length >= ENGLISH_SHARE ? 'en' : 'und'
}
