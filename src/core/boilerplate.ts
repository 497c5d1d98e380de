// Boilerplate rules: page furniture, bylines, datelines and contact lines that must never reach the output.
import { isContactLine } from './contact-line.js'
import { PLACES } from './names.js'

// A wire credit: `Editing by Jane Doe and John Roe`, `Additional reporting by Jane Doe in Paris` — names only.
const CREDIT_BY = String.raw`(?:[Aa]dditional |[Ff]urther )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Cc]ompiling|[Gg]raphics|[Rr]esearch) by `
const CREDIT_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`
const CREDIT =
  String.raw`${CREDIT_BY}${CREDIT_NAME}(?:(?:, | and | & )${CREDIT_NAME}){0,5}(?: in \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})?`

/** A test of a whole line (a pattern, or a pattern behind a cheaper test). */
interface LineRule {
  test(text: string): boolean
}

// The words before `by` that open a credit (`CREDIT_BY`), from their second letter, as every credit holds them within
// its first 32 characters (`(Additional Compiling by ` is the longest opening).
const CREDIT_OPENINGS = ['eporting by ', 'riting by ', 'diting by ', 'ompiled by ', 'ompiling by ', 'raphics by ', 'esearch by ']
const opensCredit = (text: string): boolean => {
  const head = text.slice(0, 32)
  return CREDIT_OPENINGS.some((w) => head.includes(w))
}

/**
 * A credit `pattern`, tried only on a line that opens like one. V8 compiles a pattern when it first runs, and the
 * credit patterns, whose bounded repeats it unrolls, are the largest here: they cost a Worker's first request about
 * 30 ms of compiling and interpreting on lines that could not match.
 */
const credit = (pattern: RegExp): LineRule => ({ test: (text) => opensCredit(text) && pattern.test(text) })

// Whole lines that are page furniture on news sites and government portals. Each pattern is anchored and has no
// nested quantifiers, so it runs in linear time on any input.
const LINE_RULES: readonly LineRule[] = [
  /^by\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|del|van|von|la|le)){0,5}\s*(?:[-–—|,]\s*[\p{L} .-]{0,40})?$/u, // byline
  // `By Jane Roe, Political Correspondent`, `By Jane Roe and John Doe | AP`, `By Sam Webb for MailOnline`: a capital `By` opens sentences too (`By
  // Monday, the council had voted.`), so every word after it must be capitalized, none may be a function word (the
  // headlines `By The Numbers`, `By Land And Sea`) and no stop may end the line (`By Order Of The Court.`).
  /^By\s+(?!(?:The|And|Of|An?|In|On|For|To|With|At|From|Or)\b)\p{Lu}[\p{L}'’.-]*(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+)(?:(?!(?:The|And|Of|An?|In|On|For|To|With|At|From|Or)\b)\p{Lu}[\p{L}'’.-]*|de|da|del|van|von|la|le)){0,8}(?:(?:\s*[-–—|]|\s+for)\s*[\p{L} .&-]{1,40})?(?<![.!?…])$/u,
  /^(?:you may also like|related(?: articles| stories| content| links)?|read more|more on this story|see also|recommended|most read|top stories|latest news|trending)\b.{0,40}$/i,
  // `Read more: <a linked headline>` can be as long as the headline.
  /^(?:read more|related|see also|more on this story|more from \p{L}+|previously on \S+|watch|interactive|photos|gallery)\s*:\s*\S/iu,
  // `Share`, `Share this article`, `Share on Facebook` — but not `Share prices fell…` or `Share trading will begin…`.
  /^share(?:\s+(?:this|on|via|with|by|the (?:story|article|page|post))\b.{0,60})?$/i,
  /^(?:follow us|follow (?:@|\p{Lu}\S* on |(?:\S+ ){1,4}on (?:twitter|facebook|instagram|tiktok|linkedin|threads|bluesky)\b)|like us|subscribe (?:to|now|for)|sign up (?:for|to|now)|click here|tap here|download (?:the|our) app)\b.{0,80}$/iu,
  // Transcript furniture: `THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.`
  /^(?:this is a rush transcript|this copy may not be in its final form)/i,
  /^(?:copyright|\(c\)|©)/i,
  /^\[?email[\s\u00a0]*protected\]?$/i,
  /^(?:tel|telephone|phone|fax|e-?mail|website|web|contact|press office|media enquiries|media inquiries|for more information|enquiries)\s*:.{0,80}$/i,
  /^(?:call|text|tel|phone|fax|sms)\s*:?\s*\+?[\d][\d ()-]{3,20}$/i, // `Call 0800 776600`, `Text 82111`
  /^(?:https?:\/\/|www\.)\S+$/i,
  // An agency's self-description (`We are GT News, the official news agency of …`), not a sentence that merely
  // mentions an agency (`About 80 percent of crops … according to the agency.`).
  /^[Ww]e are \p{Lu}.{0,80}\b(?:news agency|agency|news service|press office|newsroom)\b/u,
  /^[Aa]bout (?:[Uu]s|the (?:author|agency|company)|\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,4})\s*:?$/u,
  /^(?:image|photo|picture|video)(?: caption| credit| source)?\s*[:©]/i,
  /^(?:published|updated|last updated|posted)\s*(?:on|:)?\s+.{0,40}\d{4}.{0,20}$/i,
  /^(?:tags?|topics?|categories|filed under)\s*:/i,
  /^(?:advertisement|sponsored content|skip to (?:main )?content|back to top|print this page|share this page|share this article)$/i,
  // An editor's note on who wrote a piece, or why it is published: about the article, not part of its news.
  /^editor['’]?s['’]? note\s*:/i,
  // `Contact FRANK:`, `Contact us`: the heading of a contact block.
  // Only `Contact us` or a heading that ends on a colon: `Contact Lenses Recalled` is a headline.
  /^Contact(?:\s+us\s*:?|(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4}\s*:)$/u,
  /^scroll down (?:for|to)\b.{0,30}\b(?:videos?|photos?|pictures?|images?|gallery|footage|clip)\b.{0,20}$/i,
  // The wire's closing credits: `(Reporting by Jane Doe; Editing by John Roe)`, `Additional reporting by …`.
  // In brackets, or names alone after each `by`: `Research by Harvard scientists found…` and `Reporting by ProPublica
  // revealed…` are news.
  credit(new RegExp(String.raw`^\(${CREDIT_BY}\p{Lu}.{0,200}\)\.?$`, 'u')),
  credit(new RegExp(`^${CREDIT}(?:[;,] (?:and )?${CREDIT}){0,4}\\.?$`, 'u')),
]

