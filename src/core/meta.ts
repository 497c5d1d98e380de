// Meta stage: title, byline, dateline, source and publication date, when the text states them.
import { datelinePrefixLength, isBareBy, isBylineName } from './boilerplate.js'
import type { Doc, Meta } from './types.js'

/** How `meta` reads the text. */
export interface MetaOptions {
  /** How many sentences from the top may hold a byline, dateline or date line. Default 12. */
  head?: number
}

// Every pattern is anchored, bounded and tried only on lines short enough to be furniture (`MAX_LINE`), so a
// hostile text costs linear time. Case-sensitive on purpose: with /i, \p{Lu} would match any letter.
const MAX_LINE = 200
// A personal name after `by`: capitalized words with the usual lowercase particles, at most six.
const NAME = String.raw`\p{Lu}[\p{L}'’.-]{0,30}(?:\s+(?:\p{Lu}[\p{L}'’.-]{0,30}|de|da|del|van|von|la|le|y)){0,5}`
// `by Pamela Contreras`, `By Jane Doe and John Roe, Reuters`, `by Jane Doe | AP`, `By Sam Webb for MailOnline`.
const BYLINE = new RegExp(
  String.raw`^(?:[Ww]ritten |[Ss]tory |[Rr]eporting |[Ww]ords )?[Bb]y\s+(${NAME}(?:\s*(?:,|and|&)\s*${NAME}){0,3}?)\s*(?:(?:[-–—|,]|\s+for)\s*([\p{L} .&-]{2,40}?))?\s*\.?$`,
  'u',
)
// The first characters a `BYLINE` match can open on: B, b, W, w, S, s, R, r.
const BYLINE_FIRST = new Set([66, 98, 87, 119, 83, 115, 82, 114])

// Cheap tests of what every match of the byline and date patterns holds, so that a line without it never runs them:
// V8 compiles a pattern on its first run, and these two cost a fresh isolate's first call about 20 ms on lines that
// could not match. A byline's `by` starts within its first 11 characters (after `Reporting `).
const opensBy = (text: string): boolean => {
  const head = text.slice(0, 12)
  return head.includes('by') || head.includes('By')
}

/** Whether `text` holds four ASCII digits in a row, as every `DATE` does (its year). */
function hasYear(text: string): boolean {
  let run = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    run = c >= 48 && c <= 57 ? run + 1 : 0
    if (run === 4) return true
  }
  return false
}
// `Guatemala City, by Lincy Rodríguez -AGN-.`: dateline, byline and agency tag in one sentence.
const DATELINE_BYLINE = new RegExp(
  String.raw`^(\p{Lu}[\p{L} .'’-]{1,40}),\s+by\s+(${NAME})\s*(?:[-–(]\s*([A-Z]{2,8})\s*[-–)])?\s*\.?$`,
  'u',
)
// The parts of a dateline prefix: `Seoul (CNN) -- `, `WASHINGTON — `, `LONDON, England (Reuters) - `.
const DATELINE_PARTS = /^([^(–—-]{2,60}?)\s*(?:\(([^()]{2,30})\))?\s*(?:--|—|–|-|:)?\s*$/u
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
// A date as news sites print it: `17 February 2024`, `February 17, 2024`, `2024-02-17`, `17/02/2024`.
const DATE = new RegExp(
  String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})`,
  'iu',
)
// A line that is only a date, or a date announced as publication (`Published: 28 January 2013`), maybe after the
// time (`04:04 EST, 12 March 2013`, `Last updated at 5:04 PM on 17th November 2011`).
// A time of day with its zone: `04:04 EST`, `5:04 PM`, `10.00 GMT`.
const TIME = String.raw`\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?`
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:published|posted|updated|last updated|first published)(?:\s+on)?\s*:?\s*)?(?:(?:at\s+)?${TIME},?\s+(?:on\s+)?)?(?:\p{L}{3,9},?\s+)?(${DATE.source})(?:[\s,]+(?:at\s+)?${TIME})?\.?$`,
  'iu',
)
// Wire agencies and broadcasters that bylines and datelines name.
const AGENCIES = new Set([
  'reuters', 'ap', 'associated press', 'afp', 'agence france-presse', 'bloomberg', 'efe', 'dpa', 'xinhua', 'ansa',
  'agn', 'pa', 'pa media', 'upi', 'cnn', 'bbc', 'bbc news', 'kyodo', 'yonhap', 'tass', 'anadolu', 'al jazeera',
])
// A byline's job title, not a second author (`By Jane Roe, Political Correspondent`, `Associated Press Writer`): the
// desk words of newsroom bylines; a part holding one is the author's title. Lowercase.
const BYLINE_ROLES = new Set([
  'correspondent', 'correspondents', 'reporter', 'reporters', 'writer', 'writers', 'editor', 'editors', 'journalist',
  'columnist', 'contributor', 'producer', 'photographer', 'critic', 'analyst', 'staff', 'desk', 'bureau', 'chief',
  'presenter', 'anchor', 'commentator', 'newsroom', 'team', 'intern', 'freelance', 'reporting', 'special',
])
const isBylineRole = (part: string) => part.toLowerCase().split(/\s+/u).some((w) => BYLINE_ROLES.has(w))
// `We are GT News, the official news agency of …`: a publisher naming itself in the footer.
const SELF_NAMED = /^we are ([\p{Lu}][\p{L}\p{N} .&-]{1,40}?),\s+(?:the|an?)\s[^.]{0,60}\b(?:agency|news|newspaper|broadcaster|service)\b/iu

