// Soak: a bounded run of mixed traffic against `wrangler dev` on loopback — no 5xx, no dropped connection, a consistent cache.
//
//   npm run soak                                   # 65 s at 50 connections
//   npm run soak -- --duration 20 --connections 10
//
// Starts `wrangler dev` on a free 127.0.0.1 port (never 8787) with its state in a temporary directory, waits for
// /health, then drives it with autocannon: repeated articles (cache hits), unique ones (misses), text/plain and HTML
// bodies, reads by id, a catalogue of bad requests, and one abusive client that outruns the rate limit. Every response
// is checked against what its request should get. At the end every result id served from the cache or stored is read
// back by id and compared byte for byte with what was served. Prints the figures, writes reports/soak/soak.json, and
// always stops wrangler's whole process group. Exits 1 when a criterion fails.

import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createRequire } from 'node:module'

// autocannon ships no types; this is the part of its API the soak uses.
interface RequestSpec {
  method?: string
  path?: string
  headers?: Record<string, string>
  body?: string | Buffer
}
interface AutocannonOptions {
  url: string
  connections: number
  duration: number
  timeout: number
  pipelining: number
  requests: {
    setupRequest: (req: RequestSpec) => RequestSpec
    onResponse: (status: number, body: string, context: unknown, headers: Record<string, string | string[]>) => void
  }[]
}
interface AutocannonResult {
  errors: number
  timeouts: number
  '5xx': number
  requests: { total: number; average: number }
  latency: { p50: number; p90: number; p99: number; max: number }
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: AutocannonOptions) => Promise<AutocannonResult>

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const REPORT = resolve(ROOT, 'reports', 'soak', 'soak.json')
const HOST = '127.0.0.1'
const RESERVED_PORTS = new Set([8787]) // other developers' `npm start`

// ——— Traffic ———

const FIXTURES = ['press-briefing-guatemala-munich.txt', 'gov-uk-press-release-frank-campaign.txt', 'gov-uk-world-news-high-commission-pakistan.txt'].map(
  (f) => readFileSync(resolve(ROOT, 'fixtures', f), 'utf8'),
)

/** The repeated requests: the same bodies again and again, so that all but the first are cache hits. */
const HIT_BODIES = FIXTURES.flatMap((text) => [JSON.stringify({ text }), JSON.stringify({ text, sentences: 5, bullets: 3 })])
const HTML_BODIES = FIXTURES.map((text) =>
  JSON.stringify({ html: `<html><head><title>t</title><script>var x = 1</script></head><body><nav>Home</nav>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}<footer>© 2024</footer></body></html>` }),
)

/** A kind of request: how to build one, and which statuses are right for it. */
interface Kind {
  name: string
  weight: number
  expect: number[]
  build: (n: number) => { method: string; path: string; headers: Record<string, string>; body?: string | Buffer }
}

const json = (body: string | Buffer) => ({ method: 'POST', path: '/v1/summarize', headers: { 'Content-Type': 'application/json' }, body })
const ABUSER = '192.0.2.66'

