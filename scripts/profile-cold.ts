// First-sight timing of the core: what an article costs when none of its words' caches has seen it, against a second sight.
//
//   npx tsx scripts/profile-cold.ts                                # this core: median ms per article, first and second sight
//   npx tsx scripts/profile-cold.ts --ab other/src/core/index.ts  # this core (or --core <file>) and another, interleaved
//   npx tsx scripts/profile-cold.ts --ab other.ts --runs 3        # three process pairs (default 2)
//
// A build is warmed on CNN dev records 0–199 (4 rounds), as a long-lived process would be; then each of records
// 200–1399 is summarized once on first sight and once again, each time from a fresh copy of its text, so that V8 can
// reuse no string-level cache (hashes, internalized slices) between the two. Real traffic (HTTP cache misses,
// short-lived Worker isolates) is mostly first sight. The 1,200 new articles also cross the word caches' bounds.
//
// With --ab both builds run in one child process, article by article (A first sight, B first sight, A again, B again),
// so that load from elsewhere on a shared machine falls on both alike; each article gives a ratio of the two builds'
// times and the figure is the median ratio. Within one process the build loaded first runs faster, so each run is a
// pair of child processes with the load order swapped, and the ratio printed is the geometric mean of the two orders.
import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readJsonl } from './jsonl'
import { flag, load, median, ROOT, type Summarize } from './profile-shared'

const WARM = 200
const WARM_ROUNDS = 4
const COLD_FROM = 200
const COLD_TO = 1400
const OPTIONS = { sentences: 3 }

const geomean = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length)

/** A copy of `s` with storage of its own: nothing V8 cached on the original string carries over. */
const fresh = (s: string) => Buffer.from(s, 'utf8').toString('utf8')

/** Wall ms of one call on a fresh copy of `text`. */
function timed(summarize: Summarize, text: string): number {
  const copy = fresh(text)
  const t = performance.now()
  summarize(copy, OPTIONS)
  return performance.now() - t
}

/** Per build, the ms of each new article on first sight and on second sight, the builds taking turns per article. */
async function measure(cores: string[]): Promise<{ first: number[]; second: number[] }[]> {
  const builds = await Promise.all(cores.map(load))
  const texts = (readJsonl(resolve(ROOT, '../shared/eval/dev/cnn.jsonl')) as { text: string }[]).map((r) => r.text)
  if (texts.length < COLD_TO) throw new Error(`cnn.jsonl holds ${texts.length} records; ${COLD_TO} are needed`)
  for (let r = 0; r < WARM_ROUNDS; r++) for (let i = 0; i < WARM; i++) for (const s of builds) s(fresh(texts[i]!), OPTIONS)
  const out = builds.map(() => ({ first: [] as number[], second: [] as number[] }))
  for (let i = COLD_FROM; i < COLD_TO; i++) {
    builds.forEach((s, b) => out[b]!.first.push(timed(s, texts[i]!)))
    builds.forEach((s, b) => out[b]!.second.push(timed(s, texts[i]!)))
  }
  return out
}

/** Per-article ratios of build 0 to build 1, as a child process prints them: `first <ratio> second <ratio> ...`. */
function report(out: { first: number[]; second: number[] }[]): string {
  const lines = out.map((o, b) => `build ${b} first ${median(o.first).toFixed(4)} second ${median(o.second).toFixed(4)}`)
  if (out.length === 2) {
    const ratio = (key: 'first' | 'second') => median(out[0]![key].map((t, i) => t / out[1]![key][i]!)).toFixed(4)
    lines.push(`ratio first ${ratio('first')} second ${ratio('second')}`)
  }
  return lines.join('\n')
}

/** One child process timing `cores` in that load order; its medians per build and its ratios of build 0 to build 1. */
function child(cores: string[]): { medians: { first: number; second: number }[]; first: number; second: number } {
  const self = fileURLToPath(import.meta.url)
  const run = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', cores.join(',')], { cwd: ROOT, encoding: 'utf8' })
  const ratio = /^ratio first ([\d.]+) second ([\d.]+)$/m.exec(run.stdout)
  if (!ratio) throw new Error(`child run failed (exit ${run.status}): ${run.stderr.slice(-2000)}`)
  const medians = [...run.stdout.matchAll(/^build (\d) first ([\d.]+) second ([\d.]+)$/gm)].map((m) => ({ first: Number(m[2]), second: Number(m[3]) }))
  return { medians, first: Number(ratio[1]), second: Number(ratio[2]) }
}

async function main(): Promise<void> {
  const only = flag('child')
  if (only !== undefined) {
    console.log(report(await measure(only.split(','))))
    return
  }
  const mine = resolve(flag('core') ?? join(ROOT, 'src/core/index.ts'))
  const other = flag('ab')
  if (other === undefined) {
    const [o] = await measure([mine])
    console.log(`first sight median ${median(o!.first).toFixed(3)} ms/article, second sight ${median(o!.second).toFixed(3)} ms/article`)
    return
  }
  const runs = Number(flag('runs') ?? 2)
  const first: number[] = []
  const second: number[] = []
  const medians = { this: [] as { first: number; second: number }[], other: [] as { first: number; second: number }[] }
  for (let r = 0; r < runs; r++) {
    // This build loaded first, then second: the ratio of the swapped run is inverted.
    const a = child([mine, resolve(other)])
    const b = child([resolve(other), mine])
    medians.this.push(a.medians[0]!, b.medians[1]!)
    medians.other.push(a.medians[1]!, b.medians[0]!)
    first.push(a.first, 1 / b.first)
    second.push(a.second, 1 / b.second)
    console.log(
      `run ${r + 1}: this ÷ other first sight ${a.first.toFixed(3)} (loaded first), ${(1 / b.first).toFixed(3)} (loaded second); ` +
        `second sight ${a.second.toFixed(3)}, ${(1 / b.second).toFixed(3)}`,
    )
  }
  for (const who of ['this', 'other'] as const) {
    const ms = medians[who]
    console.log(`${who}: first sight median ${median(ms.map((m) => m.first)).toFixed(3)} ms/article, second sight ${median(ms.map((m) => m.second)).toFixed(3)} ms/article`)
  }
  console.log(`this ÷ other, geometric mean of both orders: first sight ${geomean(first).toFixed(3)}, second sight ${geomean(second).toFixed(3)}`)
}

await main()
