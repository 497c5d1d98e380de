// Segment stage's boundary test: whether a period or `!` ends a sentence, from the words on either side of it.
import { isAsciiAlnum } from './chars.js'

// Abbreviations after which a period does not end a sentence: titles, months, common Latin and address forms.
// Lowercase, without the final period. The list follows Punkt's most frequent English abbreviations (Kiss & Strunk 2006),
// with the military and police ranks news copy puts before names (`Spc. Alexis Hutchinson`, `Pfc. Bradley Manning`).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'cpl', 'pvt',
  'spc', 'spec', 'pfc', 'pte', 'cpt', 'brig', 'cdr', 'ens', 'sfc', 'ssgt', 'msgt', 'lcpl', 'lieut', 'gens', 'cmdt',
  'msgr', 'amb', 'atty', 'sens', 'govs', 'insps', 'sgts', 'rt',
  'gov', 'sen', 'rep', 'reps', 'pres', 'hon', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'supt', 'insp', 'det',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vol', 'vols', 'art', 'fig', 'figs', 'p', 'pp', 'para', 'ch', 'sec', 'approx', 'est', 'ca',
  'vs', 'v', 'etc', 'al', 'cf', 'ibid', 'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd',
  'rd', 'hwy', 'mins', 'hrs', 'sq', 'km', 'ft', 'lb', 'lbs', 'oz', 'dist', 'ref', 'op', 'ed', 'eds',
])
// After these the next token must be a number for the period to be kept (`No. 10`, `p. 4`, `Art. 3`).
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'art', 'fig', 'p', 'pp', 'para', 'ch', 'sec', 'op'])
// After these a capitalized next word may still start a new sentence (`… at Acme Inc. The firm …`).
const MAY_END = new Set(['inc', 'corp', 'co', 'ltd', 'bros', 'etc', 'al'])
// Words that usually open a sentence: after a dotted acronym (`U.S.`, `a.m.`) they signal a real boundary.
const STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'his',
  'her', 'its', 'their', 'our', 'but', 'and', 'so', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'as',
  'if', 'however', 'meanwhile', 'officials', 'police', 'some', 'many', 'most', 'one', 'two', 'both', 'since', 'during',
])

// Names spelled with an exclamation mark (`Yahoo! Inc.`, `Pop! Tech`, `Jeopardy! champion`): after one of these a `!`
// that is not the sentence's first word does not end the sentence.
const BANG_NAMES = new Set(['yahoo', 'jeopardy', 'pop', 'wham', 'oklahoma', 'hello', 'ok', 'mamma', 'wii'])
const WORD_CHAR = /[\p{L}\p{N}.'’-]/u

// The word tests below read ASCII by character code (`isAsciiAlnum`) and hand anything else to the patterns: a regex
// call per character was most of the cost of segmenting.
function wordBefore(text: string, end: number): string {
  // Bounded, so a 1 MB run of `U.S.U.S.…` costs the same at every period.
  const floor = Math.max(0, end - 40)
  let s = end
  while (s > floor) {
    const c = text.charCodeAt(s - 1)
    // A letter, digit, `.`, `'` or `-`; `’` and other letters outside ASCII by the pattern.
    if (c < 128 ? isAsciiAlnum(c) || c === 46 || c === 39 || c === 45 : WORD_CHAR.test(text[s - 1]!)) s--
    else break
  }
  // Leading `-`, `'`, `’` and `.` are not part of the word.
  while (s < end) {
    const c = text.charCodeAt(s)
    if (c === 45 || c === 39 || c === 0x2019 || c === 46) s++
    else break
  }
  return text.slice(s, end)
}

const WORD_AFTER = /^["'“‘(\[«]*([\p{L}\p{N}]+)/u

function wordAfter(text: string, start: number): string {
  // An ASCII run needs no pattern: skip the opening marks, take the letters and digits, and give up to the pattern
  // at the first character outside ASCII.
  const limit = Math.min(text.length, start + 40)
  let i = start
  while (i < limit) {
    const c = text.charCodeAt(i)
    if (c === 34 || c === 39 || c === 40 || c === 91) i++
    else break
  }
  const from = i
  while (i < limit) {
    const c = text.charCodeAt(i)
    if (c >= 128) {
      const m = WORD_AFTER.exec(text.slice(start, start + 40))
      return m ? m[1]! : ''
    }
    if (!isAsciiAlnum(c)) break
    i++
  }
  return text.slice(from, i)
}

/**
 * Whether the terminator at `dot` (the last of a run) ends the sentence that began at `sentenceStart`, given that
 * whitespace and a possible opener at `next` follow: not after an abbreviation, an initial, a dotted acronym that no
 * usual sentence opener follows, or the `!` of a name.
 */
export function isBoundary(text: string, dot: number, next: number, sentenceStart: number): boolean {
  const before = wordBefore(text, dot)
  const lower = before.toLowerCase()
  const after = wordAfter(text, next)
  if (text[dot] === '!' && text[dot - 1] !== '!' && BANG_NAMES.has(lower) && /^\p{Lu}/u.test(before))
    return (dot - before.length <= sentenceStart && !/^(?:Inc|Corp|Ltd|Tech|News|Music|Japan|Answers)$/.test(after)) ||
      STARTERS.has(after.toLowerCase())
  if (text[dot] !== '.' || text[dot - 1] === '.' || text[dot + 1] === '.') return true
  if (before.length === 0) return true
  if (/^\d+$/.test(before)) return true
  if (BEFORE_NUMBER.has(lower)) return !/^\d/.test(after)
  if (MAY_END.has(lower)) return STARTERS.has(after.toLowerCase())
  if (ABBREVIATIONS.has(lower)) return false
  // An initial (`J. K. Rowling`) or a dotted acronym (`U.S.`, `e.g.`, `a.m.`).
  if (/^\p{Lu}$/u.test(before)) return false
  if (before.includes('.')) {
    if (lower === 'e.g' || lower === 'i.e') return false
    return STARTERS.has(after.toLowerCase())
  }
  return true
}
