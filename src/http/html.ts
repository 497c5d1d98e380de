// HTML input: the readable text of the page's article (its main or article element), furniture dropped, as paragraphs.
import { walk, type Region, type Walk } from './html-walk.js'
import { decodedLine, decodeEntities } from './html-entities.js'
import { readPageMeta, type PageMeta } from './page-meta.js'

/** What `extractText` returns: the text to summarize, the page's title when it has one, and what its markup says of it. */
export interface ExtractResult {
  text: string
  title: string | null
  meta: PageMeta
}

/**
 * Tidies extracted text: no spaces around line breaks, at most one blank line, no outer whitespace. Line by line,
 * because a regular expression for "spaces, break, spaces" rescans a long run of spaces at every one of its
 * characters: `&#32;` × 50,000 took seconds.
 */
export function tidyText(raw: string): string {
  const lines = raw.split('\n')
  const last = lines.length - 1
  const trimmed = lines.map((line, i) => {
    let start = 0
    let end = line.length
    if (i > 0) while (start < end && line.charCodeAt(start) === 32) start++
    if (i < last) while (end > start && line.charCodeAt(end - 1) === 32) end--
    return line.slice(start, end)
  })
  return trimmed.join('\n').replace(/\n{3,}/g, '\n\n').trim()
}

/**
 * The part of the page that is the story. The longest outermost `<article>` when it holds at least half the text of
 * the page's main (the longest outermost `<main>` or `role="main"`, else the whole page): a page of teaser cards each
 * in an article, or a live blog of many short ones, has articles far shorter than its main, which is then taken.
 */
function chooseRegion(page: Walk): Region {
  const longest = (list: Region[]) => list.reduce<Region | null>((best, r) => (best && best.chars >= r.chars ? best : r), null)
  const whole = { start: 0, end: page.out.length, chars: page.chars }
  const main = longest(page.mains)
  const scope = main && main.chars > 0 ? main : whole
  const article = longest(page.articles)
  return article && article.chars > 0 && article.chars * 2 >= scope.chars ? article : scope
}


/**
 * A `<title>` without the site's name: the part after the last " | ", " - ", " – " or " — " goes when it is the
 * page's `og:site_name` (or `application-name`), or, after " | " (headlines seldom use a pipe), when it is at most
 * four words. "Budget 2024 - GOV.UK" becomes "Budget 2024"; "Rates fall - the lowest since 2021" stays whole.
 */
export function cleanTitle(title: string, siteName: string): string {
  let cut = -1
  let sep = ''
  for (const s of [' | ', ' - ', ' – ', ' — ']) {
    const at = title.lastIndexOf(s)
    if (at > cut) (cut = at), (sep = s)
  }
  if (cut <= 0) return title
  const head = title.slice(0, cut).trim()
  const tail = title.slice(cut + sep.length).trim()
  const site = siteName.trim().toLowerCase()
  if (head && ((site && tail.toLowerCase() === site) || (sep === ' | ' && tail.split(' ').length <= 4))) return head
  return title
}

/**
 * The text of the first h1 within `within` that has any (its first 300 characters). An empty h1's range is not read
 * again for the h1s nested in it, so however h1s nest, the chunks are read about once.
 */
function firstHeading(page: Walk, within: Region): string {
  let emptyUntil = 0
  for (const h of page.headings) {
    if (h.start < within.start || h.end > within.end || h.start < emptyUntil) continue
    let text = ''
    // Leading blank chunks (an empty h1 in an h1 adds its paragraph breaks) are skipped, not counted.
    for (let i = h.start; i < h.end && text.length < 300; i++) if (text || page.out[i]!.trim()) text += page.out[i]
    text = decodedLine(text)
    if (text) return text
    emptyUntil = h.end
  }
  return ''
}

/**
 * Extracts the readable text of an HTML page or fragment: the article's text (see `chooseRegion`), with scripts,
 * styles, form controls, media fallbacks, figure captions and page furniture (nav, page header and footer, asides,
 * ARIA landmarks, hidden elements, cookie banners, breadcrumbs, share bars) dropped. The title is the first h1 in
 * the article, else the JSON-LD headline, else the `<title>` without the site's name, else the page's first h1. The
 * page's byline, date and publisher come from its JSON-LD and meta tags (page-meta.ts).
 */
export async function extractText(html: string): Promise<ExtractResult> {
  const page = await walk(html)
  const chosen = chooseRegion(page)
  const text = tidyText(decodeEntities(page.out.slice(chosen.start, chosen.end).join('')))
  const inside = firstHeading(page, chosen)
  const first = firstHeading(page, { start: 0, end: page.out.length, chars: page.chars })
  const meta = readPageMeta(page)
  const title = inside || meta.headline || cleanTitle(decodedLine(page.title), decodedLine(page.siteName)) || first || null
  return { text, title, meta }
}
