// Teams rendering over HTTP: the Adaptive Card on a real briefing, escaping of hostile text, the 27,000-byte bound.
import { describe, expect, it } from 'vitest'
import type { RenderableResult } from '../../src/http/format/index.js'
import { renderResult } from '../../src/http/format/index.js'
import { teamsMessageSchema } from '../../src/http/format/schemas.js'
import { escapeTeams } from '../../src/http/format/escape.js'
import { TEAMS_LIMITS, type TeamsElement, type TeamsMessage } from '../../src/http/format/teams.js'
import { FIXTURES } from '../helpers/fixtures.js'
import { get, postJson, postText, waitForStored } from '../helpers/app.js'

interface Result {
  id: string
  title: string
  summary: string
  version: string
  keyPoints: { text: string }[]
  quotes: { text: string; speaker: string | null }[]
  keywords: { text: string }[]
}

const bytes = (body: string) => new TextEncoder().encode(body).length

/** The card's elements, checked against the documented schema and bound on the way. */
function card(raw: string): TeamsElement[] {
  expect(bytes(raw)).toBeLessThanOrEqual(TEAMS_LIMITS.bytes)
  const message = JSON.parse(raw) as TeamsMessage
  const parsed = teamsMessageSchema.safeParse(message)
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
  // No entities: nothing in the card can be a mention.
  expect(message.attachments[0].content.msteams).toEqual({ width: 'Full' })
  expect(raw).not.toContain('"entities"')
  return message.attachments[0].content.body
}

const texts = (body: TeamsElement[]) => body.filter((b) => b.type === 'TextBlock').map((b) => b.text)

