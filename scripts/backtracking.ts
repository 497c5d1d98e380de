// Backtracking benchmark: adversarial inputs of growing size through every regex-bearing stage; time must grow linearly.
//
//   npm run bench:regex                      # 125K, 250K, 500K and 1M characters, fastest of 3 runs
//   npm run bench:regex -- --runs 1 --only summarize --sizes 62500,125000   # partial: writes only with --out
//
// Each input is built to hurt one kind of pattern (long runs that a greedy quantifier rescans, dotted acronyms,
// opening quotes that never close, …). For each (function, input) the table shows the CPU time of the fastest run at
// each size and the ratio per doubling: about 2 is linear, about 4 quadratic; a row is judged on its last doubling,
// and a row whose last doubling exceeds 3 is timed again at the largest size and twice it, in turns (a quadratic cost
// doubles to about 4 again; a garbage-collector step or a busy neighbour does not).
// The exponent is the slope of log(time) on log(size) over all sizes (the smallest carries fixed costs, so it reads
// low). CPU time, not wall time, because the machine is shared: waiting for a core adds no CPU time. The npm script
// gives V8 a 64 MB young generation: with the default 16 MB, a function that allocates a few hundred thousand small
// objects (tokens, lines) shows a one-off step where they start being promoted to the old generation — a garbage
// collector threshold, not a matching cost, and linear again past it (checked up to 4M characters).
// Functions that are not exported (segment's word look-ups, keypoints' clip, keywords' classify, structure's line
// splitting) run inside the exported function that calls them. Writes reports/bench/backtracking.json; exits 1
// when any row grows faster than linearly.

import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { analyze, isBody, summarize } from '../src/core/index.js'
import { datelinePrefixLength, isBoilerplateLine } from '../src/core/boilerplate.js'
import { findLists, listBullet, shorten } from '../src/core/keypoints.js'
import { keywords } from '../src/core/keywords.js'
import { normalize } from '../src/core/normalize.js'
import { contentStems, documentStats, features } from '../src/core/score.js'
import { segment } from '../src/core/segment.js'
import { listMarkerLength, looksLikeHeading, structure } from '../src/core/structure.js'
import { tokenize } from '../src/core/tokenize.js'
import { tidyText } from '../src/http/html.js'
import { decodeEntities } from '../src/http/html-entities.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const REPORT = resolve(ROOT, 'reports', 'bench', 'backtracking.json')

/** An adversarial input: a generator of about `n` characters. */
interface Input {
  name: string
  make: (n: number) => string
}

const fill = (unit: string, n: number) => unit.repeat(Math.max(1, Math.floor(n / unit.length)))

// The five the issue names, then the shapes that hurt a pattern of this code base at some point.
const BRIEF: Input[] = [
  { name: 'U.S.U.S.…', make: (n) => fill('U.S.', n) },
  { name: '......', make: (n) => fill('.', n) },
  { name: '“““…', make: (n) => fill('“', n) },
  { name: 'spaces', make: (n) => `Start${' '.repeat(n - 10)}end.` },
  { name: 'capitals', make: (n) => fill('A', n) },
]
const EXTRA: Record<string, Input> = Object.fromEntries(
  [
    { name: 'spaces then (aside)', make: (n: number) => `Start${' '.repeat(n - 20)}x (aside).` },
    { name: 'wrapped lines', make: (n: number) => `Start\n${fill('(x\n', n)}` },
    { name: 'one-word lines', make: (n: number) => fill('word\n', n) },
    { name: 'list of dot runs', make: (n: number) => `Points:\n• ${'.'.repeat(n / 2)} x\n• ${'.'.repeat(n / 2)} y\n` },
    { name: 'comma run', make: (n: number) => `${'word '.repeat(20)}${','.repeat(n - 200)}${' word'.repeat(20)}` },
    { name: 'Mr. Mr. …', make: (n: number) => fill('Mr. ', n) },
    { name: 'A. A. …', make: (n: number) => fill('A. ', n) },
    { name: '“a. B “a. B', make: (n: number) => fill('“a. B', n) },
    { name: '?"?"…', make: (n: number) => fill('?"', n) },
    { name: 'by-lines', make: (n: number) => fill('By John Smith Smith Smith Smith Smith - x\n', n) },
    { name: 'one long sentence', make: (n: number) => fill('word ', n) },
    { name: 'CAPS WORDS', make: (n: number) => fill('AB ', n) },
    { name: 'A,A,A', make: (n: number) => `A${','.repeat(n - 4)} (x` },
    { name: "a'a'a", make: (n: number) => fill("a'", n) },
    { name: '1.1.1.', make: (n: number) => fill('1.', n) },
    { name: '-----', make: (n: number) => fill('-', n) },
    { name: '((((', make: (n: number) => fill('(', n) },
    { name: 'emoji', make: (n: number) => fill('😀', n) },
    { name: 'combining marks', make: (n: number) => fill('e\u0301', n) },
    { name: '&#32; entities', make: (n: number) => fill('&#32;', n) },
    { name: '&&&&', make: (n: number) => fill('&', n) },
    { name: 'spaces and newlines', make: (n: number) => fill(`${' '.repeat(50)}x\n`, n) },
  ].map((input) => [input.name, input]),
)
const extra = (...names: string[]) => names.map((name) => EXTRA[name]!)

