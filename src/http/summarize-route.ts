// POST /v1/summarize: read, validate, look up the cache, summarize on a miss, store through waitUntil, render.
import type { Context, TypedResponse } from 'hono'
import type * as z from './zod.js'
import { LIMITS, resolveOptions, shortestSentence, summarize, type ResolvedOptions, type SummarizeResult } from '../core/index.js'
import { SummaryCache } from './cache.js'
import { getConfig } from './config.js'
import { extractText } from './html.js'
import { ResultMemory } from './memory.js'
import { withPageMeta, type PageMeta } from './page-meta.js'
import { resultId } from './id.js'
import { checkQuery, readSummarizeRequest } from './body.js'
import { describeDropped, formatFromAccept, isFormat, renderResult, type Format } from './format/index.js'
import { ProblemException } from './problem.js'
import type { summarizeJsonSchema } from './schema.js'
import type { AppEnv } from './types.js'

// One per isolate, shared by its requests: a burst of the same article (a bot posting one briefing to many channels)
// reads KV once a minute instead of once a request.
const memory = new ResultMemory()

/** The cache of results for this request's environment, with the isolate's memory in front of KV. */
function cacheFor(env: AppEnv['Bindings'], config: ReturnType<typeof getConfig>): SummaryCache {
  return new SummaryCache(env.SUMMARIES, { ttlSeconds: config.cacheTtlSeconds, timeoutMs: config.kvTimeoutMs, memory })
}

/** The JSON result, as `hono/client` users see it (other formats: read `res.text()`). */
export type SummaryBody = SummarizeResult & { id: string; extractedText?: string }

/** What the typed client sends: the JSON body, and `format` in the query if wanted. Type-level only. */
export interface SummarizeInput {
  in: { json: z.input<typeof summarizeJsonSchema>; query?: { format?: Format } }
  out: {}
}

/** What the typed client sends to `GET /v1/summaries/:id`. */
export interface SummaryInput {
  in: { param: { id: string }; query: { format?: Format } }
  out: {}
}

/** A result response as typed for `hono/client`: JSON with the result (unless a format says otherwise). */
export type ResultResponse = Response & TypedResponse<SummaryBody, 200, 'json'>

/** JSON headers of a result: the cache outcome and a strong ETag on the id; `Accept` can pick another format. */
export function resultHeaders(id: string, cache: string): Record<string, string> {
  return { 'Content-Type': 'application/json; charset=utf-8', 'X-Cache': cache, ETag: `"${id}"`, Vary: 'Accept' }
}

/**
 * The format a request asks for: the body's `format` field or the `format` query parameter (both given, they must
 * agree), else the `Accept` header, else JSON. An unknown name is a 422 like any other invalid field.
 */
export function chooseFormat(c: Context<AppEnv>, fromBody?: Format): Format {
  const query = c.req.query('format')
  if (query !== undefined && !isFormat(query))
    throw new ProblemException('validation-failed', 422, 'The query parameters do not match the schema.', [
      { path: '/format', message: `Unknown format "${query}".` },
    ])
  if (fromBody !== undefined && query !== undefined && fromBody !== query)
    throw new ProblemException('validation-failed', 422, 'The body and the query ask for different formats.', [
      { path: '/format', message: `The body asks for "${fromBody}", the query for "${query}".` },
    ])
  return fromBody ?? query ?? formatFromAccept(c.req.header('accept')) ?? 'json'
}

// Each rendering is its own representation, so its ETag differs from the JSON one.
const etag = (id: string, format: Format) => (format === 'json' ? `"${id}"` : `"${id}-${format}"`)

/**
 * Sends a result (its JSON text) in `format`. Rendered formats say in `X-Render-Dropped` what they left out to fit
 * the platform (`none` when nothing), and carry the result id in `X-Summary-Id`, since their bodies may not.
 */
export function sendResult(c: Context<AppEnv>, json: string, id: string, cache: string, format: Format): Response {
  if (format === 'json') return c.body(json, 200, resultHeaders(id, cache))
  const rendered = renderResult(JSON.parse(json), format)
  return c.body(rendered.body, 200, {
    'Content-Type': rendered.contentType,
    'X-Cache': cache,
    ETag: etag(id, format),
    Vary: 'Accept',
    'X-Summary-Id': id,
    'X-Render-Dropped': describeDropped(rendered.dropped),
    // The HTML fragment is for embedding; opened on its own it may load and run nothing.
    ...(format === 'html' ? { 'Content-Security-Policy': "default-src 'none'" } : {}),
  })
}

