// HTML input: extracts an article's readable text with the runtime's streaming HTMLRewriter (lol-html).
// Page furniture (scripts, styles, nav, header, footer, asides, forms, dialogs, embeds) is dropped; blocks become paragraphs.

/** What `extractText` returns: the text to summarize and the page's title when it has one. */
export interface ExtractResult {
  text: string
  title: string | null
}

// Besides furniture: form controls (a textarea's default text, a select's options, even outside a form), dialogs
// (cookie banners, modals), and the fallback a browser shows only when an object, embed, media element or canvas
// cannot load — none of it is the article, and it read as article text before these were listed.
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'svg', 'head',
  'textarea', 'option', 'optgroup', 'datalist', 'dialog', 'object', 'embed', 'applet', 'audio', 'video', 'canvas', 'noembed',
  'noframes', 'frameset',
])
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'tr',
  'figure', 'figcaption', 'dl', 'dt', 'dd', 'pre', 'address',
])

// The named references press pages use; numeric ones are decoded generally.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘',
  rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£',
  middot: '·', bull: '•', eacute: 'é', aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', uuml: 'ü',
}

/** Decodes HTML character references; unknown or invalid ones are kept as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      return valid ? String.fromCodePoint(code) : '\ufffd'
    }
    return NAMED[ref.toLowerCase()] ?? whole
  })
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

/** Extracts the readable text of an HTML page or fragment. */
export async function extractText(html: string): Promise<ExtractResult> {
  const out: string[] = []
  let skip = 0
  let inTitle = false
  let titleText = ''
  let h1Text: string | null = null
  let inH1 = false
  const endTag = (el: Element, fn: () => void) => {
    try {
      el.onEndTag(fn)
    } catch {
      // A void or self-closing element has no end tag; its start was all there was.
      fn()
    }
  }
  // One handler for every element, because lol-html keeps a single end-tag callback per element.
  const rewriter = new HTMLRewriter()
    .on('*', {
      element(el) {
        const tag = el.tagName.toLowerCase()
        const ends: (() => void)[] = []
        if (DROPPED.has(tag)) {
          skip++
          ends.push(() => skip--)
        }
        if (tag === 'title') {
          inTitle = true
          ends.push(() => (inTitle = false))
        }
        if (tag === 'h1' && h1Text === null) {
          inH1 = true
          h1Text = ''
          ends.push(() => (inH1 = false))
        }
        if (BLOCKS.has(tag)) {
          out.push('\n\n')
          ends.push(() => out.push('\n\n'))
        }
        if (tag === 'li') {
          out.push('\n• ')
          ends.push(() => out.push('\n'))
        }
        if (tag === 'br' || tag === 'hr') out.push('\n')
        if (ends.length) endTag(el, () => ends.forEach((fn) => fn()))
      },
    })
    .onDocument({
      text(chunk) {
        if (inTitle) titleText += chunk.text
        if (skip > 0) return
        if (inH1) h1Text += chunk.text
        out.push(chunk.text.replace(/[ \t\r\n\f]+/g, ' '))
      },
    })
  await rewriter.transform(new Response(html)).arrayBuffer()
  const text = tidyText(decodeEntities(out.join('')))
  const clean = (s: string) => decodeEntities(s).replace(/\s+/g, ' ').trim()
  const title = clean(h1Text ?? '') || clean(titleText) || null
  return { text, title }
}
