// Speaker attribution for quotations: the press patterns around a quote, and pronouns resolved to the person meant.
import { isBody } from './analyze.js'
import { isSpace, isTerminal } from './chars.js'
import type { EntityResult, PersonMention } from './entities.js'
import { isTitleWord } from './entity-words.js'
import { TITLE_ABBREVIATIONS } from './lexicon.js'
import { perObject } from './memo.js'
import { namesSpeaker, relatedRole } from './speaker-phrases.js'
import type { Doc } from './types.js'

/** Who a quotation is attributed to; `speaker` is null when a pattern attributes it but names nobody (`officials said`). */
export interface Attribution {
  speaker: string | null
  role?: string
}

/** The part of a quote `attribute` needs: normalized offsets of its marks and its block. */
export interface QuoteMarks {
  open: number
  close: number
  block: number
}

// Reporting verbs of news copy (Bergler 1992, "reported speech"), plus `posted`/`tweeted` for social media.
const VERBS =
  'said|says|say|added|adds|posted|posts|wrote|writes|tweeted|tweets|stated|states|told|tells|explained|explains|' +
  'noted|notes|declared|declares|continued|continues|insisted|insists|warned|warns|remarked|commented|asked|asks|' +
  'replied|replies|recalled|announced|announces|stressed|stresses|emphasized|emphasised|emphasizes|emphasises|' +
  'concluded|argued|argues|acknowledged|admitted|affirmed|underlined|observed|responded|answered|shared'