const KINDS: Kind[] = [
  { name: 'hit', weight: 30, expect: [200], build: (n) => json(HIT_BODIES[n % HIT_BODIES.length]!) },
  {
    name: 'miss',
    weight: 15,
    expect: [200],
    build: (n) => json(JSON.stringify({ text: `${FIXTURES[n % FIXTURES.length]}\n\nSoak request number ${n} was sent at ${Date.now()}.` })),
  },
  {
    name: 'plain',
    weight: 5,
    expect: [200],
    build: (n) => ({
      method: 'POST',
      path: `/v1/summarize?sentences=${1 + (n % 5)}`,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: FIXTURES[n % FIXTURES.length]!,
    }),
  },
  { name: 'html', weight: 5, expect: [200], build: (n) => json(HTML_BODIES[n % HTML_BODIES.length]!) },
  // A read by id of a repeated article: 404 until its first answer has been stored, 200 after.
  { name: 'get', weight: 10, expect: [200, 404], build: (n) => ({ method: 'GET', path: `/v1/summaries/${knownIds[n % knownIds.length] ?? '0'.repeat(64)}`, headers: {} }) },
  { name: 'bad-json', weight: 3, expect: [400], build: () => json('{"text": "The council met on') },
  { name: 'bad-type', weight: 3, expect: [422], build: () => json('{"text": "The council met.", "sentences": "three"}') },
  { name: 'bad-field', weight: 2, expect: [422], build: () => json('{"text": "The council met.", "lenght": 3}') },
  { name: 'bad-both', weight: 2, expect: [422], build: () => json('{"text": "a", "html": "<p>b</p>"}') },
  { name: 'bad-media', weight: 2, expect: [415], build: () => ({ method: 'POST', path: '/v1/summarize', headers: { 'Content-Type': 'application/xml' }, body: '<text/>' }) },
  { name: 'bad-utf8', weight: 2, expect: [400], build: () => json(Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])) },
  { name: 'bad-empty', weight: 2, expect: [422], build: () => json('{"text": "12345 !!! ..."}') },
  { name: 'bad-large', weight: 1, expect: [413], build: () => json(JSON.stringify({ text: 'Word after word. '.repeat(16_000) })) },
  { name: 'bad-method', weight: 2, expect: [405], build: () => ({ method: 'DELETE', path: '/v1/summarize', headers: {} }) },
  { name: 'bad-id', weight: 1, expect: [404], build: () => ({ method: 'GET', path: '/v1/summaries/..%2F..%2Fetc', headers: {} }) },
  // One client far over its budget: 200 until the limiter counts it out, then 429.
  { name: 'abuser', weight: 15, expect: [200, 429], build: (n) => json(HIT_BODIES[n % HIT_BODIES.length]!) },
]
const TOTAL_WEIGHT = KINDS.reduce((n, k) => n + k.weight, 0)

/** Ids of the repeated articles, filled in as their first answers arrive (read back by the `get` kind). */
const knownIds: string[] = []

function pickKind(n: number): Kind {
  // A fixed scramble of the counter: the mix is the same on every run, and neighbours differ.
  let r = Math.imul(n + 1, 2654435761) >>> 0
  r %= TOTAL_WEIGHT
  for (const kind of KINDS) {
    if (r < kind.weight) return kind
    r -= kind.weight
  }
  return KINDS[0]!
}

/** A distinct client address per request (198.18.0.0/15, the benchmarking range), except the abuser's. */
function clientAddress(n: number, kind: Kind): string {
  if (kind.name === 'abuser') return ABUSER
  return `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`
}

// ——— What the responses showed ———

const sha = (text: string) => createHash('sha256').update(text).digest('hex')

interface Tally {
  responses: number
  byKind: Record<string, Record<string, number>>
  statuses: Record<string, number>
  serverErrors: { kind: string; status: number; body: string }[]
  unexpected: { kind: string; status: number; body: string }[]
  malformed: { kind: string; reason: string }[]
  cache: Record<string, number>
  /** Every result id served by a POST, with the hash of the body served and how it was served. */
  served: Map<string, { hash: string; via: Set<string> }>
  /** The same id served with two different bodies: a wrong cached answer. */
  conflicts: { id: string; kind: string }[]
}

const tally: Tally = {
  responses: 0,
  byKind: {},
  statuses: {},
  serverErrors: [],
  unexpected: [],
  malformed: [],
  cache: {},
  served: new Map(),
  conflicts: [],
}

function header(headers: Record<string, string | string[]>, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return Array.isArray(v) ? v[0] : v
  return undefined
}

const KIND_BY_NAME = new Map(KINDS.map((k) => [k.name, k]))

