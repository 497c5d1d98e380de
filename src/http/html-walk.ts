// The streaming walk of an HTML page: keeps its own stack of open elements so that omitted end tags still end them.
import { JSON_LD_MAX_CHARS, JSON_LD_MAX_SCRIPTS } from './page-meta.js'
import {
  BLOCKS, BREAKOUT, DROPPED, INTEGRATION_POINTS, PHRASING, impliedEnd, isFurniture, isTentative, roleOf,
} from './html-rules.js'

/** A main or article: where its text lies in `Walk.out`, and how many text characters it holds. */
export interface Region {
  start: number
  end: number
  chars: number
}

/** What a walk collects; `Walk.out` joined is the whole page's text. */
export interface Walk {
  out: string[]
  mains: Region[]
  articles: Region[]
  headings: Region[]
  /** Characters of text in the whole page (outside dropped elements), as `Region.chars` counts them. */
  chars: number
  title: string
  siteName: string
  /** The text of each `<script type="application/ld+json">` (the first `JSON_LD_MAX_SCRIPTS`, `JSON_LD_MAX_CHARS` in all). */
  jsonLd: string[]
  /** `<meta>` contents by lowercase `property`, `name` or `itemprop`, the first of each; `<time itemprop>` dates. */
  tags: Map<string, string>
}

// More distinct meta names than any real page has: a page of a million tags cannot fill memory.
const MAX_TAGS = 256

interface Frame {
  tag: string
  index: number
  drop: boolean
  tentative: boolean
  kept: boolean
  block: boolean
  start: number
  chars: number
  region: Region | null
  kind: 'main' | 'article' | 'h1' | 'title' | 'json-ld' | ''
  sectioned: boolean
  foreign: boolean
  foreignRoot: number
  structural: number
  furniture: number
  pending: number
}

