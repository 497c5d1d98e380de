// The playground: one page and two assets from the Worker, under a strict CSP, with no way for text to become HTML.
import { describe, expect, it } from 'vitest'
import { PAGE_CSP } from '../../src/http/playground/index.js'
import { SAMPLE_ARTICLE } from '../../src/http/playground/sample.js'
import { get } from '../helpers/app.js'
import { FIXTURES } from '../helpers/fixtures.js'

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'"

describe('playground', () => {
  it('serves the page with the strict CSP, and no inline script or style', async () => {
    const res = await get('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toBe(CSP)
    expect(PAGE_CSP).toBe(CSP)
    const html = await res.text()
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/playground.js">'])
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=|javascript:/i)
    expect(html).not.toMatch(/https?:\/\//)
  })

  it('serves a script that builds the page with DOM APIs only, and every element it looks up exists', async () => {
    const [page, script] = await Promise.all([get('/').then((r) => r.text()), get('/playground.js')])
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(script.headers.get('content-security-policy')).toBe(CSP)
    const js = await script.text()
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/)
    expect(js).not.toMatch(/https?:\/\/(?!\/)/)
    const ids = [...js.matchAll(/\$\('([\w-]+)'\)/g)].map((m) => m[1]!)
    expect(ids.length).toBeGreaterThan(10)
    for (const id of new Set(ids)) expect(page, id).toContain(`id="${id}"`)
  })

  it('inlines the Guatemala fixture as the sample, verbatim', async () => {
    // If this fails, regenerate src/http/playground/sample.ts (see docs/api.md, "Playground").
    expect(SAMPLE_ARTICLE).toBe(FIXTURES.guatemala)
    const js = await (await get('/playground.js')).text()
    expect(js).toContain(`const SAMPLE = ${JSON.stringify(FIXTURES.guatemala)};`)
  })

  it('serves the style sheet', async () => {
    const res = await get('/playground.css')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect(await res.text()).toContain('.sentence.chosen')
  })
})
