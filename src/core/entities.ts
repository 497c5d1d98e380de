// Entity stage: the people, organizations and places a text names, with counts, roles and one entry per person.
import { candidate, type Candidate } from './entity-mentions.js'
import { documentNameTokens, spanText, type NameTokens } from './entity-tokens.js'
import { HONORIFIC, ORGANIZATION_CUE, PLACE, PLACE_CUE, TITLE } from './entity-words.js'
import { mayHoldNames, nameRuns } from './namerun.js'
import { sentenceStarts } from './offsets.js'
import { extendList, roleAt } from './roles.js'
import { inDocument, tokenize } from './tokenize.js'
import type { Acronym, Doc, Entities, Entity, Token } from './types.js'
import { WordSet } from './wordtable.js'

/** How `entities` reads the text. */
export interface EntityOptions {
  /** Acronyms the text defines (from `acronyms`): their short forms count as mentions of the long form. Default []. */
  acronyms?: readonly Acronym[]
  /** Tokens already made for some sentences (`tokenize(sentence.norm)`), by sentence index, to save a pass. */
  tokens?: ReadonlyMap<number, readonly Token[]>
}

/** A person, with what the quote stage needs to resolve pronouns. */
export interface Person {
  name: string
  count: number
  role?: string
  gender: 'male' | 'female' | null
}

/** Where a person is named: a sentence and a span of `doc.normalized`. */
export interface PersonMention {
  person: number
  sentence: number
  start: number
  end: number
  /** Whether the mention opens its clause, the likeliest antecedent of a later pronoun (centering theory). */
  subject: boolean
}

/** `EntityResult`: the public lists plus the people and their mentions for the quote stage. */
export interface EntityResult {
  entities: Entities
  people: Person[]
  mentions: PersonMention[]
}

interface Tally {
  text: string
  count: number
  first: number
}

// The document's words also written in lowercase, for one `findEntities` call at a time.
const common = new WordSet()

// Only a typographic apostrophe needs replacing: most names have none, and skip the regex.
function key(text: string): string {
  const lower = text.toLowerCase()
  return lower.includes('’') ? lower.replace(/’/gu, "'") : lower
}

function tally(map: Map<string, Tally>, text: string, order: number, weight = 1): void {
  const k = key(text)
  const t = map.get(k)
  if (t) t.count += weight
  else map.set(k, { text, count: weight, first: order })
}

function sorted(map: Map<string, Tally>): Entity[] {
  return [...map.values()].sort((a, b) => b.count - a.count || a.first - b.first).map(({ text, count }) => ({ text, count }))
}

/**
 * Finds the people, organizations and places of a document from capitalized word runs: titles and role phrases
 * split off (`President`, `Prime Minister of the Netherlands`), organization and place cues and gazetteers decide
 * the kind, and a person named several ways (`Bernardo Arévalo`, `President Arévalo`, `Arévalo`) is one entry whose
 * count is every mention. A role comes from an appositive or from the title before the name. Reads the title and
 * the body, not the boilerplate (a byline's author is the article's, not the story's).
 */
export function findEntities(doc: Doc, options: EntityOptions = {}): EntityResult {
  return inDocument(() => find(doc, options))
}

