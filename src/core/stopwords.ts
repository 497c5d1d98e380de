// The stopword set: words that carry no topic, skipped by every stage that weighs words.
// The English list of the `stopword` package (Chris Umbel's list from `natural`, 108 words): imported by path so
// that the Worker bundle carries one language, not sixty.
import { eng } from 'stopword/src/stopwords_eng.js'

// Words that the general list lacks but that carry no topic in news copy: reporting verbs and fillers.
const NEWS_STOPWORDS = [
  'said', 'says', 'say', 'told', 'tell', 'according', 'added', 'also', 'would', 'could', 'should', 'may', 'might',
  'will', 'shall', 'must', 'can', 'just', 'like', 'one', 'two', 'new', 'year', 'years', 'time', 'mr', 'mrs', 'ms',
  'its', 'it’s', "it's", 'us', 'we', 'our', 'you', 'your', 'he', 'she', 'they', 'them', 'their', 'his', 'her', 'him',
  'i', 'me', 'my', 'who', 'whom', 'which', 'what', 'when', 'where', 'why', 'how', 'there', 'here', 'than', 'then',
  'some', 'such', 'very', 'more', 'most', 'other', 'only', 'own', 'same', 'so', 'too', 'yet', 'up', 'down', 'out',
  'off', 'over', 'under', 'again', 'further', 'once', 'while', 'during', 'through', 'into', 'onto', 'upon', 'within',
  'without', 'across', 'against', 'among', 'amongst', 'around', 'since', 'until', 'via', 'per', 'whether', 'these',
  'those', 'this', 'that', 'being', 'been', 'had', 'has', 'have', 'having', 'does', 'did', 'done', 'do', 'were',
  'was', 'are', 'is', 'am', 'be', 'get', 'got', 'many', 'much', 'every', 'each', 'any', 'all', 'both', 'either',
  'neither', 'nor', 'not', 'no', 'yes', 'if', 'or', 'and', 'but', 'of', 'on', 'in', 'at', 'to', 'for', 'from', 'by',
  'with', 'about', 'as', 'an', 'a', 'the', 'after', 'before', 'because', 'between', 'now', 'still', 'even', 'well',
  'back', 'last', 'first', 'made', 'make', 'told', 'another', 'whose', 'however', 'although', 'though',
]

/** The stopword set used by every stage: the package's English list plus news reporting words. */
export const STOPWORDS: ReadonlySet<string> = new Set([...eng, ...NEWS_STOPWORDS])
