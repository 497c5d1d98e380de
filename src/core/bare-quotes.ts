// Unmarked quotations: the paragraph that a `… said:` paragraph introduces without quotation marks.
import { isBody } from './analyze.js'
import { quoteIntroduction } from './speakers.js'
import type { Doc } from './types.js'

// Double quotation marks anywhere, or a single one opening the paragraph: `’` is also the apostrophe (`Guatemala’s`).
const MARK = /["“”«»„]/u
const SINGLE_OPENING = /^['‘]/u

/**
 * The blocks (indexes into `doc.blocks`) that are someone's words though no mark says so: a paragraph right after one
 * that ends on an attribution and a colon (`Health Secretary Jane Roe said:`), holding no quotation mark of its own.
 * GOV.UK and many ministries set a minister's words so. Only the first paragraph counts: where such a quotation
 * ends is not marked, and the release's own text usually resumes after a paragraph or two.
 */
export function bareQuoteBlocks(doc: Doc): readonly number[] {
  let blocks = made.get(doc)
  if (blocks === undefined) made.set(doc, (blocks = find(doc)))
  return blocks
}

// The summary's selection and the quote stage both need them: found once per document, as `sentenceStarts` is.
const made = new WeakMap<Doc, readonly number[]>()

function find(doc: Doc): number[] {
  const text = doc.normalized
  const blocks = doc.blocks
  const out: number[] = []
  for (let b = 1; b < blocks.length; b++) {
    const block = blocks[b]!
    const previous = blocks[b - 1]!
    // The colon first: most paragraphs end on a stop, and the attribution test reads the paragraph's tail.
    if (block.kind !== 'paragraph' || !isBody(previous) || text.charCodeAt(previous.end - 1) !== 58) continue
    const body = text.slice(block.start, block.end)
    if (quoteIntroduction(text, previous.start, previous.end) < 0 || MARK.test(body) || SINGLE_OPENING.test(body)) continue
    out.push(b)
  }
  return out
}
