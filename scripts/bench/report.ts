// Turns the measurements into the printed tables, the PASS/FAIL list of the targets, and the JSON report.

import type { BundleResult } from './bundle'
import type { CoreResult } from './core'
import type { HttpRun } from './http'
import type { KvFloor } from './kvfloor'
import type { MemoryResult } from './memory'
import type { ScalingResult } from './scaling'
import { fmtMs, fmtRatio, kib, table } from './util'

export interface Results {
  core?: CoreResult
  scaling?: ScalingResult
  memory?: MemoryResult
  bundle?: Omit<BundleResult, 'scriptPath' | 'outdir' | 'dispose'>
  http?: HttpRun[]
  kvFloor?: KvFloor
}

export interface Target {
  target: string
  value: string
  pass: boolean
}

/** The targets, each checked against what was measured (targets of sections not run are left out). */
export function targets(r: Results): Target[] {
  const out: Target[] = []
  const add = (target: string, value: string, pass: boolean) => out.push({ target, value, pass })
  if (r.core) {
    const project = r.core.rows.find((x) => x.key === 'project')!
    add('fixture median < 0.5 ms per summarize call (Node)', `${fmtMs(project.fixtureMedianMs)} ms`, project.fixtureMedianMs < 0.5)
    for (const peer of r.core.rows.filter((x) => x.key !== 'project')) {
      const on = `${peer.articles} CNN articles`
      add(`project ≥ 20× faster than ${peer.key} (median, ${on})`, fmtRatio(peer.ratioMedian), peer.ratioMedian >= 20)
    }
  }
  if (r.scaling) {
    const s = r.scaling
    add('per-word cost at 200k ≤ 2× that at 10k', fmtRatio(s.perWordRatio200kTo10k), s.perWordRatio200kTo10k <= 2)
    const big = s.points.find((p) => p.words === 200_000)!
    add('200k words in < 100 ms', `${fmtMs(big.msPerCall)} ms`, big.msPerCall < 100)
  }
  if (r.memory) add('peak heap growth at 200k words < 64 MB', `${r.memory.peakGrowthMB} MB`, r.memory.peakGrowthMB < 64)
  if (r.bundle) add('Worker bundle < 100 KiB gzipped', kib(r.bundle.gzipBytes), r.bundle.gzipBytes < 100 * 1024)
  for (const run of r.http ?? []) {
    const miss = run.miss.rps / run.health.rps
    const hit = run.hit.rps / run.health.rps
    add(`${run.server}: cache-miss req/s ≥ 50 % of GET /health`, `${(miss * 100).toFixed(0)} %`, miss >= 0.5)
    add(`${run.server}: cache-hit req/s ≥ 70 % of GET /health`, `${(hit * 100).toFixed(0)} %`, hit >= 0.7)
    const bad = httpFailures(run)
    add(`${run.server}: zero errors and non-2xx answers`, String(bad), bad === 0)
  }
  return out
}

export const httpFailures = (run: HttpRun): number =>
  [run.health, run.miss, run.hit].reduce((n, l) => n + l.errors + l.non2xx, 0)