function record(status: number, body: string, headers: Record<string, string | string[]>): void {
  tally.responses++
  const tag = header(headers, 'x-request-id') ?? ''
  const match = /^soak-([a-z0-9-]+)-(\d+)$/.exec(tag)
  const kind = match ? KIND_BY_NAME.get(match[1]!) : undefined
  if (!kind || !match) {
    tally.malformed.push({ kind: '?', reason: `response without the request's id (${tag || 'none'})` })
    return
  }
  const seq = Number(match[2])
  tally.statuses[status] = (tally.statuses[status] ?? 0) + 1
  const counts = (tally.byKind[kind.name] ??= {})
  counts[status] = (counts[status] ?? 0) + 1
  if (status >= 500) tally.serverErrors.push({ kind: kind.name, status, body: body.slice(0, 300) })
  else if (!kind.expect.includes(status)) tally.unexpected.push({ kind: kind.name, status, body: body.slice(0, 300) })

  const type = header(headers, 'content-type') ?? ''
  if (status >= 400) {
    try {
      const problem = JSON.parse(body) as { status?: number; requestId?: string }
      if (!type.startsWith('application/problem+json') || problem.status !== status || problem.requestId !== tag)
        tally.malformed.push({ kind: kind.name, reason: `problem document does not match (${type}, ${problem.status})` })
    } catch {
      tally.malformed.push({ kind: kind.name, reason: `a ${status} without a problem document` })
    }
    return
  }
  if (status !== 200) return
  let id: string
  try {
    id = (JSON.parse(body) as { id: string }).id
  } catch {
    tally.malformed.push({ kind: kind.name, reason: 'a 200 whose body is not JSON' })
    return
  }
  if (!/^[0-9a-f]{64}$/.test(id)) {
    tally.malformed.push({ kind: kind.name, reason: `a 200 without a result id` })
    return
  }
  const hash = sha(body)
  const via = kind.name === 'get' ? 'GET' : (header(headers, 'x-cache') ?? 'none')
  tally.cache[via] = (tally.cache[via] ?? 0) + 1
  const seen = tally.served.get(id)
  if (seen && seen.hash !== hash) tally.conflicts.push({ id, kind: kind.name })
  if (!seen) tally.served.set(id, { hash, via: new Set([via]) })
  else seen.via.add(via)
  if ((kind.name === 'hit' || kind.name === 'abuser') && !knownIds.includes(id)) knownIds[seq % HIT_BODIES.length] ??= id
}

// ——— wrangler dev ———

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer()
    server.unref()
    server.on('error', fail)
    server.listen(0, HOST, () => {
      const { port } = server.address() as { port: number }
      server.close(() => (RESERVED_PORTS.has(port) ? freePort().then(ok, fail) : ok(port)))
    })
  })
}

let wrangler: ChildProcess | null = null

