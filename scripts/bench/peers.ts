// The summarizers the benchmark compares: the project's `summarize` and the npm peers, each behind one call shape.

import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'
import type { SummarizeOptions } from '../../src/core/options'
import type { SummarizeResult } from '../../src/core/types'
import { ROOT } from './util'

const require = createRequire(import.meta.url)

/** One summarizer: `run(text, k)` returns the k sentences it picked, in document order. */
export interface Summarizer {
  /** Short key used in the JSON report. */
  key: string
  /** Name and version, for the table. */
  label: string
  run: (text: string, k: number) => string[]
  /** How many of the CNN articles it is timed on (all unless it is too slow to). */
  maxArticles?: number
  /** Rounds over the articles; each article's time is the median of its rounds. */
  rounds: number
  /** A caveat printed under the table. */
  note?: string
}

export type Summarize = (text: string, options?: SummarizeOptions) => SummarizeResult

const version = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version

/** Imports the project's core (`src/core/index.ts` unless another module path is given). */
export async function loadProject(corePath?: string): Promise<Summarize> {
  const mod = corePath
    ? ((await import(pathToFileURL(resolve(ROOT, corePath)).href)) as { summarize: Summarize })
    : await import('../../src/core/index')
  if (typeof mod.summarize !== 'function') throw new Error('src/core/index.ts does not export summarize()')
  return mod.summarize
}

export function projectSummarizer(summarize: Summarize): Summarizer {
  const pkg = require('../../package.json') as { name: string; version: string }
  return {
    key: 'project',
    label: `${pkg.name} ${pkg.version} summarize`,
    run: (text, k) => summarize(text, { sentences: k }).sentences.map((s) => s.text),
    rounds: 5,
  }
}

/** wink-nlp's sentenceWiseImportance (POS n-gram salience), with the lite English web model; top k by importance. */
function winkSummarizer(): Summarizer {
  const winkNLP = require('wink-nlp') as (typeof import('wink-nlp'))['default']
  const model = require('wink-eng-lite-web-model') as (typeof import('wink-eng-lite-web-model'))['default']
  const nlp = winkNLP(model)
  const its = nlp.its
  return {
    key: 'wink-nlp',
    label: `wink-nlp ${version('wink-nlp')} sentenceWiseImportance`,
    run: (text, k) => {
      const doc = nlp.readDoc(text)
      const importance = doc.out(its.sentenceWiseImportance) as unknown as { index: number; importance: number }[]
      const top = [...importance].sort((a, b) => b.importance - a.importance || a.index - b.index).slice(0, k)
      const sentences = doc.sentences()
      return top.sort((a, b) => a.index - b.index).map((s) => sentences.itemAt(s.index).out())
    },
    rounds: 3,
  }
}

/** lexrank 1.0.5: sentence-tokenizer + natural's Treebank tokenizer, Tanimoto similarity, power iteration. */
function lexrankSummarizer(): Summarizer {
  const lexrank = require('lexrank') as {
    summarize: (text: string, lines: number, cb: (err: unknown, top: { text: string; index: number }[]) => void) => void
  }
  return {
    key: 'lexrank',
    label: `lexrank ${version('lexrank')}`,
    run: (text, k) => {
      // The callback is called synchronously.
      let out: string[] | undefined
      lexrank.summarize(text, k, (err, top) => {
        if (err) throw err instanceof Error ? err : new Error(String(err))
        out = top.map((s) => s.text)
      })
      if (!out) throw new Error('lexrank returned asynchronously')
      return out
    },
    rounds: 3,
  }
}

/** textrank 1.0.5 (TextRank-node): its own regex splitter, word-overlap similarity, an O(n³) iteration per pass. */
function textrankSummarizer(): Summarizer {
  // package.json names a missing "TextRank.js"; Node falls back to index.js with a warning, so load it directly.
  const { TextRank } = require('textrank/index.js') as {
    TextRank: new (text: string, settings: object) => { summarizedArticle: string[] }
  }
  return {
    key: 'textrank',
    label: `textrank ${version('textrank')}`,
    run: (text, k) => new TextRank(text, { extractAmount: k, summaryType: 'array' }).summarizedArticle,
    rounds: 2,
    note: 'textrank: it splits only at ". " before a capital (paragraph breaks merge sentences) and throws on some articles',
  }
}

/**
 * The peers, in the order the table shows them, as factories: a peer's package is loaded only when its factory runs,
 * because lexrank's dependencies (sugar, via natural/unfluff) patch Array.prototype and must not touch the others.
 */
export const PEERS: Record<string, () => Summarizer> = {
  'wink-nlp': winkSummarizer,
  lexrank: lexrankSummarizer,
  textrank: textrankSummarizer,
}
