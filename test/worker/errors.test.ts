import { env, exports } from 'cloudflare:workers'
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { app } from '../../src/http/app.js'
import { BASE, get, postJson, postText } from '../helpers/app.js'
import type { ProblemBody } from '../helpers/problem.js'

async function expectProblem(res: Response, status: number, slug: string): Promise<ProblemBody> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const body = (await res.json()) as ProblemBody
  expect(body.status).toBe(status)
  expect(body.type).toMatch(new RegExp(`/${slug}$`))
  expect(body.title.length).toBeGreaterThan(0)
  expect(body.detail.length).toBeGreaterThan(0)
  expect(body.requestId).toBe(res.headers.get('x-request-id'))
  return body
}

describe('errors', () => {
  it('400 for malformed JSON', async () => {
    await expectProblem(await postJson('{"text": "abc"'), 400, 'malformed-json')
  })

  it('400 for a body that is not UTF-8', async () => {
    const res = await exports.default.fetch(`${BASE}/v1/summarize`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: new Uint8Array([0x48, 0x69, 0xff, 0xfe, 0x20, 0x74, 0x68, 0x65, 0x72, 0x65]),
    })
    await expectProblem(res, 400, 'invalid-encoding')
  })

  it('413 for a body over the limit, before it is parsed', async () => {
    const big = 'Word after word makes a sentence. '.repeat(9000)
    expect(big.length).toBeGreaterThan(262144)
    await expectProblem(await postText(big), 413, 'payload-too-large')
    // Not valid JSON either: the size is refused first.
    await expectProblem(await postJson(`{${'x'.repeat(300000)}`), 413, 'payload-too-large')
  })

  it('415 for another content type, and for none', async () => {
    const form = await exports.default.fetch(`${BASE}/v1/summarize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'text=hello',
    })
    const body = await expectProblem(form, 415, 'unsupported-media-type')
    expect(body.detail).toContain('application/x-www-form-urlencoded')
    const none = await exports.default.fetch(`${BASE}/v1/summarize`, { method: 'POST', body: new Uint8Array([104, 105]) })
    await expectProblem(none, 415, 'unsupported-media-type')
  })

  it('415 for a charset other than UTF-8, which would otherwise be read as UTF-8', async () => {
    for (const type of ['text/plain; charset=iso-8859-1', 'application/json; charset="UTF-16"']) {
      const res = await exports.default.fetch(`${BASE}/v1/summarize`, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: type.startsWith('text') ? 'The minister spoke. The council voted.' : JSON.stringify({ text: 'The minister spoke.' }),
      })
      const body = await expectProblem(res, 415, 'unsupported-media-type')
      expect(body.detail, type).toMatch(/charset (iso-8859-1|utf-16) is not accepted/)
    }
    // UTF-8 named either way is read.
    for (const type of ['text/plain; charset=UTF-8', 'text/plain;charset="utf8"', 'text/plain; charset=us-ascii']) {
      const res = await exports.default.fetch(`${BASE}/v1/summarize`, { method: 'POST', headers: { 'Content-Type': type }, body: 'The minister spoke. The council voted.' })
      expect(res.status, type).toBe(200)
    }
  })

  it('422 with field errors for schema violations', async () => {
    const body = await expectProblem(await postJson({ text: 'A sentence.', sentences: 0, bullets: 'five' }), 422, 'validation-failed')
    const paths = body.errors!.map((e) => e.path)
    expect(paths).toContain('/sentences')
    expect(paths).toContain('/bullets')
    const unknown = await expectProblem(await postJson({ text: 'A sentence.', sentence: 2 }), 422, 'validation-failed')
    expect(unknown.errors![0]!.message).toContain('sentence')
    await expectProblem(await postJson({}), 422, 'validation-failed')
    await expectProblem(await postJson({ text: 'a', html: '<p>b</p>' }), 422, 'validation-failed')
    await expectProblem(await postJson([1, 2]), 422, 'validation-failed')
    await expectProblem(await postText('Some text here.', '?sentences=abc'), 422, 'validation-failed')
  })

  it('422 when there is nothing to summarize', async () => {
    for (const text of ['', '   \n\t ', '12345 67.89 !!!', 'Copyright © 2024 All rights reserved'])
      await expectProblem(await postJson({ text }), 422, text.startsWith('Copyright') ? 'nothing-to-summarize' : 'nothing-to-summarize')
  })

  it('404 for unknown paths and 405 with Allow for a wrong method', async () => {
    await expectProblem(await get('/nope'), 404, 'not-found')
    const res = await get('/v1/summarize')
    await expectProblem(res, 405, 'method-not-allowed')
    expect(res.headers.get('allow')).toBe('POST')
  })

  it('405 with Allow for a wrong method on every GET-only route; 404 for unknown routes whatever the method', async () => {
    for (const path of ['/health', '/openapi.json', '/docs', '/', '/playground.js', '/playground.css', `/v1/summaries/${'a'.repeat(64)}`]) {
      for (const method of ['POST', 'PUT', 'DELETE']) {
        const res = await exports.default.fetch(`${BASE}${path}`, { method, headers: { 'Content-Type': 'text/plain' }, body: 'x' })
        const body = await expectProblem(res, 405, 'method-not-allowed')
        expect(res.headers.get('allow'), `${method} ${path}`).toBe('GET, HEAD')
        expect(body.detail).toBe(`${method} is not allowed here; use GET, HEAD.`)
      }
    }
    for (const path of ['/nope', '/v1', '/v1/nope', '/health/x'])
      await expectProblem(await exports.default.fetch(`${BASE}${path}`, { method: 'POST', body: 'x' }), 404, 'not-found')
    // HEAD is the GET without a body, and a missing result is a 404, not a 405.
    expect((await exports.default.fetch(`${BASE}/health`, { method: 'HEAD' })).status).toBe(200)
    await expectProblem(await get(`/v1/summaries/${'b'.repeat(64)}`), 404, 'not-found')
  })

  it('500 carries the request id and no stack trace', async () => {
    // A var that does not parse is a deployment error: the request fails with a 500, not with a wrong answer.
    const ctx = createExecutionContext()
    const res = await app.fetch(
      new Request(`${BASE}/v1/summarize`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text":"A b c."}' }),
      { ...env, MAX_BODY_BYTES: 'lots' },
      ctx,
    )
    await waitOnExecutionContext(ctx)
    const body = await expectProblem(res, 500, 'internal-error')
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|ZodError|stack/i)
  })
})
