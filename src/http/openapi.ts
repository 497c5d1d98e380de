// The OpenAPI 3.1 document, generated from the zod schemas that validate requests and describe responses.
import { OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { z } from 'zod'
import { ALGORITHM_VERSION } from '../core/index.js'
import { FORMATS } from './format/index.js'
import { discordMessageSchema, slackMessageSchema, summaryResultSchema, telegramMessageSchema } from './format/schemas.js'
import { PROBLEM_TITLES } from './problem.js'
import { formatSchema, optionsShape, summarizeJsonSchema, summarizeQueryParams } from './schema.js'
import type { AppEnv } from './types.js'

const problemSchema = z.object({
  type: z.string().describe(`\`https://pressbrief.dev/problems/<slug>\`, slug one of: ${Object.keys(PROBLEM_TITLES).join(', ')}.`),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
})

const problemResponse = (schema: z.ZodType) => (description: string) => ({
  description,
  content: { 'application/problem+json': { schema } },
})

const resultHeaders = z.object({
  'X-Cache': z.enum(['HIT', 'MISS', 'BYPASS']).describe('How the KV cache answered.'),
  ETag: z.string().describe('`"<id>"` for JSON, `"<id>-<format>"` for a rendering.'),
  Vary: z.literal('Accept'),
  'X-Summary-Id': z.string().optional().describe('The result id, on renderings (their bodies may not carry it).'),
  'X-Render-Dropped': z
    .string()
    .optional()
    .describe('On renderings: `none`, or what was left out to fit the platform, e.g. `keyPoints=2, sentences=1, cut`.'),
})

const text = (description: string) => ({ schema: z.string().describe(description) })

/** The 200 response of both result routes: the result, or its rendering in the format asked for. */
const resultResponse = (json: z.ZodType) => ({
  description: 'The result (`format=json`, the default) or its rendering; `slack`, `discord` and `telegram` are JSON too.',
  headers: resultHeaders,
  content: {
    'application/json': { schema: json },
    'text/markdown': text('CommonMark (`format=markdown`).'),
    'text/plain': text('Plain text (`format=text`).'),
    'text/html': text('An escaped HTML fragment (`format=html`).'),
  },
})

// The query parameters as they arrive, with the descriptions of the JSON fields they mirror.
const queryParams = z.object(
  Object.fromEntries(
    Object.entries(summarizeQueryParams.shape).map(([name, param]) => {
      if (name === 'format') return [name, formatSchema.optional()]
      const option: z.ZodType | undefined = optionsShape[name as keyof typeof optionsShape]
      const description = option?.description ?? (option instanceof z.ZodOptional ? (option.unwrap() as z.ZodType).description : undefined)
      return [name, description ? param.describe(description) : param]
    }),
  ),
)

const page = (path: string, summary: string, type: string) => ({
  method: 'get' as const,
  path,
  summary,
  tags: ['pages'],
  responses: { 200: { description: summary, content: { [type]: text(summary) } } },
})

/** Builds the document; `serverUrl` (the request's origin) becomes its only server. */
export function openApiDocument(serverUrl?: string): Record<string, unknown> {
  const docs = new OpenAPIHono()
  const registry = docs.openAPIRegistry
  // Registered schemas come back tagged, and become `$ref`s to `components.schemas` wherever they are used.
  const bodies = z.union([
    registry.register('SummaryResult', summaryResultSchema),
    registry.register('SlackMessage', slackMessageSchema),
    registry.register('DiscordMessage', discordMessageSchema),
    registry.register('TelegramMessage', telegramMessageSchema),
  ])
  const problem = problemResponse(registry.register('Problem', problemSchema))

  registry.registerPath({
    method: 'post',
    path: '/v1/summarize',
    summary: 'Summarize an article',
    description:
      'The article as JSON (`text` or `html`, plus options) or as `text/plain` with the options as query parameters. ' +
      'The result is cached by its id for `GET /v1/summaries/{id}`. `format` (field or parameter, or `Accept`) chooses ' +
      `the rendering: ${FORMATS.join(', ')}. An unknown format is a 422.`,
    tags: ['summaries'],
    request: {
      query: queryParams,
      body: {
        required: true,
        content: {
          'application/json': { schema: summarizeJsonSchema },
          'text/plain': text('The article; options go in the query string.'),
        },
      },
    },
    responses: {
      200: resultResponse(bodies),
      400: problem('Malformed JSON or a body that is not UTF-8.'),
      413: problem('The body is larger than `MAX_BODY_BYTES`.'),
      415: problem('Neither JSON nor plain text.'),
      422: problem('A field fails validation (unknown fields and formats included), or there is nothing to summarize.'),
      500: problem('An unexpected error; quote the request id.'),
    },
  })
  registry.registerPath({
    method: 'get',
    path: '/v1/summaries/{id}',
    summary: 'Read a cached result, in any format',
    description: 'Lets a bot post a summary again without resending the article. Results expire with the cache TTL.',
    tags: ['summaries'],
    request: {
      params: z.object({ id: z.string().regex(/^[0-9a-f]{64}$/).describe('The `id` of a result.') }),
      query: z.object({ format: formatSchema.optional() }),
    },
    responses: {
      200: resultResponse(bodies),
      304: { description: 'Not modified: `If-None-Match` matched the ETag of this format.' },
      404: problem('No result has this id, or it expired.'),
      422: problem('An unknown format.'),
    },
  })
  registry.registerPath({
    method: 'get',
    path: '/health',
    summary: 'Liveness and the algorithm version',
    tags: ['service'],
    responses: {
      200: {
        description: 'Up.',
        content: { 'application/json': { schema: z.object({ status: z.literal('ok'), version: z.string() }) } },
      },
    },
  })
  registry.registerPath({
    method: 'get',
    path: '/openapi.json',
    summary: 'This document',
    tags: ['service'],
    responses: { 200: { description: 'OpenAPI 3.1.', content: { 'application/json': { schema: z.object({}).passthrough() } } } },
  })
  registry.registerPath(page('/docs', 'API reference, as a page', 'text/html'))
  registry.registerPath(page('/', 'Playground: paste an article, see the summary and why', 'text/html'))
  registry.registerPath(page('/playground.js', 'Script of the playground', 'text/javascript'))
  registry.registerPath(page('/playground.css', 'Style sheet of the playground and the docs page', 'text/css'))

  return docs.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'pressbrief',
      version: ALGORITHM_VERSION,
      description: 'Heuristic summaries of press briefings: key sentences, key points, keywords, and ready-to-post chat bodies.',
    },
    servers: serverUrl ? [{ url: serverUrl }] : [],
    tags: [
      { name: 'summaries', description: 'Summaries and their renderings.' },
      { name: 'service', description: 'Health and this document.' },
      { name: 'pages', description: 'Pages and assets for people.' },
    ],
  }) as unknown as Record<string, unknown>
}

// Building the document walks every schema; once per origin and isolate is enough.
const built = new Map<string, string>()

/** The document as JSON text for `origin`, built once per isolate. */
export function openApiJson(origin: string): string {
  let text = built.get(origin)
  if (text === undefined) {
    text = JSON.stringify(openApiDocument(origin))
    if (built.size < 8) built.set(origin, text)
  }
  return text
}

/** `GET /openapi.json` */
export const openApiRoute = (c: Context<AppEnv>) =>
  c.body(openApiJson(new URL(c.req.url).origin), 200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'public, max-age=300',
  })