describe('format teams', () => {
  it('renders the Guatemala briefing as a webhook message with one Adaptive Card 1.4', async () => {
    const json = (await (await postJson({ text: FIXTURES.guatemala })).json()) as Result
    const res = await postJson({ text: FIXTURES.guatemala, format: 'teams' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('x-summary-id')).toBe(json.id)
    expect(res.headers.get('x-render-dropped')).toBe('none')
    const raw = await res.text()
    const message = JSON.parse(raw) as TeamsMessage
    expect(message.type).toBe('message')
    expect(message.attachments).toHaveLength(1)
    expect(message.attachments[0]).toMatchObject({ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null })
    expect(message.attachments[0].content).toMatchObject({
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      type: 'AdaptiveCard',
      version: '1.4',
    })
    const body = card(raw)
    expect(body[0]).toEqual({ type: 'TextBlock', text: json.title, wrap: true, size: 'Large', weight: 'Bolder' })
    expect(body[1]).toMatchObject({ type: 'TextBlock', isSubtle: true, text: expect.stringContaining('Guatemala City') })
    expect(texts(body)).toContain(json.summary)
    const points = texts(body).find((t) => t.startsWith('- '))!.split('\n')
    expect(points).toHaveLength(json.keyPoints.length)
    expect(points.every((p) => p.startsWith('- '))).toBe(true)
    const quotes = body.find((b) => b.type === 'Container')!
    expect(quotes.type === 'Container' && quotes.items.map((q) => q.text)).toHaveLength(json.quotes.length)
    expect(JSON.stringify(quotes)).toContain('— Alejandro Mayorkas')
    const facts = body.find((b) => b.type === 'FactSet')!
    expect(facts.type === 'FactSet' && facts.facts.map((f) => f.title)).toEqual(['People', 'Organizations', 'Places', 'Acronyms', 'Keywords'])
    // Our parentheses in an acronym's expansion are escaped with the rest of the value.
    expect(JSON.stringify(facts)).toContain('MSC \\\\(Munich Security Conference\\\\)')
    expect(body.at(-1)).toEqual({ type: 'TextBlock', text: `Summarized by pressbrief ${json.version}`, wrap: true, size: 'Small', isSubtle: true })
    // The query parameter selects the same rendering.
    expect(await (await postText(FIXTURES.guatemala, '?format=teams')).text()).toBe(raw)
  })

  it('shows every markdown character of the article literally, and no <at> tag survives', async () => {
    const title = '# **Q&A**: _vote_ [here](https://evil.example) <at>General</at> ~~no~~ `x` | 5! \\o/'
    const lead =
      'The ministry said on Monday that the *new* budget_plan will [cut](https://evil.example) taxes & raise <at>spending</at> by 5% (in June).'
    const text = `${lead} Officials confirmed that the plan was approved by parliament after a long debate on Tuesday. The reform takes effect next year for all families, the ministry said.`
    const res = await postJson({ text, title, sentences: 1, format: 'teams' })
    expect(res.status).toBe(200)
    const raw = await res.text()
    const body = card(raw)
    expect(body[0]).toMatchObject({
      text: '\\# \\*\\*Q\\&A\\*\\*: \\_vote\\_ \\[here\\]\\(https://evil.example\\) \\<at\\>General\\</at\\> \\~\\~no\\~\\~ \\`x\\` \\| 5\\! \\\\o/',
    })
    expect(texts(body)).toContain(
      'The ministry said on Monday that the \\*new\\* budget\\_plan will \\[cut\\]\\(https://evil.example\\) taxes \\& raise \\<at\\>spending\\</at\\> by 5% \\(in June\\).',
    )
    expect(raw).not.toMatch(/<at>/i)
  })

  it('escapes each metacharacter, and the ones that start a block only at the start', () => {
    for (const c of ['\\', '`', '*', '_', '[', ']', '(', ')', '<', '>', '&', '~', '|', '!']) expect(escapeTeams(`a${c}b`)).toBe(`a\\${c}b`)
    expect(escapeTeams('# heading')).toBe('\\# heading')
    expect(escapeTeams('- item')).toBe('\\- item')
    expect(escapeTeams('+ item')).toBe('\\+ item')
    expect(escapeTeams('= rule')).toBe('\\= rule')
    expect(escapeTeams('> quote')).toBe('\\> quote')
    expect(escapeTeams('2024. A year')).toBe('2024\\. A year')
    expect(escapeTeams('1) item')).toBe('1\\) item')
    // Mid-line they are plain text, and so left alone.
    expect(escapeTeams('a # b - c + d = e 1. f')).toBe('a # b - c + d = e 1. f')
    expect(escapeTeams('U.S. 2.5% R&D')).toBe('U.S. 2.5% R\\&D')
  })

  it('renders by id with its own ETag and revalidates it', async () => {
    const text = `${FIXTURES.pakistan}\n\nThis sentence makes the text unique to the Teams test.`
    const { id } = (await (await postJson({ text })).json()) as Result
    expect((await waitForStored(id)).status).toBe(200)
    const posted = await (await postJson({ text, format: 'teams' })).text()
    const res = await get(`/v1/summaries/${id}?format=teams`)
    expect(res.status).toBe(200)
    expect(res.headers.get('x-cache')).toBe('HIT')
    expect(res.headers.get('etag')).toBe(`"${id}-teams"`)
    expect(res.headers.get('x-render-dropped')).toBe('none')
    expect(await res.text()).toBe(posted)
    expect((await get(`/v1/summaries/${id}?format=teams`, { 'If-None-Match': `"${id}-teams"` })).status).toBe(304)
    expect((await get(`/v1/summaries/${id}?format=teams`, { 'If-None-Match': `"${id}-slack"` })).status).toBe(200)
  })
})

describe('format teams at its limit', () => {
  it('keeps a hostile article with long quotes and a huge sentence under 27,000 bytes, and says what it left out', async () => {
    const paragraphs = Array.from(
      { length: 30 },
      (_, i) =>
        `The council said on day ${i + 1} that the *budget* for R&D <at>team</at> in district ${i + 1} rose by ${i + 2}% ` +
        `[after](https://evil.example) a long debate over parks, libraries, roads and schools 👩‍👩‍👧 for families. ` +
        `"We will keep every promise we made to the people of district ${i + 1}, and this budget gives the parks, the ` +
        `libraries and the roads the money they have lacked for a decade," said Councillor Ann Reed${'e'.repeat(i)}.`,
    )
    const huge = `The minister said that ${'the *plan* & <fund> for R&D '.repeat(2500)}will pass next year.`
    const text = [huge, ...paragraphs].join('\n\n')
    const res = await postJson({ text, title: `A & <b> *title* ${'👍🏽 R&D '.repeat(140)}`.slice(0, 1000), sentences: 20, bullets: 10, keywords: 25, format: 'teams' })
    expect(res.status).toBe(200)
    const dropped = res.headers.get('x-render-dropped')!
    expect(dropped).toMatch(/sentences=\d+/)
    expect(dropped).toMatch(/cut$/) // the 1,000-character title, cut to 512 at a word
    const body = card(await res.text())
    // Keywords, entities and quotes go before any sentence: a sentence was dropped, so none of them is left.
    expect(body.some((b) => b.type === 'FactSet' || b.type === 'Container')).toBe(false)
    expect(dropped).toMatch(/keywords=\d+/)
    expect(body[0]!.type === 'TextBlock' && body[0]!.text.endsWith('…')).toBe(true)
  })

  it('drops keywords, then key points, then the lowest-ranked sentences, and keeps the best', () => {
    const text = (rank: number) => `S${rank}§ ${'A long & <plain> sentence of words. '.repeat(45)}`
    const result: RenderableResult = {
      version: '1.0.0',
      title: 'A headline',
      language: 'en',
      summary: '',
      sentences: Array.from({ length: 20 }, (_, i) => ({ text: text(20 - i), index: i, score: 1, rank: 20 - i, start: i * 2000, end: i * 2000 + 1500 })),
      keyPoints: Array.from({ length: 10 }, (_, i) => ({ text: `Point ${i} ${'detail '.repeat(20)}`, sentenceIndex: 100 + i, start: 0, end: 0 })),
      keywords: Array.from({ length: 25 }, (_, i) => ({ text: `keyword ${i}`, score: 1 })),
      stats: { characters: 40000, words: 6000, sentences: 20, paragraphs: 20, readingTimeMinutes: 30 },
      truncated: false,
    }
    const { body, dropped } = renderResult(result, 'teams')
    expect(bytes(body)).toBeLessThanOrEqual(TEAMS_LIMITS.bytes)
    expect(dropped).toMatchObject({ keywords: 25, keyPoints: 10, cut: false })
    expect(dropped.sentences).toBeGreaterThan(0)
    const kept = [...body.matchAll(/S(\d+)§/g)].map((m) => Number(m[1])).sort((a, b) => a - b)
    expect(kept).toEqual(Array.from({ length: 20 - dropped.sentences }, (_, i) => i + 1))
    // One sentence more would not have fitted: the bound is used, not merely kept.
    expect(bytes(body) + bytes(JSON.stringify(escapeTeams(text(kept.length + 1))))).toBeGreaterThan(TEAMS_LIMITS.bytes)
  })
})
