// Keyphrases that name one person: `President Arévalo` and `President Bernardo Arévalo` are one keyword, not two.
import { HONORIFIC, TITLE, wordClasses } from './entity-words.js'
import type { Candidates } from './keyword-candidates.js'
import type { Referents } from './keyword-select.js'
import type { KeywordSentence } from './keyword-sentence.js'
import type { Token } from './types.js'

/** A phrase that names nobody the text names, or whom two people of the text could both be. */
export const NOBODY = -1

/**
 * Who a keyphrase names, from the people the entity stage found. A phrase names a person when it holds the person's
 * surname (the last word of the name) and every other word is part of that name or a title or honorific (`President`,
 * `Secretary`, `Dr`): `Secretary Mayorkas` and `Alejandro Mayorkas` are one person, while `Arévalo administration`
 * is about something else and stays a keyphrase of its own. A keyword list is read as a list of distinct topics
 * (the redundancy a reader sees is why MMR-style selection exists, Carbonell & Goldstein 1998); the entity stage
 * already knows that the two spellings are one person, so the keyphrases take its word for it. Of two spellings the
 * one with more of the name is shown (`Clarence Thomas` rather than `Judge Thomas`): keyphrase annotators write
 * people by their names (DUC-2001's lists hold `clarence thomas`, `elizabeth taylor`, `ben johnson`).
 */
export class PersonReferents {
  // Each person's name words, lowercase; the people by the lowercase surname that ends their name.
  private readonly names: Set<string>[] = []
  private readonly bySurname = new Map<string, number[]>()

  /** `people`: the names of the text's people (entities' `text`), best first. Default none. */
  constructor(people: readonly string[] = []) {
    for (const name of people) {
      const words = name.toLowerCase().split(/\s+/u).filter(Boolean)
      if (words.length === 0) continue
      const surname = words[words.length - 1]!
      const p = this.names.push(new Set(words)) - 1
      const same = this.bySurname.get(surname)
      if (same) same.push(p)
      else this.bySurname.set(surname, [p])
    }
  }

  /** The people `candidates` name, read at each candidate's first occurrence in `sentences`. */
  of(sentences: readonly KeywordSentence[], candidates: Candidates): Referents {
    const at = (k: number) => {
      const o = candidates.firstOccurrence(k)
      return [sentences[candidates.occurrenceSentence(o)]!.tokens, candidates.occurrenceFrom(o), candidates.occurrenceTo(o)] as const
    }
    return {
      of: (k) => this.named(...at(k)),
      fullness: (k) => this.fullness(...at(k)),
    }
  }

  /** The person `tokens[from … to - 1]` names (an index into the constructor's list), or `NOBODY`. */
  named(tokens: readonly Token[], from: number, to: number): number {
    if (this.names.length === 0) return NOBODY
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

  /** Name words first, then brevity: `Clarence Thomas` over `Judge Thomas` and over `Judge Clarence Thomas`. */
  fullness(tokens: readonly Token[], from: number, to: number): number {
    const p = this.named(tokens, from, to)
    if (p === NOBODY) return 0
    let names = 0
    for (let i = from; i < to; i++) if (this.names[p]!.has(tokens[i]!.lower)) names++
    return names * 64 - (to - from)
  }

  private fits(p: number, tokens: readonly Token[], from: number, to: number): boolean {
    const name = this.names[p]!
    for (let i = from; i < to; i++) {
      const t = tokens[i]!
      if (!name.has(t.lower) && (wordClasses(t.id, t.lower) & (TITLE | HONORIFIC)) === 0) return false
    }
    return true
  }
}