// `From:` or `Part of:` alone, over the publishers or collections of a government page (`isPublisherLabel`).
const PUBLISHER_LABEL = /^(?:from|part of)\s*:$/i
// Rules for short lines only (at most `SHORT` characters), tried after the length test: most lines are longer.
const SHORT = 48
const SHORT_RULES: readonly RegExp[] = [
  // Tabloid page furniture (the Daily Mail's layout): a publication label on a line of its own (`PUBLISHED:`,
  // `UPDATED:`), the time stamp under it (`04:04 EST, 12 March 2013`), and the pointer to a video player. Copy that
  // joined the page's lines with ` . ` (the CNN/Daily Mail corpus files) keeps them as `PUBLISHED: .`, hence the tail.
  /^(?:published|updated|last updated|first published|posted)\s*:?(?:\s*[.|])*$/i,
  // Government publishing furniture (GOV.UK's page layout): the document type over the headline (`Press release`,
  // `News story`, `Speech`), and the `From:` / `Part of:` labels whose next line lists the publishers
  // (`isPublisherLabel`).
  /^(?:press release|news release|media release|news story|world news story|speech|statement|written (?:ministerial )?statement|oral statement to parliament|guidance|policy paper|official statistics|correspondence|notice|government response|consultation outcome|research and analysis|transparency data|case study|independent report)$/i,
  PUBLISHER_LABEL,
  /^applies to\s*:$/i,
  // A separator left alone on a line (`|` between the two time stamps).
  /^[|/\\~=_*-]{1,8}(?:\s*[.|])*$/,
  /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?,?\s+(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9},?\s+\d{4}(?:\s*[.|])*$/u,
]

// Rules that may match a line opening on any character, each tested only on lines holding what every match holds
// (`v` or `V`, `@`, `contributed`): most lines lack it, and the test is a search through the whole line.
const RIGHTS_RESERVED = /\ball rights reserved\b/i
// The credit line that closes wire and network copy: `CNN's Jane Doe contributed to this report.`, `Associated Press
// writers Jane Roe in Paris and John Doe in Berlin contributed.`
// Between the desk word and `contributed` only names and their joins: `Some reporters believe fatigue contributed.` is news.
const CONTRIBUTED =
  /\bcontributed(?: reporting)? to this (?:report|story|article)\.?$|^(?:\p{Lu}[\p{L}'’.-]* ){1,4}(?:writers?|correspondents?|reporters?|producers?|journalists?)(?:,? (?:\p{Lu}[\p{L}'’.-]*|and|in|from|also))*,? contributed(?: reporting)?\.?$/u
