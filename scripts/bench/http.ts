// Bounded autocannon load runs on loopback: GET /health, POST /v1/summarize misses (fresh article) and hits (same article).

import { createRequire } from 'node:module'
import type { Server } from './servers'
import { type Article, median, now, progress, quantile, sig } from './util'

const require = createRequire(import.meta.url)

interface AutocannonResult {
  errors: number
  timeouts: number
  non2xx: number
  resets: number
  mismatches: number
  statusCodeStats: Record<string, { count: number }>
}
type Autocannon = (opts: object, cb: (err: unknown, res: AutocannonResult) => void) => NodeJS.EventEmitter
const autocannon = require('autocannon') as Autocannon

export interface LoadResult {
  requests: number
  seconds: number
  /** The median of the rounds' requests per second. */
  rps: number
  roundRps: number[]
  p50Ms: number
  p99Ms: number
  errors: number
  non2xx: number
  statusCodes: Record<string, number>
}

export interface HttpCounts {
  connections: number
  health: number
  miss: number
  hit: number
  warmup: number
  /** Each scenario's requests are split into this many rounds, run interleaved (health, miss, hit, health, …). */
  rounds: number
}

export const HTTP_COUNTS: HttpCounts = { connections: 10, health: 3000, miss: 1200, hit: 3000, warmup: 200, rounds: 3 }
export const HTTP_COUNTS_QUICK: HttpCounts = { connections: 10, health: 600, miss: 300, hit: 600, warmup: 60, rounds: 1 }

interface LoadSpec {
  method: 'GET' | 'POST'
  path: string
  body?: string
  /** A new body for every request (cache misses). */
  nextBody?: () => string
}

const JSON_HEADERS = { 'content-type': 'application/json' }

/**
 * A client address from 198.18.0.0/15 (RFC 2544's benchmarking range) for each request, as `CF-Connecting-IP`, which
 * Miniflare and wrangler dev pass through when the client sets it. The Worker's rate limiter (100 requests a minute
 * per client) still runs on every request, but the load looks like many readers rather than one runaway client.
 */
let clients = 0
function nextClient(): string {
  const n = clients++ % 131072
  return `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`
}

interface RawRun {
  latencies: number[]
  seconds: number
  errors: number
  non2xx: number
  statusCodes: Record<string, number>
}

/** Pools rounds of one scenario: latencies together, req/s as the median of the rounds'. */
function pool(runs: RawRun[]): LoadResult {
  const latencies = runs.flatMap((r) => r.latencies)
  const roundRps = runs.map((r) => sig(r.latencies.length / r.seconds))
  const statusCodes: Record<string, number> = {}
  for (const r of runs) for (const [k, v] of Object.entries(r.statusCodes)) statusCodes[k] = (statusCodes[k] ?? 0) + v
  return {
    requests: latencies.length,
    seconds: sig(runs.reduce((t, r) => t + r.seconds, 0)),
    rps: sig(median(roundRps)),
    roundRps,
    p50Ms: sig(median(latencies)),
    p99Ms: sig(quantile(latencies, 0.99)),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    statusCodes,
  }
}

/** One closed-loop run of exactly `amount` requests over `connections` keep-alive connections. */
export function load(origin: string, spec: LoadSpec, amount: number, connections: number): Promise<RawRun> {
  const latencies: number[] = []
  const base = spec.method === 'POST' ? JSON_HEADERS : {}
  const request: Record<string, unknown> = { method: spec.method, path: spec.path, headers: base }
  if (spec.body !== undefined) request.body = spec.body
  const next = spec.nextBody
  request.setupRequest = (req: Record<string, unknown>) => ({
    ...req,
    headers: { ...base, 'cf-connecting-ip': nextClient() },
    ...(next ? { body: next() } : {}),
  })
  return new Promise((resolve, reject) => {
    const t0 = now()
    let last = t0 // autocannon reports only at its 1 s sampling ticks, so the run ends at its last response
    const instance = autocannon(
      { url: origin, connections, amount, timeout: 30, requests: [request], excludeErrorStats: false },
      (err, res) => {
        const seconds = (last - t0) / 1000
        if (err) return reject(err instanceof Error ? err : new Error(String(err)))
        const statusCodes: Record<string, number> = {}
        for (const [code, s] of Object.entries(res.statusCodeStats)) statusCodes[code] = s.count
        resolve({ latencies, seconds, errors: res.errors + res.timeouts + res.resets + res.mismatches, non2xx: res.non2xx, statusCodes })
      },
    )
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      latencies.push(ms)
      last = now()
    })
  })
}

