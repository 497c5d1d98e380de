// Name runs: capitalized word sequences of one sentence, split into title and name, and classified by their cues.
import { FUNCTION_WORDS } from './lexicon.js'
import { ORGANIZATION_CUES, PLACE_CUES, PLACES, POST_NOMINALS, TITLE_WORDS, isGivenName } from './names.js'
import { STOPWORDS, tokenize } from './tokenize.js'
import type { Token } from './types.js'

/** A word of a sentence as the name stage sees it; offsets are into the sentence's normalized text. */
export interface NameToken {
  /** The word as written, without a possessive `’s`. */
  text: string
  lower: string
  start: number
  end: number
  possessive: boolean
  capital: boolean
  /** Vocabulary id of `lower` (tokenize.ts). */
  id: number
}

/** Words by vocabulary id: the document's words also written in lowercase (`WordSet`). */
export interface WordIds {
  has(id: number): boolean
}

/** What a run names. */
export type RunKind = 'person' | 'organization' | 'place' | 'role' | 'single' | 'other'

/** A classified run: tokens [from, to) hold the name, [runFrom, from) a title before it. */
export interface NameRun {
  kind: RunKind
  /** The name as written: a person without title or post-nominals, a role phrase whole. */
  text: string
  from: number
  to: number
  runFrom: number
  /** The title before a person's name, as written (`President`, `Foreign Affairs Minister`). */
  title?: string
  /** Lowercase title words before the name, for gender cues (`mrs`, `king`). */
  titleWords?: string[]
  /** Organizations and places inside a role phrase (`International Criminal Court` in `Prosecutor of …`). */
  inner?: NameRun[]
}

