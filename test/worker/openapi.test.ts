// The OpenAPI document as the Worker serves it: every route listed, and the real responses of the fixture run match
// it. That it is valid OpenAPI 3.1 and generated from the current schemas is checked in Node: test/core/openapi.test.ts.
import Ajv2020 from 'ajv/dist/2020.js'
import { env } from 'cloudflare:workers'
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { app } from '../../src/http/app.js'
import { ALGORITHM_VERSION, LIMITS } from '../../src/core/index.js'
import { FORMATS } from '../../src/http/format/index.js'
import { openApiDocument } from '../../src/http/openapi.js'
import { BASE, get, postJson, postText, waitForStored } from '../helpers/app.js'
import { FIXTURES } from '../helpers/fixtures.js'

type Doc = {
  openapi: string
  info: { version: string }
  servers: { url: string }[]
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }> }>>
  components: { schemas: Record<string, unknown> }
}

async function loadDoc(): Promise<Doc> {
  const res = await get('/openapi.json')
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  return (await res.json()) as Doc
}

/** A validator for `#/components/schemas/<name>` of `doc`, or for an inline schema that refers to them. */
function validatorFor(doc: Doc) {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  ajv.addSchema({ $id: 'https://pressbrief.test/openapi.json', components: doc.components })
  return (schema: unknown) => {
    const rooted = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"https://pressbrief.test/openapi.json#/components/'))
    return ajv.compile(rooted as object)
  }
}

describe('GET /openapi.json', () => {
  it('is the generated document, with the algorithm version and the request origin', async () => {
    const doc = await loadDoc()
    expect(doc).toEqual(openApiDocument(BASE))
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.info.version).toBe(ALGORITHM_VERSION)
    expect(doc.servers).toEqual([{ url: BASE }])
  })

  it('lists every route of the app, and nothing else', async () => {
    const doc = await loadDoc()
    const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`))
    const routes = app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
    expect(new Set(documented)).toEqual(new Set(routes))
  })

  it('describes the real responses of the fixture run, in every format', async () => {
    const doc = await loadDoc()
    const validate = validatorFor(doc)
    const op = doc.paths['/v1/summarize']!.post!.responses
    const components: Record<string, string> = { json: 'SummaryResult', slack: 'SlackMessage', discord: 'DiscordMessage', telegram: 'TelegramMessage', teams: 'TeamsMessage' }
    for (const format of FORMATS) {
      const res = await postJson({ text: FIXTURES.guatemala, format })
      expect(res.status).toBe(200)
      const type = res.headers.get('content-type')!.split(';')[0]!
      const media = op['200']!.content![type] as { schema: unknown }
      expect(media, `${format}: ${type} is documented`).toBeDefined()
      for (const [name, header] of Object.entries(op['200']!.headers!) as [string, { required?: boolean; schema: unknown }][]) {
        const value = res.headers.get(name)
        if (header.required) expect(value, `${format}: header ${name}`).not.toBeNull()
        if (value !== null) expect(validate(header.schema)(value), `${format}: header ${name}=${value}`).toBe(true)
      }
      const body = type === 'application/json' ? await res.json() : await res.text()
      const check = validate(media.schema)
      expect(check(body), `${format}: ${JSON.stringify(check.errors)}`).toBe(true)
      if (components[format]) {
        const exact = validate({ $ref: `#/components/schemas/${components[format]}` })
        expect(exact(body), `${format}: ${JSON.stringify(exact.errors)}`).toBe(true)
      }
    }
  })

  it('describes the result read back by id, and the problems', async () => {
    const doc = await loadDoc()
    const validate = validatorFor(doc)
    const text = `${FIXTURES.pakistan}\n\nA sentence that makes this text unique to the OpenAPI test.`
    const { id } = (await (await postJson({ text, explain: true })).json()) as { id: string }
    const stored = await waitForStored(id)
    const result = validate({ $ref: '#/components/schemas/SummaryResult' })
    expect(result(await stored.json()), JSON.stringify(result.errors)).toBe(true)
    const problem = validate({ $ref: '#/components/schemas/Problem' })
    for (const res of [await postText('   '), await postJson({ text: 'x', format: 'pdf' }), await get(`/v1/summaries/${'0'.repeat(64)}`)]) {
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      expect(problem(await res.json()), JSON.stringify(problem.errors)).toBe(true)
    }
  })
})

