// Builds the OpenAPI 3.1 document from the zod/mini schemas that validate requests (src/http/schema.ts) and describe
// responses (src/http/format/schemas.ts), with zod's own `toJSONSchema` (draft 2020-12, the dialect of OpenAPI 3.1),
// and writes it to src/http/openapi.generated.ts, which the Worker serves. The generator never ships in the Worker.
//
//   npm run openapi            rewrite src/http/openapi.generated.ts
//   npm run openapi -- --check exit 1 if the committed file differs from what the schemas give
//
// test/core/openapi.test.ts rebuilds the document in memory and fails if the committed module has drifted.

import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { FORMATS } from '../src/http/format/index.js'
import {
  discordMessageSchema,
  slackMessageSchema,
  summaryResultSchema,
  teamsMessageSchema,
  telegramMessageSchema,
} from '../src/http/format/schemas.js'
import { PROBLEM_TITLES } from '../src/http/problem.js'
import { formatSchema, optionsShape, summarizeJsonSchema, summarizeQueryParams } from '../src/http/schema.js'
import type { GeneratedOpenApi } from '../src/http/openapi.js'
import * as z from '../src/http/zod.js'

type Json = Record<string, unknown>

/** Where the generated module lives, from the repository root. */
export const GENERATED_PATH = 'src/http/openapi.generated.ts'

/** A zod schema as a JSON Schema (draft 2020-12) of what the API accepts, ready to embed in the document. */
function jsonSchema(schema: z.core.$ZodType): Json {
  // `io: 'input'`: query parameters are documented as the strings they arrive as (before their transforms), and a
  // plain object leaves additional properties open, as the API does for responses; strict objects close them.
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Json
  return rest
}

/** The description attached to a schema (`z.describe`), looking through `optional`. */
function descriptionOf(schema: z.core.$ZodType | undefined): string | undefined {
  if (!schema) return undefined
  const own = z.globalRegistry.get(schema)?.description
  if (own !== undefined) return own
  return schema instanceof z.ZodMiniOptional ? descriptionOf(schema.def.innerType) : undefined
}

// Response-only schemas: documentation, so they live here with the generator.

const problemSchema = z.object({
  type: z
    .string()
    .check(z.describe(`\`https://pressbrief.dev/problems/<slug>\`, slug one of: ${Object.keys(PROBLEM_TITLES).join(', ')}.`)),
  title: z.string(),
  status: z.number().check(z.int()),
  detail: z.string(),
  instance: z.optional(z.string()),
  requestId: z.optional(z.string()),
  errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
})

const resultHeaders = z.object({
  'X-Cache': z.enum(['HIT', 'MISS', 'BYPASS']).check(z.describe('How the KV cache answered.')),
  ETag: z.string().check(z.describe('`"<id>"` for JSON, `"<id>-<format>"` for a rendering.')),
  Vary: z.literal('Accept'),
  'X-Summary-Id': z.optional(z.string()).check(z.describe('The result id, on renderings (their bodies may not carry it).')),
  'X-Render-Dropped': z
    .optional(z.string())
    .check(z.describe('On renderings: `none`, or what was left out to fit the platform, e.g. `keyPoints=2, sentences=1, cut`.')),
})

const healthSchema = z.object({ status: z.literal('ok'), version: z.string() })

const resultIdParam = z.string().check(z.regex(/^[0-9a-f]{64}$/), z.describe('The `id` of a result.'))

/** Schemas under `components.schemas`, referred to by name. */
const COMPONENTS = {
  SummaryResult: summaryResultSchema,
  SlackMessage: slackMessageSchema,
  DiscordMessage: discordMessageSchema,
  TelegramMessage: telegramMessageSchema,
  TeamsMessage: teamsMessageSchema,
  Problem: problemSchema,
} satisfies Record<string, z.core.$ZodType>

const ref = (name: keyof typeof COMPONENTS) => ({ $ref: `#/components/schemas/${name}` })

