// The OpenAPI document, in Node: the committed module is exactly what the zod schemas give (it cannot drift from the
// schemas that validate requests), the served document is valid OpenAPI 3.1, and its request schemas accept and refuse
// what the validators do. test/worker/openapi.test.ts checks it against the Worker's real responses.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { GENERATED_PATH, buildOpenApiDocument, generatedModule } from '../../scripts/openapi.js'
import { ALGORITHM_VERSION } from '../../src/core/index.js'
import { OPENAPI_DOCUMENT } from '../../src/http/openapi.generated.js'
import { openApiDocument } from '../../src/http/openapi.js'
import { summarizeJsonSchema, summarizeQueryParams } from '../../src/http/schema.js'

type Schema = Record<string, unknown>
type Operation = { parameters: { name: string; in: string; schema: Schema }[]; requestBody: { content: Record<string, { schema: Schema }> } }

describe('OpenAPI document', () => {
  it('is committed exactly as the schemas generate it (npm run openapi)', () => {
    expect(OPENAPI_DOCUMENT).toEqual(buildOpenApiDocument())
    expect(readFileSync(join(process.cwd(), GENERATED_PATH), 'utf8')).toBe(generatedModule())
  })

  it('is served as a valid OpenAPI 3.1 document, with the algorithm version and the origin', async () => {
    const doc = openApiDocument('https://pressbrief.test')
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.info).toMatchObject({ title: 'pressbrief', version: ALGORITHM_VERSION })
    expect(doc.servers).toEqual([{ url: 'https://pressbrief.test' }])
    const { Validator } = await import('@seriousme/openapi-schema-validator')
    const result = await new Validator().validate(doc)
    expect(result.errors).toBeUndefined()
    expect(result.valid).toBe(true)
  })

  it('documents the JSON body as the validator reads it', () => {
    const post = (OPENAPI_DOCUMENT.paths['/v1/summarize'] as { post: Operation }).post
    const check = new Ajv2020({ strict: false }).compile(post.requestBody.content['application/json']!.schema)
    // Each body has exactly one of text and html: that rule is a refinement JSON Schema does not carry.
    const bodies: unknown[] = [
      { text: 'A sentence.' },
      { html: '<p>A sentence.</p>', format: 'slack', explain: true },
      { text: 'x', sentences: 20, bullets: 1, keywords: 0, ratio: 0.5, maxWords: 5, maxCharacters: 20000, sortBy: 'rank' },
      { text: 'x', language: 'auto', title: 't'.repeat(1000) },
      { text: 'x', sentences: 0 },
      { text: 'x', sentences: 21 },
      { text: 'x', sentences: 2.5 },
      { text: 'x', bullets: 'five' },
      { text: 'x', ratio: 0 },
      { text: 'x', ratio: 1.01 },
      { text: 'x', language: 'fr' },
      { text: 'x', sortBy: 'score' },
      { text: 'x', format: 'pdf' },
      { text: 'x', explain: 'yes' },
      { text: 'x', title: 't'.repeat(1001) },
      { text: 'x', sentence: 2 },
      { text: 3 },
    ]
    for (const body of bodies) expect(check(body), JSON.stringify(body)).toBe(summarizeJsonSchema.safeParse(body).success)
  })

  it('documents the query parameters as they arrive', () => {
    const post = (OPENAPI_DOCUMENT.paths['/v1/summarize'] as { post: Operation }).post
    expect(post.parameters.map((p) => p.name)).toEqual(Object.keys(summarizeQueryParams.shape))
    const ajv = new Ajv2020({ strict: false })
    const samples = ['3', '3abc', '1234567', '0.25', '.5', 'true', 'yes', '1', 'rank', '']
    for (const { name, schema } of post.parameters) {
      if (name === 'format') continue // documented with its values; the route checks them and answers a 422
      const check = ajv.compile(schema)
      for (const value of samples)
        expect(check(value), `${name}=${value}`).toBe(summarizeQueryParams.safeParse({ [name]: value }).success)
    }
  })

  it('is shipped in the Worker without its generator: no classic zod, no JSON Schema code, no response schemas', async () => {
    // The Worker's module graph, bundled as wrangler does (its own figures: scripts/bench/bundle.ts).
    const result = await build({
      entryPoints: ['src/index.ts'],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      conditions: ['workerd', 'worker', 'browser'],
      mainFields: ['module', 'main'],
      external: ['cloudflare:*', 'node:*'],
      metafile: true,
      logLevel: 'silent',
    })
    // Files the bundle holds code from (esbuild reads more, e.g. all of zod/mini's index, and drops what is unused).
    const inputs = Object.values(result.metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs).flatMap(([input, { bytesInOutput }]) => (bytesInOutput > 0 ? [input] : [])),
    )
    // Paths are relative to the working directory, and may lead elsewhere when node_modules is a link: match the ends.
    expect(inputs.some((input) => input.endsWith('src/http/openapi.generated.ts'))).toBe(true)
    expect(inputs.some((input) => input.endsWith('node_modules/zod/v4/mini/schemas.js'))).toBe(true)
    const unwanted = /zod\/v4\/classic\/|json-schema|zod-openapi|zod-to-openapi|scripts\/openapi\.ts$|format\/schemas\.ts$/
    expect(inputs.filter((input) => unwanted.test(input))).toEqual([])
  })
})