const EMAIL_LINE = /^\S+@\S+\.\w+$/

// A link line that ends in a `»` or `›` arrow (`Watch the minister's statement »`); not a French closing guillemet,
// which has its opening one on the line. Tested only on lines that end in an arrow.
const ARROW_LINK = /^[^«‹]{1,200}\s[»›]$/

// A dateline with a byline, as Latin American agencies write it: `Guatemala City, by Lincy Rodríguez -AGN-.`
const DATELINE_BYLINE =
  /^\p{Lu}[\p{L} .'’-]{1,40},\s+by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\s*(?:[-–(]\s*[A-Z]{2,8}\s*[-–)])?\s*\.?$/u

// The ASCII letters or marks each rule of `LINE_RULES` can start with, by index, lowercase (the rules that ignore case
// match either case; a superset is harmless, it only costs a test).
const FIRST = ['b', 'b', 'yrmstl', 'rsmpwig', 's', 'flsctd', 't', 'c(', '[e', 'tpfewcm', 'ctpfs', 'hw', 'w', 'a', 'ipv', 'pul', 'tcf', 'asbp', 'e', 'c', 's', '(', 'afwecgr']
// For a line opening on ASCII character `c`, the rules that can match it; most lines are tested against a few rules,
// not all of them. A line opening on any other character is tested against every rule.
const RULES_BY_FIRST: readonly (readonly LineRule[])[] = Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c).toLowerCase()
  return LINE_RULES.filter((_, i) => FIRST[i]!.includes(ch))
})

