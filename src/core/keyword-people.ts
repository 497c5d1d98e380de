// Keyphrases that name one person: `President Arévalo` and `President Bernardo Arévalo` are one keyword, not two.
import { HONORIFIC, POST_NOMINAL, TITLE, wordClasses } from './entity-words.js'
import type { Candidates } from './keyword-candidates.js'
import type { Referents } from './keyword-select.js'
import type { KeywordSentence } from './keyword-sentence.js'
import type { Token } from './types.js'
import { plain, plainWord, wordsOf } from './person-words.js'

/** A person of the text: the name and the role the entity stage found (`Entity`). */
export interface PersonName {
  text: string
  role?: string
}

/** A phrase that names nobody the text names, or whom two people of the text could both be. */
export const NOBODY = -1

/**
 * Who a keyphrase names, from the people the entity stage found. A phrase names a person when it holds the person's
 * surname (the last word of the name) and every other word is part of that name, an honorific or post-nominal, or a
 * word of the person's role (a title word when the text gives no role): `Secretary Mayorkas` and `Alejandro
 * Mayorkas` are one person, while `Arévalo administration` is about something else and stays a keyphrase of its own;
 * so is a capitalized piece that opens the person's role (`byRole`). A keyword list is read as a list of distinct topics
 * (the redundancy a reader sees is why MMR-style selection exists, Carbonell & Goldstein 1998); the entity stage
 * already knows that the two spellings are one person, so the keyphrases take its word for it. Of two spellings the
 * one with more of the name is shown (`Clarence Thomas` rather than `Judge Thomas`): keyphrase annotators write
 * people by their names (DUC-2001's lists hold `clarence thomas`, `elizabeth taylor`, `ben johnson`).
 */
export class PersonReferents {
  // Each person's name words, lowercase (a word or three: an array's `includes` beats building a set per person per
  // call); the people by the lowercase surname that ends their name.
  private readonly names: string[][] = []
  private readonly bySurname = new Map<string, number[]>()
  // Each person's role as given, and as `role` reads it, made on first use: a document whose phrases hold no title
  // word reads no role (with `wordsOf` and arrays for the names, ~1 % off the keyphrase stage).
  private readonly givenRoles: (string | undefined)[] = []
  private readonly roles: (string | null)[] = []
  // Each person's name as the entity stage writes it.
  private readonly texts: string[] = []

  /** `people`: the text's people as the entity stage lists them (name and role), best first. Default none. */
  constructor(people: readonly PersonName[] = []) {
    for (const { text, role } of people) {
      const words = wordsOf(text)
      if (words.length === 0) continue
      const surname = words[words.length - 1]!
      const p = this.names.push(words) - 1
      this.givenRoles.push(role)
      this.roles.push(null)
      this.texts.push(text)
      const same = this.bySurname.get(surname)
      if (same) same.push(p)
      else this.bySurname.set(surname, [p])
    }
  }

  /** The people `candidates` name, read at each candidate's first occurrence in `sentences`. */
  of(sentences: readonly KeywordSentence[], candidates: Candidates): Referents {
    // Each candidate is read once: its person, then (for a person's phrases only) its fullness.
    const person = new Map<number, number>()
    const full = new Map<number, number>()
    const at = (k: number) => {
      const o = candidates.firstOccurrence(k)
      return [sentences[candidates.occurrenceSentence(o)]!.tokens, candidates.occurrenceFrom(o), candidates.occurrenceTo(o)] as const
    }
    const of = (k: number) => {
      let p = person.get(k)
      if (p === undefined) person.set(k, (p = this.named(...at(k))))
      return p
    }
    const fullness = (k: number) => {
      let f = full.get(k)
      if (f === undefined) {
        const p = of(k)
        full.set(k, (f = p === NOBODY ? 0 : this.fullness(p, ...at(k))))
      }
      return f
    }
    return {
      of,
      fullness,
      // The person's name as the entity stage writes it where a piece of the role won the place (`Murad Ali Shah`, not
      // `Chief Minister Sindh`) or the phrase carries post-nominal letters (`Emma Reynolds`, not `Emma Reynolds MP`).
      // Titles stay: DUC-2001's annotators kept them (`presidential candidate carlos pizarro`), and showing the bare
      // name cost 0.25 F1@5 there.
      label: (k) => (of(k) !== NOBODY && (fullness(k) < 0 || this.honoured(...at(k))) ? this.texts[of(k)]! : null),
    }
  }

