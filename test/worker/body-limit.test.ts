// The body limit on a streamed (chunked) body: a 413, with the rest of the body drained rather than cancelled.
import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { BASE } from '../helpers/app.js'
import type { ProblemBody } from '../helpers/problem.js'

const LIMIT = 262144 // MAX_BODY_BYTES in wrangler.toml
const DRAIN = 4 << 20 // DRAIN_BYTES in src/http/body.ts

/** A text/plain body of `size` bytes streamed in `piece`-byte chunks (no Content-Length), and what the Worker took of it. */
function streamed(size: number, piece = 16 * 1024) {
  const seen = { pulled: 0, cancelled: false }
  const chunk = new TextEncoder().encode('Word after word makes a sentence. '.repeat(Math.ceil(piece / 34)).slice(0, piece))
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= size) return controller.close()
      const part = chunk.slice(0, Math.min(piece, size - seen.pulled))
      seen.pulled += part.byteLength
      controller.enqueue(part)
    },
    cancel() {
      seen.cancelled = true
    },
  })
  const response = exports.default.fetch(`${BASE}/v1/summarize`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain' },
    body,
  })
  return { response, seen }
}

describe('body limit', () => {
  // Under `wrangler dev` a body read in part and then cancelled left the next request hanging or answered 503; the test
  // pool has no such proxy, so what is checked here is the cause: the body is read to its end, not cancelled.
  it('answers 413 to a chunked body over the limit after reading it to the end', async () => {
    const size = LIMIT + 512 * 1024
    const { response, seen } = streamed(size)
    const res = await response
    expect(res.status).toBe(413)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(((await res.json()) as ProblemBody).type).toMatch(/\/payload-too-large$/)
    expect(seen.pulled).toBe(size)
    expect(seen.cancelled).toBe(false)
  })

  it('stops draining and cancels a body far past the limit', async () => {
    const size = LIMIT + DRAIN + 2 * 1024 * 1024
    const { response, seen } = streamed(size, 64 * 1024)
    const res = await response
    expect(res.status).toBe(413)
    await res.arrayBuffer()
    expect(seen.pulled).toBeLessThan(size)
    expect(seen.pulled).toBeGreaterThan(LIMIT + DRAIN - 256 * 1024)
  })

  it('still reads a chunked body of exactly the limit', async () => {
    const { response, seen } = streamed(LIMIT)
    const res = await response
    expect(res.status).toBe(200)
    expect(((await res.json()) as { stats: { characters: number } }).stats.characters).toBe(LIMIT)
    expect(seen.cancelled).toBe(false)
  })

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const res = await exports.default.fetch(`${BASE}/v1/summarize`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'Content-Length': String(LIMIT + 1) },
      body: 'x'.repeat(LIMIT + 1),
    })
    expect(res.status).toBe(413)
    expect(((await res.json()) as ProblemBody).detail).toBe(`The body is larger than ${LIMIT} bytes.`)
  })
})
