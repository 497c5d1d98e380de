// A page's own metadata (JSON-LD, meta tags) in `meta` for HTML input: read, bounded, second to the text, in the id.
import { describe, expect, it } from 'vitest'
import { extractText } from '../../src/http/html.js'
import { JSON_LD_MAX_CHARS, JSON_LD_MAX_SCRIPTS, readPageMeta } from '../../src/http/page-meta.js'
import { postJson, waitForStored } from '../helpers/app.js'

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`

const STORY = [
  'The port of Rotterdam reopened on Tuesday after a four-day strike by dockworkers ended with a pay deal.',
  'Unions said members accepted a 6 percent rise over two years in a vote on Monday night.',
  'Shipping lines expect the backlog of about 300 vessels to clear by the end of next week, the port authority said.',
]

/** A news page whose article states no byline or date in its text: only its markup does. */
function page(head: string, body = ''): string {
  return `<!DOCTYPE html><html><head><title>Rotterdam port reopens | Example Wire</title>${head}</head><body>
<nav><a href="/">Home</a></nav><main><article><h1>Rotterdam port reopens after strike</h1>${body}
${STORY.map((p) => `<p>${p}</p>`).join('\n')}</article></main><footer>© Example Wire</footer></body></html>`
}

const ARTICLE = {
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebPage', '@id': 'https://wire.example/rotterdam', datePublished: '2020-01-01' },
    {
      '@type': ['NewsArticle'],
      headline: 'Rotterdam port reopens after four-day strike',
      datePublished: '2024-05-03T09:30:00+02:00',
      author: [{ '@type': 'Person', name: 'Anna de Vries' }, 'Pieter Bakker', { '@type': 'Person', name: 'Anna de Vries' }],
      publisher: { '@type': 'Organization', name: 'Example Wire' },
    },
  ],
}

interface Body {
  id: string
  title: string
  meta: { title: string | null; byline: string | null; dateline: string | null; source: string | null; published: string | null }
  extractedText: string
}

describe('page-meta', () => {
  it('reads the first schema.org article of the JSON-LD, in a @graph, and not the WebPage beside it', () => {
    const meta = readPageMeta({ jsonLd: [JSON.stringify(ARTICLE)], tags: new Map() })
    expect(meta).toEqual({
      headline: 'Rotterdam port reopens after four-day strike',
      byline: 'Anna de Vries; Pieter Bakker',
      published: '2024-05-03T09:30:00+02:00',
      source: 'Example Wire',
    })
  })

  it('skips malformed JSON-LD and reads the next script; meta tags fill what the JSON-LD lacks', () => {
    const tags = new Map([
      ['author', 'https://wire.example/staff/anna'],
      ['article:author', 'Anna de Vries'],
      ['article:published_time', '2024-05-03'],
      ['og:site_name', 'Example Wire'],
    ])
    const meta = readPageMeta({ jsonLd: ['{"@type": "NewsArticle", "headline": ', '{"@type":"NewsArticle","headline":"Port reopens"}'], tags })
    // A URL is not a name: the `author` tag is passed over for `article:author`.
    expect(meta).toEqual({ headline: 'Port reopens', byline: 'Anna de Vries', published: '2024-05-03', source: 'Example Wire' })
  })

  it('decodes character references in meta tags and JSON-LD, as the page means them', async () => {
    const head = `${ld({ '@type': 'NewsArticle', headline: 'Smith &amp; Sons&#8217; results' })}<meta name="author" content="Jane O&#39;Neil"><meta property="og:site_name" content="Smith &amp; Sons">`
    const { title, meta } = await extractText(`<html><head>${head}</head><body><article>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`)
    expect(title).toBe('Smith & Sons’ results')
    expect(meta).toMatchObject({ byline: 'Jane O\'Neil', source: 'Smith & Sons' })
  })

  it('follows @id references and a page\'s mainEntity, reads a typed script with parameters, and drops `By` from a tag', async () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': 'https://x/#page', mainEntity: { '@id': 'https://x/#a' } },
        { '@type': 'NewsArticle', '@id': 'https://x/#a', publisher: { '@id': 'https://x/#org' }, author: { '@id': 'https://x/#jane' } },
        { '@type': 'Organization', '@id': 'https://x/#org', name: 'Example Wire' },
        { '@type': 'Person', '@id': 'https://x/#jane', name: 'Jane Roe' },
      ],
    }
    expect(readPageMeta({ jsonLd: [JSON.stringify(graph)], tags: new Map() })).toMatchObject({ source: 'Example Wire', byline: 'Jane Roe' })
    const nested = { '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', headline: 'Port reopens' } }
    expect(readPageMeta({ jsonLd: [JSON.stringify(nested)], tags: new Map() }).headline).toBe('Port reopens')
    const typed = `<script type="application/ld+json; charset=utf-8">${JSON.stringify({ '@type': 'NewsArticle', author: 'Anna de Vries' })}</script>`
    expect((await extractText(page(typed))).meta.byline).toBe('Anna de Vries')
    expect(readPageMeta({ jsonLd: [], tags: new Map([['author', 'By Jane Roe']]) }).byline).toBe('Jane Roe')
  })

  it('reads a WebPage alone as nothing, and drops fields no byline or date could be', () => {
    const webPage = readPageMeta({ jsonLd: [JSON.stringify({ '@type': 'WebPage', datePublished: '2020-01-01' })], tags: new Map() })
    expect(webPage).toEqual({ headline: null, byline: null, published: null, source: null })
    const long = readPageMeta({ jsonLd: [JSON.stringify({ '@type': 'Article', author: 'x'.repeat(201), datePublished: 42 })], tags: new Map() })
    expect(long.byline).toBeNull()
    expect(long.published).toBeNull()
  })

  it('extracts the metadata of a page without letting the JSON-LD into the text', async () => {
    const html = page(`${ld(ARTICLE)}<meta property="og:site_name" content="Example Wire">`)
    const { text, title, meta } = await extractText(html)
    expect(title).toBe('Rotterdam port reopens after strike')
    expect(meta.byline).toBe('Anna de Vries; Pieter Bakker')
    expect(text).not.toContain('schema.org')
    expect(text).not.toContain('Anna de Vries')
    for (const p of STORY) expect(text).toContain(p)
  })

  it('reads <time itemprop="datePublished"> and, without an h1 in the article, titles the page by the JSON-LD headline', async () => {
    const html = `<html><head><title>Wire - Home</title>${ld({ '@type': 'NewsArticle', headline: 'Port reopens' })}</head>
