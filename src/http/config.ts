// Typed configuration: the Worker's `vars` parsed once per isolate, with defaults for anything left unset.
import * as z from './zod.js'

const positiveInt = (fallback: number, min = 1) =>
  z.pipe(
    z.pipe(
      z.optional(z.string()),
      z.transform((v) => (v === undefined || v.trim() === '' ? fallback : Number(v))),
    ),
    z.number().check(z.int(), z.gte(min)),
  )

const list = z.pipe(
  z.optional(z.string()),
  z.transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean)),
)

const ConfigSchema = z.object({
  MAX_BODY_BYTES: positiveInt(256 * 1024, 1024),
  // KV refuses TTLs under 60 seconds.
  CACHE_TTL_SECONDS: positiveInt(7 * 24 * 3600, 60),
  KV_TIMEOUT_MS: positiveInt(1000, 10),
  CORS_ORIGINS: list,
  LOG_REQUESTS: z.pipe(
    z.optional(z.string()),
    z.transform((v) => v !== 'false'),
  ),
  // A secret, never a var: see docs/security.md.
  API_KEYS: list,
  // Sent as Retry-After on a 429; it should equal `simple.period` of the [[ratelimits]] binding (10 or 60).
  RATE_LIMIT_PERIOD_SECONDS: positiveInt(60),
})

/** The parsed configuration. */
export interface Config {
  /** Largest request body in bytes, checked on the stream before parsing. Default 262144 (256 KiB). */
  maxBodyBytes: number
  /** How long a result stays in KV, in seconds. Default 604800 (7 days); at least 60. */
  cacheTtlSeconds: number
  /** How long a KV read may take before the request is answered without the cache. Default 1000 ms. */
  kvTimeoutMs: number
  /** Origins allowed by CORS; empty (default) allows none. `*` allows all. */
  corsOrigins: string[]
  /** Whether one line per request is logged (method, path, status, time — never the text). Default true. */
  logRequests: boolean
  /**
   * Accepted API keys, from the `API_KEYS` secret (comma-separated; an entry `sha256:<hex>` is the digest of a key).
   * Empty (default): no key is required.
   */
  apiKeys: string[]
  /** Seconds a client is told to wait after a 429 (`Retry-After`). Default 60, the binding's period. */
  rateLimitPeriodSeconds: number
}

const parsed = new WeakMap<object, Config>()

/** Parses `env` once per isolate; a bad var fails loudly at the first request rather than misbehaving quietly. */
export function getConfig(env: Partial<Record<keyof z.input<typeof ConfigSchema>, string>>): Config {
  let config = parsed.get(env)
  if (!config) {
    const v = ConfigSchema.parse(env)
    config = {
      maxBodyBytes: v.MAX_BODY_BYTES,
      cacheTtlSeconds: v.CACHE_TTL_SECONDS,
      kvTimeoutMs: v.KV_TIMEOUT_MS,
      corsOrigins: v.CORS_ORIGINS,
      logRequests: v.LOG_REQUESTS,
      apiKeys: v.API_KEYS,
      rateLimitPeriodSeconds: v.RATE_LIMIT_PERIOD_SECONDS,
    }
    parsed.set(env, config)
  }
  return config
}