// Words that join capitalized words into one name: `International Organization for Migration`, `de la Torre`.
const LINKS = new Set(['of', 'for', 'de', 'la', 'del', 'da', 'di', 'von', 'van', 'der', 'den', 'le', 'du', 'y', 'bin', 'al'])
const ROLE_LINKS = new Set(['of', 'for', 'to', 'on', 'in', 'at'])
// Styles rather than roles: dropped from a person's role.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'ustad', 'majesty', 'highness', 'excellency', 'honourable', 'honorable', 'his', 'her'])
const OPEN_QUOTE = /["“‘«]/u
const CLOSE_QUOTE = /["”’»]/u
const INITIALS = /^\p{L}$/u
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u

/** The sentence's words, possessives split off, with capitals flagged; `tokens` when `tokenize(norm)` is at hand. */
export function nameTokens(norm: string, tokens: readonly Token[] = tokenize(norm)): NameToken[] {
  const out: NameToken[] = new Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    // A possessive `’s` (or `'s`) ends the surface beyond the lowercase form.
    const possessive = t.end - t.start > t.lower.length && norm.charCodeAt(t.end - 1) === 115 &&
      (norm.charCodeAt(t.end - 2) === 39 || norm.charCodeAt(t.end - 2) === 0x2019)
    let end = possessive ? t.end - 2 : t.end
    // `U.S.` keeps the period the tokenizer leaves out.
    if (!possessive && norm.charCodeAt(t.end) === 46 && DOTTED.test(norm.slice(t.start, t.end))) end++
    out[i] = new Word(norm, t, end, possessive)
  }
  return out
}

// A name token whose text is sliced only when asked for: most words of a text are never looked at as names.
class Word implements NameToken {
  readonly lower: string
  readonly start: number
  readonly capital: boolean
  readonly id: number
  constructor(
    private readonly norm: string,
    t: Token,
    readonly end: number,
    readonly possessive: boolean,
  ) {
    this.lower = t.lower
    this.start = t.start
    this.capital = t.capital
    this.id = t.id
  }

  get text(): string {
    return this.norm.slice(this.start, this.end)
  }
}

/** Whether only spaces separate two tokens, or the period of an initial (`John F. Kennedy`). */
export function plainGap(norm: string, a: NameToken, b: NameToken): boolean {
  let i = a.end
  if (a.possessive) return false
  // The period of a middle initial (`John F. Kennedy`) does not end the name.
  if (norm[i] === '.' && INITIALS.test(a.text)) i++
  for (; i < b.start; i++) if (norm[i] !== ' ') return false
  return true
}

export const isTitleWord = (lower: string) => TITLE_WORDS.has(lower) || (lower.includes('-') && lower.split('-').every((p) => TITLE_WORDS.has(p)))
// Without a period there is nothing to strip: the string is returned as is, without a regex.
const lookup = (lower: string) => (lower.endsWith('.') ? lower.slice(0, -1) : lower)
const isPlace = (words: readonly string[]) => {
  const joined = words.length === 1 ? words[0]! : words.join(' ')
  // Without a period the stripped form is `joined` itself, already looked up.
  return PLACES.has(joined) || PLACES.has(`${joined}.`) || (joined.includes('.') && PLACES.has(joined.replace(/\./gu, '')))
}

/** Raw runs of capitalized words (with inner links), as token ranges, leading function words left out. */
function rawRuns(norm: string, tokens: readonly NameToken[], common: WordIds): [number, number][] {
  const runs: [number, number][] = []
  let i = 0
  while (i < tokens.length) {
    if (!tokens[i]!.capital) {
      i++
      continue
    }
    let j = i + 1
    while (j < tokens.length && plainGap(norm, tokens[j - 1]!, tokens[j]!)) {
      const t = tokens[j]!
      if (t.capital) j++
      else if ((LINKS.has(t.lower) || (t.lower === 'to' && isTitleWord(tokens[j - 1]!.lower)) ||
          (t.lower === 'the' && LINKS.has(tokens[j - 1]!.lower))) && nextCapital(norm, tokens, j)) j++
      else break
    }
    let a = i
    // `The`, `In`, `His` open sentences, not names; so does a common word that only the sentence start capitalized.
    while (a < j && (FUNCTION_WORDS.has(tokens[a]!.lower) || STOPWORDS.has(tokens[a]!.lower) ||
        (a === 0 && common.has(tokens[a]!.id) && !isTitleWord(tokens[a]!.lower)))) a++
    let b = j
    while (b > a && !tokens[b - 1]!.capital) b--
    const quoted = a < b && OPEN_QUOTE.test(norm[tokens[a]!.start - 1] ?? '') && CLOSE_QUOTE.test(norm[tokens[b - 1]!.end] ?? '')
    if (a < b && !quoted) runs.push([a, b])
    i = j
  }
  return runs
}

/**
 * Whether `rawRuns` can find any run in a sentence of these tokens: a run needs a capital that is not the sentence's
 * first word, or a first word that its trimming keeps. Lets a sentence without names skip its name tokens.
 */
export function mayHoldNames(tokens: readonly Token[], common: WordIds): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i]!.capital) return true
  const t = tokens[0]
  return t !== undefined && t.capital && !(FUNCTION_WORDS.has(t.lower) || STOPWORDS.has(t.lower) || (common.has(t.id) && !isTitleWord(t.lower)))
}

function nextCapital(norm: string, tokens: readonly NameToken[], j: number): boolean {
  for (let k = j + 1; k < Math.min(tokens.length, j + 3); k++) {
    if (!plainGap(norm, tokens[k - 1]!, tokens[k]!)) return false
    if (tokens[k]!.capital) return true
    if (!LINKS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'the') return false
  }
  return false
}

/** Whether a capitalized word sequence is shaped like a personal name (`Jermeas Naeem`, `Murad Ali Shah`). */
export function personShaped(words: readonly NameToken[], common: WordIds): boolean {
  if (words.length < 2 || words.length > 5) return false
  if (isGivenName(words[0]!.lower) && !common.has(words[0]!.id)) return true
  if (/(?:ish|ese)$/u.test(words[0]!.lower)) return false
  return words.every((w, i) =>
    (w.capital || (i > 0 && LINKS.has(w.lower) && !['of', 'for'].includes(w.lower))) &&
    !/\d/u.test(w.text) && !(w.text.length > 1 && w.text === w.text.toUpperCase()) &&
    !STOPWORDS.has(w.lower) && !common.has(w.id) && !w.lower.endsWith('ly') && !isTitleWord(w.lower),
  )
}