<body><article><time itemprop="datePublished" datetime="2024-05-03">3 May</time>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
    const { title, meta } = await extractText(html)
    expect(title).toBe('Port reopens')
    expect(meta.published).toBe('2024-05-03')
  })

  it('reads no JSON-LD past its bounds (characters, scripts), and a script cut by the bound is not read at all', async () => {
    const huge = ld({ '@type': 'NewsArticle', author: 'Cut Off', description: 'x'.repeat(JSON_LD_MAX_CHARS) })
    const later = ld({ '@type': 'NewsArticle', author: 'Read Too Late' })
    const { meta, text } = await extractText(page(`${huge}${later}<meta name="author" content="Tag Author">`))
    expect(meta.byline).toBe('Tag Author')
    expect(text).toContain(STORY[0])
    const many = `${ld({ '@type': 'WebPage' }).repeat(JSON_LD_MAX_SCRIPTS)}${later}`
    expect((await extractText(page(many))).meta.byline).toBeNull()
  })

  it('through the API: the page fills meta where the text states nothing, and the text wins where it does', async () => {
    const res = await postJson({ html: page(ld(ARTICLE)) })
    expect(res.status).toBe(200)
    const body = (await res.json()) as Body
    expect(body.meta).toMatchObject({ byline: 'Anna de Vries; Pieter Bakker', published: '2024-05-03T09:30:00+02:00', source: 'Example Wire' })

    const bylined = (await (await postJson({ html: page(ld(ARTICLE), '<p>By Jan Jansen</p>') })).json()) as Body
    expect(bylined.meta.byline).toBe('Jan Jansen')
    expect(bylined.meta.published).toBe('2024-05-03T09:30:00+02:00')
  })

  it('through the API: a blank title option gives way to the page\'s headline', async () => {
    const body = (await (await postJson({ html: page(ld(ARTICLE)), title: ' ' })).json()) as Body
    expect(body.title).toBe('Rotterdam port reopens after strike')
  })

  it('through the API: one text under two different bylines makes two results, each cached under its own id', async () => {
    const other = { ...ARTICLE, '@graph': [{ ...ARTICLE['@graph'][1], author: 'Someone Else' }] }
    const a = await postJson({ html: page(ld(ARTICLE)), sentences: 2 })
    const b = await postJson({ html: page(ld(other)), sentences: 2 })
    const [bodyA, bodyB] = [(await a.json()) as Body, (await b.json()) as Body]
    expect(bodyA.extractedText).toBe(bodyB.extractedText)
    expect(bodyA.id).not.toBe(bodyB.id)
    expect(bodyB.meta.byline).toBe('Someone Else')
    for (const body of [bodyA, bodyB]) {
      const stored = await waitForStored(body.id)
      expect(((await stored.json()) as Body).meta.byline).toBe(body.meta.byline)
    }
  })
})
