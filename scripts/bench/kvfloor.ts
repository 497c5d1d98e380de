// Times Miniflare's own KV simulator from inside a Worker: the floor under a cache miss that no Worker code can lower.
//
// Why: on Miniflare a cache miss does one KV read (of a missing key) and one KV write, and the simulator spends real
// time on each (it keeps values in SQLite and files), whereas deployed KV is a network call that costs the isolate
// almost no CPU. Printing these beside the HTTP table says how much of a miss is the simulator, not the Worker.

import { Miniflare } from 'miniflare'
import { median, sig } from './util'

export interface KvFloor {
  /** Median ms of one `put` (a value the size of a result), over the batches. */
  putMs: number
  /** Median ms of one `get` of a key that is not stored. */
  getMissMs: number
  /** Median ms of one `get` of a stored key. */
  getHitMs: number
  /** Calls timed of each kind. */
  calls: number
  valueBytes: number
}

// One batch per request: workerd's clock moves only across I/O, and every KV call is I/O, so a batch's elapsed time
// is the calls' own. Keys carry the batch number, so no call finds what an earlier one wrote unless it is meant to.
const WORKER = `export default {
  async fetch(request, env) {
    const q = new URL(request.url).searchParams
    const n = Number(q.get('n')), b = q.get('b'), value = 'x'.repeat(Number(q.get('bytes')))
    const t0 = performance.now()
    for (let i = 0; i < n; i++) await env.KV.put('k' + b + ':' + i, value, { expirationTtl: 3600 })
    const t1 = performance.now()
    for (let i = 0; i < n; i++) await env.KV.get('absent' + b + ':' + i, 'text')
    const t2 = performance.now()
    for (let i = 0; i < n; i++) await env.KV.get('k' + b + ':' + i, 'text')
    const t3 = performance.now()
    return Response.json({ put: (t1 - t0) / n, getMiss: (t2 - t1) / n, getHit: (t3 - t2) / n })
  },
}`

/** Times put, get (missing key) and get (stored key) in `batches` batches of `perBatch` calls, with a warm-up batch. */
export async function measureKvFloor(compatibilityDate: string, { batches = 5, perBatch = 100, valueBytes = 8192 } = {}): Promise<KvFloor> {
  const mf = new Miniflare({ modules: true, script: WORKER, kvNamespaces: ['KV'], compatibilityDate })
  try {
    await mf.ready
    const rows: { put: number; getMiss: number; getHit: number }[] = []
    for (let b = 0; b <= batches; b++) {
      const res = await mf.dispatchFetch(`http://kv.local/?n=${perBatch}&b=${b}&bytes=${valueBytes}`)
      const row = (await res.json()) as { put: number; getMiss: number; getHit: number }
      if (b > 0) rows.push(row) // batch 0 warms the simulator up
    }
    return {
      putMs: sig(median(rows.map((r) => r.put))),
      getMissMs: sig(median(rows.map((r) => r.getMiss))),
      getHitMs: sig(median(rows.map((r) => r.getHit))),
      calls: batches * perBatch,
      valueBytes,
    }
  } finally {
    await mf.dispose()
  }
}
