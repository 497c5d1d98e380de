// Request reading: content type, strict UTF-8, JSON or plain text, then the schema — one 4xx for each failure.
import type { Context } from 'hono'
import type { SummarizeOptions } from '../core/index.js'
import { getConfig } from './config.js'
import { ProblemException } from './problem.js'
import { issuesToErrors, summarizeJsonSchema, summarizeQuerySchema } from './schema.js'

/** A validated summarize request: the article (as text or HTML) and the options. */
export interface SummarizeRequest {
  text?: string
  html?: string
  options: SummarizeOptions
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Reads the body, counting bytes as they arrive: past `limit` the read stops with a 413. The route's `bodyLimit`
 * refuses a body whose Content-Length is too large without reading it, but believes a Content-Length that is too
 * small; this count does not depend on any header.
 */
async function readBytes(c: Context, limit: number): Promise<Uint8Array> {
  const body = c.req.raw.body
  if (!body) return new Uint8Array(0)
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    const chunk = value instanceof Uint8Array ? value : new Uint8Array(value as ArrayBuffer)
    size += chunk.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw new ProblemException('payload-too-large', 413, `The body is larger than ${limit} bytes.`)
    }
    chunks.push(chunk)
  }
  if (chunks.length === 1) return chunks[0]!
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return bytes
}

async function readText(c: Context): Promise<string> {
  const bytes = await readBytes(c, getConfig(c.env).maxBodyBytes)
  try {
    return decoder.decode(bytes)
  } catch {
    throw new ProblemException('invalid-encoding', 400, 'The body is not valid UTF-8.')
  }
}

function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
}

/** Reads and validates the body of `POST /v1/summarize`; throws a `ProblemException` on anything it cannot use. */
export async function readSummarizeRequest(c: Context): Promise<SummarizeRequest> {
  const type = mediaType(c)
  if (type === 'application/json' || type.endsWith('+json')) {
    const raw = await readText(c)
    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch (error) {
      throw new ProblemException('malformed-json', 400, `The body is not valid JSON: ${(error as Error).message}`)
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json))
      throw new ProblemException('validation-failed', 422, 'The JSON body must be an object.', [
        { path: '/', message: 'Expected an object.' },
      ])
    const parsed = summarizeJsonSchema.safeParse(json)
    if (!parsed.success)
      throw new ProblemException('validation-failed', 422, 'The request does not match the schema.', issuesToErrors(parsed.error))
    const { text, html, ...options } = parsed.data
    return { text, html, options }
  }
  if (type === 'text/plain') {
    const parsed = summarizeQuerySchema.safeParse(c.req.query())
    if (!parsed.success)
      throw new ProblemException('validation-failed', 422, 'The query parameters do not match the schema.', issuesToErrors(parsed.error))
    return { text: await readText(c), options: parsed.data }
  }
  throw new ProblemException(
    'unsupported-media-type',
    415,
    type ? `Content-Type ${type} is not accepted.` : 'A Content-Type header is required.',
    undefined,
    { Accept: 'application/json, text/plain' },
  )
}
