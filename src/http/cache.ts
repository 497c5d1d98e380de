// KV cache of results: a small class the app and the tests drive, where every KV fault becomes a cache bypass.
import { ALGORITHM_VERSION } from '../core/index.js'
import type { ResultMemory } from './memory.js'

/** How a lookup went: a stored value, nothing stored, or KV unusable (error or timeout). */
export type CacheStatus = 'HIT' | 'MISS' | 'BYPASS'

/** What `SummaryCache.get` returns. */
export interface CacheLookup {
  status: CacheStatus
  /** The stored JSON text, exactly as it was written, on a HIT. */
  body?: string
}

/** Options of `SummaryCache`. */
export interface SummaryCacheOptions {
  /** Time to live of an entry in seconds (KV's minimum is 60). Default 604800. */
  ttlSeconds?: number
  /** A read slower than this is abandoned and the request goes on without the cache. Default 1000. */
  timeoutMs?: number
  /** An isolate-wide memory consulted before KV and filled by KV hits. Default none. */
  memory?: ResultMemory
  /** The clock the memory's expiry reads, in ms. Default `Date.now`. */
  now?: () => number
}

const TIMEOUT = Symbol('timeout')

/**
 * Results in Workers KV under `v<algorithm version>:<id>`. A stored value is trusted only when it parses as JSON
 * and carries the same `id` and algorithm `version`; anything else counts as a miss and is overwritten.
 */
export class SummaryCache {
  private readonly ttlSeconds: number
  private readonly timeoutMs: number
  private readonly memory: ResultMemory | undefined
  private readonly now: () => number

  constructor(
    private readonly kv: KVNamespace,
    { ttlSeconds = 604800, timeoutMs = 1000, memory, now = Date.now }: SummaryCacheOptions = {},
  ) {
    this.ttlSeconds = Math.max(60, ttlSeconds)
    this.timeoutMs = timeoutMs
    this.memory = memory
    this.now = now
  }

  /** The KV key of a result id. */
  static key(id: string): string {
    return `v${ALGORITHM_VERSION}:${id}`
  }

  /** Looks `id` up, in the memory first, then in KV; never throws. */
  async get(id: string): Promise<CacheLookup> {
    const key = SummaryCache.key(id)
    const remembered = this.memory?.get(key, this.now())
    if (remembered !== undefined) return { status: 'HIT', body: remembered }
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      const timeout = new Promise<typeof TIMEOUT>((resolve) => {
        timer = setTimeout(() => resolve(TIMEOUT), this.timeoutMs)
      })
      const value = await Promise.race([this.kv.get(key, 'text'), timeout])
      if (value === TIMEOUT) return { status: 'BYPASS' }
      if (value === null || !isValidEntry(value, id)) return { status: 'MISS' }
      this.memory?.set(key, value, this.now())
      return { status: 'HIT', body: value }
    } catch {
      return { status: 'BYPASS' }
    } finally {
      clearTimeout(timer)
    }
  }

  /** Stores `body` (the exact JSON text served) under `id`; resolves `false` instead of throwing on a KV error. */
  async put(id: string, body: string): Promise<boolean> {
    try {
      await this.kv.put(SummaryCache.key(id), body, { expirationTtl: this.ttlSeconds })
      return true
    } catch {
      return false
    }
  }
}

function isValidEntry(value: string, id: string): boolean {
  try {
    const parsed = JSON.parse(value) as { id?: unknown; version?: unknown }
    return parsed !== null && typeof parsed === 'object' && parsed.id === id && parsed.version === ALGORITHM_VERSION
  } catch {
    return false
  }
}
