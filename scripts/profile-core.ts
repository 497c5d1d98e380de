// Profiling and quick timing loop for the core: the fixture and 200 CNN dev articles, medians, optional A/B of two builds.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/profile-core.ts   # then read the .cpuprofile
//   npx tsx scripts/profile-core.ts --rounds 5                  # median ms per fixture call and per CNN article
//   npx tsx scripts/profile-core.ts --ab other/src/core/index.ts  # this core (or --core <file>) and another, interleaved
//   npx tsx scripts/profile-core.ts --words 200000               # one long document (CNN articles joined); --ab too
//
// Timing on a shared machine moves with its load: compare medians, and compare builds only within one run (--ab).
// Within one process the build loaded first runs faster (identical builds measured up to 25 % apart), so --ab also
// runs a second process with the two builds swapped and prints the ratio of the two orders' geometric mean
// (`--one-order` skips that).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readJsonl } from './jsonl'
import { flag, load, median, ROOT, type Summarize } from './profile-shared'

const fixture = readFileSync(join(ROOT, 'fixtures/press-briefing-guatemala-munich.txt'), 'utf8')
const articles = (readJsonl(resolve(ROOT, '../shared/eval/dev/cnn.jsonl')) as { text: string }[]).slice(0, 200).map((r) => r.text)

/** Median ms of one fixture call (over `calls`) and the median over articles of each article's median round. */
function round(summarize: Summarize, perArticle: number[][], fixtureTimes: number[], calls: number): void {
  for (let i = 0; i < calls; i++) {
    const t = performance.now()
    summarize(fixture, { sentences: 3 })
    fixtureTimes.push(performance.now() - t)
  }
  articles.forEach((text, i) => {
    const t = performance.now()
    summarize(text, { sentences: 3 })
    ;(perArticle[i] ??= []).push(performance.now() - t)
  })
}

async function main(): Promise<void> {
  const rounds = Number(flag('rounds') ?? 5)
  const words = flag('words')
  const builds: [string, Summarize][] = [['this', await load(flag('core') ?? join(ROOT, 'src/core/index.ts'))]]
  if (flag('ab')) builds.push(['other', await load(flag('ab')!)])
  if (words) {
    const parts: string[] = []
    let have = 0
    for (const r of readJsonl(resolve(ROOT, '../shared/eval/dev/cnn.jsonl')) as { text: string }[]) {
      if (have >= Number(words)) break
      parts.push(r.text)
      have += r.text.split(/\s+/).filter(Boolean).length
    }
    const doc = parts.join('\n\n')
    const times = new Map<string, number[]>(builds.map(([n]) => [n, []]))
    for (const [, s] of builds) s(doc, { sentences: 3 })
    for (let r = 0; r < rounds; r++)
      for (const [name, s] of builds) {
        const t = performance.now()
        s(doc, { sentences: 3 })
        times.get(name)!.push(performance.now() - t)
      }
    for (const [name, ts] of times) console.log(`${name}: ${have} words median ${median(ts).toFixed(1)} ms (${ts.map((t) => t.toFixed(0)).join(' ')})`)
    if (builds.length === 2 && !process.argv.includes('--one-order')) {
      const [mine, other] = [median(times.get('this')!), median(times.get('other')!)]
      swapped({ fx: mine, cnn: mine }, { fx: other, cnn: other }, rounds)
    }
    return
  }
  const state = builds.map(() => ({ perArticle: [] as number[][], fixture: [] as number[] }))
  // Warm-up, then interleaved rounds so that load from elsewhere falls on every build alike.
  builds.forEach(([, s], b) => round(s, [], [], 10))
  for (let r = 0; r < rounds; r++) builds.forEach(([, s], b) => round(s, state[b]!.perArticle, state[b]!.fixture, 20))
  const figures = builds.map(([name], b) => {
    const st = state[b]!
    const cnn = median(st.perArticle.map(median))
    const fx = median(st.fixture)
    console.log(`${name}: fixture median ${fx.toFixed(3)} ms, CNN median ${cnn.toFixed(3)} ms/article`)
    return { fx, cnn }
  })
  if (builds.length === 2 && !process.argv.includes('--one-order')) swapped(figures[0]!, figures[1]!, rounds)
}

/** Runs the A/B again in a fresh process with the builds in the other load order, and prints both orders' mean. */
function swapped(mine: { fx: number; cnn: number }, other: { fx: number; cnn: number }, rounds: number): void {
  const self = fileURLToPath(import.meta.url)
  const args = ['--import', 'tsx', self, '--core', resolve(flag('ab')!), '--ab', resolve(flag('core') ?? join(ROOT, 'src/core/index.ts'))]
  const words = flag('words')
  const more = words ? ['--words', words] : []
  const run = spawnSync(process.execPath, [...args, ...more, '--rounds', String(rounds), '--one-order'], { cwd: ROOT, encoding: 'utf8' })
  const read = (who: string) => {
    // A long-document run prints one median, read as both figures.
    const long = new RegExp(`^${who}: \\d+ words median ([\\d.]+) ms`, 'm').exec(run.stdout)
    if (long) return { fx: Number(long[1]), cnn: Number(long[1]) }
    const m = new RegExp(`^${who}: fixture median ([\\d.]+) ms, CNN median ([\\d.]+)`, 'm').exec(run.stdout)
    return m ? { fx: Number(m[1]), cnn: Number(m[2]) } : null
  }
  // In the swapped run, "this" is the other build and "other" is this one.
  const theirs = read('this')
  const ours = read('other')
  if (theirs === null || ours === null) {
    console.log(`swapped order: could not read the second run (exit ${run.status})`)
    return
  }
  const ratio = (a: number, b: number, c: number, d: number) => Math.sqrt((a / b) * (c / d)).toFixed(3)
  if (words) {
    console.log(`swapped order: this ${ours.fx.toFixed(1)} ms, other ${theirs.fx.toFixed(1)} ms`)
    console.log(`this ÷ other, geometric mean of both orders: ${words} words ${ratio(mine.fx, other.fx, ours.fx, theirs.fx)}`)
    return
  }
  console.log(`swapped order: this fixture ${ours.fx.toFixed(3)} ms, CNN ${ours.cnn.toFixed(3)}; other fixture ${theirs.fx.toFixed(3)} ms, CNN ${theirs.cnn.toFixed(3)}`)
  console.log(`this ÷ other, geometric mean of both orders: fixture ${ratio(mine.fx, other.fx, ours.fx, theirs.fx)}, CNN ${ratio(mine.cnn, other.cnn, ours.cnn, theirs.cnn)}`)
}

await main()