/**
 * Reads what the text says about itself: its headline, who wrote it (`by …`), where it was filed (the dateline),
 * which agency it came from (`-AGN-`, `(Reuters)`, or a footer `We are …, the official news agency`) and when it
 * was published (a date line near the top). Each is `null` when the text does not state it: nothing is guessed.
 * Bylines and datelines are boilerplate to the summary, so they are read from all sentences, boilerplate included.
 */
export function meta(doc: Doc, { head = 12 }: MetaOptions = {}): Meta {
  const bylines: string[] = []
  let dateline: string | null = null
  let source: string | null = null
  let published: string | null = null
  const top = doc.sentences.slice(0, head)
  // `By` alone, the names on the next line (`By` / `Sam Webb`): read as one byline.
  let bareBy = false
  for (const s of top) {
    const line = s.norm.trim()
    if (line.length > MAX_LINE) continue
    const text = bareBy && isBylineName(line) ? `By ${line}` : line
    bareBy = isBareBy(line)
    // The combined line needs a lowercase `by`: most lines skip the pattern.
    let m = text.includes('by') ? DATELINE_BYLINE.exec(text) : null
    if (m) {
      dateline ??= m[1]!.trim()
      if (!bylines.includes(m[2]!)) bylines.push(m[2]!)
      if (m[3]) source ??= m[3]
      continue
    }
    // A byline opens on `by` or one of its lead words (`Written`, `Story`, `Reporting`, `Words`): one character tells most lines apart.
    m = BYLINE_FIRST.has(text.charCodeAt(0)) && opensBy(text) ? BYLINE.exec(text) : null
    if (m) {
      const names = m[1]!.split(/\s*(?:,|\band\b|&)\s*/u).filter(Boolean)
      // `By Jane Doe, Reuters`: a wire agency after the names is the source, not an author.
      if (names.length > 1 && AGENCIES.has(names[names.length - 1]!.toLowerCase())) source ??= names.pop()!
      // Only parts shaped like names are authors: `Political Correspondent` is the first author's title.
      for (const name of names) if (!isBylineRole(name) && !bylines.includes(name)) bylines.push(name)
      if (m[2] && !isBylineRole(m[2])) source ??= m[2].trim()
      continue
    }
    m = published === null && text.length <= 80 && hasYear(text) ? DATE_LINE.exec(text.replace(/(?:\s+[.|])+$/u, '')) : null
    if (m) published = m[1]!
  }
  // A dateline that opens the story's first paragraphs: analyze leaves it out of the sentence, so read the block.
  if (dateline === null) {
    for (const block of doc.blocks) {
      if (block.kind !== 'paragraph') continue
      const text = doc.normalized.slice(block.start, Math.min(block.end, block.start + 200))
      const length = datelinePrefixLength(text)
      if (length > 0) {
        const parts = DATELINE_PARTS.exec(text.slice(0, length))
        if (parts) {
          // A full date after the place (`Paris, March 3, 2024 (AFP) -`) is the story's.
          published ??= DATE.exec(parts[1]!)?.[0] ?? null
          // The wire's date after the place (`SANTIAGO, Jan 30`) is not where it was filed.
          dateline = parts[1]!.replace(/,?\s*\p{Lu}\p{L}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*$/u, '').replace(/,\s*$/u, '').trim() || null
          if (parts[2]) source ??= parts[2].trim()
        }
      }
      break
    }
  }
  if (source === null) {
    for (const s of doc.sentences) {
      const m = s.kind === 'boilerplate' && s.norm.length <= MAX_LINE ? SELF_NAMED.exec(s.norm.trim()) : null
      if (m) {
        source = m[1]!.trim()
        break
      }
    }
  }
  return {
    title: doc.title?.text ?? null,
    byline: bylines.length ? bylines.join('; ') : null,
    dateline,
    source,
    published,
  }
}
