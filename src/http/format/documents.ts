// Document renderings: CommonMark, plain text and an HTML fragment. No length limits apply, so nothing is dropped.
import { entityGroups, quoteLine, type Digest } from './digest.js'
import { escapeHtml, escapeMarkdown } from './escape.js'

/** Options of `renderMarkdown`. */
export interface MarkdownOptions {
  /** Label of the key-point list. Default `'Key points'`. */
  keyPointsLabel?: string
}

/**
 * CommonMark: the title in bold, the summary as a paragraph, the key points as a bullet list, the quotes as block
 * quotes, then entities and keywords. Every piece of article text goes through `escapeMarkdown`, so the article can
 * add no emphasis, link, HTML or list of its own.
 */
export function renderMarkdown(digest: Digest, { keyPointsLabel = 'Key points' }: MarkdownOptions = {}): string {
  const blocks: string[] = []
  if (digest.title) blocks.push(`**${escapeMarkdown(digest.title)}**`)
  if (digest.byline) blocks.push(`*${escapeMarkdown(digest.byline)}*`)
  if (digest.sentences.length) blocks.push(digest.sentences.map((s) => escapeMarkdown(s.text)).join(' '))
  if (digest.keyPoints.length) {
    blocks.push(`**${keyPointsLabel}**`)
    blocks.push(digest.keyPoints.map((k) => `- ${escapeMarkdown(k.text)}`).join('\n'))
  }
  if (digest.quotes.length) {
    blocks.push('**Quotes**')
    // One block quote per quote: the blank line between them keeps them apart.
    for (const q of digest.quotes) blocks.push(`> ${escapeMarkdown(quoteLine(q))}`)
  }
  const details = entityGroups(digest.entities).map((g) => `**${g.label}:** ${escapeMarkdown(g.names.join(', '))}`)
  if (digest.acronyms.length)
    details.push(`**Acronyms:** ${escapeMarkdown(digest.acronyms.map((a) => `${a.short} (${a.long})`).join(', '))}`)
  if (digest.keywords.length) details.push(`**Keywords:** ${escapeMarkdown(digest.keywords.join(', '))}`)
  // A backslash at the end of a line is CommonMark's hard line break: one paragraph, one line per kind.
  if (details.length) blocks.push(details.join('\\\n'))
  return `${blocks.join('\n\n')}\n`
}

/** Options of `renderText`. */
export interface TextOptions {
  /** Bullet character of the lists. Default `'•'`. */
  bullet?: string
}

/** Plain text, as a terminal, an e-mail or an SMS gateway shows it: nothing needs escaping. */
export function renderText(digest: Digest, { bullet = '•' }: TextOptions = {}): string {
  const blocks: string[] = []
  if (digest.title) blocks.push(digest.title)
  if (digest.byline) blocks.push(digest.byline)
  if (digest.sentences.length) blocks.push(digest.sentences.map((s) => s.text).join(' '))
  if (digest.keyPoints.length)
    blocks.push(['Key points:', ...digest.keyPoints.map((k) => `${bullet} ${k.text}`)].join('\n'))
  if (digest.quotes.length) blocks.push(['Quotes:', ...digest.quotes.map((q) => `${bullet} ${quoteLine(q)}`)].join('\n'))
  const details = entityGroups(digest.entities).map((g) => `${g.label}: ${g.names.join(', ')}`)
  if (digest.acronyms.length) details.push(`Acronyms: ${digest.acronyms.map((a) => `${a.short} (${a.long})`).join(', ')}`)
  if (digest.keywords.length) details.push(`Keywords: ${digest.keywords.join(', ')}`)
  if (details.length) blocks.push(details.join('\n'))
  return `${blocks.join('\n\n')}\n`
}

/** Options of `renderHtml`. */
export interface HtmlOptions {
  /** Heading level of the title, 1–6; section headings are one level lower. Default 2. */
  level?: number
}

/**
 * An HTML fragment: one `<article>`. Every text passes through `escapeHtml`, so the article cannot add an element
 * or an attribute, and the fragment is safe inside any element of any page; `dir="auto"` lets right-to-left text
 * take its own direction.
 */
export function renderHtml(digest: Digest, { level = 2 }: HtmlOptions = {}): string {
  const h = Math.min(6, Math.max(1, Math.floor(level)))
  const sub = Math.min(6, h + 1)
  const e = escapeHtml
  const out: string[] = ['<article class="pressbrief">']
  if (digest.title) out.push(`<h${h} dir="auto">${e(digest.title)}</h${h}>`)
  if (digest.byline) out.push(`<p class="pressbrief-byline" dir="auto">${e(digest.byline)}</p>`)
  if (digest.sentences.length)
    out.push(`<p class="pressbrief-summary" dir="auto">${digest.sentences.map((s) => e(s.text)).join(' ')}</p>`)
  if (digest.keyPoints.length) {
    out.push(`<h${sub}>Key points</h${sub}>`, '<ul class="pressbrief-key-points">')
    for (const k of digest.keyPoints) out.push(`<li dir="auto">${e(k.text)}</li>`)
    out.push('</ul>')
  }
  if (digest.quotes.length) {
    out.push(`<h${sub}>Quotes</h${sub}>`)
    for (const q of digest.quotes) out.push(`<blockquote dir="auto">${e(quoteLine(q))}</blockquote>`)
  }
  const groups = entityGroups(digest.entities)
  if (groups.length || digest.acronyms.length) {
    out.push('<dl class="pressbrief-entities">')
    for (const g of groups) out.push(`<dt>${g.label}</dt><dd dir="auto">${e(g.names.join(', '))}</dd>`)
    if (digest.acronyms.length)
      out.push(`<dt>Acronyms</dt><dd dir="auto">${e(digest.acronyms.map((a) => `${a.short} (${a.long})`).join(', '))}</dd>`)
    out.push('</dl>')
  }
  if (digest.keywords.length)
    out.push(`<p class="pressbrief-keywords" dir="auto">Keywords: ${e(digest.keywords.join(', '))}</p>`)
  out.push('</article>')
  return `${out.join('\n')}\n`
}