/** A function under test: `prepare` builds its argument from the text (not timed), `run` is timed. */
interface Target {
  name: string
  inputs: Input[]
  prepare?: (text: string) => unknown
  run: (arg: never) => unknown
}

/** Body sentences as the scorer and keyphrase stage receive them. */
function sentencesOf(text: string) {
  const body = analyze(text).sentences.filter(isBody)
  return body.map((s, i) => ({ tokens: tokenize(s.norm), norm: s.norm, offset: 0, bodyIndex: i, inParagraph: s.inParagraph }))
}

const TARGETS: Target[] = [
  { name: 'summarize', inputs: [...BRIEF, ...Object.values(EXTRA)], run: (text: string) => summarize(text) },
  { name: 'normalize', inputs: [...BRIEF, ...extra('combining marks', 'emoji', 'spaces and newlines')], run: (text: string) => normalize(text) },
  {
    name: 'structure',
    inputs: [...BRIEF, ...extra('wrapped lines', 'one-word lines', 'list of dot runs', 'by-lines', 'spaces and newlines')],
    prepare: (text) => normalize(text).text,
    run: (text: string) => structure(text),
  },
  {
    name: 'looksLikeHeading+listMarkerLength',
    inputs: [...BRIEF, ...extra('?"?"…', '-----')],
    run: (text: string) => [looksLikeHeading(text), listMarkerLength(text)],
  },
  {
    name: 'segment',
    inputs: [...BRIEF, ...extra('Mr. Mr. …', 'A. A. …', '“a. B “a. B', '?"?"…', '1.1.1.', 'one long sentence')],
    prepare: (text) => normalize(text).text,
    run: (text: string) => segment(text),
  },
  {
    name: 'tokenize',
    inputs: [...BRIEF, ...extra("a'a'a", '1.1.1.', '-----', 'one long sentence', 'combining marks')],
    run: (text: string) => tokenize(text),
  },
  {
    name: 'isBoilerplateLine (per 200-char line)',
    inputs: [...BRIEF, ...extra('by-lines', 'CAPS WORDS', 'comma run')],
    run: (text: string) => {
      for (let i = 0; i < text.length; i += 200) isBoilerplateLine(text.slice(i, i + 200))
    },
  },
  {
    name: 'datelinePrefixLength',
    inputs: [...BRIEF, ...extra('CAPS WORDS', 'A,A,A', 'by-lines')],
    run: (text: string) => datelinePrefixLength(text),
  },
  {
    name: 'shorten',
    inputs: [...BRIEF, ...extra('spaces then (aside)', 'comma run', 'one long sentence', '((((')],
    run: (text: string) => shorten(text),
  },
  {
    name: 'findLists+listBullet',
    inputs: [...BRIEF, ...extra('list of dot runs')],
    prepare: (text) => analyze(text).sentences.filter(isBody),
    run: (body: ReturnType<typeof analyze>['sentences']) => findLists(body).map(listBullet),
  },
  {
    name: 'keywords',
    inputs: [...BRIEF, ...extra('one long sentence', 'CAPS WORDS', "a'a'a", 'one-word lines')],
    prepare: (text) => sentencesOf(text),
    run: (sentences: ReturnType<typeof sentencesOf>) => keywords(sentences),
  },
  {
    name: 'features (score)',
    inputs: [...BRIEF, ...extra('?"?"…', 'one long sentence')],
    prepare: (text) => {
      const sentences = sentencesOf(text)
      return { sentences, stats: documentStats(sentences.map((s) => s.tokens), []) }
    },
    run: ({ sentences, stats }: { sentences: ReturnType<typeof sentencesOf>; stats: ReturnType<typeof documentStats> }) =>
      sentences.map((s) => [features({ ...s, listItem: false }, stats), contentStems(s.tokens)]),
  },
  {
    name: 'decodeEntities+tidyText (html)',
    inputs: [...BRIEF, ...extra('&#32; entities', '&&&&', 'spaces and newlines')],
    run: (text: string) => tidyText(decodeEntities(text)),
  },
]