// Headings after which a press release holds only notes for journalists: the release's body ends at `ENDS` (or `###`,
// `-30-`), then come `Notes to editors`, the organization's `About …` paragraph and the media contacts — the standard
// press release layout (e.g. the GOV.UK and PR Newswire conventions).
const CLOSING =
  /^(?:notes? (?:to|for) editors?|editor['’]?s['’]? notes|editors['’] notes|media contacts?|press contacts?|(?:media|press) (?:enquiries|inquiries)|for (?:more|further) information|ends)\s*:?$/i
const CLOSING_MARK = /^(?:[-–—*\s]*ends[-–—*\s]*|#{3}|# # #|-30-)$/i
const ABOUT = /^[Aa]bout (?:[Uu]s|the (?:author|company|organi[sz]ation|agency)|\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,4})\s*:?$/u

/**
 * Whether a line after the story's body closes it: every line after it is boilerplate. An `About …` heading counts
 * only in the text's second half (`late`): a feature story may have a section headed `About the victims` in the middle,
 * and losing the rest of a story costs more than keeping an organization's blurb.
 */
export function closesStory(line: string, late: boolean): boolean {
  const text = line.trim()
  return text.length <= 60 && (CLOSING.test(text) || CLOSING_MARK.test(text) || (late && ABOUT.test(text)))
}

/** Whether a whole line is boilerplate (to be dropped before segmentation). */
export function isBoilerplateLine(line: string): boolean {
  const text = line.trim()
  if (text.length === 0) return false
  if (text.length > 200) return false
  const first = text.charCodeAt(0)
  if (text.length <= SHORT) {
    if (isBareBy(text)) return true
    for (const rule of SHORT_RULES) if (rule.test(text)) return true
  }
  for (const rule of first < 128 ? RULES_BY_FIRST[first]! : LINE_RULES) if (rule.test(text)) return true
  if ((text.includes('v') || text.includes('V')) && RIGHTS_RESERVED.test(text)) return true
  if (text.includes('contributed') && CONTRIBUTED.test(text)) return true
  if (text.includes('@') && EMAIL_LINE.test(text)) return true
  if (isContactLine(text)) return true
  const last = text.charCodeAt(text.length - 1)
  if ((last === 0xbb || last === 0x203a) && ARROW_LINK.test(text)) return true
  // Its comma is the text's first (no character before it may be one), at most 41 code points (82 units) in.
  const comma = text.indexOf(',')
  return comma >= 0 && comma <= 82 && byAfter(text, comma) && DATELINE_BYLINE.test(text)
}

/**
 * Whether the comma at `comma` may be followed by spaces and `by`, as `DATELINE_BYLINE` needs: most lines with a comma
 * fail this at once. The spaces skipped are a superset of `\s`, so no line the pattern matches is turned away.
 */
function byAfter(text: string, comma: number): boolean {
  let k = comma + 1
  for (let c = text.charCodeAt(k); c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c >= 0x1680; c = text.charCodeAt(k)) k++
  return k > comma + 1 && text.charCodeAt(k) === 98 && text.charCodeAt(k + 1) === 121
}

// `By` alone, with the author's name on the next line (`By` / `Daily Mail Reporter`): the tabloid page layout, or its
// ` . `-joined copy (`By . Daily Mail Reporter . PUBLISHED: …`).
const BARE_BY = /^by\s*:?(?:\s*\.)?$/i
// The name line after a bare `By`: capitalized words with the joins of newsroom bylines (`Sam Webb for MailOnline`,
// `Daniel Miller and Sam Webb`), no sentence punctuation but a joined copy's ` .`.
// A name is at most four capitalized words (with particles): `President Obama Declares Federal Emergency` is a headline.
const BYLINE_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`
const BYLINE_PERSON = String.raw`${BYLINE_WORD}(?:\s+(?:de|da|del|van|von)?\s*${BYLINE_WORD}){0,3}`
const BYLINE_NAME = new RegExp(String.raw`^${BYLINE_PERSON}(?:\s*(?:,|and|for|&)\s+${BYLINE_PERSON}){0,3}(?:\s+\.)?$`, 'u')

/** Whether a line (or sentence) is `By` alone, so that the next one holds the byline's names (`isBylineName`). */
export const isBareBy = (text: string): boolean => text.length <= 6 && BARE_BY.test(text.trim())

/** Whether a line is `From:` or `Part of:` alone: the next line lists publishers or collections, not the story. */
export const isPublisherLabel = (text: string): boolean => text.length <= 12 && PUBLISHER_LABEL.test(text.trim())

/** Whether the line after a bare `By` is the author's name: short, capitalized words, no sentence in it. */
export const isBylineName = (text: string): boolean => text.length <= 80 && BYLINE_NAME.test(text.trim())

/** Whether one sentence is boilerplate (a dateline-with-byline sentence, a copyright notice…). */
export function isBoilerplateSentence(sentence: string): boolean {
  return isBoilerplateLine(sentence)
}

// A news dateline that opens a story's first sentence: `Seoul (CNN) -- `, `LONDON, England (Reuters) - `, with the
// wire's date (`SANTIAGO, Jan 30 (Reuters) - `); or any short source in brackets followed by a dash, as syndicated
// copy writes it: `(Time.com) -- `, `(The Frisky) -- `.
const DATELINE_PREFIX =
  /^(?:\p{Lu}[\p{L}.'’-]*(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s+\d{1,2}(?:,\s*\d{4})?)?\s*)?\((?:(?:CNN|AP|AFP|Reuters|AGN|EFE|dpa|UPI|PA|ANSA|Xinhua|Bloomberg|CNN Money|EW\.com|CNN Student News)\)\s*(?:--|—|–|-|:)?|\p{Lu}[\p{L}\p{N}.&'’ -]{1,28}\)\s*(?:--|—|–))\s*/u
// `WASHINGTON — ` or `GUATEMALA CITY, Feb 18 -- ` style datelines in capitals.
const CAPS_DATELINE = /^[A-Z][A-Z .'’-]{2,30}(?:,\s*[\p{L}0-9 .]{1,25})?\s*(?:--|—|–)\s*/u
// With a spaced hyphen, as syndicated copy writes it once the agency is cut (`LONDON - The…`): a hyphen also sets off
// an acronym (`NASA - the space agency - said`, `COVID - related`), so the capitals must name a known place and a
// capital must follow.
const SPACED_DATELINE = /^([A-Z][A-Z'’.]{2,}(?: [A-Z][A-Z'’.]+){0,3})(?:, [\p{L}0-9 .]{1,25})? - (?=\p{Lu})/u

function spacedDateline(sentence: string): RegExpExecArray | null {
  const m = SPACED_DATELINE.exec(sentence)
  return m && PLACES.has(m[1]!.toLowerCase()) ? m : null
}

/** Length of a dateline that opens `sentence`, or 0. The dateline is not part of what the sentence says. */
export function datelinePrefixLength(sentence: string): number {
  const m = DATELINE_PREFIX.exec(sentence) ?? CAPS_DATELINE.exec(sentence) ?? spacedDateline(sentence)
  if (!m) return 0
  // Never swallow the whole sentence.
  return m[0].length < sentence.length - 10 ? m[0].length : 0
}
