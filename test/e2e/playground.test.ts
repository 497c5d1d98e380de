// End to end: the Worker under wrangler dev, the playground in headless Chromium (Debian's), a fixture and a hostile article.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorker, type LocalWorker } from './worker.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARTIFACTS = join(process.cwd(), 'artifacts', 'e2e')
const FIXTURE = readFileSync(join(process.cwd(), 'fixtures', 'press-briefing-guatemala-munich.txt'), 'utf8')

interface Result {
  title: string
  summary: string
  sentences: { index: number; rank: number }[]
  keyPoints: { text: string }[]
}

let worker: LocalWorker
let context: BrowserContext
let profile: string

/** What the page did that it must not: dialogs, uncaught errors, console errors (CSP violations land there). */
interface Incidents {
  dialogs: string[]
  errors: string[]
}

async function openPlayground(): Promise<{ page: Page; incidents: Incidents }> {
  const page = await context.newPage()
  const incidents: Incidents = { dialogs: [], errors: [] }
  page.on('dialog', (dialog) => {
    incidents.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => incidents.errors.push(String(error)))
  page.on('console', (message) => {
    if (message.type() === 'error') incidents.errors.push(message.text())
  })
  await page.goto(`${worker.url}/`)
  await page.waitForSelector('body[data-state=ready]')
  return { page, incidents }
}

async function summarizeIn(page: Page, article: string): Promise<void> {
  await page.fill('#article', article)
  await page.click('#submit')
  await page.waitForSelector('body[data-state=done], body[data-state=error]', { timeout: 60_000 })
  expect(await page.getAttribute('body', 'data-state'), await page.textContent('#status') ?? '').toBe('done')
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  worker = await startWorker()
  profile = mkdtempSync(join(tmpdir(), 'pressbrief-e2e-chromium-'))
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  })
})

afterAll(async () => {
  await context?.close().catch(() => undefined)
  await worker?.stop()
  if (profile) rmSync(profile, { recursive: true, force: true })
})

describe('playground in Chromium', () => {
  it('summarizes the pasted fixture: summary, bullets, markdown, curl and the shaded article', async () => {
    const { page, incidents } = await openPlayground()
    await summarizeIn(page, FIXTURE)

    // The same request straight to the API gives what the page shows.
    const expected = (await (
      await fetch(`${worker.url}/v1/summarize`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: FIXTURE, sentences: 3, bullets: 5, keywords: 10 }),
      })
    ).json()) as Result
    expect(await page.textContent('#out-title')).toBe(expected.title)
    expect(await page.textContent('#out-summary')).toBe(expected.summary)
    expect(await page.locator('#out-points li').allTextContents()).toEqual(expected.keyPoints.map((k) => k.text))
    expect(await page.textContent('#out-markdown')).toMatch(/^\*\*President Arévalo and Secretary Mayorkas/)

    // Every chosen sentence is outlined with its rank; the others are shaded by score.
    const ranks = await page.locator('#article-view .sentence.chosen').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.rank)))
    expect(ranks.sort()).toEqual(expected.sentences.map((s) => s.rank).sort())
    expect(await page.locator('#article-view .sentence').count()).toBeGreaterThan(10)
    expect(await page.textContent('#article-view')).toBe(FIXTURE)

    // The curl command shown gives the markdown shown.
    const curl = (await page.textContent('#out-curl'))!
    expect(curl).toContain(`${worker.url}/v1/summarize`)
    expect(execFileSync('bash', ['-c', curl], { encoding: 'utf8' })).toBe(await page.textContent('#out-markdown'))

    await page.screenshot({ path: join(ARTIFACTS, 'playground-fixture.png'), fullPage: true })
    expect(incidents).toEqual({ dialogs: [], errors: [] })
  })

  it('shows a hostile article as text: nothing it contains runs or becomes an element', async () => {
    const { page, incidents } = await openPlayground()
    const hostile = [
      'Officials <img src=x onerror=alert(1)> confirmed the new budget for schools on Monday after a long debate.',
      'The minister said <script>alert(2)</script> the plan would add 400 teachers across the region by next year.',
      'Critics <svg onload=alert(3)></svg> argued that the money &amp; the timetable were both far too small.',
      'A spokesperson <a href="javascript:alert(4)">replied</a> that talks with the unions would continue this week.',
    ].join('\n\n')
    await page.selectOption('#format', 'html')
    await summarizeIn(page, hostile)
    for (const selector of ['img', 'svg', 'script:not([src="/playground.js"])', 'a[href^="javascript"]'])
      expect(await page.locator(selector).count(), selector).toBe(0)
    expect(await page.textContent('#article-view')).toBe(hostile)
    expect(await page.textContent('#out-summary')).toContain('<')
    // The html rendering is shown as its escaped source, not as markup.
    expect(await page.textContent('#out-format')).toContain('&lt;img src=x onerror=alert(1)&gt;')
    await page.screenshot({ path: join(ARTIFACTS, 'playground-hostile.png'), fullPage: true })
    expect(incidents).toEqual({ dialogs: [], errors: [] })
  })
})
