// Unmarked quotations: the paragraph that a `… said:` paragraph introduces without quotation marks.
import { isBody } from './analyze.js'
import { perObject } from './memo.js'
import { quoteIntroduction } from './speakers.js'
import type { Doc } from './types.js'

// Double quotation marks anywhere, or a single one opening the paragraph: `’` is also the apostrophe (`Guatemala’s`).
const MARK = /["“”«»„]/u
const SINGLE_OPENING = /^['‘]/u

/**
 * The blocks (indexes into `doc.blocks`) that are someone's words though no mark says so: a paragraph right after one
 * that ends on an attribution and a colon (`Health Secretary Jane Roe said:`), holding no quotation mark of its own.
 * GOV.UK and many ministries set a minister's words so. Only the first paragraph counts: where such a quotation
 * ends is not marked, and the release's own text usually resumes after a paragraph or two. The summary's selection
 * and the quote stage both need them: they are found once per document.
 */
export const bareQuoteBlocks: (doc: Doc) => readonly number[] = perObject(find)

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
