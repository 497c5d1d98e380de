// Language detection: a stopword-share test, enough to tell English from text the word lists do not cover.

// English running text has 40–50 % stopwords (Zipf); text in another language written in Latin script rarely
// reaches 10 % of English ones. 15 % leaves room for headline-style copy.
const ENGLISH_SHARE = 0.15

/**
 * The language of a text of `words` words, `stops` of them stopwords: `requested` when it is an explicit code,
 * otherwise `'en'` when the share looks English and `'und'` (undetermined, BCP 47) when it does not. The summarizer
 * still runs on `'und'` text, by position and centrality. Default `requested`: `'auto'`.
 */
export function languageOfCounts(stops: number, words: number, requested = 'auto'): string {
  if (requested !== 'auto') return requested
  if (words === 0) return 'und'
  return stops / words >= ENGLISH_SHARE ? 'en' : 'und'
}