// `He posted, “`, `Jeremy Browne said:`, `she told reporters, “`, `…said in a statement: “`. Anchored at the end of
// at most `LOOK_BACK` characters, so each quote costs a bounded scan.
const BEFORE = new RegExp(String.raw`(?<!\p{L})(?:${VERBS})(?:\s+\p{Ll}+){0,3}\s*[,:]\s*$`, 'u')
// `According to Mark Smith, "…"`, or with an appositive: `According to Mark Smith, a Treasury spokesman, "…"`.
const ACCORDING = /(?<!\p{L})[Aa]ccording to ([^,;:“”"«»]{2,80}),(?:\s*[^,;:“”"«»]{2,80},)?\s*$/u
// `”, said X` / `,” said the minister`.
const AFTER_VERB = new RegExp(String.raw`^[,\s]{0,3}(?:${VERBS})\s+`, 'u')
// `,” X said` / `,” she added`.
const AFTER_SUBJECT = new RegExp(String.raw`^[,\s]{0,3}([^,.;:!?“”"«»]{1,60}?)\s+(?:${VERBS})(?!\p{L})`, 'u')
// What may follow the verb of an attribution that is a sentence of its own: its end, or up to ten words and its end
// (`on Monday.`, `the Arsenal website.`, `reporters in London,`).
const AFTER_ATTRIBUTION = /^\s*(?:[.,;:!?]|$|((?:[\p{L}\p{N}'’-]+\s+){0,9}[\p{L}\p{N}'’-]+)\s*[.,;:!?])/u
// Words that make those words a clause of their own (`said she would vote`, `said that it was over`).
const CLAUSE_WORDS = new Set(
  'that whether if he she they it we i you would will was were is are has had have could should may might must not'.split(' '),
)

/** Whether `rest` (what follows the verb of `X said` after a closed quotation) ends the attribution, not a clause. */
function endsAttribution(rest: string): boolean {
  const m = AFTER_ATTRIBUTION.exec(rest)
  if (!m) return false
  return m[1] === undefined || !m[1].split(/\s+/).some((w) => CLAUSE_WORDS.has(w.toLowerCase()))
}
const PRONOUN = /(?:^|\s)(he|she|they)\s*$/iu
const LEADING_PRONOUN = /^\s*(he|she|they)(?!\p{L})/iu
const NAME_BEFORE = /(?:^|[\s,])((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*)\s*$/u
const ROLE_NOUN = /(?:^|\s)the\s+((?:\p{L}+\s+){0,2}(\p{L}+))\s*$/iu
const ROLE_AFTER = /^the\s+((?:\p{L}+\s+){0,2}?(\p{L}+))(?=[\s,.;]|$)/iu
const LEADING_THE = /^The\s+/u
const SPACE = /\s/u
const LOOK_BACK = 200
const LOOK_AHEAD = 150
// How far back (in sentences) a pronoun may find its person, and among how many mentions at most.
const PRONOUN_WINDOW = 6
const MAX_CANDIDATES = 40

/** The organization names of `found`, as a set built once per document. */
const organizations = perObject((found: EntityResult) => new Set(found.entities.organizations.map((o) => o.text)))

/**
 * Attributes the quote whose marks sit at `open`/`close` (normalized offsets), or returns null when no pattern of
 * attribution surrounds it. `sentence` is the index of the sentence holding the opening mark.
 */
export function attribute(doc: Doc, found: EntityResult, marks: QuoteMarks, starts: readonly number[], sentence: number): Attribution | null {
  const text = doc.normalized
  const block = doc.blocks[marks.block]!
  const from = Math.max(block.start, starts[sentence] ?? block.start, marks.open - LOOK_BACK)
  // Both patterns end in a comma or colon and spaces: without one, neither is tried on the whole stretch.
  const lead = lastMark(text, from, marks.open)
  let m: RegExpExecArray | null = null
  if (lead === ',' || lead === ':') {
    const before = text.slice(from, marks.open)
    m = BEFORE.exec(before)
    if (m) return subject(doc, found, from, from + m.index, sentence)
    m = lead === ',' ? ACCORDING.exec(before) : null
    if (m) return subject(doc, found, from + m.index + m[0].indexOf(m[1]!), from + m.index + m[0].indexOf(m[1]!) + m[1]!.length, sentence)
  }
  const afterFrom = marks.close + 1
  const after = text.slice(afterFrom, Math.min(block.end, afterFrom + LOOK_AHEAD))
  m = AFTER_VERB.exec(after)
  if (m) return subjectAfter(doc, found, afterFrom + m[0].length, sentence)
  m = AFTER_SUBJECT.exec(after)
  // A quotation that closed its own sentence (`."`) is attributed by the next one only when that one is no more than
  // the attribution (`Jane Roe said.`, `she said on Monday.`): `Mary Poppins said she would vote against it.` reports
  // something else she said.
  if (m && isTerminal(text.charCodeAt(marks.close - 1)) && !endsAttribution(after.slice(m[0].length))) m = null
  if (m) {
    const at = afterFrom + m[0].indexOf(m[1]!)
    return subject(doc, found, at, at + m[1]!.length, sentence)
  }
  // A quoted paragraph after `… Jane Marriott CMG OBE, said:`.
  const previous = doc.blocks[marks.block - 1]
  if (marks.open === block.start && previous && isBody(previous)) {
    const at = quoteIntroduction(text, previous.start, previous.end)
    if (at >= 0) return subject(doc, found, Math.max(previous.start, previous.end - LOOK_BACK), at, sentence - 1)
  }
  return null
}

/**
 * Where the attribution that ends the paragraph `text[start, end)` on a colon opens (`… Jane Roe said:` introducing a
 * quotation below it): the offset of its reporting verb, or -1 when the paragraph ends otherwise.
 */
export function quoteIntroduction(text: string, start: number, end: number): number {
  if (text[end - 1] !== ':') return -1
  const from = Math.max(start, end - LOOK_BACK)
  const m = BEFORE.exec(text.slice(from, end))
  return m ? from + m.index : -1
}

/** The last character of `text[from, to)` that is not white space (`\s`), or '' if there is none. */
function lastMark(text: string, from: number, to: number): string {
  let i = to
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--
  return i > from ? text[i - 1]! : ''
}

/** The speaker named in `[from, to)`: the person mentioned last, a pronoun's antecedent, a role (`the minister`), a name. */
function subject(doc: Doc, found: EntityResult, from: number, to: number, sentence: number): Attribution {
  let last: PersonMention | undefined
  for (let i = firstAt(found.mentions, from); i < found.mentions.length && found.mentions[i]!.start < to; i++) {
    if (found.mentions[i]!.end <= to) last = found.mentions[i]
  }
  if (last) return relative(relatedRole(doc.normalized, from, last.start, last.end, to)) ?? speaker(found, last.person)
  const region = doc.normalized.slice(from, to)
  const pronoun = PRONOUN.exec(region)
  if (pronoun) return resolvePronoun(found, to, sentence, pronoun[1]!.toLowerCase())
  const role = ROLE_NOUN.exec(region)
  if (role && isTitleWord(role[2]!.toLowerCase())) return byRole(found, role[2]!.toLowerCase())
  // A name the entity stage did not take for a person: an organization it knows (`the Home Office said`), or a
  // name of two words or more; a lone capitalized word (`Officials said`) names nobody.
  const named = NAME_BEFORE.exec(region)
  if (named) {
    const at = from + named.index + named[0].indexOf(named[1]!)
    const related = relative(relatedRole(doc.normalized, from, at, at + named[1]!.length, to))
    if (related) return related
  }
  const name = named?.[1]!.replace(LEADING_THE, '')
  const known = name !== undefined && organizations(found).has(name)
  return { speaker: name !== undefined && (known || SPACE.test(name)) ? name : null }
}

/** The speaker after a verb (`,” said Jeremy Browne`, `,” said he`). */
function subjectAfter(doc: Doc, found: EntityResult, at: number, sentence: number): Attribution {
  const m = found.mentions[firstAt(found.mentions, at)]
  if (m && (m.start <= at + 4 || (m.start <= at + ROLE_GAP && isRoleBefore(doc.normalized.slice(at, m.start)))))
    return relative(relatedRole(doc.normalized, at, m.start, m.end, m.end + 40)) ?? speaker(found, m.person)
  // `,” said a friend of John Smith`.
  const related = m && m.start <= at + 40 ? relative(relatedRole(doc.normalized, at, m.start, m.end, m.end + 40)) : null
  if (related) return related
  const rest = doc.normalized.slice(at, at + 60)
  const pronoun = LEADING_PRONOUN.exec(rest)
  if (pronoun) return resolvePronoun(found, at, sentence, pronoun[1]!.toLowerCase())
  const role = ROLE_AFTER.exec(rest)
  if (role && isTitleWord(role[2]!.toLowerCase())) return byRole(found, role[2]!.toLowerCase())
  return { speaker: null }
}

// Up to four words on one line between `said` and a name (`said opposition leader Paul Green`, `said Capt. James
// Jenkins`), in at most `ROLE_GAP` characters. A period may only close a title's abbreviation: `said a spokesman. John
// Smith disagreed` is a new sentence, whose subject did not speak.
const ROLE_WORDS = /^(?:[\p{L}'’-]+\.?[ \t]+){1,4}$/u
const ROLE_GAP = 60
const ABBREVIATED = new Set([...TITLE_ABBREVIATIONS, 'mr', 'mrs', 'ms', 'dr', 'st'])

/** Whether `words` (between a reporting verb and a name) are a role in front of the name, not a clause or a time. */
function isRoleBefore(words: string): boolean {
  if (!ROLE_WORDS.test(words)) return false
  for (const word of words.trim().split(/[ \t]+/)) if (word.endsWith('.') && !ABBREVIATED.has(word.slice(0, -1).toLowerCase())) return false
  return namesSpeaker(words, true)
}

/** `the lawyer for Mr Smith said`: nobody named speaks, the phrase is kept as the role (`relatedRole`). */
const relative = (role: string | null): Attribution | null => (role === null ? null : { speaker: null, role })

/** Index of the first mention starting at or after `at` (mentions are in document order). */
function firstAt(mentions: readonly PersonMention[], at: number): number {
  let lo = 0
  let hi = mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (mentions[mid]!.start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

function speaker(found: EntityResult, p: number): Attribution {
  const person = found.people[p]!
  return person.role ? { speaker: person.name, role: person.role } : { speaker: person.name }
}

/** `the minister said`: the one person whose role has that word, else nobody. */
function byRole(found: EntityResult, word: string): Attribution {
  const matches = found.people.flatMap((p, i) => (p.role?.toLowerCase().split(/\s+/u).includes(word) ? [i] : []))
  return matches.length === 1 ? speaker(found, matches[0]!) : { speaker: null }
}

/**
 * A pronoun's person: the nearest earlier mention that opens its clause and fits the pronoun's gender, else the
 * nearest that fits; `they` fits only a person of unknown gender. A simplification of centering theory (Grosz, Joshi
 * & Weinstein 1995: the subject of the last sentence is the likeliest referent) with Hobbs-style recency.
 */
export function resolvePronoun(found: EntityResult, at: number, sentence: number, pronoun: string): Attribution {
  const wanted = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null
  const fits = (m: PersonMention) => found.people[m.person]!.gender === wanted
  const unknown = (m: PersonMention) => found.people[m.person]!.gender === null
  const earlier: PersonMention[] = []
  for (let i = firstAt(found.mentions, at) - 1; i >= 0 && earlier.length < MAX_CANDIDATES; i--) {
    const m = found.mentions[i]!
    if (m.sentence < sentence - PRONOUN_WINDOW) break
    earlier.push(m)
  }
  const pick =
    earlier.find((m) => m.subject && fits(m)) ??
    (wanted !== null ? earlier.find((m) => m.subject && unknown(m)) : undefined) ??
    earlier.find(fits)
  return pick ? speaker(found, pick.person) : { speaker: null }
}