const text = (description: string) => ({ schema: { type: 'string', description } })

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } })

/** A parameter's or header's description: its own, else that of the JSON field it mirrors. */
const describeParam = (schema: z.core.$ZodType, name: string) =>
  descriptionOf(schema) ?? descriptionOf(optionsShape[name as keyof typeof optionsShape])

/** The schema of a parameter or header, its description moved up to the parameter itself. */
function described(schema: z.core.$ZodType, name: string) {
  const { description: _, ...json } = jsonSchema(schema)
  const description = describeParam(schema, name)
  return { required: schema._zod.optin !== 'optional', ...(description ? { description } : {}), schema: json }
}

/** Parameters from an object schema: each property one parameter, required unless optional. */
const parameters = (where: 'query' | 'path', shape: Record<string, z.core.$ZodType>) =>
  Object.entries(shape).map(([name, schema]) => ({ name, in: where, ...described(schema, name) }))

/** Response headers from an object schema, in the same way. */
const headers = (shape: Record<string, z.core.$ZodType>) =>
  Object.fromEntries(Object.entries(shape).map(([name, schema]) => [name, described(schema, name)]))

/** The 200 response of both result routes: the result, or its rendering in the format asked for. */
const resultResponse = () => ({
  description: 'The result (`format=json`, the default) or its rendering; `slack`, `discord`, `telegram` and `teams` are JSON too.',
  headers: headers(resultHeaders.shape),
  content: {
    'application/json': { schema: { anyOf: [ref('SummaryResult'), ref('SlackMessage'), ref('DiscordMessage'), ref('TelegramMessage'), ref('TeamsMessage')] } },
    'text/markdown': text('CommonMark (`format=markdown`).'),
    'text/plain': text('Plain text (`format=text`).'),
    'text/html': text('An escaped HTML fragment (`format=html`).'),
  },
})

/** The answers of the guard in front of every `/v1/*` route (src/http/guard): a missing key, and the rate limit. */
const guarded = () => ({
  401: {
    ...problem('API keys are configured (`API_KEYS`) and the request has no valid `Authorization: Bearer <key>`.'),
    headers: { 'WWW-Authenticate': { description: '`Bearer realm="pressbrief"`, with `error="invalid_token"` for a wrong key.', schema: { type: 'string' } } },
  },
  429: {
    ...problem('The client (its API key, else its address) is over the `RATE_LIMITER` limit.'),
    headers: { 'Retry-After': { description: 'Seconds to wait: `RATE_LIMIT_PERIOD_SECONDS`.', schema: { type: 'string', pattern: '^\\d+$' } } },
  },
})

const page = (summary: string, type: string) => ({
  get: { summary, tags: ['pages'], responses: { 200: { description: summary, content: { [type]: text(summary) } } } },
})

/**
 * The document without `info.version` and `servers`, which the Worker adds (the algorithm version and the request's
 * origin; see src/http/openapi.ts). Deterministic: the same schemas always give the same document, key order included.
 */