function find(doc: Doc, { acronyms = [], tokens: made }: EntityOptions): EntityResult {
  const starts = sentenceStarts(doc)
  const read = doc.sentences.filter((s) => s.kind !== 'boilerplate')
  // A loop, not `map`: see summarize.ts (an array of one elements kind for the stages that read it).
  const sentenceTokens: (readonly Token[])[] = []
  for (const s of read) sentenceTokens.push(made?.get(s.index) ?? tokenize(s.norm))
  common.clear()
  const views = documentNameTokens(read, sentenceTokens, common)
  const longForm = new Map(acronyms.map((a) => [a.short, a.long]))

  const orgs = new Map<string, Tally>()
  const places = new Map<string, Tally>()
  const candidates: Candidate[] = []
  let order = 0
  read.forEach((s, r) => {
    const list = views[r]!
    if (!mayHoldNames(list, common)) return
    // Runs inside a role phrase already read (`…for Planning, Development, Special Initiatives and …`) are its words.
    let consumed = 0
    for (const run of nameRuns(list, common)) {
      order++
      if (run.kind === 'organization') {
        // `Department of Health and Social Care`, `Department for Science, Innovation and Technology`: a portfolio
        // listed after `of`/`for` (`portfolio`).
        const end = portfolio(list, run.from, run.to)
        tally(orgs, end > run.to ? spanText(list, run.from, end) : run.text, order)
        if (end > run.to) consumed = end
      }
      else if (run.kind === 'place') tally(places, run.text, order)
      if (run.inner) for (const inner of run.inner) tally(inner.kind === 'organization' ? orgs : places, inner.text, order)
      if (run.runFrom < consumed) continue
      if (run.kind === 'role' && run.inner) consumed = extendList(list, run.to)
      // A lone title word may be a surname (`Pope mentioned …` after `Amy Pope`): resolved like any single name.
      const single = run.kind === 'role' && run.to - run.from === 1
      if (run.kind === 'person' || run.kind === 'single' || single) {
        const c = candidate(list, single ? { ...run, kind: 'single' } : run, s.index, starts[s.index]!, order)
        c.role = roleAt(list, run)
        if (c.role?.end !== undefined && run.kind === 'person') consumed = c.role.end
        candidates.push(c)
      }
    }
  })

  // Full names first, so that `President Arévalo` before `President Bernardo Arévalo` still finds its person.
  const people: (Person & { first: number; roleRank: number; votes: number; words: string[]; firstSign: number })[] = []
  const bySurname = new Map<string, number>()
  const full = candidates.filter((c) => c.words !== null)
  full.sort((a, b) => b.run.to - b.run.from - (a.run.to - a.run.from) || a.order - b.order)
  for (const c of full) {
    const words = c.words!
    const last = words[words.length - 1]!
    let p = bySurname.get(last)
    if (p === undefined || !words.every((w) => people[p!]!.words.includes(w))) {
      p = people.length
      people.push({ name: c.run.text, count: 0, gender: null, first: c.order, roleRank: 0, votes: 0, words, firstSign: c.firstSign })
      if (!bySurname.has(last)) bySurname.set(last, p)
    }
    c.person = p
  }
  const mentions: PersonMention[] = []
  // Candidates are made in document order.
  for (const c of candidates) {
    const { run, lower } = c
    let p = c.person >= 0 ? c.person : bySurname.get(lower)
    if (p === undefined && run.kind === 'single') {
      // An acronym's tag (`-MSC-`) defines it; a bare short form elsewhere is a mention of the long form.
      const long = longForm.get(run.text)
      if (long !== undefined && !c.tagged) tally(orgs, long, c.order)
      else if (c.place) tally(places, run.text, c.order)
      if (run.title === undefined) continue
    }
    if (p === undefined) {
      p = people.length
      people.push({ name: run.text, count: 0, gender: null, first: c.order, roleRank: 0, votes: 0, words: [lower], firstSign: c.firstSign })
      bySurname.set(lower, p)
    }
    const person = people[p]!
    person.count++
    person.first = Math.min(person.first, c.order)
    const role = c.role
    if (role && (role.rank > person.roleRank || (role.rank === person.roleRank && role.text.length > (person.role?.length ?? 0)))) {
      person.role = role.text
      person.roleRank = role.rank
    }
    person.votes += c.titleVote
    if (c.subject) person.votes += c.vote
    mentions.push({ person: p, sentence: c.sentence, start: c.start, end: c.end, subject: c.subject })
  }
  for (const person of people) {
    const votes = person.votes + 2 * person.firstSign
    person.gender = votes > 0 ? 'male' : votes < 0 ? 'female' : null
  }

  const ranked = people.map((p, i) => ({ p, i })).sort((a, b) => b.p.count - a.p.count || a.p.first - b.p.first)
  return {
    entities: {
      people: ranked.map(({ p }) => (p.role ? { text: p.name, count: p.count, role: p.role } : { text: p.name, count: p.count })),
      organizations: sorted(orgs),
      places: sorted(places),
    },
    people: people.map(({ name, count, role, gender }) => (role ? { name, count, role, gender } : { name, count, gender })),
    mentions,
  }
}

/** Where an organization's name ends once its listed portfolio is read (`extendList`), or `to` when it lists none. */
function portfolio(s: NameTokens, from: number, to: number): number {
  let linked = false
  for (let k = from + 1; k < to; k++) if (s.lower[k] === 'of' || s.lower[k] === 'for') linked = true
  if (!linked) return to
  const end = extendList(s, to)
  // A listed organization, place, title or honorific starts a name of its own: `… and Foreign Office`, `… and U.S.
  // Botanic Garden`, `…, and China`, `… and Chairman`, `… and Dr`.
  for (let k = to; k < end; k++) if (s.flags[k]! & (ORGANIZATION_CUE | PLACE | PLACE_CUE | TITLE | HONORIFIC)) return to
  return end
}

/** The people, organizations and places of `doc`; see `findEntities`. */
export function entities(doc: Doc, options: EntityOptions = {}): Entities {
  return findEntities(doc, options).entities
}
