// The typed client: `hc<AppType>` from hono/client, driven through the Worker's fetch, typed end to end.
import { exports } from 'cloudflare:workers'
import { hc } from 'hono/client'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { AppType } from '../../src/index.js'
import { BASE } from '../helpers/app.js'
import { FIXTURES } from '../helpers/fixtures.js'

const client = hc<AppType>(BASE, { fetch: (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(input, init) })

describe('hono/client with AppType', () => {
  it('posts a typed body and reads a typed result', async () => {
    const res = await client.v1.summarize.$post({ json: { text: FIXTURES.guatemala, sentences: 2 } })
    expect(res.status).toBe(200)
    const body = await res.json()
    expectTypeOf(body.summary).toEqualTypeOf<string>()
    expectTypeOf(body.sentences[0]!.rank).toEqualTypeOf<number>()
    expectTypeOf(body.id).toEqualTypeOf<string>()
    expect(body.sentences).toHaveLength(2)
    expect(body.summary).toContain('Mayorkas')
  })

  it('asks for a format in the query and reads the result back by id', async () => {
    const res = await client.v1.summarize.$post({ json: { text: FIXTURES.frank }, query: { format: 'markdown' } })
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/)
    const id = res.headers.get('x-summary-id')!
    const again = await client.v1.summaries[':id'].$get({ param: { id }, query: { format: 'text' } })
    // The result may still be on its way to KV (waitUntil); either way the status is typed.
    expect([200, 404]).toContain(again.status)
    const health = await (await client.health.$get()).json()
    expectTypeOf(health.status).toEqualTypeOf<'ok'>()
    expect(health.status).toBe('ok')
  })

  it('rejects a wrong body at compile time', () => {
    // @ts-expect-error `sentences` is a number, and unknown fields are not part of the body type.
    const bad: Parameters<typeof client.v1.summarize.$post>[0] = { json: { text: 'x', sentences: 'three' } }
    // @ts-expect-error `pdf` is not a format.
    const badFormat: Parameters<typeof client.v1.summarize.$post>[0] = { json: { text: 'x' }, query: { format: 'pdf' } }
    expect([bad, badFormat]).toHaveLength(2)
  })
})
