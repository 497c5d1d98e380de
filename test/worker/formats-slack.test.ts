// Slack rendering over HTTP with hostile article text: plain_text shows text as written, mrkdwn carries only our markup.
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../helpers/fixtures.js'
import { postJson } from '../helpers/app.js'

interface SlackText {
  type: 'plain_text' | 'mrkdwn'
  text: string
}
interface SlackBody {
  text: string
  blocks: { type: string; text?: SlackText; elements?: SlackText[] }[]
}
interface Result {
  title: string
  summary: string
  keyPoints: { text: string }[]
}

// Sentences full of mrkdwn syntax: two code fences would turn everything between them, our bullets and labels
// included, into one code block; `*` `_` `~` would bold, italicize or strike.
const HOSTILE_ARTICLE = [
  'The ministry said on Monday that the *new* budget_plan will ```cut``` taxes & raise <spending> by 5%.',
  'Officials confirmed that ~half~ of the R&D grants go to <!channel> regions, with `code` reviews in June.',
  'The minister told reporters that the ``` plan is final and _will_ take effect next year for all families.',
  'Opposition leaders argued that the *plan* ignores rural schools and asked for a vote in parliament.',
  'Analysts expect the reform to lower the deficit by two points over the next five years, the ministry said.',
].join(' ')

const slack = async (body: Record<string, unknown>) => {
  const json = (await (await postJson(body)).json()) as Result
  const res = await postJson({ ...body, format: 'slack' })
  expect(res.status).toBe(200)
  return { json, body: (await res.json()) as SlackBody }
}

/** Every text object of the blocks. */
const textObjects = (body: SlackBody): SlackText[] =>
  body.blocks.flatMap((b) => [...(b.text ? [b.text] : []), ...(b.elements ?? [])])

describe('format/slack', () => {
  it('shows the title in the header as written: plain_text decodes no entities, so none are sent', async () => {
    // Slack parses &, < and > only in mrkdwn; a plain_text object is shown as is, so `&amp;` would show literally.
    const title = 'Q&A: <Budget> & "tax" cuts for R&D'
    const { body } = await slack({ text: FIXTURES.pakistan, title })
    const header = body.blocks[0]!
    expect(header.type).toBe('header')
    expect(header.text).toMatchObject({ type: 'plain_text', text: title })
  })

  it('cuts a long title to 150 characters as shown, not as escaped', async () => {
    // 240 characters with 60 ampersands: escaped, that would be 480, and a cut on the escaped form loses half.
    const title = 'R&D '.repeat(60).trim()
    const { body } = await slack({ text: FIXTURES.pakistan, title })
    const shown = body.blocks[0]!.text!.text
    expect(shown.length).toBeLessThanOrEqual(150)
    expect(shown.length).toBeGreaterThan(140)
    expect(shown.endsWith('…')).toBe(true)
    expect(title.startsWith(shown.slice(0, -1))).toBe(true)
  })

  it('puts article text only in plain_text objects, so no *, _, ~ or ``` of it can format anything', async () => {
    const { json, body } = await slack({ text: HOSTILE_ARTICLE, title: 'A *budget* ```fence``` & <title>', bullets: 5 })
    const objects = textObjects(body)
    // What we write in mrkdwn: a bold label, or the footer with the version.
    for (const o of objects.filter((t) => t.type === 'mrkdwn'))
      expect(o.text).toMatch(/^\*[A-Z][a-z ]+\*$|^Summarized by pressbrief [\w.-]+$/)
    const plain = objects.filter((t) => t.type === 'plain_text').map((t) => t.text)
    expect(plain).toContain(json.summary.replace(/\s+/g, ' ').trim())
    const points = plain.find((t) => t.startsWith('• '))!.split('\n')
    expect(points).toEqual(json.keyPoints.map((k) => `• ${k.text.replace(/\s+/g, ' ').trim()}`))
    // The notification fallback stays mrkdwn, with the three control characters escaped, and the title as written:
    // no `*` of ours to pair with the title's own.
    expect(body.text).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/)
    expect(body.text.startsWith('A *budget* ```fence``` &amp; &lt;title&gt;\n')).toBe(true)
  })
})
