// Query parameters that would be ignored or half-read: options in the query of a JSON request, unknown parameters
// on GET /v1/summaries/:id, and a parameter given twice — each a 422 naming the parameter.
import { exports } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { BASE, get, postText, waitForStored } from '../helpers/app.js'
import type { ProblemBody } from '../helpers/problem.js'

const TEXT =
  'The minister announced a new plan on Monday. The plan will cost 5 million dollars. Critics said it was too small.'

function postJsonWith(query: string, body: unknown = { text: TEXT }): Promise<Response> {
  return exports.default.fetch(`${BASE}/v1/summarize${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

async function refused(res: Response, name: string): Promise<ProblemBody> {
  expect(res.status).toBe(422)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const body = (await res.json()) as ProblemBody
  expect(body.type).toMatch(/\/validation-failed$/)
  expect(body.errors!.map((e) => e.path)).toContain(`/${name}`)
  return body
}

describe('query parameters', () => {
  it('refuses options in the query of a JSON request, and says they go in the body', async () => {
    for (const [query, name] of [['?sentences=1', 'sentences'], ['?sentences=abc', 'sentences'], ['?foo=bar', 'foo'], ['?format=text&maxWords=9', 'maxWords']]) {
      const body = await refused(await postJsonWith(query!), name!)
      expect(body.detail).toContain(name)
      expect(body.detail).toContain('JSON body')
    }
  })

  it('still takes format from the query of a JSON request', async () => {
    const res = await postJsonWith('?format=markdown', { text: TEXT, sentences: 1 })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/)
  })

  it('refuses a parameter given twice on a text/plain request, rather than taking the first', async () => {
    const body = await refused(await postText(TEXT, '?sentences=2&sentences=3'), 'sentences')
    expect(body.detail).toContain('more than once: sentences')
    await refused(await postText(TEXT, '?format=text&format=json'), 'format')
    await refused(await postJsonWith('?format=text&format=text'), 'format')
    expect((await postText(TEXT, '?sentences=2&explain=true')).status).toBe(200)
  })

  it('reads a text/plain ratio as JSON reads a number, exponents included, and nothing else', async () => {
    for (const ratio of ['0.0000001', '1e-7', '2.5E-1', '.5', '1', '1.0'])
      expect((await postText(TEXT, `?ratio=${ratio}`)).status, ratio).toBe(200)
    // A long run of digits is refused by its length before any pattern reads it (a pattern that could split the run
    // anywhere took 0.4 s of CPU on 16,000 digits).
    for (const ratio of ['0x1', 'Infinity', 'NaN', '1e400', '0', '-0.5', '1.5', '1/2', '', `0.${'1'.repeat(16000)}x`, `0.${'1'.repeat(40)}`])
      expect((await refused(await postText(TEXT, `?ratio=${ratio}`), 'ratio')).status, ratio).toBe(422)
  })

  it('checks the ranges and the values of text/plain options as the JSON body does', async () => {
    for (const [query, name] of [['?sentences=0', 'sentences'], ['?sentences=21', 'sentences'], ['?keywords=26', 'keywords'], ['?maxWords=4', 'maxWords'], ['?sortBy=score', 'sortBy'], ['?language=fr', 'language']])
      await refused(await postText(TEXT, query!), name!)
    const res = await postText(TEXT, '?sentences=020&keywords=0&sortBy=rank&language=en&maxWords=2000')
    expect(res.status).toBe(200)
    expect(((await res.json()) as { keywords: unknown[] }).keywords).toEqual([])
  })

  describe('GET /v1/summaries/:id', () => {
    let id = ''
    beforeAll(async () => {
      id = ((await (await postText(`${TEXT} Only the query test sends this.`)).json()) as { id: string }).id
      expect((await waitForStored(id)).status).toBe(200)
    })

    it('accepts only format', async () => {
      await refused(await get(`/v1/summaries/${id}?foo=1`), 'foo')
      await refused(await get(`/v1/summaries/${id}?sentences=1&format=text`), 'sentences')
      await refused(await get(`/v1/summaries/${id}?format=text&format=text`), 'format')
      expect((await get(`/v1/summaries/${id}?format=text`)).status).toBe(200)
    })
  })
})