  /** The person `tokens[from … to - 1]` names (an index into the constructor's list), or `NOBODY`. */
  named(tokens: readonly Token[], from: number, to: number): number {
    if (this.names.length === 0) return NOBODY
    const byName = this.byName(tokens, from, to)
    return byName !== NOBODY || !tokens[from]!.capital ? byName : this.byRole(tokens, from, to)
  }

  /**
   * The one person whose role the capitalized phrase, holding a title word, is a piece of (`Federal Minister` of
   * `Federal Minister for Planning, Development…`, `U.S. Secretary` of `U.S. Secretary of Homeland Security`): a title
   * written before a name is part of how the text names that person, not a topic of its own.
   */
  private byRole(tokens: readonly Token[], from: number, to: number): number {
    let phrase = ' '
    let title = false
    for (let i = from; i < to; i++) {
      const t = tokens[i]!
      phrase += `${plainWord(t.lower)} `
      if (wordClasses(t.id, t.lower) & TITLE) title = true
    }
    // An organization named in a role (`Homeland Security`, `International Organization for Migration`) is a topic.
    if (!title) return NOBODY
    let found = NOBODY
    for (let p = 0; p < this.roles.length; p++) {
      // The role must open on the phrase: ` president ` inside ` vice president `, or `High Court` inside `judge of
      // the High Court`, is someone else's title or an institution.
      const role = this.role(p)
      if (!role.startsWith(phrase) && !role.startsWith(` the${phrase}`)) continue
      if (found !== NOBODY) return NOBODY
      found = p
    }
    return found
  }

  private byName(tokens: readonly Token[], from: number, to: number): number {
    let found = NOBODY
    for (let i = from; i < to; i++) {
      const people = this.bySurname.get(tokens[i]!.lower)
      if (people === undefined) continue
      for (const p of people) {
        if (!this.fits(p, tokens, from, to)) continue
        // Two people fit (`President Obama` with Barack and Michelle in the text): the phrase names neither for sure.
        if (found !== NOBODY && found !== p) return NOBODY
        found = p
      }
    }
    return found
  }

  /** Person `p`'s role, lowercase, words between single spaces and the ends (`' federal minister for planning '`), or ''. */
  private role(p: number): string {
    let role = this.roles[p]!
    if (role === null) {
      const given = this.givenRoles[p]
      role = this.roles[p] = given ? ` ${plain(given)} ` : ''
    }
    return role
  }

  /** Whether the phrase holds post-nominal letters (`MP`, `OBE`). */
  private honoured(tokens: readonly Token[], from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (wordClasses(tokens[i]!.id, tokens[i]!.lower) & POST_NOMINAL) return true
    return false
  }

  /** How fully the phrase writes person `p`'s name: name words first, then brevity (`Clarence Thomas` over `Judge Thomas`). */
  private fullness(p: number, tokens: readonly Token[], from: number, to: number): number {
    let names = 0
    for (let i = from; i < to; i++) if (this.names[p]!.includes(tokens[i]!.lower)) names++
    return names * 64 - (to - from)
  }

  /**
   * Whether every word of the phrase is the person's name, an honorific, or a word of the role the text gives the
   * person (a title word, when it gives none): `President Bush` is not Jeb Bush, `former governor of Florida`, but his
   * brother.
   */
  private fits(p: number, tokens: readonly Token[], from: number, to: number): boolean {
    const name = this.names[p]!
    const role = this.role(p)
    for (let i = from; i < to; i++) {
      const t = tokens[i]!
      if (name.includes(t.lower)) continue
      const classes = wordClasses(t.id, t.lower)
      // `Emma Reynolds MP`, `Jane Marriott CMG OBE`: honours and post-nominal letters are not a second person.
      if (classes & (HONORIFIC | POST_NOMINAL)) continue
      // A word of the role the text gives the person (`Health Secretary Jane Roe`); else a title word, when it gives none.
      if (role !== '' ? !role.includes(` ${plainWord(t.lower)} `) : !(classes & TITLE)) return false
    }
    return true
  }
}