function text(norm: string, tokens: readonly NameToken[], a: number, b: number): string {
  return norm.slice(tokens[a]!.start, tokens[b - 1]!.end)
}

/**
 * Organization or place by its cue: the last word (`Munich Security Conference`, `Guatemala City`) or the head before
 * `of`/`for` (`Department of Health`, `International Organization for Migration`), or the place gazetteer.
 */
function kindByCue(lowers: readonly string[]): RunKind | null {
  const link = lowers.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'))
  const head = link > 0 ? lowers[link - 1]! : ''
  const last = lowers[lowers.length - 1]!
  if (ORGANIZATION_CUES.has(last) || ORGANIZATION_CUES.has(head)) return 'organization'
  if (isPlace(lowers) || PLACE_CUES.has(last) || PLACE_CUES.has(head)) return 'place'
  return null
}

/** The organization or place a role phrase ends on (`of the International Criminal Court`), if any. */
function innerName(norm: string, tokens: readonly NameToken[], a: number, b: number): NameRun[] {
  while (a < b && !tokens[a]!.capital) a++
  if (a >= b) return []
  const kind = kindByCue(tokens.slice(a, b).map((t) => lookup(t.lower)))
  return kind ? [{ kind, text: text(norm, tokens, a, b), from: a, to: b, runFrom: a }] : []
}

/** Classifies the run [a, b): a role phrase, an organization, a place, a person after a title, or undecided. */
function classify(norm: string, tokens: readonly NameToken[], a: number, b: number, common: WordIds): NameRun {
  const lowers = tokens.slice(a, b).map((t) => lookup(t.lower))
  const run = (kind: RunKind, from = a, to = b, extra: Partial<NameRun> = {}): NameRun =>
    ({ kind, text: text(norm, tokens, from, to), from, to, runFrom: a, ...extra })
  // `Prosecutor of the International Criminal Court`: a title followed by a link is a role phrase.
  for (let k = 0; k + 1 < lowers.length; k++) {
    if (isTitleWord(lowers[k]!) && ROLE_LINKS.has(lowers[k + 1]!)) return run('role', a, b, { inner: innerName(norm, tokens, a + k + 2, b) })
  }
  const cue = kindByCue(lowers)
  if (cue === 'organization') return run('organization')
  let r = -1
  for (let k = 0; k < lowers.length; k++) if (isTitleWord(lowers[k]!)) r = k
  // `Amy Pope`, `Stephen King`: a given name first makes a final title word a surname.
  if (r === lowers.length - 1 && r > 0 && isGivenName(lowers[0]!) && !isTitleWord(lowers[0]!)) r = -1
  if (r === lowers.length - 1) return run('role')
  let to = b
  while (to > a + r + 2 && POST_NOMINALS.has(lowers[to - a - 1]!) && tokens[to - 1]!.text === tokens[to - 1]!.text.toUpperCase()) to--
  // Without a title or post-nominals the core is the whole run, whose cue is known.
  if ((r < 0 && to === b ? cue : kindByCue(lowers.slice(r + 1, to - a))) === 'place') {
    return r >= 0 ? run('role', a, b, { inner: [run('place', a + r + 1, to)] }) : run('place', a, to)
  }
  if (r >= 0) {
    const titleTokens = tokens.slice(a, a + r + 1).filter((t) => !HONORIFICS.has(t.lower))
    const title = titleTokens.length ? norm.slice(titleTokens[0]!.start, titleTokens[titleTokens.length - 1]!.end) : undefined
    return run('person', a + r + 1, to, { title, titleWords: lowers.slice(0, r + 1) })
  }
  if (to - a === 1) return run('single', a, to)
  return personShaped(tokens.slice(a, to), common) ? run('person', a, to) : run('other', a, to)
}

/**
 * The name runs of one sentence, classified. `common` holds the words the document also writes in lowercase, which
 * are no names when a sentence start capitalizes them and make a run unlikely to be a person.
 */
export function nameRuns(norm: string, tokens: readonly NameToken[], common: WordIds): NameRun[] {
  return rawRuns(norm, tokens, common).map(([a, b]) => classify(norm, tokens, a, b, common))
}
