import { env } from 'cloudflare:workers'
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { ALGORITHM_VERSION } from '../../src/core/index.js'
import { app } from '../../src/http/app.js'
import { SummaryCache } from '../../src/http/cache.js'
import { BASE } from '../helpers/app.js'
import { FIXTURES } from '../helpers/fixtures.js'

/** The real KV binding with some of its methods replaced by faults. */
function faultyKv(overrides: Partial<Record<'get' | 'put', (...args: unknown[]) => Promise<unknown>>>): KVNamespace {
  return new Proxy(env.SUMMARIES, {
    get: (target, prop) =>
      prop in overrides ? overrides[prop as 'get' | 'put'] : (Reflect.get(target, prop) as unknown as () => unknown).bind(target),
  })
}

async function summarizeWith(kv: KVNamespace, text = FIXTURES.frank): Promise<Response> {
  const ctx = createExecutionContext()
  const res = await app.fetch(
    new Request(`${BASE}/v1/summarize`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) }),
    { ...env, SUMMARIES: kv, KV_TIMEOUT_MS: '50' },
    ctx,
  )
  await waitOnExecutionContext(ctx)
  return res
}

describe('KV faults', () => {
  it('a get that throws gives 200 with X-Cache: BYPASS', async () => {
    const res = await summarizeWith(faultyKv({ get: () => Promise.reject(new Error('KV down')) }))
    expect(res.status).toBe(200)
    expect(res.headers.get('x-cache')).toBe('BYPASS')
    expect(((await res.json()) as { summary: string }).summary).toContain('FRANK')
  })

  it('a put that throws still gives 200', async () => {
    const res = await summarizeWith(faultyKv({ put: () => Promise.reject(new Error('quota')) }), `${FIXTURES.frank}\nput fault`)
    expect(res.status).toBe(200)
    expect(res.headers.get('x-cache')).toBe('MISS')
  })

  it('a get that hangs past the timeout is answered anyway, bypassing the cache', async () => {
    const res = await summarizeWith(faultyKv({ get: () => new Promise(() => {}) }))
    expect(res.status).toBe(200)
    expect(res.headers.get('x-cache')).toBe('BYPASS')
  })

  it('a stored value that is not JSON, or of another version, is ignored and overwritten', async () => {
    const text = `${FIXTURES.pakistan}\nstale entry`
    const first = await summarizeWith(env.SUMMARIES, text)
    const good = await first.text()
    const { id } = JSON.parse(good) as { id: string }
    for (const bad of ['not json {', JSON.stringify({ id, version: '0.0.1', summary: 'stale' })]) {
      await env.SUMMARIES.put(SummaryCache.key(id), bad)
      const res = await summarizeWith(env.SUMMARIES, text)
      expect(res.headers.get('x-cache')).toBe('MISS')
      expect(await res.text()).toBe(good)
      expect(await env.SUMMARIES.get(SummaryCache.key(id))).toBe(good)
    }
    expect(SummaryCache.key(id)).toBe(`v${ALGORITHM_VERSION}:${id}`)
  })

  it('a stored entry for another id, or JSON that is not an entry, is a miss and is overwritten', async () => {
    const text = `${FIXTURES.frank}\nforeign entry`
    const good = await (await summarizeWith(env.SUMMARIES, text)).text()
    const { id } = JSON.parse(good) as { id: string }
    const other = JSON.stringify({ id: 'f'.repeat(64), version: ALGORITHM_VERSION, summary: 'Another article entirely.' })
    for (const bad of [other, 'null', '[]', '42', '"text"', '{}', '']) {
      await env.SUMMARIES.put(SummaryCache.key(id), bad)
      const res = await summarizeWith(env.SUMMARIES, text)
      expect(res.status).toBe(200)
      expect(res.headers.get('x-cache')).toBe('MISS')
      expect(await res.text()).toBe(good)
    }
  })

  it('a get that rejects only after the timeout changes nothing', async () => {
    const late = () => new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 120))
    const res = await summarizeWith(faultyKv({ get: late }))
    expect(res.status).toBe(200)
    expect(res.headers.get('x-cache')).toBe('BYPASS')
    await new Promise((r) => setTimeout(r, 150))
  })

  it('a put that never settles does not hold the answer back', async () => {
    const ctx = createExecutionContext()
    const res = await app.fetch(
      new Request(`${BASE}/v1/summarize`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: `${FIXTURES.pakistan}\nput hangs` }),
      }),
      { ...env, SUMMARIES: faultyKv({ put: () => new Promise(() => {}) }), KV_TIMEOUT_MS: '50' },
      ctx,
    )
    // The store runs in waitUntil, after the response; the context is deliberately not awaited.
    expect(res.status).toBe(200)
    expect(((await res.json()) as { summary: string }).summary.length).toBeGreaterThan(0)
  })

  it('GET /v1/summaries/:id answers 404 (problem+json), not 500, when KV throws or hangs', async () => {
    for (const kv of [faultyKv({ get: () => Promise.reject(new Error('KV down')) }), faultyKv({ get: () => new Promise(() => {}) })]) {
      const ctx = createExecutionContext()
      const res = await app.fetch(new Request(`${BASE}/v1/summaries/${'ab'.repeat(32)}`), { ...env, SUMMARIES: kv, KV_TIMEOUT_MS: '50' }, ctx)
      await waitOnExecutionContext(ctx)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      expect(((await res.json()) as { detail: string }).detail).toContain('could not be read')
    }
  })
})
