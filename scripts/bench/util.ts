// Shared helpers of the benchmark: repository paths, the articles it reads, clocks, statistics and formatting.

import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const FIXTURE_PATH = resolve(ROOT, 'fixtures', 'press-briefing-guatemala-munich.txt')
export const CNN_PATH = resolve(ROOT, '..', 'shared', 'eval', 'dev', 'cnn.jsonl')
export const REPORT_DIR = resolve(ROOT, 'reports', 'bench')

/** Environment every wrangler / Miniflare process of the benchmark gets: no network fetches, no telemetry. */
export const WRANGLER_ENV = { CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' } as const
for (const [k, v] of Object.entries(WRANGLER_ENV)) process.env[k] = v

export interface Article {
  id: string
  text: string
}

/** The project's reference fixture: a real press briefing, page furniture included. */
export function loadFixture(): Article {
  return { id: 'fixture:press-briefing-guatemala-munich', text: readFileSync(FIXTURE_PATH, 'utf8') }
}

/** The first `count` CNN stories of the dev set (read in place, never copied into the repository). */
export function loadCnn(count: number, offset = 0): Article[] {
  if (!existsSync(CNN_PATH)) throw new Error(`dev set not found at ${CNN_PATH} (expected ../shared/eval/dev/cnn.jsonl)`)
  const lines = readFileSync(CNN_PATH, 'utf8').split('\n').filter((l) => l.trim() !== '')
  const out: Article[] = []
  for (const line of lines.slice(offset, offset + count)) {
    const rec = JSON.parse(line) as { id: string; text: string }
    out.push({ id: rec.id, text: rec.text })
  }
  if (out.length < count) throw new Error(`cnn.jsonl holds ${lines.length} records; ${offset + count} needed`)
  return out
}

/** Words as the benchmark counts them: runs of non-whitespace. */
export function countWords(text: string): number {
  const m = text.match(/\S+/g)
  return m ? m.length : 0
}

/** Milliseconds since an arbitrary origin, sub-microsecond resolution. */
export const now = (): number => performance.now()

/** Milliseconds one call of `fn` takes. */
export function timeOnce(fn: () => unknown): number {
  const t0 = performance.now()
  fn()
  return performance.now() - t0
}

/** The q-quantile (0..1) of the values, by linear interpolation between closest ranks. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN
  const s = [...values].sort((a, b) => a - b)
  const pos = (s.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo)
}

export const median = (values: readonly number[]): number => quantile(values, 0.5)
export const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length

/** A number rounded to `digits` significant digits, for the JSON report. */
export function sig(x: number, digits = 4): number {
  return Number.isFinite(x) ? Number(x.toPrecision(digits)) : x
}

/** Milliseconds for the table: three significant digits, never exponent notation. */
export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms)
  if (ms >= 100) return ms.toFixed(0)
  if (ms >= 10) return ms.toFixed(1)
  if (ms >= 1) return ms.toFixed(2)
  return ms.toFixed(3)
}

export function fmtRatio(r: number): string {
  return !Number.isFinite(r) ? String(r) : r >= 100 ? `${r.toFixed(0)}×` : r >= 10 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`
}

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KiB`

/** Renders rows as a fixed-width text table; the first row is the header. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')
  const rule = widths.map((w) => '-'.repeat(w)).join('  ')
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n')
}

/** Logs a progress line to stderr, so stdout carries only the report. */
export function progress(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`)
}

/** Runs `scripts/bench/child.ts <job>` in a fresh Node process (isolated heap and JIT) and returns what it wrote. */
export async function runChild<T>(job: string, args: string[], nodeFlags: string[] = []): Promise<{ result: T; stdout: string }> {
  const dir = mkdtempSync(resolve(tmpdir(), 'pressbrief-bench-child-'))
  const out = resolve(dir, 'result.json')
  const script = resolve(ROOT, 'scripts', 'bench', 'child.ts')
  try {
    const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', script, job, '--out', out, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const forget = owe(() => child.kill('SIGKILL'))
    let stdout = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    const code = await new Promise<number | null>((res, rej) => {
      child.on('error', rej)
      child.on('close', res)
    }).finally(forget)
    if (code !== 0) throw new Error(`bench child "${job} ${args.join(' ')}" exited with ${code}\n${stdout.slice(-2000)}`)
    return { result: JSON.parse(readFileSync(out, 'utf8')) as T, stdout }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Cleanups still owed (servers, child processes, temporary directories): `stopAll` runs them, `killAllSync` is the
 * last resort at process exit. Each has an async form and a synchronous one. */
export const owed = new Set<{ async: () => Promise<void>; sync: () => void }>()

/** Registers a synchronous cleanup for `stopAll` or process exit; returns its removal. */
export function owe(cleanup: () => void): () => void {
  const entry = { async: async () => cleanup(), sync: cleanup }
  owed.add(entry)
  return () => owed.delete(entry)
}

export async function stopAll(): Promise<void> {
  for (const c of [...owed]) {
    owed.delete(c)
    await c.async().catch((e: unknown) => progress(`cleanup failed: ${String(e)}`))
  }
}

export function killAllSync(): void {
  for (const c of owed) c.sync()
  owed.clear()
}