interface Row {
  target: string
  input: string
  sizes: number[]
  /** Fastest CPU milliseconds per size; null where the budget stopped the row. */
  ms: (number | null)[]
  ratios: (number | null)[]
  exponent: number | null
  /** For a row whose last doubling looked super-linear: one more doubling, to tell a step from a trend. */
  confirm?: { size: number; ms: number; ratio: number }
  verdict: 'linear' | 'fast' | 'SUPERLINEAR'
}

const gc = (globalThis as { gc?: () => void }).gc

/**
 * CPU milliseconds of one call (user + system, this process): other work on a shared machine delays the call on the
 * wall clock but does not add CPU time to it.
 */
function timeOnce(target: Target, arg: unknown): number {
  gc?.()
  const start = process.cpuUsage()
  target.run(arg as never)
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/** Slope of log(ms) on log(size): 1 is linear, 2 quadratic. */
function exponentOf(sizes: number[], ms: (number | null)[]): number | null {
  const points: [number, number][] = []
  sizes.forEach((s, i) => {
    const m = ms[i]
    if (m !== null && m !== undefined && m > 0) points.push([Math.log(s), m])
  })
  if (points.length < 2) return null
  const xs = points.map((p) => p[0])
  const ys = points.map((p) => Math.log(p[1]))
  const mx = xs.reduce((a, b) => a + b) / xs.length
  const my = ys.reduce((a, b) => a + b) / ys.length
  let num = 0
  let den = 0
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my)
    den += (xs[i]! - mx) ** 2
  }
  return num / den
}