export function buildOpenApiDocument(): GeneratedOpenApi {
  // The query parameters as they arrive (strings), with the descriptions of the JSON fields they mirror; `format` is
  // documented with its values (the route checks them itself).
  const format = { format: z.optional(formatSchema) }
  const query = parameters('query', { ...summarizeQueryParams.shape, ...format })
  return {
    openapi: '3.1.0',
    info: {
      title: 'pressbrief',
      description: 'Heuristic summaries of press briefings: key sentences, key points, keywords, and ready-to-post chat bodies.',
    },
    tags: [
      { name: 'summaries', description: 'Summaries and their renderings.' },
      { name: 'service', description: 'Health and this document.' },
      { name: 'pages', description: 'Pages and assets for people.' },
    ],
    paths: {
      '/v1/summarize': {
        post: {
          summary: 'Summarize an article',
          description:
            'The article as JSON (`text` or `html`, plus options) or as `text/plain` with the options as query parameters. ' +
            'With a JSON body only `format` may be in the query; a parameter given twice is a 422. ' +
            'The result is cached by its id for `GET /v1/summaries/{id}`. `format` (field or parameter, or `Accept`) chooses ' +
            `the rendering: ${FORMATS.join(', ')}. An unknown format is a 422.`,
          tags: ['summaries'],
          parameters: query,
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: jsonSchema(summarizeJsonSchema) },
              'text/plain': text('The article; options go in the query string.'),
            },
          },
          responses: {
            200: resultResponse(),
            400: problem('Malformed JSON or a body that is not UTF-8.'),
            413: problem('The body is larger than `MAX_BODY_BYTES`.'),
            415: problem('Neither JSON nor plain text.'),
            422: problem('A field fails validation (unknown fields and formats included), there is nothing to summarize, or a length budget holds no whole sentence (`budget-too-small`).'),
            ...guarded(),
            500: problem('An unexpected error; quote the request id.'),
          },
        },
      },
      '/v1/summaries/{id}': {
        get: {
          summary: 'Read a cached result, in any format',
          description: 'Lets a bot post a summary again without resending the article. Results expire with the cache TTL.',
          tags: ['summaries'],
          parameters: [
            ...parameters('path', { id: resultIdParam }),
            ...parameters('query', format),
          ],
          responses: {
            200: resultResponse(),
            304: { description: 'Not modified: `If-None-Match` lists the ETag of this format (weak comparison) or is `*`.' },
            404: problem('No result has this id, or it expired.'),
            422: problem('An unknown format, or a query parameter other than `format`.'),
            ...guarded(),
          },
        },
      },
      '/health': {
        get: {
          summary: 'Liveness and the algorithm version',
          tags: ['service'],
          responses: { 200: { description: 'Up.', content: { 'application/json': { schema: jsonSchema(healthSchema) } } } },
        },
      },
      '/openapi.json': {
        get: {
          summary: 'This document',
          tags: ['service'],
          responses: {
            200: { description: 'OpenAPI 3.1.', content: { 'application/json': { schema: jsonSchema(z.looseObject({})) } } },
          },
        },
      },
      '/docs': page('API reference, as a page', 'text/html'),
      '/': page('Playground: paste an article, see the summary and why', 'text/html'),
      '/playground.js': page('Script of the playground', 'text/javascript'),
      '/playground.css': page('Style sheet of the playground and the docs page', 'text/css'),
    },
    components: {
      schemas: Object.fromEntries(Object.entries(COMPONENTS).map(([name, schema]) => [name, jsonSchema(schema)])),
    },
  }
}

/** The generated module's text for `doc`. */
export function generatedModule(doc: GeneratedOpenApi = buildOpenApiDocument()): string {
  return `// Generated by \`npm run openapi\` (scripts/openapi.ts) from the zod schemas in src/http/schema.ts and
// src/http/format/schemas.ts. Do not edit: test/core/openapi.test.ts fails when this differs from what they give.
import type { GeneratedOpenApi } from './openapi.js'

/** The OpenAPI 3.1 document but \`info.version\` and \`servers\`, which \`GET /openapi.json\` adds. */
export const OPENAPI_DOCUMENT: GeneratedOpenApi = ${JSON.stringify(doc, null, 2)}
`
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const path = join(root, GENERATED_PATH)
  const text = generatedModule()
  if (process.argv.includes('--check')) {
    const current = readFileSync(path, 'utf8')
    if (current !== text) {
      console.error(`${GENERATED_PATH} is out of date: run npm run openapi`)
      process.exit(1)
    }
    console.log(`${GENERATED_PATH} is up to date`)
  } else {
    writeFileSync(path, text)
    console.log(`wrote ${GENERATED_PATH} (${text.length} characters)`)
  }
}
