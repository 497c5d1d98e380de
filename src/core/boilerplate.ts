// Boilerplate rules: page furniture, bylines, datelines and contact lines that must never reach the output.

// Whole lines that are page furniture on news sites and government portals. Each pattern is anchored and has no
// nested quantifiers, so it runs in linear time on any input.
const LINE_RULES: readonly RegExp[] = [
  /^by\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|del|van|von|la|le)){0,5}\s*(?:[-–—|,]\s*[\p{L} .-]{0,40})?$/u, // byline
  /^(?:you may also like|related(?: articles| stories| content| links)?|read more|more on this story|see also|recommended|most read|top stories|latest news|trending)\b.{0,40}$/i,
  /^(?:share|follow us|follow|like us|subscribe|sign up|click here|tap here|download (?:the|our) app)\b.{0,80}$/i,
  /^(?:copyright|\(c\)|©)/i,
  /\ball rights reserved\b/i,
  /^\[?email[\s\u00a0]*protected\]?$/i,
  /^(?:tel|telephone|phone|fax|e-?mail|website|web|contact|press office|media enquiries|media inquiries|for more information|enquiries)\s*:.{0,80}$/i,
  /^(?:call|text|tel|phone|fax|sms)\s*:?\s*\+?[\d][\d ()-]{3,20}$/i, // `Call 0800 776600`, `Text 82111`
  /^(?:https?:\/\/|www\.)\S+$/i,
  /^\S+@\S+\.\w+$/,
  /^(?:we are|about)\s.{0,80}\b(?:news agency|agency|news service|press office|newsroom)\b/i,
  /^(?:image|photo|picture|video)(?: caption| credit| source)?\s*[:©]/i,
  /^(?:published|updated|last updated|posted)\s*(?:on|:)?\s+.{0,40}\d{4}.{0,20}$/i,
  /^(?:tags?|topics?|categories|filed under)\s*:/i,
  /^(?:advertisement|sponsored content|skip to (?:main )?content|back to top|print this page|share this page|share this article)$/i,
]

// A dateline with a byline, as Latin American agencies write it: `Guatemala City, by Lincy Rodríguez -AGN-.`
const DATELINE_BYLINE =
  /^\p{Lu}[\p{L} .'’-]{1,40},\s+by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\s*(?:[-–(]\s*[A-Z]{2,8}\s*[-–)])?\s*\.?$/u

/** Whether a whole line is boilerplate (to be dropped before segmentation). */
export function isBoilerplateLine(line: string): boolean {
  const text = line.trim()
  if (text.length === 0) return false
  if (text.length > 200) return false
  for (const rule of LINE_RULES) if (rule.test(text)) return true
  return DATELINE_BYLINE.test(text)
}

/** Whether one sentence is boilerplate (a dateline-with-byline sentence, a copyright notice…). */
export function isBoilerplateSentence(sentence: string): boolean {
  return isBoilerplateLine(sentence)
}

// A news dateline that opens a story's first sentence: `Seoul (CNN) -- `, `LONDON, England (Reuters) - `.
const DATELINE_PREFIX =
  /^(?:\p{Lu}[\p{L}.'’-]*(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,4}\s*)?\((?:CNN|AP|AFP|Reuters|AGN|EFE|dpa|UPI|PA|ANSA|Xinhua|Bloomberg|CNN Money|EW\.com|CNN Student News)\)\s*(?:--|—|–|-|:)?\s*/u
// `WASHINGTON — ` or `GUATEMALA CITY, Feb 18 -- ` style datelines in capitals.
const CAPS_DATELINE = /^[A-Z][A-Z .'’-]{2,30}(?:,\s*[\p{L}0-9 .]{1,25})?\s*(?:--|—|–)\s*/u

/** Length of a dateline that opens `sentence`, or 0. The dateline is not part of what the sentence says. */
export function datelinePrefixLength(sentence: string): number {
  const m = DATELINE_PREFIX.exec(sentence) ?? CAPS_DATELINE.exec(sentence)
  if (!m) return 0
  // Never swallow the whole sentence.
  return m[0].length < sentence.length - 10 ? m[0].length : 0
}
