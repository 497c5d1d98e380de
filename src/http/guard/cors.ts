// CORS for the configured origins only: Hono's built-in middleware, built once per origin list; none when it is empty.
import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'

/** Options of `corsFor`. */
export interface CorsOptions {
  /** Seconds a browser may cache a preflight answer. Default 600. */
  maxAge?: number
}

// Headers a browser script may read: the request id to quote, the cache outcome, the ETag, a 429's wait, and what a
// rendering is of and what it left out.
const EXPOSED = ['X-Request-Id', 'X-Cache', 'ETag', 'Retry-After', 'X-Summary-Id', 'X-Render-Dropped']

const built = new WeakMap<readonly string[], MiddlewareHandler>()

/**
 * The CORS middleware for `origins` (`*` allows any origin), or `null` when the list is empty: then no response
 * carries CORS headers and browsers on other origins cannot read the API. No credentials mode: an API key travels in
 * `Authorization`, which is allowed as a request header, not as a cookie.
 */
export function corsFor(origins: readonly string[], { maxAge = 600 }: CorsOptions = {}): MiddlewareHandler | null {
  if (origins.length === 0) return null
  let middleware = built.get(origins)
  if (!middleware) {
    middleware = cors({
      origin: origins.includes('*') ? '*' : [...origins],
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Authorization'],
      exposeHeaders: EXPOSED,
      maxAge,
    })
    built.set(origins, middleware)
  }
  return middleware
}
