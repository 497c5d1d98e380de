// POST /v1/summarize: read, validate, look up the cache, summarize on a miss, store through waitUntil.
import type { Context } from 'hono'
import { resolveOptions, summarize } from '../core/index.js'
import { SummaryCache } from './cache.js'
import { getConfig } from './config.js'
import { extractText } from './html.js'
import { resultId } from './id.js'
import { readSummarizeRequest } from './body.js'
import { ProblemException } from './problem.js'
import type { AppEnv } from './types.js'

/** JSON headers of a result: the cache outcome and a strong ETag on the id. */
export function resultHeaders(id: string, cache: string): Record<string, string> {
  return { 'Content-Type': 'application/json; charset=utf-8', 'X-Cache': cache, ETag: `"${id}"` }
}

/** Handles `POST /v1/summarize`. */
export async function summarizeRoute(c: Context<AppEnv>): Promise<Response> {
  const config = getConfig(c.env)
  const request = await readSummarizeRequest(c)
  let text = request.text ?? ''
  const options = { ...request.options }
  if (request.html !== undefined) {
    const extracted = await extractText(request.html)
    text = extracted.text
    options.title ??= extracted.title ?? undefined
  }
  if (!/[\p{L}]/u.test(text))
    throw new ProblemException('nothing-to-summarize', 422, 'The text has no words to summarize.')
  const resolved = resolveOptions(options)
  const id = await resultId(text, resolved, request.html !== undefined ? 'html' : 'text')
  const cache = new SummaryCache(c.env.SUMMARIES, { ttlSeconds: config.cacheTtlSeconds, timeoutMs: config.kvTimeoutMs })
  const lookup = await cache.get(id)
  if (lookup.status === 'HIT' && lookup.body !== undefined) return c.body(lookup.body, 200, resultHeaders(id, 'HIT'))

  const result = summarize(text, resolved)
  if (result.stats.sentences === 0)
    throw new ProblemException('nothing-to-summarize', 422, 'Once boilerplate is removed, the text has no sentences.')
  const body = JSON.stringify({
    id,
    ...result,
    ...(request.html !== undefined ? { extractedText: text } : {}),
  })
  if (lookup.status !== 'BYPASS') c.executionCtx.waitUntil(cache.put(id, body))
  return c.body(body, 200, resultHeaders(id, lookup.status))
}

/** Handles `GET /v1/summaries/:id`: a stored result, or 404. */
export async function summaryRoute(c: Context<AppEnv>): Promise<Response> {
  const id = c.req.param('id') ?? ''
  if (!/^[0-9a-f]{64}$/.test(id)) throw new ProblemException('not-found', 404, 'No result has this id.')
  const config = getConfig(c.env)
  const cache = new SummaryCache(c.env.SUMMARIES, { ttlSeconds: config.cacheTtlSeconds, timeoutMs: config.kvTimeoutMs })
  const lookup = await cache.get(id)
  if (lookup.status === 'BYPASS')
    throw new ProblemException('not-found', 404, 'The result store could not be read; send the article again.')
  if (lookup.status !== 'HIT' || lookup.body === undefined)
    throw new ProblemException('not-found', 404, 'No result has this id (results expire; send the article again).')
  if (c.req.header('if-none-match') === `"${id}"`) return c.body(null, 304, { ETag: `"${id}"` })
  return c.body(lookup.body, 200, resultHeaders(id, 'HIT'))
}
