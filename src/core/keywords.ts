// Keyphrase stage: candidate phrases from runs of content words and capitalized names, ranked by position and frequency.
import type { Keyword, Token } from './types.js'

/** One body sentence as the keyphrase stage sees it. */
export interface KeywordSentence {
  tokens: Token[]
  /** The sentence's normalized text, to see punctuation between tokens. */
  norm: string
  /** Normalized offset of the sentence's start (token offsets are relative to the document). */
  offset: number
  /** Position among the body sentences. */
  bodyIndex: number
}

/** How `keywords` ranks. */
export interface KeywordOptions {
  /** How many phrases. Default 10. */
  count?: number
  /** Longest phrase in words. Default 4. */
  maxWords?: number
}

// Lowercase words allowed inside a capitalized name: `International Organization for Migration`.
const NAME_LINKS = new Set(['of', 'for', 'de', 'del', 'la', 'von', 'van'])

interface Candidate {
  key: string
  stems: string[]
  surface: Map<string, number>
  count: number
  firstSeen: number
  name: boolean
}

function gapIsPlain(norm: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (norm[i] !== ' ') return false
  return true
}

function* phrases(sentence: KeywordSentence, maxWords: number): Generator<{ tokens: Token[]; name: boolean }> {
  const { tokens, norm, offset } = sentence
  let run: Token[] = []
  let runIsName = true
  const flush = function* () {
    // Trailing links (`of`) never end a phrase.
    while (run.length && run[run.length - 1]!.stop) run.pop()
    if (run.length && run.length <= maxWords) yield { tokens: run, name: runIsName && run.length > 1 }
    else if (run.length > maxWords) {
      // A long run of content words gives its tail phrases, which usually hold the head noun.
      for (let i = run.length - maxWords; i < run.length; i++) if (!run[i]!.stop) yield { tokens: run.slice(i), name: false }
    }
    run = []
    runIsName = true
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const prev = tokens[i - 1]
    const joined = prev !== undefined && gapIsPlain(norm, prev.end - offset, t.start - offset)
    const link = t.stop && NAME_LINKS.has(t.lower) && run.length > 0 && runIsName && tokens[i + 1]?.capital === true
    const content = !t.stop && !t.numeric && t.lower.length > 1
    if (!joined || !(content || link)) yield* flush()
    if (content || (link && run.length)) {
      // A capital at the start of a sentence says nothing about being a name.
      const capital = t.capital && i > 0
      if (run.length && runIsName !== capital && !link) yield* flush()
      if (!run.length) runIsName = capital
      run.push(t)
    }
  }
  yield* flush()
}

/**
 * Ranks candidate phrases: each word's weight is its summed inverse position (PositionRank, Florescu & Caragea 2017,
 * without the graph), a phrase's score is the mean of its words' weights times the square root of its own frequency,
 * and names (`Munich Security Conference`) count as one phrase. Phrases contained in a better one are dropped.
 */
export function keywords(sentences: readonly KeywordSentence[], { count = 10, maxWords = 4 }: KeywordOptions = {}): Keyword[] {
  if (count <= 0) return []
  const wordWeight = new Map<string, number>()
  const candidates = new Map<string, Candidate>()
  for (const sentence of sentences) {
    const w = 1 / (1 + sentence.bodyIndex)
    for (const t of sentence.tokens) if (!t.stop && !t.numeric) wordWeight.set(t.stem, (wordWeight.get(t.stem) ?? 0) + w)
    for (const { tokens, name } of phrases(sentence, maxWords)) {
      const stems = tokens.map((t) => t.stem)
      const key = stems.join(' ')
      const surface = sentence.norm.slice(tokens[0]!.start - sentence.offset, tokens[tokens.length - 1]!.end - sentence.offset)
      let c = candidates.get(key)
      if (!c) {
        c = { key, stems, surface: new Map(), count: 0, firstSeen: sentence.bodyIndex, name }
        candidates.set(key, c)
      }
      c.count++
      c.name ||= name
      c.surface.set(surface, (c.surface.get(surface) ?? 0) + 1)
    }
  }
  const scored = [...candidates.values()].map((c) => {
    const content = c.stems.filter((_, i) => i === 0 || i === c.stems.length - 1 || !NAME_LINKS.has(c.stems[i]!))
    const mean = content.reduce((sum, s) => sum + (wordWeight.get(s) ?? 0), 0) / content.length
    const score = mean * Math.sqrt(c.count) * (c.name ? 1.5 : 1) * (1 + 0.25 * Math.min(3, content.length - 1))
    return { c, score }
  })
  scored.sort((a, b) => b.score - a.score || a.c.firstSeen - b.c.firstSeen || (a.c.key < b.c.key ? -1 : 1))
  const out: { c: Candidate; score: number }[] = []
  for (const s of scored) {
    if (out.length >= count) break
    const mine = ` ${s.c.key} `
    if (out.some((o) => ` ${o.c.key} `.includes(mine) || mine.includes(` ${o.c.key} `))) continue
    out.push(s)
  }
  const top = out[0]?.score ?? 1
  return out.map(({ c, score }) => ({ text: mostCommon(c.surface), score: round(score / top) }))
}

function mostCommon(surfaces: Map<string, number>): string {
  let best = ''
  let n = 0
  for (const [s, c] of surfaces) if (c > n) [best, n] = [s, c]
  return best
}

const round = (x: number) => Math.round(x * 1000) / 1000
