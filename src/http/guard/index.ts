// Abuse controls in front of `/v1/*`: the rate limit, then the API key, both before any body is read.
import type { MiddlewareHandler } from 'hono'
import { getConfig } from '../config.js'
import { ProblemException } from '../problem.js'
import type { AppEnv } from '../types.js'
import { bearerToken, keyDigests, matchKey } from './api-key.js'
import { allow, rateLimitKey, type RateLimiter } from './rate-limit.js'

export { corsFor } from './cors.js'

/**
 * The guard middleware. A request counts against its API key when it sends a valid one, otherwise against its
 * client address — so an invalid or made-up key cannot buy a fresh budget, and key guessing is rate limited too.
 * Over the limit: 429 with `Retry-After`. With keys configured and no valid one sent: 401. With no keys configured,
 * an `Authorization` header is ignored.
 */
export function guard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const config = getConfig(c.env)
    const digests = await keyDigests(config.apiKeys)
    const token = bearerToken(c.req.header('authorization'))
    const key = digests.length > 0 && token !== null ? await matchKey(token, digests) : null
    const bucket = rateLimitKey(key?.id ?? null, c.req.header('cf-connecting-ip'))
    const limiter = (c.env as { RATE_LIMITER?: RateLimiter }).RATE_LIMITER
    const outcome = await allow(limiter, bucket)
    if (outcome === 'failed') console.error(JSON.stringify({ requestId: c.get('requestId'), error: 'rate limiter failed; request let through' }))
    if (outcome === 'limited') {
      const wait = config.rateLimitPeriodSeconds
      throw new ProblemException('rate-limited', 429, `Too many requests; try again in ${wait} seconds.`, undefined, {
        'Retry-After': String(wait),
      })
    }
    if (digests.length > 0 && key === null) {
      throw new ProblemException(
        'unauthorized',
        401,
        token === null ? 'An API key is required: send `Authorization: Bearer <key>`.' : 'The API key is not valid.',
        undefined,
        { 'WWW-Authenticate': token === null ? 'Bearer realm="pressbrief"' : 'Bearer realm="pressbrief", error="invalid_token"' },
      )
    }
    await next()
  }
}
