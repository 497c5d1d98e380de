// Abuse controls through the real app: API keys, the Workers Rate Limiting binding from wrangler.toml, CORS, headers.
import { env, exports } from 'cloudflare:workers'
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { app } from '../../src/http/app.js'
import { bearerToken, keyDigests, matchKey, timingSafeEqual } from '../../src/http/guard/api-key.js'
import { allow, clientAddress, ipv6Prefix, rateLimitKey } from '../../src/http/guard/rate-limit.js'
import { BASE } from '../helpers/app.js'

const ARTICLE = 'The council approved the new budget on Monday. It funds three schools and a library. Work starts in May.'

/** A request through the app with some env vars or bindings replaced, as a deployment with other settings would run. */
async function fetchWith(overrides: Record<string, unknown>, path: string, init: RequestInit = {}): Promise<Response> {
  const ctx = createExecutionContext()
  const res = await app.fetch(new Request(`${BASE}${path}`, init), { ...env, ...overrides } as Env, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

function summarizeInit(headers: Record<string, string> = {}, body: string = JSON.stringify({ text: ARTICLE })): RequestInit {
  return { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body }
}

async function expectProblem(res: Response, status: number, slug: string): Promise<{ detail: string }> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const body = (await res.json()) as { type: string; status: number; detail: string; requestId: string }
  expect(body.type).toMatch(new RegExp(`/${slug}$`))
  expect(body.status).toBe(status)
  expect(body.requestId).toBe(res.headers.get('x-request-id'))
  return body
}

describe('guard/api-key', () => {
  it('parses only well-formed bearer headers', () => {
    expect(bearerToken(undefined)).toBeNull()
    expect(bearerToken('Bearer abc')).toBe('abc')
    expect(bearerToken('bearer  abc ')).toBe('abc')
    expect(bearerToken('Basic YWJj')).toBeNull()
    expect(bearerToken('Bearer')).toBeNull()
    expect(bearerToken('Bearer a b')).toBeNull()
  })

  it('compares digests in constant time and accepts sha256:<hex> entries', async () => {
    const a = new Uint8Array([1, 2, 3])
    expect(timingSafeEqual(a, new Uint8Array([1, 2, 3]))).toBe(true)
    expect(timingSafeEqual(a, new Uint8Array([1, 2, 4]))).toBe(false)
    expect(timingSafeEqual(a, new Uint8Array([1, 2]))).toBe(false)
    const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('k3')))]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')
    const keys = await keyDigests(['k1', `sha256:${digest}`])
    expect((await matchKey('k3', keys))?.id).toBe(keys[1]!.id)
    expect((await matchKey('k1', keys))?.id).toBe(keys[0]!.id)
    expect(await matchKey('k2', keys)).toBeNull()
  })

  it('requires no key when API_KEYS is unset, and ignores an Authorization header then', async () => {
    expect((await fetchWith({}, '/v1/summarize', summarizeInit())).status).toBe(200)
    expect((await fetchWith({}, '/v1/summarize', summarizeInit({ Authorization: 'Bearer whatever' }))).status).toBe(200)
  })

  it('answers 401 without a key, with a wrong or malformed one, and 200 with any configured key', async () => {
    const keys = { API_KEYS: 'key-one, key-two' }
    const none = await fetchWith(keys, '/v1/summarize', summarizeInit())
    expect((await expectProblem(none, 401, 'unauthorized')).detail).toContain('Bearer')
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="pressbrief"')
    const wrong = await fetchWith(keys, '/v1/summarize', summarizeInit({ Authorization: 'Bearer key-three' }))
    await expectProblem(wrong, 401, 'unauthorized')
    expect(wrong.headers.get('www-authenticate')).toContain('invalid_token')
    await expectProblem(await fetchWith(keys, '/v1/summarize', summarizeInit({ Authorization: 'Basic a2V5LW9uZQ==' })), 401, 'unauthorized')
    await expectProblem(await fetchWith(keys, '/v1/summarize', summarizeInit({ Authorization: 'Bearer key-one2' })), 401, 'unauthorized')
    expect((await fetchWith(keys, '/v1/summarize', summarizeInit({ Authorization: 'Bearer key-two' }))).status).toBe(200)
    expect((await fetchWith(keys, '/v1/summaries/' + '0'.repeat(64), { headers: { Authorization: 'Bearer key-one' } })).status).toBe(404)
    // Health checks need no key.
    expect((await fetchWith(keys, '/health')).status).toBe(200)
  })

  it('refuses a request without a key before reading its body', async () => {
    const huge = JSON.stringify({ text: 'x'.repeat(300_000) })
    await expectProblem(await fetchWith({ API_KEYS: 'k' }, '/v1/summarize', summarizeInit({}, huge)), 401, 'unauthorized')
  })
})

