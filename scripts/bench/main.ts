// `npm run bench`: runs every section, prints the table and targets, writes reports/bench/{bench.json,*.svg}.
//
// Flags: --quick (fewer rounds and requests), --only core,scaling,memory,bundle,http, --core <module> (time another
// build of the core), --out <dir> (where to write; a full run writes reports/bench, a partial one writes nothing
// unless --out is given). Exit code: 0, or 1 when the script breaks or an HTTP run saw errors or non-2xx answers.

import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg } from 'node:os'
import { relative, resolve } from 'node:path'
import { buildBundle, type BundleResult, type WorkerConfig } from './bundle'
import { runCore } from './core'
import { measureKvFloor } from './kvfloor'
import { HTTP_COUNTS, HTTP_COUNTS_QUICK, runHttp } from './http'
import { runMemory } from './memory'
import { render, targets, httpFailures, type Results } from './report'
import { runScaling } from './scaling'
import { startMiniflare, startWranglerDev } from './servers'
import { coreChart, scalingChart } from './svg'
import { REPORT_DIR, ROOT, killAllSync, loadCnn, owe, progress, runChild, stopAll } from './util'

const SECTIONS = ['core', 'scaling', 'memory', 'bundle', 'http'] as const
type Section = (typeof SECTIONS)[number]

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return null
  }
}

async function main(): Promise<number> {
  const quick = process.argv.includes('--quick')
  const corePath = flag('core')
  const only = flag('only')?.split(',').map((s) => s.trim()) ?? [...SECTIONS]
  for (const s of only) if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`--only: unknown section ${s}`)
  const want = (s: Section) => only.includes(s)
  const full = !quick && !corePath && only.length === SECTIONS.length
  const outDir = flag('out') ? resolve(flag('out')!) : full ? REPORT_DIR : null

  const env = {
    date: new Date().toISOString(),
    node: process.version,
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    commit: git(['rev-parse', '--short', 'HEAD']),
    srcChanged: (git(['status', '--porcelain', '--', 'src']) ?? '') !== '',
    /** 1-minute load average when the run started; other processes on the machine skew every figure. */
    loadAverageAtStart: Number(loadavg()[0]!.toFixed(2)),
    quick,
    sections: only,
    ...(corePath ? { core: corePath } : {}),
  }
  const header =
    `pressbrief bench: node ${env.node}, nproc ${env.nproc} (${env.cpu}), commit ${env.commit ?? '?'}` +
    `${env.srcChanged ? ' with uncommitted changes under src/' : ''}, load average ${env.loadAverageAtStart}` +
    `${quick ? ', --quick' : ''}`

  const results: Results = {}
  let bundle: BundleResult | undefined
  try {
    if (want('core')) results.core = await runCore(quick, corePath)
    if (want('scaling')) results.scaling = await runScaling(quick, corePath)
    if (want('memory')) results.memory = await runMemory(corePath)
    // After the timed sections: wrangler's build leaves an esbuild process busy for a second or two after it exits,
    // which would share the cores with the core section's first calls and fixture slices.
    if (want('bundle') || want('http')) {
      bundle = await buildBundle()
      owe(bundle.dispose)
      const { scriptPath: _s, outdir: _o, dispose: _d, ...sizes } = bundle
      results.bundle = sizes
    }
    if (want('http') && bundle) {
      const counts = quick ? HTTP_COUNTS_QUICK : HTTP_COUNTS
      const fresh = loadCnn(1000, 200) // misses: stories the core section did not use, each with a unique line added
      const hitArticle = loadCnn(1)[0]!
      results.http = []
      progress('http: Miniflare (bundled Worker, in process)')
      const config = (await runChild<WorkerConfig>('config', [])).result
      const mf = await startMiniflare(bundle.scriptPath, config)
      try {
        results.http.push(await runHttp(mf, fresh, hitArticle, counts))
      } finally {
        await mf.stop()
      }
      progress('http: timing Miniflare\'s KV simulator')
      results.kvFloor = await measureKvFloor(config.compatibilityDate)
      progress('http: wrangler dev')
      const dev = await startWranglerDev()
      try {
        results.http.push(await runHttp(dev, fresh, hitArticle, counts))
      } finally {
        await dev.stop()
      }
    }
  } finally {
    await stopAll() // servers, then the bundle's temporary directory
  }

  process.stdout.write(`${render(results, header)}\n`)
  if (outDir) {
    mkdirSync(outDir, { recursive: true })
    writeFileSync(resolve(outDir, 'bench.json'), `${JSON.stringify({ env, ...results, targets: targets(results) }, null, 2)}\n`)
    const commit = `commit ${env.commit ?? '?'}${env.srcChanged ? ' + uncommitted src/' : ''}`
    const caption = `Node ${env.node} · ${env.nproc} cores · load ${env.loadAverageAtStart} · ${commit} · ${env.date.slice(0, 10)}`
    if (results.core) {
      const c = results.core
      writeFileSync(resolve(outDir, 'core-ms-per-article.svg'), coreChart(c.rows, `k = ${c.k} sentences · ${c.cnnArticles} CNN dev articles · ${caption}`))
    }
    if (results.scaling) writeFileSync(resolve(outDir, 'scaling-time-vs-words.svg'), scalingChart(results.scaling.points, caption))
    process.stdout.write(`\nWrote ${relative(ROOT, outDir) || '.'}/: bench.json and the charts\n`)
  } else {
    process.stdout.write('\nPartial or --quick run: no report written (pass --out <dir> to write one).\n')
  }
  const httpBad = (results.http ?? []).reduce((n, run) => n + httpFailures(run), 0)
  if (httpBad > 0) process.stderr.write(`[bench] ${httpBad} HTTP errors or non-2xx answers: exit 1\n`)
  return httpBad > 0 ? 1 : 0
}

// Stop everything started, whatever ends the run.
process.on('exit', killAllSync)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    progress(`${signal}: stopping servers`)
    void stopAll().finally(() => process.exit(130))
  })
}

main().then(
  (code) => process.exit(code),
  async (e: unknown) => {
    process.stderr.write(`[bench] failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    await stopAll()
    process.exit(1)
  },
)
