// An isolate's short memory of results it has read from KV: a size-bounded LRU, so a hot article skips the KV read.
//
// Why it is safe: a result id hashes the text, the options and the algorithm version, so the JSON stored under an id
// never changes; an entry can only be missing or expired, never wrong. Why read-through only (filled by KV hits, not
// by writes): KV stays the one place a result is stored and checked, and a value first seen here has passed the same
// validation as any KV read. Why a short TTL: KV itself serves a read from its edge cache for 60 s by default
// (`cacheTtl`), so remembering a value for as long adds no staleness that KV would not have.

/** Options of `ResultMemory`. */
export interface ResultMemoryOptions {
  /** Total size of the remembered JSON, in UTF-16 code units (about bytes × 2). Default 2 Mi units (≈ 4 MiB). */
  maxUnits?: number
  /** How long an entry is served after it was read from KV, in milliseconds. Default 60000. */
  ttlMs?: number
}

interface Entry {
  body: string
  expires: number
}

/**
 * Results by KV key, least recently used first (a `Map` keeps insertion order, and a read moves its entry to the end).
 * A body larger than a quarter of `maxUnits` is not remembered, so one huge result cannot flush every other.
 */
export class ResultMemory {
  private readonly entries = new Map<string, Entry>()
  private units = 0
  private readonly maxUnits: number
  private readonly ttlMs: number

  constructor({ maxUnits = 2 * 1024 * 1024, ttlMs = 60_000 }: ResultMemoryOptions = {}) {
    this.maxUnits = Math.max(0, maxUnits)
    this.ttlMs = Math.max(0, ttlMs)
  }

  /** The body remembered under `key`, if it has not expired at `now` (ms). */
  get(key: string, now: number): string | undefined {
    const entry = this.entries.get(key)
    if (entry === undefined) return undefined
    this.entries.delete(key)
    if (entry.expires <= now) {
      this.units -= entry.body.length
      return undefined
    }
    this.entries.set(key, entry)
    return entry.body
  }

  /** Remembers `body` under `key` from `now` (ms), evicting the least recently used entries past the bound. */
  set(key: string, body: string, now: number): void {
    if (this.ttlMs === 0 || body.length * 4 > this.maxUnits) return
    const old = this.entries.get(key)
    if (old !== undefined) {
      this.entries.delete(key)
      this.units -= old.body.length
    }
    this.entries.set(key, { body, expires: now + this.ttlMs })
    this.units += body.length
    for (const [k, e] of this.entries) {
      if (this.units <= this.maxUnits) break
      this.entries.delete(k)
      this.units -= e.body.length
    }
  }

  /** Count of entries held (expired ones included until they are read or evicted). */
  get size(): number {
    return this.entries.size
  }
}
