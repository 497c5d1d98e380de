// Whole pages through HTML extraction and the API: the article's paragraphs in order, no furniture, its headline.
import { describe, expect, it } from 'vitest'
import { extractText } from '../../../src/http/html.js'
import { postJson } from '../../helpers/app.js'
import { GOVUK_FURNITURE, GOVUK_PAGE, GOVUK_PARAGRAPHS } from './govuk-press-release.js'
import { NEWS_FURNITURE, NEWS_PAGE, NEWS_PARAGRAPHS } from './news-agency-article.js'

const PAGES = [
  {
    name: 'a GOV.UK-style press release',
    html: GOVUK_PAGE,
    paragraphs: GOVUK_PARAGRAPHS,
    furniture: GOVUK_FURNITURE,
    headline: 'Council tax discount for unpaid carers extended',
  },
  {
    name: 'a news-agency story',
    html: NEWS_PAGE,
    paragraphs: NEWS_PARAGRAPHS,
    furniture: NEWS_FURNITURE,
    headline: 'Rotterdam port strike ends as dockworkers accept pay deal',
  },
]

interface Result {
  title: string
  summary: string
  extractedText: string
  sentences: { text: string; start: number; end: number }[]
}

describe('html pages', () => {
  it.each(PAGES)('$name: the article paragraphs in order, without furniture, titled by its headline', async (page) => {
    const { text, title } = await extractText(page.html)
    expect(title).toBe(page.headline)
    expect(text.indexOf(page.headline)).toBeGreaterThanOrEqual(0)
    expect(text.indexOf(page.headline)).toBeLessThan(text.indexOf(page.paragraphs[0]!))
    let at = 0
    for (const paragraph of page.paragraphs) {
      const found = text.indexOf(paragraph, at)
      expect(found, paragraph).toBeGreaterThanOrEqual(at)
      at = found + paragraph.length
    }
    for (const furniture of page.furniture) expect(text, furniture).not.toContain(furniture)
  })

  it.each(PAGES)('$name: through the API, the summary is drawn from the article', async (page) => {
    const res = await postJson({ html: page.html })
    expect(res.status).toBe(200)
    const body = (await res.json()) as Result
    expect(body.title).toBe(page.headline)
    expect(body.extractedText).toBe((await extractText(page.html)).text)
    expect(body.sentences.length).toBeGreaterThan(0)
    for (const s of body.sentences) {
      expect(body.extractedText.slice(s.start, s.end)).toBe(s.text)
      expect(page.paragraphs.some((p) => p.includes(s.text))).toBe(true)
    }
  })
})