export interface HttpRun {
  server: string
  origin: string
  health: LoadResult
  miss: LoadResult
  hit: LoadResult
  counts: HttpCounts
  /** Lines the server printed during the load runs (e.g. a request logger in the Worker). */
  serverLogLines: number
  /** What the pre-flight requests saw. */
  preflight: { health: number; summarize: number; repeat: number; cacheHeader: string | null; summarySentences: number | null }
}

/** Sends one request (through `dispatchFetch` when the server has it) and returns status, headers and body. */
async function once(server: Server, path: string, init?: RequestInit) {
  const withClient = { ...init, headers: { ...(init?.headers as Record<string, string>), 'cf-connecting-ip': nextClient() } }
  if (server.dispatch) return server.dispatch(path, withClient)
  const res = await fetch(new URL(path, server.origin), withClient)
  return { status: res.status, headers: res.headers, body: await res.text() }
}

/** Checks the routes answer, then loads each scenario after a warm-up. */
export async function runHttp(server: Server, articles: Article[], hitArticle: Article, counts: HttpCounts): Promise<HttpRun> {
  const runTag = `${process.pid}-${Date.now().toString(36)}`
  let n = 0
  // Every miss gets the next dev article plus a line no earlier request carried, so the KV cache cannot answer it.
  const nextBody = () => {
    const a = articles[n % articles.length]!
    n += 1
    return JSON.stringify({ text: `${a.text}\n\nBench request ${runTag}-${n}.`, sentences: 3 })
  }
  const hitBody = JSON.stringify({ text: hitArticle.text, sentences: 3 })
  const post = (body: string): RequestInit => ({ method: 'POST', headers: JSON_HEADERS, body })

  const h = await once(server, '/health')
  const first = await once(server, '/v1/summarize', post(hitBody))
  const again = await once(server, '/v1/summarize', post(hitBody))
  let cacheHeader: [string, string] | undefined
  again.headers.forEach((v, k) => {
    if (/cache/i.test(k) && !/^cache-control$/i.test(k)) cacheHeader = [k, v]
  })
  let summarySentences: number | null = null
  try {
    const parsed = JSON.parse(first.body) as { sentences?: unknown[] }
    summarySentences = Array.isArray(parsed.sentences) ? parsed.sentences.length : null
  } catch {
    /* not JSON: reported as null */
  }
  const preflight = {
    health: h.status,
    summarize: first.status,
    repeat: again.status,
    cacheHeader: cacheHeader ? `${cacheHeader[0]}: ${cacheHeader[1]}` : null,
    summarySentences,
  }
  progress(`http ${server.name}: preflight ${JSON.stringify(preflight)}`)

  const c = counts.connections
  const linesBefore = server.logLines()
  await load(server.origin, { method: 'GET', path: '/health' }, counts.warmup, c)
  await load(server.origin, { method: 'POST', path: '/v1/summarize', nextBody }, counts.warmup, c)
  await load(server.origin, { method: 'POST', path: '/v1/summarize', body: hitBody }, counts.warmup, c)

  const health: RawRun[] = []
  const miss: RawRun[] = []
  const hit: RawRun[] = []
  const per = (n: number) => Math.ceil(n / counts.rounds)
  for (let r = 1; r <= counts.rounds; r++) {
    progress(`http ${server.name}: round ${r}/${counts.rounds}: /health ×${per(counts.health)}, miss ×${per(counts.miss)}, hit ×${per(counts.hit)}`)
    health.push(await load(server.origin, { method: 'GET', path: '/health' }, per(counts.health), c))
    miss.push(await load(server.origin, { method: 'POST', path: '/v1/summarize', nextBody }, per(counts.miss), c))
    hit.push(await load(server.origin, { method: 'POST', path: '/v1/summarize', body: hitBody }, per(counts.hit), c))
  }
  const serverLogLines = server.logLines() - linesBefore
  return { server: server.name, origin: server.origin, counts, health: pool(health), miss: pool(miss), hit: pool(hit), serverLogLines, preflight }
}