describe('guard/rate-limit', () => {
  it('reduces IPv6 addresses to their /64 and keeps IPv4 as is', () => {
    expect(ipv6Prefix('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64')
    expect(ipv6Prefix('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(ipv6Prefix('2001:0DB8:0001:0002::')).toBe('2001:db8:1:2::/64')
    expect(ipv6Prefix('1::2::3')).toBeNull()
    expect(clientAddress('2001:db8:1:2:aaaa::1')).toBe(clientAddress('2001:db8:1:2:bbbb::2'))
    expect(clientAddress(' 203.0.113.7 ')).toBe('203.0.113.7')
    expect(clientAddress(undefined)).toBeNull()
    expect(clientAddress('x'.repeat(1000))).toHaveLength(64)
  })

  it('counts a valid key by its id, else the address, and does not limit a request with neither', async () => {
    expect(rateLimitKey('0123abcd', '203.0.113.7')).toBe('key:0123abcd')
    expect(rateLimitKey(null, '203.0.113.7')).toBe('ip:203.0.113.7')
    expect(rateLimitKey(null, undefined)).toBeNull()
    expect(await allow({ limit: async () => ({ success: false }) }, null)).toBe('unlimited')
  })

  it('lets requests through without a binding, and when the limiter fails', async () => {
    expect(await allow(undefined, 'k')).toBe('unlimited')
    expect(await allow({ limit: () => Promise.reject(new Error('down')) }, 'k')).toBe('failed')
    expect((await fetchWith({ RATE_LIMITER: undefined }, '/v1/summarize', summarizeInit())).status).toBe(200)
    const broken = { limit: () => Promise.reject(new Error('limiter down')) }
    expect((await fetchWith({ RATE_LIMITER: broken }, '/v1/summarize', summarizeInit())).status).toBe(200)
  })

  it('answers 429 with Retry-After as problem+json once a client passes the binding limit (100 a minute)', async () => {
    // Random addresses, so a rerun in watch mode (same limiter, same minute) starts from empty buckets.
    const ip = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}::1`
    const other = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:1::1`
    let allowed = 0
    let limited: Response | undefined
    // The local limiter counts in fixed windows: should a window end mid-test the count restarts once, hence 2×100+1.
    for (let i = 0; i < 201 && !limited; i++) {
      const res = await exports.default.fetch(`${BASE}/v1/summaries/${'0'.repeat(64)}`, { headers: { 'CF-Connecting-IP': ip } })
      if (res.status === 429) limited = res
      else {
        allowed++
        await res.arrayBuffer()
      }
    }
    expect(allowed).toBeGreaterThanOrEqual(100)
    expect(limited).toBeDefined()
    expect(limited!.headers.get('retry-after')).toBe('60')
    expect(limited!.headers.get('x-content-type-options')).toBe('nosniff')
    await expectProblem(limited!, 429, 'rate-limited')
    // A made-up key does not buy a fresh budget when no keys are configured: the request still counts by address.
    const faked = await exports.default.fetch(`${BASE}/v1/summaries/${'0'.repeat(64)}`, {
      headers: { 'CF-Connecting-IP': ip, Authorization: 'Bearer made-up' },
    })
    await expectProblem(faked, 429, 'rate-limited')
    // Another client, and the health check, are unaffected.
    const res = await exports.default.fetch(`${BASE}/v1/summaries/${'0'.repeat(64)}`, { headers: { 'CF-Connecting-IP': other } })
    expect(res.status).toBe(404)
    await res.arrayBuffer()
    expect((await exports.default.fetch(`${BASE}/health`, { headers: { 'CF-Connecting-IP': ip } })).status).toBe(200)
    // A valid API key counts in its own bucket, not the address's.
    const keyed = await fetchWith({ API_KEYS: 'rate-key' }, '/v1/summarize', summarizeInit({ 'CF-Connecting-IP': ip, Authorization: 'Bearer rate-key' }))
    expect(keyed.status).toBe(200)
    // An invalid key from a limited address gets the 429, so key guessing is limited too.
    await expectProblem(await fetchWith({ API_KEYS: 'rate-key' }, '/v1/summarize', summarizeInit({ 'CF-Connecting-IP': ip, Authorization: 'Bearer guess' })), 429, 'rate-limited')
  })
})

describe('guard/cors', () => {
  const origin = 'https://news.example'

  it('sends no CORS headers by default, and refuses a preflight with 405', async () => {
    const res = await fetchWith({}, '/v1/summarize', summarizeInit({ Origin: origin }))
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    const pre = await fetchWith({}, '/v1/summarize', { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } })
    await expectProblem(pre, 405, 'method-not-allowed')
    expect(pre.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('allows the listed origins only, answers their preflight and exposes the request id', async () => {
    const vars = { CORS_ORIGINS: `${origin}, https://other.example` }
    const pre = await fetchWith(vars, '/v1/summarize', {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, authorization' },
    })
    expect(pre.status).toBe(204)
    expect(pre.headers.get('access-control-allow-origin')).toBe(origin)
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST')
    expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization')
    const ok = await fetchWith(vars, '/v1/summarize', summarizeInit({ Origin: origin }))
    expect(ok.headers.get('access-control-allow-origin')).toBe(origin)
    expect(ok.headers.get('access-control-expose-headers')).toContain('X-Request-Id')
    // A bot on another origin reads which result a rendering is of, and what it left out.
    expect(ok.headers.get('access-control-expose-headers')).toContain('X-Summary-Id')
    expect(ok.headers.get('access-control-expose-headers')).toContain('X-Render-Dropped')
    expect(ok.headers.get('vary')).toContain('Origin')
    const evil = await fetchWith(vars, '/v1/summarize', summarizeInit({ Origin: 'https://evil.example' }))
    expect(evil.headers.get('access-control-allow-origin')).toBeNull()
    const evilPre = await fetchWith(vars, '/v1/summarize', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } })
    expect(evilPre.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('answers the preflight of a listed origin even when keys are required (preflights carry no Authorization)', async () => {
    const pre = await fetchWith({ CORS_ORIGINS: origin, API_KEYS: 'k' }, '/v1/summarize', {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
    })
    expect(pre.status).toBe(204)
    expect(pre.headers.get('access-control-allow-origin')).toBe(origin)
  })

  it('lets a listed origin read error answers too (401 here)', async () => {
    const res = await fetchWith({ CORS_ORIGINS: origin, API_KEYS: 'k' }, '/v1/summarize', summarizeInit({ Origin: origin }))
    await expectProblem(res.clone(), 401, 'unauthorized')
    expect(res.headers.get('access-control-allow-origin')).toBe(origin)
  })

  it('allows any origin with "*"', async () => {
    const res = await fetchWith({ CORS_ORIGINS: '*' }, '/health', { headers: { Origin: 'https://any.example' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('guard/headers', () => {
  it('puts the secure headers and a request id on every kind of answer', async () => {
    const answers: Response[] = [
      await fetchWith({}, '/v1/summarize', summarizeInit()),
      await fetchWith({}, '/health'),
      await fetchWith({}, '/nope'),
      await fetchWith({}, '/v1/summarize', { method: 'GET' }),
      await fetchWith({}, '/v1/summarize', summarizeInit({}, '{')),
      await fetchWith({ MAX_BODY_BYTES: '1024' }, '/v1/summarize', summarizeInit({}, JSON.stringify({ text: 'a '.repeat(1000) }))),
      await fetchWith({ API_KEYS: 'k' }, '/v1/summarize', summarizeInit()),
      await fetchWith({ RATE_LIMITER: { limit: async () => ({ success: false }) } }, '/v1/summarize', summarizeInit({ 'CF-Connecting-IP': '203.0.113.9' })),
      await fetchWith({ MAX_BODY_BYTES: 'lots' }, '/v1/summarize', summarizeInit()),
    ]
    expect(answers.map((r) => r.status)).toEqual([200, 200, 404, 405, 400, 413, 401, 429, 500])
    for (const res of answers) {
      expect(res.headers.get('x-request-id')).toMatch(/^[\w-]+$/)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(res.headers.get('strict-transport-security')).toContain('max-age=')
      await res.arrayBuffer()
    }
  })
})
