import { describe, expect, it } from 'vitest'
import { FIXTURES, GUATEMALA_BOILERPLATE } from '../helpers/fixtures.js'
import { get, postJson, postText, waitForStored } from '../helpers/app.js'

interface Result {
  id: string
  version: string
  title: string | null
  language: string
  summary: string
  sentences: { text: string; index: number; score: number; start: number; end: number }[]
  keyPoints: { text: string; sentenceIndex: number }[]
  keywords: { text: string; score: number }[]
  stats: { characters: number; words: number; sentences: number; paragraphs: number; readingTimeMinutes: number }
}

describe('POST /v1/summarize', () => {
  it('summarizes the Guatemala briefing: the Arévalo–Mayorkas meeting in Munich', async () => {
    const res = await postJson({ text: FIXTURES.guatemala })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const body = (await res.json()) as Result
    expect(body.title).toBe('President Arévalo and Secretary Mayorkas consolidate strategic alliance')
    expect(body.language).toBe('en')
    expect(body.sentences).toHaveLength(3)
    for (const name of ['Arévalo', 'Mayorkas', 'Munich']) expect(body.summary).toContain(name)
    expect(body.summary).toMatch(/met with Alejandro Mayorkas/)
  })

  it('never splits "U.S. Secretary of Homeland Security" and never lets boilerplate through', async () => {
    const body = (await (await postJson({ text: FIXTURES.guatemala, sentences: 10, bullets: 10, keywords: 25 })).json()) as Result
    for (const s of body.sentences) expect(s.text).not.toMatch(/\bU\.S\.$/)
    expect(body.sentences.some((s) => s.text.includes('U.S. Secretary of Homeland Security'))).toBe(true)
    const out = [body.summary, ...body.keyPoints.map((k) => k.text), ...body.keywords.map((k) => k.text)]
    for (const line of GUATEMALA_BOILERPLATE) for (const text of out) expect(text).not.toContain(line)
    for (const k of body.keywords) expect(k.text).not.toMatch(/Contreras|Lincy|GT News|SCSP/)
  })

  it('brings the three interests the article lists into the key points', async () => {
    const body = (await (await postJson({ text: FIXTURES.guatemala })).json()) as Result
    const points = body.keyPoints.map((k) => k.text).join('\n')
    for (const interest of ['security', 'anti-corruption fight', 'international cooperation'])
      expect(points).toContain(interest)
    expect(body.keyPoints.length).toBeLessThanOrEqual(5)
    expect(new Set(body.keyPoints.map((k) => k.text)).size).toBe(body.keyPoints.length)
  })

  it('keeps the offset invariant on every returned sentence of every fixture', async () => {
    for (const text of Object.values(FIXTURES)) {
      const body = (await (await postJson({ text, sentences: 20 })).json()) as Result
      expect(body.sentences.length).toBeGreaterThan(3)
      for (const s of body.sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
      // Document order by default.
      const starts = body.sentences.map((s) => s.start)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    }
  })

  it('summarizes the two GOV.UK releases without their contact lines or headings', async () => {
    const frank = (await (await postJson({ text: FIXTURES.frank, sentences: 5 })).json()) as Result
    expect(frank.title).toBe('New FRANK adverts mark tenth anniversary')
    expect(frank.summary).toContain('FRANK')
    expect(frank.summary).not.toMatch(/0800 776600|82111|talktofrank\.com|^Background/)
    const pakistan = (await (await postJson({ text: FIXTURES.pakistan })).json()) as Result
    expect(pakistan.title).toMatch(/^British High Commission marks His Majesty King Charles III/)
    expect(pakistan.summary).toMatch(/Islamabad|Karachi/)
  })

  it('is deterministic: the same request gives a byte-identical body', async () => {
    const a = await (await postJson({ text: FIXTURES.frank, sentences: 4, keywords: 7 })).text()
    const b = await (await postJson({ text: FIXTURES.frank, sentences: 4, keywords: 7 })).text()
    expect(b).toBe(a)
  })

  it('accepts text/plain with the options as query parameters', async () => {
    const res = await postText(FIXTURES.pakistan, '?sentences=2&bullets=3&keywords=4')
    expect(res.status).toBe(200)
    const body = (await res.json()) as Result
    expect(body.sentences).toHaveLength(2)
    expect(body.keyPoints.length).toBeLessThanOrEqual(3)
    expect(body.keywords.length).toBeLessThanOrEqual(4)
  })

  it('reports the statistics of the text', async () => {
    const body = (await (await postJson({ text: FIXTURES.guatemala })).json()) as Result
    expect(body.stats.characters).toBe(FIXTURES.guatemala.length)
    expect(body.stats.words).toBeGreaterThan(400)
    expect(body.stats.paragraphs).toBeGreaterThan(10)
    expect(body.stats.readingTimeMinutes).toBeGreaterThanOrEqual(1)
  })

  it('extracts the text of an HTML page and drops scripts, navigation and footers', async () => {
    const html = `<!doctype html><html><head><title>Ministry news</title><script>var secret = 1</script></head>
      <body><nav>Home | About</nav><header>Site header</header><article><h1>Minister opens new bridge</h1>
      <p>The transport minister opened the new river bridge on Monday, cutting the journey by 20 minutes.</p>
      <p>The bridge cost &pound;40 million &amp; took three years to build.</p></article>
      <aside>Related stories</aside><footer>Copyright 2024</footer></body></html>`
    const res = await postJson({ html })
    expect(res.status).toBe(200)
    const body = (await res.json()) as Result & { extractedText: string }
    expect(body.title).toBe('Minister opens new bridge')
    expect(body.extractedText).not.toMatch(/secret|Home \| About|Site header|Related stories|Copyright/)
    expect(body.summary).toContain('£40 million & took three years')
    for (const s of body.sentences) expect(body.extractedText.slice(s.start, s.end)).toBe(s.text)
  })
})

describe('cache', () => {
  it('answers a repeated request from KV with the same body, and serves it by id', async () => {
    const text = `${FIXTURES.pakistan}\n\nA sentence that makes this text unique to the cache test.`
    const first = await postJson({ text })
    expect(first.headers.get('x-cache')).toBe('MISS')
    const body = await first.text()
    const { id } = JSON.parse(body) as Result
    expect(id).toMatch(/^[0-9a-f]{64}$/)
    expect(first.headers.get('etag')).toBe(`"${id}"`)
    const stored = await waitForStored(id)
    expect(stored.status).toBe(200)
    expect(await stored.text()).toBe(body)
    const second = await postJson({ text })
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(await second.text()).toBe(body)
    const notModified = await get(`/v1/summaries/${id}`, { 'If-None-Match': `"${id}"` })
    expect(notModified.status).toBe(304)
  })

  it('gives different ids to different options and texts', async () => {
    const a = (await (await postJson({ text: FIXTURES.frank, sentences: 2 })).json()) as Result
    const b = (await (await postJson({ text: FIXTURES.frank, sentences: 3 })).json()) as Result
    const c = (await (await postJson({ text: `${FIXTURES.frank} `, sentences: 2 })).json()) as Result
    expect(new Set([a.id, b.id, c.id]).size).toBe(3)
  })
})

describe('GET routes', () => {
  it('reports health with the algorithm version', async () => {
    const res = await get('/health')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { status: string; version: string }
    expect(body.status).toBe('ok')
    expect(body.version).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('answers 404 for an unknown result id', async () => {
    const res = await get(`/v1/summaries/${'0'.repeat(64)}`)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
  })
})
