// Request reading: content type, strict UTF-8, JSON or plain text, then the schema — one 4xx for each failure.
import type { Context, MiddlewareHandler } from 'hono'
import type { SummarizeOptions } from '../core/index.js'
import { getConfig } from './config.js'
import { ProblemException, sendProblem } from './problem.js'
import { issuesToErrors, summarizeJsonSchema, summarizeQuerySchema } from './schema.js'

/** A validated summarize request: the article (as text or HTML) and the options. */
export interface SummarizeRequest {
  text?: string
  html?: string
  options: SummarizeOptions
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

// How much of a body over the limit is still read, and dropped, before the 413 goes out: enough for any article sent
// by mistake (reading costs wall time, hardly any CPU), not for an endless stream.
const DRAIN_BYTES = 4 << 20

/**
 * Reads the body, counting bytes as they arrive: past `limit` it answers 413. `declaredTooLarge` (the route's first
 * middleware) refuses a body whose Content-Length is too large without reading it, but a Content-Length that is too
 * small, or none (chunked), is not believed: this count does not depend on any header.
 *
 * Past the limit the rest of the body is read and thrown away, up to `DRAIN_BYTES` more, instead of cancelling the
 * stream. Under `wrangler dev`, a request body read in part and then cancelled or abandoned left the local proxy out
 * of step: the next request, from any connection, hung for about 8 s or got a 503 "Your worker restarted
 * mid-request". A body never read at all (a 401, 404, 415 or a refused Content-Length) does no harm; one read to its
 * end does none either. Draining costs wall time on bytes the client sends anyway, and the bound keeps an endless
 * stream from holding the request open: past it the stream is cancelled after all.
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
      await drain(reader, size, limit + DRAIN_BYTES)
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

/** Reads `reader` to its end and drops what it gives; past `bound` bytes in all (`size` read so far) it cancels. */
async function drain(reader: ReadableStreamDefaultReader<unknown>, size: number, bound: number): Promise<void> {
  try {
    while (size <= bound) {
      const { done, value } = await reader.read()
      if (done) return
      size += (value as Uint8Array).byteLength
    }
    await reader.cancel()
  } catch {
    // A client that goes away mid-body: the 413 is still the answer, and nobody may be there to read it.
  }
}

/** Middleware: a body whose Content-Length is over the limit is refused with a 413 before a byte of it is read. */
export const declaredTooLarge: MiddlewareHandler = async (c, next) => {
  const limit = getConfig(c.env).maxBodyBytes
  const declared = c.req.header('content-length')
  // With Transfer-Encoding the length is the chunks', and any Content-Length is ignored (RFC 9112 §6.3).
  if (declared !== undefined && !c.req.header('transfer-encoding') && Number(declared) > limit)
    return sendProblem(c, 'payload-too-large', 413, `The body is larger than ${limit} bytes.`)
  await next()
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

/**
 * Refuses the query parameters a route would otherwise ignore or half-read: any not in `only` (when given), and any
 * given more than once (`?sentences=2&sentences=3` would silently take the first). `where` ends the detail, saying
 * where the refused options belong.
 */
export function checkQuery(c: Context, only?: readonly string[], where = ''): void {
  const unknown: string[] = []
  const repeated: string[] = []
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (only !== undefined && !only.includes(name)) unknown.push(name)
    else if (values.length > 1) repeated.push(name)
  }
  if (unknown.length === 0 && repeated.length === 0) return
  const errors = [
    ...unknown.map((name) => ({ path: `/${name}`, message: `Query parameter ${name} is not accepted here.${where && ` ${where}`}` })),
    ...repeated.map((name) => ({ path: `/${name}`, message: `Query parameter ${name} is given more than once; give it once.` })),
  ]
  const detail = unknown.length
    ? `Only ${only!.map((n) => `\`${n}\``).join(', ')} may be in the query here, not ${unknown.join(', ')}.${where && ` ${where}`}`
    : `Each query parameter may be given once; given more than once: ${repeated.join(', ')}.`
  throw new ProblemException('validation-failed', 422, detail, errors)
}

// A `charset` parameter other than UTF-8 (`text/plain; charset=iso-8859-1`) would otherwise be read as UTF-8 and,
// where its bytes happen to be valid UTF-8, summarized as the wrong text.
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i

/** Refuses a body whose declared charset is not UTF-8 (or its subset US-ASCII), the only encoding the API reads. */
function checkCharset(c: Context): void {
  const charset = CHARSET.exec(c.req.header('content-type') ?? '')?.[1]?.toLowerCase()
  // US-ASCII is a subset of UTF-8, so its bytes read the same.
  if (charset === undefined || charset === 'utf-8' || charset === 'utf8' || charset === 'us-ascii' || charset === 'ascii') return
  throw new ProblemException('unsupported-media-type', 415, `The charset ${charset} is not accepted; send UTF-8.`, undefined, {
    Accept: 'application/json, text/plain; charset=utf-8',
  })
}

/** `options`, unless they ask for a length twice: `sentences` and `ratio` together used to answer for `ratio` alone. */
function oneLength<T extends { sentences?: number; ratio?: number }>(options: T, where: string): T {
  if (options.sentences === undefined || options.ratio === undefined) return options
  throw new ProblemException('validation-failed', 422, `Give ${where}sentences or ratio, not both.`, [
    { path: '/ratio', message: 'ratio replaces sentences; send one of them.' },
  ])
}

/** Reads and validates the body of `POST /v1/summarize`; throws a `ProblemException` on anything it cannot use. */
export async function readSummarizeRequest(c: Context): Promise<SummarizeRequest> {
  const type = mediaType(c)
  checkCharset(c)
  if (type === 'application/json' || type.endsWith('+json')) {
    // Checked before the body is read: options in the query of a JSON request were once silently ignored.
    checkQuery(c, ['format'], 'The options of a JSON request go in the JSON body.')
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
    return { text, html, options: oneLength(options, '') }
  }
  if (type === 'text/plain') {
    checkQuery(c)
    const parsed = summarizeQuerySchema.safeParse(c.req.query())
    if (!parsed.success)
      throw new ProblemException('validation-failed', 422, 'The query parameters do not match the schema.', issuesToErrors(parsed.error))
    return { text: await readText(c), options: oneLength(parsed.data, 'query ') }
  }
  throw new ProblemException(
    'unsupported-media-type',
    415,
    type ? `Content-Type ${type} is not accepted.` : 'A Content-Type header is required.',
    undefined,
    { Accept: 'application/json, text/plain' },
  )
}