/** Handles `POST /v1/summarize`. */
export async function summarizeRoute(c: Context<AppEnv, '/v1/summarize', SummarizeInput>): Promise<ResultResponse> {
  const config = getConfig(c.env)
  const request = await readSummarizeRequest(c)
  let text = request.text ?? ''
  // `format` shapes the response, not the result: it stays out of the options and so out of the id.
  const { format: asked, ...options } = request.options as typeof request.options & { format?: Format }
  const format = chooseFormat(c, asked)
  let page: PageMeta | undefined
  if (request.html !== undefined) {
    const extracted = await extractText(request.html)
    text = extracted.text
    // A blank title is no title (resolveOptions): the page's own takes its place.
    if (!options.title?.trim()) options.title = extracted.title ?? undefined
    page = extracted.meta
  }
  if (!/[\p{L}]/u.test(text))
    throw new ProblemException('nothing-to-summarize', 422, 'The text has no words to summarize.')
  const resolved = resolveOptions(options)
  const id = await resultId(text, resolved, page === undefined ? 'text' : { page })
  const cache = cacheFor(c.env, config)
  const lookup = await cache.get(id)
  if (lookup.status === 'HIT' && lookup.body !== undefined) return sendResult(c, lookup.body, id, 'HIT', format) as ResultResponse

  const result = summarize(text, resolved)
  if (result.stats.sentences === 0)
    throw new ProblemException('nothing-to-summarize', 422, 'Once boilerplate is removed, the text has no sentences.')
  // The core keeps whole sentences only, so a budget below the shortest one leaves an empty summary: refused (and so
  // never cached), with the size that would do, rather than a 200 that chat formats render as nothing.
  if (result.sentences.length === 0) throw budgetTooSmall(text, resolved)
  const body = JSON.stringify({
    id,
    ...result,
    // A page's markup fills what its text does not state (the key keeps its place in the object).
    ...(page !== undefined ? { meta: withPageMeta(result.meta, page), extractedText: text } : {}),
  })
  if (lookup.status !== 'BYPASS') c.executionCtx.waitUntil(cache.put(id, body))
  return sendResult(c, body, id, lookup.status, format) as ResultResponse
}

/**
 * The 422 for a length budget that holds no whole sentence of `text`. It names, for each budget given, the length of
 * the article's shortest sentence in that unit (as the core counts it), so a client can retry with that budget or
 * without one. Only run on this failure: it reads the text once more.
 */
export function budgetTooSmall(text: string, options: ResolvedOptions): ProblemException {
  const shortest = shortestSentence(text, { title: options.title })
  const errors: { path: string; message: string }[] = []
  const budgets = [
    { name: 'maxWords', budget: options.maxWords, unit: 'words', max: LIMITS.maxWords.max, length: shortest?.words },
    // Characters as the summary writes the sentence: with the full stop a list item gets (`summaryUnit`).
    { name: 'maxCharacters', budget: options.maxCharacters, unit: 'characters as the summary writes it', max: LIMITS.maxCharacters.max, length: shortest?.characters },
  ] as const
  for (const { name, budget, unit, max, length } of budgets) {
    // Within the budget after all: over 200 sentences the core draws from the best-scored 200 only, or two budgets
    // together fit no sentence. The generic detail below says so.
    if (budget === undefined || length === undefined || length <= budget) continue
    errors.push({
      path: `/${name}`,
      message:
        length <= max
          ? `The shortest sentence has ${length} ${unit}; ${name} must be at least ${length} for this text.`
          : `The shortest sentence has ${length} ${unit}, more than ${name} allows (${max}); leave ${name} out.`,
    })
  }
  const detail = errors.length
    ? `No whole sentence fits the length budget. ${errors.map((e) => e.message).join(' ')}`
    : 'The length budget holds no whole sentence of the summary; send a larger maxWords or maxCharacters.'
  return new ProblemException('budget-too-small', 422, detail, errors.length ? errors : undefined)
}

// An entity tag in a list: optionally weak, then a quoted opaque tag (which may hold commas, so the list is not split).
const ENTITY_TAG = /(?:W\/)?("[^"]*")/g

/**
 * Whether `If-None-Match` matches `tag`, the current representation's ETag (RFC 9110 §13.1.2): `*` matches any
 * stored result; otherwise any listed tag matches by the weak comparison, which ignores `W/` — a cache that
 * revalidates may have weakened the tag it was given.
 */
export function noneMatch(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false
  if (header.trim() === '*') return true
  const opaque = tag.replace(/^W\//, '')
  for (const [, listed] of header.matchAll(ENTITY_TAG)) if (listed === opaque) return true
  return false
}

/** Handles `GET /v1/summaries/:id`: a stored result in any format (`?format=` or `Accept`), or 404. */
export async function summaryRoute(c: Context<AppEnv, '/v1/summaries/:id', SummaryInput>): Promise<ResultResponse> {
  const id = c.req.param('id') ?? ''
  if (!/^[0-9a-f]{64}$/.test(id)) throw new ProblemException('not-found', 404, 'No result has this id.')
  checkQuery(c, ['format'], 'A stored result is only rendered; its options were fixed when it was made.')
  const format = chooseFormat(c)
  const config = getConfig(c.env)
  const cache = cacheFor(c.env, config)
  const lookup = await cache.get(id)
  if (lookup.status === 'BYPASS')
    throw new ProblemException('not-found', 404, 'The result store could not be read; send the article again.')
  if (lookup.status !== 'HIT' || lookup.body === undefined)
    throw new ProblemException('not-found', 404, 'No result has this id (results expire; send the article again).')
  if (noneMatch(c.req.header('if-none-match'), etag(id, format)))
    return c.body(null, 304, { ETag: etag(id, format), Vary: 'Accept' }) as unknown as ResultResponse
  return sendResult(c, lookup.body, id, 'HIT', format) as ResultResponse
}
