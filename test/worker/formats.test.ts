// Output formats over HTTP: every format on the Guatemala fixture, the choice by field, parameter and Accept, re-rendering by id.
import { describe, expect, it } from 'vitest'
import { telegramVisibleText } from '../../src/http/format/telegram.js'
import { FIXTURES } from '../helpers/fixtures.js'
import { get, postJson, postText, waitForStored } from '../helpers/app.js'
import { teamsMessageSchema } from '../../src/http/format/schemas.js'
import type { TeamsMessage } from '../../src/http/format/teams.js'

interface Result {
  id: string
  title: string
  summary: string
  sentences: { text: string; index: number; rank: number }[]
  keyPoints: { text: string }[]
}

const fixture = async (extra: Record<string, unknown> = {}) =>
  (await (await postJson({ text: FIXTURES.guatemala, ...extra })).json()) as Result

describe('formats over HTTP', () => {
  it('renders markdown: the title in bold, the summary, the key points as a bullet list', async () => {
    const json = await fixture()
    const res = await postJson({ text: FIXTURES.guatemala, format: 'markdown' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown; charset=utf-8/)
    expect(res.headers.get('x-summary-id')).toBe(json.id)
    expect(res.headers.get('x-render-dropped')).toBe('none')
    const md = await res.text()
    expect(md.startsWith(`**${json.title}**\n\n`)).toBe(true)
    const bullets = md.split('\n').filter((l) => l.startsWith('- '))
    expect(bullets).toHaveLength(json.keyPoints.length)
    expect(md).toContain('Arévalo')
    expect(md).toContain('Mayorkas')
  })

  it('renders plain text and an HTML fragment', async () => {
    const json = await fixture()
    const text = await (await postJson({ text: FIXTURES.guatemala, format: 'text' })).text()
    // The title, a byline line when the article has one, the summary, the key points.
    expect(text.startsWith(`${json.title}\n`)).toBe(true)
    expect(text).toContain(`\n\n${json.summary}\n\nKey points:\n• `)
    const res = await postJson({ text: FIXTURES.guatemala, format: 'html' })
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'")
    const html = await res.text()
    expect(html).toMatch(/^<article class="pressbrief">\n<h2 dir="auto">President Arévalo/)
    expect(html.match(/<li dir="auto">/g)).toHaveLength(json.keyPoints.length)
  })

  it('renders a Slack chat.postMessage body with a fallback text and Block Kit blocks', async () => {
    const json = await fixture()
    const res = await postJson({ text: FIXTURES.guatemala, format: 'slack' })
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const body = (await res.json()) as { text: string; blocks: { type: string; text?: { text: string } }[] }
    expect(body.text).toContain(json.title)
    expect(body.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: json.title, emoji: true } })
    const sections = body.blocks.filter((b) => b.type === 'section').map((b) => b.text!.text)
    expect(sections[0]).toBe(json.summary)
    expect(sections[1]).toBe('*Key points*')
    expect(sections[2]!.split('\n')).toHaveLength(json.keyPoints.length)
  })

  it('renders a Discord webhook body with one embed and no mentions', async () => {
    const json = await fixture()
    const body = (await (await postJson({ text: FIXTURES.guatemala, format: 'discord' })).json()) as {
      embeds: { title: string; description: string; fields: { name: string; value: string }[] }[]
      allowed_mentions: { parse: string[] }
    }
    expect(body.allowed_mentions).toEqual({ parse: [] })
    expect(body.embeds).toHaveLength(1)
    expect(body.embeds[0]!.title).toBe(json.title)
    expect(body.embeds[0]!.fields[0]!.name).toBe('Key points')
  })

  it('renders a Telegram sendMessage body in HTML mode', async () => {
    const json = await fixture()
    const body = (await (await postJson({ text: FIXTURES.guatemala, format: 'telegram' })).json()) as {
      text: string
      parse_mode: string
    }
    expect(body.parse_mode).toBe('HTML')
    expect(body.text.startsWith(`<b>${json.title}</b>\n`)).toBe(true)
    expect(body.text).toContain(`\n\n${json.summary}\n\n`)
    expect(body.text).toContain('<b>Key points</b>\n• ')
  })

  it('lets no Telegram mention, hashtag, cashtag or command form from article text, which still reads the same', async () => {
    const text = [
      'Ping @everyone and @durov_fan about the #NHS plan, said the minister on Monday in London.',
      'Traders sold $GOOG stock and typed /start@pressbot to test it, officials said on Tuesday.',
      'The budget of $5 million runs 24/7 and/or weekends (write to press@council.example), the council said "/help" was wrong,/start too.',
    ].join(' ')
    const body = (await (await postJson({ text, sentences: 3, format: 'telegram' })).json()) as { text: string }
    const visible = telegramVisibleText(body.text)
    // tdlib's rules: an entity starts after anything but a word character (a command, also but `/`, `<`, `>`).
    expect(visible).not.toMatch(/(?<![\p{L}\p{N}_])(?:[@#][\p{L}\p{N}_]|\$[A-Za-z])|(?<![\p{L}\p{N}_/<>])\/[A-Za-z0-9_]/u)
    expect(visible.replaceAll('\u2060', '')).toContain(text)
    // An email address keeps its `@` as written: Telegram makes no mention of it, and copying it must work.
    expect(visible).toContain('press@council.example')
  })

  it('ends a list item chosen for the summary with a full stop in every rendering, so items do not run on', async () => {
    const items = ['a £2 billion fund for rural broadband in Wales and Scotland', 'free school meals for every primary pupil from September']
    const text = `Priorities set out\n\nThe Prime Minister today set out the government’s priorities for the coming year. These include:\n\n${items.map((i) => `• ${i}`).join('\n')}\n`
    for (const format of ['text', 'markdown', 'telegram']) {
      const body = await (await postJson({ text, sentences: 3, format })).text()
      expect(body, format).toContain('Wales and Scotland. Free school meals')
      expect(body, format).not.toContain('Scotland free')
    }
  })

  it('drops the lowest-ranked sentences to fit Slack, and says so', async () => {
    const json = await fixture({ sentences: 20 })
    const res = await postJson({ text: FIXTURES.guatemala, sentences: 20, format: 'slack' })
    const dropped = res.headers.get('x-render-dropped')!
    expect(dropped).toMatch(/sentences=\d+/)
    const body = (await res.json()) as { blocks: { type: string; text?: { text: string } }[] }
    const summary = body.blocks.find((b) => b.type === 'section')!.text!.text
    expect(summary.length).toBeLessThanOrEqual(3000)
    // The summary is a plain_text object: the sentences as written, whitespace folded.
    const kept = json.sentences.filter((s) => summary.includes(s.text.replace(/\s+/g, ' ').trim()))
    const droppedCount = Number(/sentences=(\d+)/.exec(dropped)![1])
    expect(kept.length).toBe(json.sentences.length - droppedCount)
    // Every kept sentence outranks every dropped one.
    const worstKept = Math.max(...kept.map((s) => s.rank))
    expect(worstKept).toBe(kept.length)
  })

  it('takes the format from the query, from Accept, and refuses an unknown or conflicting one', async () => {
    const query = await postText(FIXTURES.pakistan, '?format=markdown&sentences=2')
    expect(query.headers.get('content-type')).toMatch(/^text\/markdown/)
    const accept = await postJson({ text: FIXTURES.pakistan }, { headers: { Accept: 'text/markdown' } })
    expect(accept.headers.get('content-type')).toMatch(/^text\/markdown/)
    const browser = await postJson({ text: FIXTURES.pakistan }, { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } })
    expect(browser.headers.get('content-type')).toMatch(/^text\/html/)
    const any = await postJson({ text: FIXTURES.pakistan }, { headers: { Accept: '*/*' } })
    expect(any.headers.get('content-type')).toMatch(/^application\/json/)
    expect(any.headers.get('vary')).toBe('Accept')
    const unusual = await postJson({ text: FIXTURES.pakistan }, { headers: { Accept: 'image/png' } })
    expect(unusual.headers.get('content-type')).toMatch(/^application\/json/)
    const field = await postJson({ text: FIXTURES.pakistan, format: 'text' }, { headers: { Accept: 'text/html' } })
    expect(field.headers.get('content-type')).toMatch(/^text\/plain/)

    const unknown = await postJson({ text: FIXTURES.pakistan, format: 'pdf' })
    expect(unknown.status).toBe(422)
    expect(unknown.headers.get('content-type')).toBe('application/problem+json')
    expect(((await unknown.json()) as { errors: { path: string }[] }).errors[0]!.path).toBe('/format')
    expect((await postText(FIXTURES.pakistan, '?format=pdf')).status).toBe(422)
  })
})

describe('chat formats at their worst case over HTTP', () => {
  // The Guatemala briefing with markup, a mention and an astral emoji sequence (several UTF-16 units) after every
  // "the", "and" and "of", a 1,000-character title, and the most sentences, key points and keywords the API allows:
  // more than Slack, Discord or Telegram takes. Teams, with 27,000 bytes, has only the title to cut here; the test of
  // a body over its bound is in formats-teams.test.ts.
  const body = {
    text: FIXTURES.guatemala.replace(/ (the|and|of) /g, ' $1 <b>*R&D*</b> _~||@everyone 👩‍👩‍👧 '),
    title: `A & <b> *title* ${'👍🏽 R&D '.repeat(140)}`.slice(0, 1000),
    sentences: 20,
    bullets: 10,
    keywords: 25,
  }
  /** The body in `format`, which must have had to leave something out. */
  const render = async (format: string): Promise<unknown> => {
    const res = await postJson({ ...body, format })
    expect(res.headers.get('x-render-dropped'), format).not.toBe('none')
    return res.json()
  }
  // Lengths in UTF-16 units: what Telegram counts, and never less than the code points Slack and Discord count.
  it('keeps every Slack, Discord, Telegram and Teams limit', async () => {
    const slack = (await render('slack')) as {
      text: string
      blocks: { type: string; text?: { text: string }; elements?: { text: string }[] }[]
    }
    expect(slack.text.length).toBeLessThanOrEqual(4000)
    expect(slack.blocks.length).toBeLessThanOrEqual(50)
    for (const b of slack.blocks) {
      if (b.type === 'header') expect(b.text!.text.length).toBeLessThanOrEqual(150)
      for (const t of [...(b.text ? [b.text] : []), ...(b.elements ?? [])]) expect(t.text.length).toBeLessThanOrEqual(3000)
    }
    const discord = (await render('discord')) as {
      embeds: { title: string; description: string; fields: { name: string; value: string }[]; footer: { text: string } }[]
    }
    expect(discord.embeds).toHaveLength(1)
    const [embed] = discord.embeds as [(typeof discord.embeds)[0]]
    expect(embed.title.length).toBeLessThanOrEqual(256)
    expect(embed.description.length).toBeLessThanOrEqual(4096)
    expect(embed.fields.length).toBeLessThanOrEqual(25)
    for (const f of embed.fields) expect(f.value.length).toBeLessThanOrEqual(1024)
    const fields = embed.fields.reduce((n, f) => n + f.name.length + f.value.length, 0)
    expect(embed.title.length + embed.description.length + fields + embed.footer.text.length).toBeLessThanOrEqual(6000)
    const telegram = (await render('telegram')) as { text: string }
    const visible = telegram.text.replace(/<[^>]*>/g, '').replace(/&(lt|gt|amp|quot);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"' })[e]!)
    expect(visible.length).toBeLessThanOrEqual(4096)
    // Teams counts bytes: the body as served, UTF-8, with every backslash of the escaping doubled by JSON.
    const teams = (await render('teams')) as TeamsMessage
    expect(new TextEncoder().encode(JSON.stringify(teams)).length).toBeLessThanOrEqual(27000)
    expect(teamsMessageSchema.safeParse(teams).success).toBe(true)
    expect(teams.attachments[0].content.msteams).toEqual({ width: 'Full' })
  })
})

describe('GET /v1/summaries/:id?format=', () => {
  it('renders a cached result in every format without the article', async () => {
    const text = `${FIXTURES.frank}\n\nThis sentence makes the text unique to the format test.`
    const first = await postJson({ text })
    const { id } = (await first.json()) as Result
    expect((await waitForStored(id)).status).toBe(200)
    for (const format of ['markdown', 'text', 'html', 'slack', 'discord', 'telegram', 'teams']) {
      const posted = await (await postJson({ text, format })).text()
      const res = await get(`/v1/summaries/${id}?format=${format}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('x-cache')).toBe('HIT')
      expect(await res.text()).toBe(posted)
      const etag = res.headers.get('etag')!
      expect(etag).toBe(`"${id}-${format}"`)
      expect((await get(`/v1/summaries/${id}?format=${format}`, { 'If-None-Match': etag })).status).toBe(304)
    }
    const accept = await get(`/v1/summaries/${id}`, { Accept: 'text/markdown' })
    expect(accept.headers.get('content-type')).toMatch(/^text\/markdown/)
    expect((await get(`/v1/summaries/${id}?format=yaml`)).status).toBe(422)
  })
})
