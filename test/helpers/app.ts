// Helpers for worker tests: requests through the real Worker entry, with the real KV binding of the test runtime.
import { exports } from 'cloudflare:workers'

export const BASE = 'https://pressbrief.test'

/** POSTs a JSON body to `/v1/summarize` through the Worker's fetch handler. */
export function postJson(body: unknown, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(`${BASE}/v1/summarize`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

/** POSTs plain text with options as query parameters. */
export function postText(text: string, query = ''): Promise<Response> {
  return exports.default.fetch(`${BASE}/v1/summarize${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: text,
  })
}

/** A GET through the Worker. */
export function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return exports.default.fetch(`${BASE}${path}`, { headers })
}

/** Waits until the result `id` can be read back (KV writes go through waitUntil, after the response). */
export async function waitForStored(id: string, tries = 50): Promise<Response> {
  for (let i = 0; ; i++) {
    const res = await get(`/v1/summaries/${id}`)
    if (res.status === 200 || i >= tries) return res
    await res.arrayBuffer()
    await new Promise((r) => setTimeout(r, 20))
  }
}
