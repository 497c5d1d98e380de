// Shared data shapes of the summarizer pipeline: the document model the stages pass along, and the result.

/** What a block of the article is, as decided by `structure`. */
export type BlockKind = 'title' | 'heading' | 'paragraph' | 'list-item' | 'boilerplate'

/** A sentence (or list item, or heading) of the document, with offsets into the original source. */
export interface Sentence {
  /** Position in the document's sentence list (0-based, document order). */
  index: number
  /** UTF-16 offset into the source text where the sentence starts. */
  start: number
  /** UTF-16 offset into the source text just past the sentence's end. */
  end: number
  /** `source.slice(start, end)`: verbatim. */
  text: string
  /** The same span of the normalized text (NFC, plain spaces, straight apostrophes kept as typed). */
  norm: string
  /** What kind of block the sentence sits in. */
  kind: BlockKind
  /** Index of the block (paragraph, list item, heading…) the sentence belongs to. */
  block: number
  /** Index among the body paragraphs (list items of one list share one), or -1 outside the body. */
  paragraph: number
  /** 0 for the first sentence of its paragraph. */
  inParagraph: number
}

/** A block of the document: a paragraph, a heading line, one list item, the title or a boilerplate line. */
export interface Block {
  kind: BlockKind
  start: number
  end: number
  /** Index of the list this item belongs to (items of one list share it), or -1. */
  list: number
}

/** The segmented document every later stage reads. */
export interface Doc {
  /** The text as given. */
  source: string
  /** The normalized text; `toSource` maps its spans back. */
  normalized: string
  /** Maps a span of `normalized` to the span of `source` holding the same characters. */
  toSource: (start: number, end: number) => { start: number; end: number }
  title: { text: string; start: number; end: number } | null
  blocks: Block[]
  /** Every sentence, boilerplate included (flagged by `kind`), in document order. */
  sentences: Sentence[]
  /** Count of body paragraphs. */
  paragraphs: number
}

/** A token of a sentence: the lowercase surface form and its stem. */
export interface Token {
  /** Lowercased surface form. */
  lower: string
  /** Porter stem of `lower`. */
  stem: string
  /** Whether the token is a stopword. */
  stop: boolean
  /** Whether the surface form starts with a capital letter. */
  capital: boolean
  /** Whether the token is a number. */
  numeric: boolean
  /** Offset of the token in the normalized text. */
  start: number
  end: number
  /**
   * Vocabulary id of `lower` (vocabulary.ts): the same word, the same id, among tokens made inside one document reading
   * (`inDocument`: `summarize`, `findEntities`) or with no document reading between them; the vocabulary may start
   * anew between readings.
   */
  id: number
}

/** Feature values of one sentence, each in [0, 1] unless noted. */
export interface SentenceFeatures {
  position: number
  paragraphLead: number
  centrality: number
  titleOverlap: number
  /** Share of the sentence's content stems first named there and taken up again by a later sentence (`firstMentionAt`, stats.ts). */
  firstMention: number
  properNouns: number
  numbers: number
  length: number
  /** Penalties: 1 when the property holds. */
  question: number
  openingQuote: number
  leadIn: number
  /** A modal of possibility (`could`, `would`, `might`, `may`): a hedged statement. */
  hedged: number
  [feature: string]: number
}

/** A sentence returned in the result. */
export interface SummarySentence {
  text: string
  index: number
  score: number
  /** 1 for the best-ranked sentence. */
  rank: number
  start: number
  end: number
  features?: SentenceFeatures
}

export interface KeyPoint {
  text: string
  sentenceIndex: number
  /** Offsets of the source sentence the bullet was cut from. */
  start: number
  end: number
}

export interface Keyword {
  text: string
  score: number
}

export interface Quote {
  /** The quoted words, without the quotation marks: exactly `source.slice(start, end)`. */
  text: string
  /** The person (or, failing that, the name) the text attributes the quote to, or null. */
  speaker: string | null
  /** The speaker's role as the text gives it (`Director General of the International Organization for Migration`). */
  role?: string
  /** Index of the sentence where the quote opens. */
  sentenceIndex: number
  start: number
  end: number
}

export interface Entity {
  text: string
  count: number
  role?: string
}

export interface Entities {
  people: Entity[]
  organizations: Entity[]
  places: Entity[]
}

export interface Acronym {
  short: string
  long: string
}

export interface Meta {
  title: string | null
  byline: string | null
  dateline: string | null
  source: string | null
  published: string | null
}

export interface Stats {
  characters: number
  words: number
  sentences: number
  paragraphs: number
  readingTimeMinutes: number
}

/** Everything `summarize` returns. */
export interface SummarizeResult {
  version: string
  title: string | null
  language: string
  summary: string
  sentences: SummarySentence[]
  keyPoints: KeyPoint[]
  keywords: Keyword[]
  /** Direct quotations with their speakers. */
  quotes: Quote[]
  /** People, organizations and places the text names. */
  entities: Entities
  /** Acronyms the text defines. */
  acronyms: Acronym[]
  /** Title, byline, dateline, source and publication date, where the text states them. */
  meta: Meta
  stats: Stats
  /** Whether a length budget (maxWords / maxCharacters) dropped sentences the count asked for. */
  truncated: boolean
}