/** Walks `html` once with HTMLRewriter and returns its text in chunks, with the regions that may be the article. */
export async function walk(html: string): Promise<Walk> {
  const result: Walk = { out: [], mains: [], articles: [], headings: [], chars: 0, title: '', siteName: '', jsonLd: [], tags: new Map() }
  const out = result.out
  const stack: Frame[] = []
  let skip = 0
  let chars = 0
  let inMain = false
  let inArticle = false
  let inTitle = false
  let titles = 0
  let inJsonLd = false
  let jsonLdChars = 0
  const addTag = (name: string | null, value: string | null) => {
    const key = name?.toLowerCase()
    if (key && value !== null && result.tags.size < MAX_TAGS && !result.tags.has(key)) result.tags.set(key, value)
  }

  // Ends `frame` and every element opened after it, innermost first.
  const close = (frame: Frame) => {
    if (stack[frame.index] !== frame) return
    while (stack.length > frame.index) {
      const f = stack.pop()!
      if (f.block) out.push('\n\n')
      if (f.tag === 'li') out.push('\n')
      if (f.region) {
        f.region.end = out.length
        f.region.chars = chars - f.region.chars
      }
      if (f.kind === 'main') inMain = false
      if (f.kind === 'article') inArticle = false
      if (f.kind === 'title') inTitle = false
      if (f.kind === 'json-ld') inJsonLd = false
      if (f.drop) skip--
      if (f.tentative && !f.kept) {
        out.length = f.start
        chars = f.chars
      }
    }
  }
  // A main, article or h1 inside tentatively dropped elements keeps them all (each points to the next one out).
  const keepPending = (from: Frame) => {
    for (let i = from.pending; i >= 0 && !stack[i]!.kept; i = i > 0 ? stack[i - 1]!.pending : -1) stack[i]!.kept = true
  }
  const region = (list: Region[]) => {
    const r = { start: out.length, end: out.length, chars }
    list.push(r)
    return r
  }

  const rewriter = new HTMLRewriter()
    .on('*', {
      element(el) {
        const tag = el.tagName.toLowerCase()
        let top = stack[stack.length - 1]
        if (tag === 'meta') {
          const content = el.getAttribute('content')
          for (const attr of ['property', 'name', 'itemprop']) addTag(el.getAttribute(attr), content)
        } else if (tag === 'time' && el.getAttribute('itemprop')?.toLowerCase() === 'datepublished') {
          addTag('datepublished', el.getAttribute('datetime'))
        }
        // HTML's implied end tags, which lol-html does not apply: leave svg/math on an HTML block, end what the
        // new tag ends (looking through inline elements), and let a main end any furniture left open around it.
        if (top?.foreign && !INTEGRATION_POINTS.has(top.tag) && BREAKOUT.has(tag)) close(stack[top.foreignRoot]!)
        for (top = stack[stack.length - 1]; top && top.structural >= 0; top = stack[stack.length - 1]) {
          const open = stack[top.structural]!
          if (!impliedEnd(open.tag, tag)) break
          close(open)
        }
        const attrs = { get: (n: string) => el.getAttribute(n), has: (n: string) => el.hasAttribute(n) }
        const role = skip === 0 ? roleOf(attrs) : ''
        const isMain = tag === 'main' || role === 'main'
        if (isMain) while (top && top.furniture >= 0) (close(stack[top.furniture]!), (top = stack[stack.length - 1]))

        const index = stack.length
        const parentForeign = top?.foreign === true && !INTEGRATION_POINTS.has(top.tag)
        const frame: Frame = {
          tag, index, drop: false, tentative: false, kept: false, block: BLOCKS.has(tag), start: out.length, chars,
          region: null, kind: '', sectioned: isMain || tag === 'article' || tag === 'section' || top?.sectioned === true,
          foreign: tag === 'svg' || tag === 'math' || parentForeign,
          foreignRoot: parentForeign ? top!.foreignRoot : index,
          structural: PHRASING.has(tag) ? (top?.structural ?? -1) : index,
          furniture: top?.furniture ?? -1,
          pending: top?.pending ?? -1,
        }
        if (tag === 'title' && titles++ === 0 && !(top?.foreign ?? false)) {
          frame.kind = 'title'
          inTitle = true
        } else if (tag === 'script' && jsonLdChars <= JSON_LD_MAX_CHARS && result.jsonLd.length < JSON_LD_MAX_SCRIPTS && /^\s*application\/ld\+json\s*(?:;.*)?$/i.test(el.getAttribute('type') ?? '')) {
          frame.kind = 'json-ld'
          inJsonLd = true
          result.jsonLd.push('')
        }
        if (skip === 0) {
          if (DROPPED.has(tag)) frame.drop = true
          else if (isFurniture(tag, role, attrs, top?.sectioned === true)) {
            frame.drop = true
            frame.furniture = index
          } else if (isTentative(tag, attrs)) {
            frame.tentative = true
            frame.pending = index
          }
        }
        if (frame.drop) skip++
        stack.push(frame)
        if (skip === 0) {
          if (isMain && !inMain) {
            frame.kind = 'main'
            inMain = true
            frame.region = region(result.mains)
          } else if (tag === 'article' && !inArticle) {
            frame.kind = 'article'
            inArticle = true
            frame.region = region(result.articles)
          } else if (tag === 'h1' && result.headings.length < 100) frame.region = region(result.headings)
          if (isMain || tag === 'article' || tag === 'h1') keepPending(frame)
          if (frame.block) out.push('\n\n')
          if (tag === 'li') out.push('\n• ')
          if (tag === 'br' || tag === 'hr') out.push('\n')
        }
        try {
          el.onEndTag(() => close(frame))
        } catch {
          // A void or self-closing element has no end tag; its start was all there was.
          close(frame)
        }
      },
    })
    .onDocument({
      text(chunk) {
        if (inTitle) result.title += chunk.text
        if (inJsonLd) {
          // Past the bound the script is cut, and a cut one is not JSON: it is emptied, and no later one is read.
          jsonLdChars += chunk.text.length
          result.jsonLd[result.jsonLd.length - 1] = jsonLdChars <= JSON_LD_MAX_CHARS ? result.jsonLd.at(-1) + chunk.text : ''
        }
        const top = stack[stack.length - 1]
        // Text directly in the head starts the body.
        if (top?.tag === 'head' && /[^ \t\n\f\r]/.test(chunk.text)) close(top)
        if (skip > 0 || !chunk.text) return
        const text = chunk.text.replace(/[ \t\r\n\f]+/g, ' ')
        out.push(text)
        chars += text.length
      },
    })
  try {
    await rewriter.transform(new Response(html)).arrayBuffer()
  } catch (error) {
    // lol-html gives up past some 10,000 open elements (its own stack, whatever the handlers do). No article nests
    // that deep: keep the text read until then rather than fail the request.
    if (!(error instanceof Error && error.message.includes('memory limit'))) throw error
  }
  if (stack[0]) close(stack[0])
  result.chars = chars
  result.siteName = result.tags.get('og:site_name') ?? result.tags.get('application-name') ?? ''
  return result
}
