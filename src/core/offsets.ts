// Normalized offsets of a document's sentences: a Sentence carries source offsets, the word-level stages need both.
import { perObject } from './memo.js'
import type { Doc } from './types.js'

/**
 * Where each sentence of `doc` starts in `doc.normalized`. Every `sentence.norm` is an exact slice of the normalized
 * text inside its block, so a forward search from the previous sentence's end finds it: one pass over the text. The
 * entity and quote stages both need a document's starts: they are found once per document.
 */
export const sentenceStarts: (doc: Doc) => readonly number[] = perObject(find)

function find(doc: Doc): number[] {
  const starts: number[] = []
  let cursor = 0
  for (const s of doc.sentences) {
    const from = Math.max(cursor, doc.blocks[s.block]?.start ?? 0)
    const at = locate(doc.normalized, s.norm, from)
    const start = at < 0 ? from : at
    starts.push(start)
    cursor = start + s.norm.length
  }
  return starts
}

// How far `locate` steps by hand before leaving the search to `indexOf`.
const STEPS = 16

/**
 * `text.indexOf(part, from)`. The sentence usually starts a space or two on: stepping to the first character and
 * comparing there spares `indexOf` on a long needle (its search table is set up per call).
 */
function locate(text: string, part: string, from: number): number {
  if (part.length === 0) return from
  const first = part.charCodeAt(0)
  const stop = Math.min(text.length, from + STEPS)
  // A slice compared with `===` is a flat compare of the characters; `startsWith` goes one character at a time.
  for (let i = from; i < stop; i++) if (text.charCodeAt(i) === first && text.slice(i, i + part.length) === part) return i
  return text.indexOf(part, from)
}