/** The human-readable report printed to stdout. */
export function render(r: Results, header: string): string {
  const parts: string[] = [header]
  if (r.core) {
    const c = r.core
    parts.push(
      `\nCore, side by side (k = ${c.k}; the fixture, then ${c.cnnArticles} CNN dev articles; each summarizer in its own ` +
        'warmed-up process, asked in turn, round by round)',
    )
    const rows = [['summarizer', 'rounds', 'articles', 'fixture median ms', 'median ms', 'p99 ms', 'mean ms', '× project median', '× project p99', 'first sight ms', '× project', 'first call ms']]
    for (const x of c.rows) {
      const failed = x.failures.length ? ` (${x.failures.length} threw)` : ''
      const ratio = (v: number) => (x.key === 'project' ? '1×' : fmtRatio(v))
      rows.push([x.label, String(x.rounds), `${x.articles}${failed}`, fmtMs(x.fixtureMedianMs), fmtMs(x.medianMs), fmtMs(x.p99Ms), fmtMs(x.meanMs), ratio(x.ratioMedian), ratio(x.ratioP99), fmtMs(x.firstSightMedianMs), ratio(x.firstSightRatioMedian), fmtMs(x.firstCallMs)])
    }
    parts.push(table(rows))
    parts.push('Per article: the median of its rounds. × project: the peer over the project, on the articles the peer completed.')
    parts.push(`First sight: ${c.cnnArticles} more CNN dev articles, each timed once in a process that has never met it (its words are new to every cache).`)
    parts.push('First call: the fixture, once, as the process\'s very first call (nothing compiled yet): what a fresh isolate\'s first request pays.')
    for (const x of c.rows) if (x.note) parts.push(`Note: ${x.note}.`)
  }
  if (r.scaling) {
    parts.push('\nScaling (CNN dev articles concatenated, cut at an exact word count; median of repeated calls)')
    const rows = [['words', 'calls', 'ms per call', 'ms per 1k words']]
    for (const p of r.scaling.points) rows.push([p.words.toLocaleString('en-US'), String(p.calls), fmtMs(p.msPerCall), fmtMs(p.msPer1kWords)])
    parts.push(table(rows))
    parts.push(`Per-word cost at 200k ÷ at 10k: ${fmtRatio(r.scaling.perWordRatio200kTo10k)}`)
  }
  if (r.memory) {
    const m = r.memory
    parts.push(`\nMemory (${m.words.toLocaleString('en-US')} words; used heap from --trace-gc, baseline after gc())`)
    const rows = [['call', 'baseline MB', 'peak MB', 'peak growth MB', 'retained MB', 'GCs in call']]
    for (const [name, x] of [['first', m.first], ['second', m.second]] as const) {
      rows.push([name, x.baselineMB.toFixed(1), x.peakMB.toFixed(1), x.peakGrowthMB.toFixed(1), x.retainedMB.toFixed(1), String(x.gcsDuringCall)])
    }
    parts.push(table(rows))
  }
  if (r.bundle) {
    const b = r.bundle
    parts.push(`\nBundle (wrangler deploy --dry-run --outdir): ${kib(b.rawBytes)} raw, ${kib(b.gzipBytes)} gzipped`)
    if (b.wranglerLine) parts.push(`wrangler: ${b.wranglerLine}`)
    const top = b.byInput.slice(0, 6).map((x) => `${x.input} ${kib(x.bytes)}`)
    if (top.length) parts.push(`Largest inputs (raw, before gzip): ${top.join(', ')}`)
  }
  if (r.http?.length) {
    const k = r.http[0]!.counts
    parts.push(
      `\nHTTP (autocannon on 127.0.0.1, ${k.connections} connections, a fixed number of requests in ${k.rounds} interleaved ` +
        'round(s) after a warm-up; req/s is the median of the rounds, latencies are pooled)',
    )
    const rows = [['server', 'run', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', '% of /health req/s']]
    for (const run of r.http) {
      for (const [name, l] of [['GET /health', run.health], ['POST miss', run.miss], ['POST hit', run.hit]] as const) {
        const share = `${((l.rps / run.health.rps) * 100).toFixed(0)} %`
        rows.push([run.server, name, String(l.requests), l.rps.toFixed(0), fmtMs(l.p50Ms), fmtMs(l.p99Ms), String(l.errors), String(l.non2xx), share])
      }
    }
    parts.push(table(rows))
    for (const run of r.http) {
      parts.push(`${run.server}: preflight ${JSON.stringify(run.preflight)}; ${run.serverLogLines} log lines printed during the runs`)
    }
    const kv = r.kvFloor
    if (kv) {
      parts.push(
        `Miniflare's KV simulator, timed inside a Worker (${kv.calls} calls each, ${kib(kv.valueBytes)} values, one at a time): ` +
          `put ${fmtMs(kv.putMs)} ms, get of a missing key ${fmtMs(kv.getMissMs)} ms, get of a stored key ${fmtMs(kv.getHitMs)} ms. ` +
          'A cache miss does one missing-key get and one put; /health does no KV call.',
      )
    }
  }
  const t = targets(r)
  if (t.length) {
    parts.push('\nTargets (information only; the exit code reflects only script or HTTP errors)')
    for (const x of t) parts.push(`${x.pass ? 'PASS' : 'FAIL'}  ${x.target}: ${x.value}`)
  }
  return parts.join('\n')
}
