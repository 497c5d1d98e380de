// Whether the words after a sentence's closing `…, said` name a speaker (`said the minister`) or carry the claim.

// `said` after a comma is a trailing attribution only in the inverted order (`Taxes will fall, said the minister.`).
// In subject–verb order the comma closes an appositive and `said` is the main verb (`The minister, who took office in
// 2020, said taxes would fall.`): what follows is the reported clause, or a time or place (`said in a statement`), and
// cutting it leaves only the subject. Function words that cannot sit in a speaker's name or title tell the two apart,
// as closed-class cues do in rule-based quotation attribution (Pouliquen et al. 2007; Pareti 2015).

// Auxiliaries, negation and complementizers: a clause (`said taxes would fall`, `said the deal was done`).
const CLAUSE = new Set([
  'that', 'whether', 'if', 'to', 'not', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'will', 'would',
  'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'has', 'have', 'had', 'do', 'does', 'did',
])
// A first word that opens a clause, a time or a place rather than a speaker (`said he would`, `said Monday night`).
const NOT_FIRST = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'in', 'at', 'on', 'during', 'before', 'after', 'of', 'from',
  'by', 'with', 'for', 'as', 'when', 'while', 'earlier', 'later', 'last', 'next', 'yesterday', 'today', 'tonight',
  'recently', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
])
// Times, anywhere in the phrase (`said this week`, `said late last month`).
const TIME = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'ago'])
// Words that may open a speaker written in lower case: `said the minister`, `said one analyst`, `said his father`.
const DETERMINER = new Set([
  'the', 'a', 'an', 'one', 'another', 'his', 'her', 'their', 'its', 'our', 'two', 'three', 'several', 'some', 'many',
  'both', 'those',
])

const isUpper = (word: string) => /^\p{Lu}/u.test(word)

/**
 * Whether `phrase` (what follows `said`/`says`/`added` at the end of a sentence, without the full stop) names who spoke.
 * After a closing quote mark the inversion is certain and only a clause or a time is refused; without one the phrase
 * must also read as a noun phrase: a determiner or a capitalized name, and no past-tense verb after a noun
 * (`said the deal collapsed`), the commonest clause with no auxiliary.
 */
export function namesSpeaker(phrase: string, afterQuote: boolean): boolean {
  const words = phrase.trim().split(/\s+/)
  const lower = words.map((w) => w.toLowerCase())
  // `he's`, `they'd`: the pronoun before its contraction.
  if (NOT_FIRST.has(lower[0]!.replace(/['’]\p{L}{1,2}$/u, ''))) return false
  for (const w of lower) if (CLAUSE.has(w) || TIME.has(w) || /n['’]t$/u.test(w)) return false
  if (afterQuote) return true
  const named = words.some(isUpper)
  if (!DETERMINER.has(lower[0]!) && !isUpper(words[0]!) && !named && words.length > 1) return false
  for (let i = 1; i < words.length; i++) {
    const w = lower[i]!
    if (w.length >= 5 && w.endsWith('ed') && !w.includes('-') && !DETERMINER.has(lower[i - 1]!)) return false
  }
  return true
}
