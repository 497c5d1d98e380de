// Builds the document model: normalize → structure → segment, with every span mapped back to the source text.
import { datelinePrefixLength, isBareBy, isBoilerplateSentence, isBylineName } from './boilerplate.js'
import { normalize, toSourceSpan } from './normalize.js'
import { segment } from './segment.js'
import { listMarkerLength, structure } from './structure.js'
import type { BlockKind, Doc, Sentence } from './types.js'

/** How `analyze` reads the text. */
export interface AnalyzeOptions {
  /** The article's title when the caller knows it. Default: detected from the first line. */
  title?: string | null
}

/**
 * Reads `source` into a `Doc`: its blocks, its sentences (boilerplate flagged), its title and paragraph count.
 * Every sentence's `text` is exactly `source.slice(start, end)`.
 */
export function analyze(source: string, { title }: AnalyzeOptions = {}): Doc {
  const norm = normalize(source)
  const text = norm.text
  const toSource = (start: number, end: number) => toSourceSpan(norm, start, end)
  const blocks = structure(text, { title })
  const sentences: Sentence[] = []
  let paragraph = -1
  let lastList = -1
  let detectedTitle: Doc['title'] = null
  blocks.forEach((block, b) => {
    if (block.kind === 'paragraph' || (block.kind === 'list-item' && block.list !== lastList)) paragraph++
    lastList = block.kind === 'list-item' ? block.list : -1
    const inBody = block.kind === 'paragraph' || block.kind === 'list-item'
    const from = block.start + (block.kind === 'list-item' ? listMarkerLength(text.slice(block.start, block.end)) : 0)
    const spans =
      block.kind === 'paragraph' || block.kind === 'list-item'
        ? segment(text, from, block.end)
        : [{ start: from, end: block.end }]
    // A one-line paragraph is a line `structure` has already found not to be boilerplate: a sentence that is all of
    // it need not be tested again (most news paragraphs are one line and one sentence).
    const oneLine = block.kind === 'paragraph' && !hasNewline(text, block.start, block.end)
    let inParagraph = 0
    // The sentence before was `By .` (a ` . `-joined page: `By . Daily Mail Reporter . …`): this one may be the names.
    let afterBy = false
    spans.forEach((span) => {
      let start = span.start
      // A dateline (`Seoul (CNN) -- `) is not what the first sentence says; it is left out of the sentence.
      if (inBody && inParagraph === 0 && paragraph < 3) start += datelinePrefixLength(text.slice(start, span.end))
      const norm = text.slice(start, span.end)
      const whole = oneLine && start === block.start && span.end === block.end
      const boiler =
        block.kind === 'boilerplate' || (!whole && (isBoilerplateSentence(norm) || (afterBy && isBylineName(norm))))
      afterBy = !whole && isBareBy(norm)
      const at = toSource(start, span.end)
      sentences.push({
        index: sentences.length,
        start: at.start,
        end: at.end,
        text: source.slice(at.start, at.end),
        norm,
        kind: boiler ? 'boilerplate' : block.kind,
        block: b,
        paragraph: inBody ? paragraph : -1,
        inParagraph: boiler ? 0 : inParagraph,
      })
      if (!boiler) inParagraph++
    })
    if (block.kind === 'title' && detectedTitle === null) {
      const at = toSource(block.start, block.end)
      detectedTitle = { text: source.slice(at.start, at.end), start: at.start, end: at.end }
    }
  })
  const given = title?.trim()
  return {
    source,
    normalized: text,
    toSource,
    title: given ? { text: given, start: -1, end: -1 } : detectedTitle,
    blocks,
    sentences,
    paragraphs: paragraph + 1,
  }
}

function hasNewline(text: string, from: number, to: number): boolean {
  const at = text.indexOf('\n', from)
  return at >= 0 && at < to
}

/** Whether a sentence (or block) is body text, not furniture: a sentence that may be chosen for the summary or key points. */
export const isBody = (s: { kind: BlockKind }): boolean => s.kind === 'paragraph' || s.kind === 'list-item'
