// Request reading: content type, strict UTF-8, JSON or plain text, then the schema — one 4xx for each failure.
import type { Context } from 'hono'
import type { SummarizeOptions } from '../core/index.js'
import { ProblemException } from './problem.js'
import { issuesToErrors, summarizeJsonSchema, summarizeQuerySchema } from './schema.js'

/** A validated summarize request: the article (as text or HTML) and the options. */
export interface SummarizeRequest {
  text?: string
  html?: string
  options: SummarizeOptions
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

async function readText(c: Context): Promise<string> {
  const bytes = await c.req.arrayBuffer()
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
