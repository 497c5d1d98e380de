// The isolate's result memory: LRU bounds and expiry, and how SummaryCache puts it in front of the real KV binding.
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { SummaryCache } from '../../src/http/cache.js'
import { ResultMemory } from '../../src/http/memory.js'
import { ALGORITHM_VERSION } from '../../src/core/index.js'

const entry = (id: string, extra = '') => JSON.stringify({ id, version: ALGORITHM_VERSION, summary: `About ${id}.${extra}` })
const idOf = (c: string) => c.repeat(64)

/** The real KV binding whose reads can be switched to fail. */
function switchableKv(): { kv: KVNamespace; fail: (on: boolean) => void; reads: () => number } {
  let failing = false
  let reads = 0
  const kv = new Proxy(env.SUMMARIES, {
    get: (target, prop) => {
      if (prop === 'get')
        return (...args: unknown[]) => {
          reads++
          return failing ? Promise.reject(new Error('KV down')) : (target.get as (...a: unknown[]) => unknown)(...args)
        }
      return (Reflect.get(target, prop) as () => unknown).bind(target)
    },
  })
  return { kv, fail: (on) => (failing = on), reads: () => reads }
}

describe('ResultMemory', () => {
  it('serves an entry until its TTL passes, then forgets it', () => {
    const memory = new ResultMemory({ ttlMs: 1000 })
    memory.set('k', 'body', 5000)
    expect(memory.get('k', 5999)).toBe('body')
    expect(memory.get('k', 6000)).toBeUndefined()
    expect(memory.size).toBe(0)
  })

  it('evicts the least recently used entry when the size bound is passed, and a read counts as a use', () => {
    const memory = new ResultMemory({ maxUnits: 40, ttlMs: 60_000 })
    memory.set('a', 'x'.repeat(10), 0)
    memory.set('b', 'y'.repeat(10), 0)
    memory.set('c', 'z'.repeat(10), 0)
    expect(memory.get('a', 1)).toBe('x'.repeat(10)) // now b is the oldest
    memory.set('d', 'w'.repeat(10), 2)
    memory.set('e', 'v'.repeat(10), 2)
    expect(memory.get('b', 3)).toBeUndefined()
    expect(memory.get('a', 3)).toBe('x'.repeat(10))
    expect(memory.get('e', 3)).toBe('v'.repeat(10))
    expect(memory.size).toBe(4)
  })

  it('never remembers a body larger than a quarter of its bound, nor anything with a TTL of 0', () => {
    const small = new ResultMemory({ maxUnits: 40 })
    small.set('big', 'x'.repeat(11), 0)
    expect(small.get('big', 1)).toBeUndefined()
    const off = new ResultMemory({ ttlMs: 0 })
    off.set('k', 'body', 0)
    expect(off.get('k', 0)).toBeUndefined()
  })
})

describe('SummaryCache with a memory', () => {
  it('a KV hit fills the memory, which then answers without reading KV, even while KV is failing', async () => {
    const id = idOf('1')
    await env.SUMMARIES.put(SummaryCache.key(id), entry(id))
    const { kv, fail, reads } = switchableKv()
    let now = 0
    const cache = new SummaryCache(kv, { memory: new ResultMemory({ ttlMs: 60_000 }), now: () => now })
    expect(await cache.get(id)).toEqual({ status: 'HIT', body: entry(id) })
    expect(reads()).toBe(1)
    fail(true)
    now = 59_999
    expect(await cache.get(id)).toEqual({ status: 'HIT', body: entry(id) })
    expect(reads()).toBe(1)
    now = 60_000 // expired: KV is asked again, and it is down
    expect((await cache.get(id)).status).toBe('BYPASS')
  })

  it('a written result, a miss or an invalid stored value leaves the memory empty', async () => {
    const memory = new ResultMemory()
    const cache = new SummaryCache(env.SUMMARIES, { memory })
    const written = idOf('2')
    expect(await cache.put(written, entry(written))).toBe(true)
    expect(memory.size).toBe(0)
    expect((await cache.get(idOf('3'))).status).toBe('MISS')
    const stale = idOf('4')
    await env.SUMMARIES.put(SummaryCache.key(stale), JSON.stringify({ id: stale, version: '0.0.1' }))
    expect((await cache.get(stale)).status).toBe('MISS')
    expect(memory.size).toBe(0)
    expect((await cache.get(written)).status).toBe('HIT')
    expect(memory.size).toBe(1)
  })

  it('keys the memory by KV key, so a result of another algorithm version is never served from it', async () => {
    const memory = new ResultMemory()
    memory.set(`v0.0.1:${idOf('5')}`, entry(idOf('5'), ' old'), Date.now())
    expect((await new SummaryCache(env.SUMMARIES, { memory }).get(idOf('5'))).status).toBe('MISS')
  })
})