describe('GET /openapi.json, query parameters and guard answers', () => {
  type Operation = { parameters: { name: string; schema: Record<string, unknown> }[]; requestBody: { content: Record<string, { schema: { properties: Record<string, Record<string, unknown>> } }> } }

  it('gives the query parameters the enums and the ranges of the JSON fields', async () => {
    const doc = await loadDoc()
    const post = doc.paths['/v1/summarize']!.post as unknown as Operation
    const body = post.requestBody.content['application/json']!.schema.properties
    const param = (name: string) => post.parameters.find((p) => p.name === name)!.schema
    for (const name of ['sortBy', 'language']) {
      expect(param(name).enum, name).toBeDefined()
      expect(param(name).enum, name).toEqual(body[name]!.enum)
    }
    const ajv = new Ajv2020({ strict: false })
    for (const name of ['sentences', 'bullets', 'keywords', 'maxWords', 'maxCharacters'] as const) {
      const { min, max } = LIMITS[name]
      const check = ajv.compile(param(name))
      for (const n of [min - 1, min, min + 1, Math.floor((min + max) / 2), max - 1, max, max + 1, max * 10])
        expect(check(String(n)), `${name}=${n}`).toBe(n >= min && n <= max)
    }
    const ratio = ajv.compile(param('ratio'))
    for (const value of ['0.5', '1', '.25', '0.0000001', '1e-7', '2.5E-3']) expect(ratio(value), value).toBe(true)
    for (const value of ['0x1', 'Infinity', 'NaN', '1/2', '']) expect(ratio(value), value).toBe(false)
  })

  it('documents 401 and 429 on every /v1 operation, and the real ones match', async () => {
    const doc = await loadDoc()
    for (const [path, item] of Object.entries(doc.paths).filter(([path]) => path.startsWith('/v1/')))
      for (const [method, op] of Object.entries(item)) {
        expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining(['401', '429']))
        expect(op.responses['401']!.headers).toHaveProperty('WWW-Authenticate')
        expect(op.responses['429']!.headers).toHaveProperty('Retry-After')
      }
    const problem = validatorFor(doc)({ $ref: '#/components/schemas/Problem' })
    const through = async (vars: Record<string, unknown>) => {
      const ctx = createExecutionContext()
      // From an address, as through Cloudflare's edge: a request without one is not rate limited.
      const request = new Request(`${BASE}/v1/summaries/${'0'.repeat(64)}`, { headers: { 'CF-Connecting-IP': '198.51.100.7' } })
      const res = await app.fetch(request, { ...env, ...vars }, ctx)
      await waitOnExecutionContext(ctx)
      return res
    }
    const unauthorized = await through({ API_KEYS: 'a-key' })
    expect(unauthorized.status).toBe(401)
    expect(unauthorized.headers.get('www-authenticate')).toContain('Bearer')
    expect(problem(await unauthorized.json())).toBe(true)
    const limited = await through({ RATE_LIMITER: { limit: async () => ({ success: false }) } })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(problem(await limited.json())).toBe(true)
  })
})

describe('GET /docs', () => {
  it('shows every operation of the document, with no script', async () => {
    const doc = await loadDoc()
    const res = await get('/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    const html = await res.text()
    expect(html).not.toMatch(/<script/i)
    for (const [path, item] of Object.entries(doc.paths))
      for (const method of Object.keys(item)) expect(html).toContain(`<span class="method">${method.toUpperCase()}</span> <code>${path}</code>`)
  })
})