function measure(target: Target, input: Input, sizes: number[], runs: number, budgetMs: number, confirmSteps = true): Row {
  const ms: (number | null)[] = []
  let stopped = false
  // One untimed pass at the smallest size, so the first timed size does not pay for compiling the code.
  const warm = input.make(sizes[0]!)
  timeOnce(target, target.prepare ? target.prepare(warm) : warm)
  for (const size of sizes) {
    if (stopped) {
      ms.push(null)
      continue
    }
    const text = input.make(size)
    const arg = target.prepare ? target.prepare(text) : text
    const times: number[] = []
    for (let r = 0; r < runs; r++) {
      times.push(timeOnce(target, arg))
      if (times[times.length - 1]! > budgetMs) break
    }
    // The fastest run: noise only ever adds time.
    const m = Math.min(...times)
    ms.push(m)
    // Past the budget the next size would take too long to be worth waiting for: the growth is already shown.
    if (Math.max(...times) > budgetMs) stopped = true
  }
  const ratios = ms.slice(1).map((m, i) => (m !== null && ms[i] !== null && ms[i]! > 0 ? m / ms[i]! : null))
  const exponent = exponentOf(sizes, ms)
  const largest = ms.filter((m): m is number => m !== null).at(-1) ?? 0
  // Judged on the last doubling, where fixed costs and timer noise matter least: quadratic growth gives about 4
  // there, linear about 2; 3 leaves room for a noisy machine. Below 20 ms at the largest size, noise dominates.
  const last = ratios.at(-1) ?? null
  let suspect = stopped || (largest >= 20 && last !== null && last > 3)
  let confirm: Row['confirm']
  if (suspect && !stopped && confirmSteps) {
    // One step over 3 can be the garbage collector crossing a threshold, or a busy neighbour; a matching cost that
    // grows faster than linearly does it again at the next doubling (about 4 again for a quadratic one). The largest
    // size and its double are timed in turns, so that a change in the machine's load hits both alike.
    const size = sizes.at(-1)! * 2
    const argOf = (n: number) => {
      const text = input.make(n)
      return target.prepare ? target.prepare(text) : text
    }
    const base = argOf(sizes.at(-1)!)
    const next = argOf(size)
    const baseTimes: number[] = []
    const nextTimes: number[] = []
    for (let r = 0; r < Math.max(3, runs); r++) {
      baseTimes.push(timeOnce(target, base))
      nextTimes.push(timeOnce(target, next))
    }
    const time = Math.min(...nextTimes)
    confirm = { size, ms: time, ratio: time / Math.min(...baseTimes) }
    suspect = confirm.ratio > 3
  }
  const verdict: Row['verdict'] = suspect ? 'SUPERLINEAR' : largest < 20 ? 'fast' : 'linear'
  return { target: target.name, input: input.name, sizes, ms, ratios, exponent, ...(confirm ? { confirm } : {}), verdict }
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length))
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s)
const fmtMs = (m: number | null) => (m === null ? '—' : m < 10 ? m.toFixed(2) : m < 100 ? m.toFixed(1) : m.toFixed(0))
const fmtSize = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}K`)

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
  } catch {
    return null
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '125000,250000,500000,1000000' },
      runs: { type: 'string', default: '3' },
      budget: { type: 'string', default: '15000' },
      only: { type: 'string' },
      out: { type: 'string' },
    },
  })
  // A partial run (other sizes, fewer runs, some functions) writes a report only where `--out` says.
  const partial = values.only !== undefined || values.sizes !== '125000,250000,500000,1000000' || values.runs !== '3'
  const report = values.out !== undefined ? resolve(values.out) : partial ? null : REPORT
  const sizes = values.sizes.split(',').map(Number)
  const runs = Number(values.runs)
  const budgetMs = Number(values.budget)
  const targets = values.only ? TARGETS.filter((t) => t.name.startsWith(values.only!)) : TARGETS
  if (!gc) console.log('(run with node --expose-gc --max-semi-space-size=64 for steadier figures; npm run bench:regex does)')
  console.log(`sizes in characters: ${sizes.map(fmtSize).join(', ')}; fastest of ${runs} run(s); CPU ms\n`)

  const header =
    `${pad('function', 36)}${pad('input', 22)}` +
    sizes.map((s) => lpad(fmtSize(s), 9)).join('') +
    `  ${pad('× per doubling', 18)}${lpad('exp', 6)}  verdict`
  console.log(header)
  console.log('-'.repeat(header.length))
  const rows: Row[] = []
  const started = performance.now()
  for (const target of targets) {
    for (const input of target.inputs) {
      const row = measure(target, input, sizes, runs, budgetMs)
      rows.push(row)
      console.log(
        `${pad(row.target, 36)}${pad(row.input, 22)}` +
          row.ms.map((m) => lpad(fmtMs(m), 9)).join('') +
          `  ${pad(row.ratios.map((r) => (r === null ? '—' : r.toFixed(1))).join(' '), 18)}` +
          `${lpad(row.exponent === null ? '—' : row.exponent.toFixed(2), 6)}  ${row.verdict}` +
          (row.confirm ? ` (rechecked ${fmtSize(row.confirm.size / 2)}→${fmtSize(row.confirm.size)}: ×${row.confirm.ratio.toFixed(1)})` : ''),
      )
    }
  }
  const bad = rows.filter((r) => r.verdict === 'SUPERLINEAR')
  const seconds = (performance.now() - started) / 1000
  const worst = rows.filter((r) => r.verdict === 'linear').sort((a, b) => (b.exponent ?? 0) - (a.exponent ?? 0))[0]
  console.log(
    `\n${rows.length} rows in ${seconds.toFixed(0)} s: ${rows.filter((r) => r.verdict === 'linear').length} linear, ` +
      `${rows.filter((r) => r.verdict === 'fast').length} under 20 ms at every size, ${bad.length} super-linear.` +
      (worst ? ` Steepest linear row: ${worst.target} on ${worst.input}, exponent ${worst.exponent!.toFixed(2)}.` : ''),
  )
  for (const r of bad) console.log(`SUPERLINEAR: ${r.target} on ${r.input}`)

  if (report === null) {
    console.log('partial run: no report written (use --out to write one)')
    process.exitCode = bad.length > 0 ? 1 : 0
    return
  }
  mkdirSync(dirname(report), { recursive: true })
  writeFileSync(
    report,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        commit: gitCommit(),
        node: process.version,
        sizes,
        runs,
        budgetMs,
        seconds: Math.round(seconds),
        summary: { rows: rows.length, superlinear: bad.length },
        rows: rows.map((r) => ({
          ...r,
          ms: r.ms.map((m) => (m === null ? null : Math.round(m * 100) / 100)),
          ratios: r.ratios.map((x) => (x === null ? null : Math.round(x * 100) / 100)),
          ...(r.confirm ? { confirm: { size: r.confirm.size, ms: Math.round(r.confirm.ms * 100) / 100, ratio: Math.round(r.confirm.ratio * 100) / 100 } } : {}),
          exponent: r.exponent === null ? null : Math.round(r.exponent * 100) / 100,
        })),
      },
      null,
      2,
    )}\n`,
  )
  console.log(`wrote ${report.startsWith(ROOT) ? report.slice(ROOT.length + 1) : report}`)
  process.exitCode = bad.length > 0 ? 1 : 0
}

main()