/** Stops wrangler's whole process group (wrangler, workerd, esbuild): TERM, then KILL after `graceMs`. */
async function stopWrangler(graceMs = 5000): Promise<void> {
  const child = wrangler
  if (!child?.pid || child.exitCode !== null) return
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    return
  }
  const timer = new Promise<'timeout'>((ok) => setTimeout(() => ok('timeout'), graceMs).unref())
  if ((await Promise.race([exited, timer])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  wrangler = null
}

// A last resort on any exit path: the group must not outlive the script.
process.on('exit', () => {
  if (wrangler?.pid && wrangler.exitCode === null) {
    try {
      process.kill(-wrangler.pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
})
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    void stopWrangler(2000).finally(() => process.exit(130))
  })

async function startWrangler(port: number, inspectorPort: number, state: string, log: string): Promise<void> {
  const out = openSync(log, 'a')
  wrangler = spawn(
    resolve(ROOT, 'node_modules', '.bin', 'wrangler'),
    ['dev', '--ip', HOST, '--port', String(port), '--inspector-port', String(inspectorPort), '--persist-to', state, '--show-interactive-dev-session=false'],
    {
      cwd: ROOT,
      // Its own process group, so that one signal reaches workerd and esbuild too.
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', CI: '1' },
    },
  )
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (wrangler.exitCode !== null) throw new Error(`wrangler dev exited with ${wrangler.exitCode}; see ${log}`)
    try {
      const res = await fetch(`http://${HOST}:${port}/health`, { signal: AbortSignal.timeout(2000) })
      if (res.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`wrangler dev did not answer /health within 120 s; see ${log}`)
}

// ——— Consistency at the end ———

interface Consistency {
  checked: number
  equal: number
  missing: { id: string; status: number; via: string[] }[]
  different: string[]
  bypassOnly: number
}

/** Reads back every id served from the cache or stored (not those only ever served with KV bypassed). */
async function checkConsistency(base: string): Promise<Consistency> {
  const result: Consistency = { checked: 0, equal: 0, missing: [], different: [], bypassOnly: 0 }
  const ids = [...tally.served].filter(([, s]) => {
    const stored = s.via.has('MISS') || s.via.has('HIT') || s.via.has('GET')
    if (!stored) result.bypassOnly++
    return stored
  })
  let next = 0
  let address = 0
  const worker = async () => {
    while (next < ids.length) {
      const [id, served] = ids[next++]!
      result.checked++
      const res = await fetch(`${base}/v1/summaries/${id}`, {
        headers: { 'CF-Connecting-IP': `198.19.255.${address++ % 250}`, 'X-Request-Id': `soak-check-${id.slice(0, 8)}` },
        signal: AbortSignal.timeout(30_000),
      })
      const body = await res.text()
      if (res.status !== 200) result.missing.push({ id, status: res.status, via: [...served.via] })
      else if (sha(body) !== served.hash) result.different.push(id)
      else result.equal++
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
  return result
}

// ——— Run ———

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '65' },
      connections: { type: 'string', default: '50' },
      timeout: { type: 'string', default: '30' },
    },
  })
  const duration = Number(values.duration)
  const connections = Number(values.connections)
  const state = mkdtempSync(join(tmpdir(), 'pressbrief-soak-'))
  const log = join(state, 'wrangler.log')
  const port = await freePort()
  const inspectorPort = await freePort()
  const base = `http://${HOST}:${port}`
  let exitCode = 1
  try {
    console.log(`starting wrangler dev on ${base} (state in ${state})`)
    const bootStart = Date.now()
    await startWrangler(port, inspectorPort, state, log)
    console.log(`ready in ${((Date.now() - bootStart) / 1000).toFixed(1)} s; ${duration} s at ${connections} connections`)

    let seq = 0
    const started = Date.now()
    const result = await autocannon({
      url: base,
      connections,
      duration,
      timeout: Number(values.timeout),
      pipelining: 1,
      requests: [
        {
          setupRequest: (req) => {
            const n = seq++
            const kind = pickKind(n)
            const built = kind.build(n)
            return {
              ...req,
              method: built.method,
              path: built.path,
              body: built.body ?? '',
              headers: { ...built.headers, 'CF-Connecting-IP': clientAddress(n, kind), 'X-Request-Id': `soak-${kind.name}-${n}` },
            }
          },
          onResponse: (status, body, _context, headers) => record(status, body, headers),
        },
      ],
    })
    const elapsed = (Date.now() - started) / 1000

    // Stores run in waitUntil after each response: give the last ones a moment before reading back.
    await new Promise((r) => setTimeout(r, 3000))
    const consistency = await checkConsistency(base)
    const health = await fetch(`${base}/health`).then((r) => r.status).catch(() => 0)

    const dropped = result.errors + result.timeouts
    const checks = {
      'no 5xx': tally.serverErrors.length === 0 && result['5xx'] === 0,
      'no dropped connection (errors + timeouts)': dropped === 0,
      'every status as expected for its request': tally.unexpected.length === 0,
      'every response well formed': tally.malformed.length === 0,
      'no id served with two bodies': tally.conflicts.length === 0,
      'every stored id reads back identical': consistency.missing.length === 0 && consistency.different.length === 0,
      'ran the whole duration': elapsed >= duration - 1,
      'healthy at the end': health === 200,
    }
    const figures = {
      durationSeconds: Math.round(elapsed * 10) / 10,
      connections,
      requests: result.requests.total,
      responses: tally.responses,
      requestsPerSecond: Math.round(result.requests.average * 10) / 10,
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      statuses: tally.statuses,
      byKind: tally.byKind,
      servedBy: tally.cache,
      errors: result.errors,
      timeouts: result.timeouts,
      serverErrors: tally.serverErrors.length,
      unexpected: tally.unexpected.length,
      malformed: tally.malformed.length,
      conflicts: tally.conflicts.length,
      distinctIds: tally.served.size,
      consistency: {
        checked: consistency.checked,
        equal: consistency.equal,
        missing: consistency.missing.length,
        different: consistency.different.length,
        bypassOnly: consistency.bypassOnly,
      },
    }

    console.log(`\n${figures.requests} requests in ${figures.durationSeconds} s (${figures.requestsPerSecond} req/s) at ${connections} connections`)
    console.log(`latency ms: p50 ${figures.latencyMs.p50}, p90 ${figures.latencyMs.p90}, p99 ${figures.latencyMs.p99}, max ${figures.latencyMs.max}`)
    console.log(`statuses: ${Object.entries(figures.statuses).map(([s, n]) => `${s}×${n}`).join(', ')}`)
    console.log(`served (200 on POST by X-Cache, reads by id as GET): ${Object.entries(figures.servedBy).map(([s, n]) => `${s}×${n}`).join(', ')}`)
    console.log(`by kind: ${Object.entries(figures.byKind).map(([k, c]) => `${k} ${Object.entries(c).map(([s, n]) => `${s}×${n}`).join('/')}`).join('; ')}`)
    console.log(`connection errors ${result.errors}, timeouts ${result.timeouts}, 5xx ${figures.serverErrors}, unexpected ${figures.unexpected}, malformed ${figures.malformed}`)
    console.log(
      `cache: ${figures.distinctIds} distinct ids served; ${consistency.checked} read back by id: ${consistency.equal} identical, ` +
        `${consistency.missing.length} missing, ${consistency.different.length} different; ${consistency.bypassOnly} served only with KV bypassed; ` +
        `${tally.conflicts.length} ids served with two bodies`,
    )
    for (const [name, ok] of Object.entries(checks)) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}`)
    for (const e of [...tally.serverErrors, ...tally.unexpected].slice(0, 5)) console.log(`  ${e.kind} → ${e.status}: ${e.body}`)
    for (const m of tally.malformed.slice(0, 5)) console.log(`  malformed ${m.kind}: ${m.reason}`)
    for (const m of consistency.missing.slice(0, 5)) console.log(`  missing ${m.id} (${m.status}, served via ${m.via.join('/')})`)

    mkdirSync(dirname(REPORT), { recursive: true })
    writeFileSync(
      REPORT,
      `${JSON.stringify(
        {
          generatedAt: new Date().toISOString(),
          node: process.version,
          target: `wrangler dev on ${HOST} (loopback), state in a temporary directory`,
          figures,
          checks,
          samples: {
            serverErrors: tally.serverErrors.slice(0, 5),
            unexpected: tally.unexpected.slice(0, 5),
            malformed: tally.malformed.slice(0, 5),
            missing: consistency.missing.slice(0, 5),
          },
        },
        null,
        2,
      )}\n`,
    )
    console.log(`wrote ${REPORT.slice(ROOT.length + 1)}`)
    exitCode = Object.values(checks).every(Boolean) ? 0 : 1
    if (exitCode !== 0) console.log(`wrangler log: ${log}`)
  } finally {
    await stopWrangler()
    if (exitCode === 0) rmSync(state, { recursive: true, force: true })
  }
  process.exitCode = exitCode
}

main().catch(async (error: unknown) => {
  console.error(error)
  await stopWrangler()
  process.exitCode = 1
})
