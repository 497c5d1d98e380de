// Builds the deployable Worker with `wrangler deploy --dry-run --outdir`, sizes it raw and gzipped, and reads wrangler.toml.

import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { ROOT, WRANGLER_ENV, progress } from './util'

export const WRANGLER_BIN = resolve(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js')

export interface BundleResult {
  /** The bundled module Miniflare hosts. */
  scriptPath: string
  /** Directory holding it; removed by `dispose`. */
  outdir: string
  rawBytes: number
  /** zlib gzip at its default level 6, as `gzip` would compress it. */
  gzipBytes: number
  /** Wrangler's own "Total Upload: … / gzip: …" line, as printed. */
  wranglerLine: string | null
  /** Bytes of the bundle each npm package or source folder accounts for (esbuild metafile), largest first. */
  byInput: { input: string; bytes: number }[]
  dispose: () => void
}

/** Runs a command to completion, returning its exit code and combined output. */
export function run(cmd: string, args: string[], timeoutMs = 120_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...WRANGLER_ENV }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolvePromise({ code, output })
    })
  })
}

/** Bundles the Worker exactly as `wrangler deploy` would, without deploying it. */
export async function buildBundle(): Promise<BundleResult> {
  const outdir = mkdtempSync(join(tmpdir(), 'pressbrief-bench-bundle-'))
  const dispose = () => rmSync(outdir, { recursive: true, force: true })
  try {
    progress('bundle: wrangler deploy --dry-run --outdir <tmp>')
    const meta = join(outdir, 'meta.json')
    const args = [WRANGLER_BIN, 'deploy', '--dry-run', '--outdir', outdir, '--metafile', meta]
    const { code, output } = await run(process.execPath, args)
    const scriptPath = join(outdir, 'index.js')
    if (code !== 0 || !existsSync(scriptPath)) throw new Error(`wrangler deploy --dry-run failed (exit ${code}):\n${output}`)
    const bytes = readFileSync(scriptPath)
    const line = output.split('\n').find((l) => l.includes('Total Upload'))
    return {
      scriptPath,
      outdir,
      rawBytes: bytes.length,
      gzipBytes: gzipSync(bytes).length,
      wranglerLine: line ? line.trim() : null,
      byInput: existsSync(meta) ? bytesByInput(readFileSync(meta, 'utf8')) : [],
      dispose,
    }
  } catch (e) {
    dispose()
    throw e
  }
}

/** Groups an esbuild metafile's output bytes by npm package (node_modules/<pkg>) or by top two source folders. */
function bytesByInput(metafile: string): { input: string; bytes: number }[] {
  const parsed = JSON.parse(metafile) as { outputs: Record<string, { inputs?: Record<string, { bytesInOutput: number }> }> }
  const sums = new Map<string, number>()
  for (const [file, out] of Object.entries(parsed.outputs)) {
    if (!file.endsWith('index.js')) continue
    for (const [path, input] of Object.entries(out.inputs ?? {})) {
      const pkg = path.split('node_modules/').pop()!
      const parts = pkg.split('/')
      const key = path.includes('node_modules/') ? parts.slice(0, pkg.startsWith('@') ? 2 : 1).join('/') : parts.slice(0, 2).join('/')
      sums.set(key, (sums.get(key) ?? 0) + input.bytesInOutput)
    }
  }
  return [...sums].map(([input, bytes]) => ({ input, bytes })).sort((a, b) => b.bytes - a.bytes)
}

/** What Miniflare needs from wrangler.toml, read with wrangler's own config reader. */
export interface WorkerConfig {
  name: string
  compatibilityDate: string
  compatibilityFlags: string[]
  vars: Record<string, string>
  kvNamespaces: string[]
  /** Workers Rate Limiting bindings, as Miniflare takes them. */
  ratelimits: Record<string, { simple: { limit: number; period?: number } }>
}

/**
 * Reads wrangler.toml with wrangler's own reader. Importing wrangler installs a SIGINT handler that exits the process
 * at once, so the benchmark calls this only in a child process (`child.ts config`), never in its main process.
 */
export async function readWorkerConfig(): Promise<WorkerConfig> {
  const { unstable_readConfig } = await import('wrangler')
  const c = unstable_readConfig({ config: resolve(ROOT, 'wrangler.toml') })
  const vars: Record<string, string> = {}
  for (const [k, v] of Object.entries(c.vars ?? {})) vars[k] = typeof v === 'string' ? v : JSON.stringify(v)
  if (!c.compatibility_date) throw new Error('wrangler.toml has no compatibility_date')
  return {
    name: c.name ?? 'worker',
    compatibilityDate: c.compatibility_date,
    compatibilityFlags: c.compatibility_flags ?? [],
    vars,
    kvNamespaces: (c.kv_namespaces ?? []).map((ns: { binding: string }) => ns.binding),
    ratelimits: Object.fromEntries(
      (c.ratelimits ?? []).map((r: { name: string; simple: { limit: number; period?: number } }) => [r.name, { simple: r.simple }]),
    ),
  }
}
