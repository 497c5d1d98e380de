// `npm run eval -- <file.jsonl> [--limit N] [--k N]`: ROUGE of pressbrief's summary and key points against a Lead-k baseline.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { analyze, summarize } from '../src/core/index'
import { readJsonl } from './jsonl'
import { provenance, REPO_ROOT, type Provenance } from './provenance'
import { rouge, type RougeScores } from './rouge'

/** One record of an eval set (see /work/shared/eval/README.md). Extra fields are ignored. */
export interface EvalRecord {
  id: string
  text: string
  /** Reference summary, one sentence (or highlight) per element. */
  reference: string[]
  title?: string
}

type System = 'lead' | 'summary' | 'keyPoints'
type Metric = keyof RougeScores
const SYSTEMS: readonly System[] = ['lead', 'summary', 'keyPoints']
const METRICS: readonly Metric[] = ['rouge1', 'rouge2', 'rougeLsum']
const METRIC_LABEL: Record<Metric, string> = { rouge1: 'R1', rouge2: 'R2', rougeLsum: 'RLsum' }

/** Mean precision, recall and F1 (× 100) of one system on one metric. */
export interface Figure {
  p: number
  r: number
  f: number
}

/** What `reports/eval/<dataset>.json` holds: aggregate figures only, never dataset text. */
export interface EvalReport extends Provenance {
  dataset: string
  summarizerVersion: string | null
  /** `k` is the sentence count used for every record, or `'reference'` when it follows each reference's length. */
  options: { limit: number | null; k: number | 'reference'; kFromFlag: boolean }
  records: number
  errors: number
  rouge: Record<System, Record<Metric, Figure>>
  /** F1 of each pressbrief system minus Lead-k's, × 100. */
  deltaVsLead: Record<Exclude<System, 'lead'>, Record<Metric, number>>
  timing: { medianMs: number; p99Ms: number; meanMs: number }
  notes: {
    /** Records whose summary came back with fewer sentences than asked (after the core's 1–20 clamp). */
    shortSummaries: number
    /** Records with fewer key points than asked (after the core's 1–10 clamp). */
    shortKeyPoints: number
    /** Records where k exceeded the key-point limit, so key points were capped. */
    kAboveBulletLimit: number
    /** Records where Lead-k found fewer than k body sentences. */
    shortLead: number
  }
}

const SYSTEM_LABEL: Record<System, string> = {
  lead: 'Lead-k',
  summary: 'pressbrief summary',
  keyPoints: 'pressbrief key points',
}

// Mirrors LIMITS in src/core/options.ts; restated rather than imported so that a change there shows up here as a
// "short" count instead of silently moving the goalposts.
const MAX_SENTENCES = 20
const MAX_BULLETS = 10


interface Args {
  file: string
  limit: number | null
  k: number | null
}

function usage(): never {
  console.error('usage: npm run eval -- <file.jsonl> [--limit N] [--k N]')
  process.exit(2)
}

function parseArgs(argv: readonly string[]): Args {
  let file: string | null = null
  let limit: number | null = null
  let k: number | null = null
  const positiveInt = (flag: string, v: string | undefined): number => {
    const n = Number(v)
    if (v === undefined || !Number.isInteger(n) || n < 1) {
      console.error(`${flag} needs a positive integer, got ${v ?? 'nothing'}`)
      usage()
    }
    return n
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split('=', 2) : [arg, undefined]
    if (flag === '--limit') limit = positiveInt('--limit', inline ?? argv[++i])
    else if (flag === '--k') k = positiveInt('--k', inline ?? argv[++i])
    else if (flag === '--help' || flag === '-h') usage()
    else if (arg.startsWith('-')) {
      console.error(`unknown option ${arg}`)
      usage()
    } else if (file === null) file = arg
    else {
      console.error(`unexpected argument ${arg}`)
      usage()
    }
  }
  if (file === null) usage()
  return { file, limit, k }
}

// npm runs scripts from the repo root, but a path typed in a subdirectory is relative to where it was typed
// (INIT_CWD); accept either, plus the repo root itself when tsx is run directly from elsewhere.
function resolveInput(file: string): string | null {
  const bases = [process.cwd(), process.env.INIT_CWD, REPO_ROOT].filter((b): b is string => Boolean(b))
  for (const base of bases) {
    const candidate = path.resolve(base, file)
    if (existsSync(candidate)) return candidate
  }
  return null
}

function toRecord(value: unknown, line: number, file: string): EvalRecord {
  const v = value as Partial<Record<keyof EvalRecord, unknown>> | null
  const ok =
    v !== null &&
    typeof v === 'object' &&
    typeof v.id === 'string' &&
    typeof v.text === 'string' &&
    Array.isArray(v.reference) &&
    v.reference.every((s) => typeof s === 'string') &&
    (v.title === undefined || v.title === null || typeof v.title === 'string')
  if (!ok) throw new Error(`${file}: record ${line} lacks id/text/reference[] (or has a non-string title)`)
  return {
    id: v.id as string,
    text: v.text as string,
    reference: v.reference as string[],
    ...(typeof v.title === 'string' ? { title: v.title } : {}),
  }
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)))
  return sorted[rank - 1]!
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits
const fmt = (x: number) => x.toFixed(2)
const signed = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(2)

// The summarizer promises a sentence per element, but a span may run across a line break; for ROUGE-Lsum each
// candidate sentence must stay one line.
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim()

function main(): void {
  const args = parseArgs(process.argv.slice(2))
  const file = resolveInput(args.file)
  if (file === null) {
    console.error(`eval: no such file: ${args.file} (looked in ${process.cwd()}${process.env.INIT_CWD ? `, ${process.env.INIT_CWD}` : ''}, ${REPO_ROOT})`)
    process.exit(1)
  }
  const dataset = path.basename(file).replace(/\.jsonl$/i, '')
  const all = readJsonl(file).map((v, i) => toRecord(v, i + 1, file))
  const records = args.limit === null ? all : all.slice(0, args.limit)
  if (records.length === 0) {
    console.error(`eval: ${file} has no records`)
    process.exit(1)
  }
  // CNN/DailyMail convention is 3 sentences; BBC's references are extractive, so they are matched in length.
  const cnnLike = /cnn/i.test(dataset) || all.every((r) => r.title === undefined)
  const kFixed = args.k ?? (cnnLike ? 3 : null)
  const kOf = (r: EvalRecord) => kFixed ?? Math.max(1, r.reference.length)

  const sums = Object.fromEntries(
    SYSTEMS.map((s) => [s, Object.fromEntries(METRICS.map((m) => [m, { p: 0, r: 0, f: 0 }]))]),
  ) as Record<System, Record<Metric, Figure>>
  const add = (system: System, scores: RougeScores) => {
    for (const m of METRICS) {
      sums[system][m].p += scores[m].precision
      sums[system][m].r += scores[m].recall
      sums[system][m].f += scores[m].f
    }
  }
  const times: number[] = []
  const notes = { shortSummaries: 0, shortKeyPoints: 0, kAboveBulletLimit: 0, shortLead: 0 }
  const examples: Record<keyof typeof notes | 'errors', string[]> = {
    shortSummaries: [],
    shortKeyPoints: [],
    kAboveBulletLimit: [],
    shortLead: [],
    errors: [],
  }
  const note = (key: keyof typeof examples, id: string) => {
    if (key !== 'errors') notes[key]++
    if (examples[key].length < 5) examples[key].push(id)
  }
  let errors = 0
  let version: string | null = null

  // One untimed call first, so module initialisation and the first JIT pass do not land in the p99.
  try {
    summarize(records[0]!.text, { sentences: kOf(records[0]!), bullets: kOf(records[0]!), title: records[0]!.title })
  } catch {
    // The loop below records the failure against the record.
  }

  for (const [n, rec] of records.entries()) {
    const k = kOf(rec)
    const reference = rec.reference
    const title = rec.title
    try {
      const doc = analyze(rec.text, { title })
      const lead = doc.sentences
        .filter((s) => s.kind === 'paragraph' || s.kind === 'list-item')
        .slice(0, k)
        .map((s) => oneLine(s.text))
      if (lead.length < k) note('shortLead', rec.id)
      add('lead', rouge(reference, lead))

      const t0 = performance.now()
      const result = summarize(rec.text, { sentences: k, bullets: k, title })
      times.push(performance.now() - t0)
      version ??= result.version
      if (result.sentences.length < Math.min(k, MAX_SENTENCES)) note('shortSummaries', rec.id)
      if (result.keyPoints.length < Math.min(k, MAX_BULLETS)) note('shortKeyPoints', rec.id)
      if (k > MAX_BULLETS) note('kAboveBulletLimit', rec.id)
      add('summary', rouge(reference, result.sentences.map((s) => oneLine(s.text))))
      add('keyPoints', rouge(reference, result.keyPoints.map((s) => oneLine(s.text))))
    } catch (err) {
      // A crash scores 0 for every system on that record (sums untouched), so failures cannot flatter the figures.
      errors++
      note('errors', `${rec.id}: ${(err as Error).message}`)
    }
    if (process.stderr.isTTY && (n + 1) % 100 === 0) process.stderr.write(`\r${n + 1}/${records.length}`)
  }
  if (process.stderr.isTTY) process.stderr.write('\r')

  const count = records.length
  const mean = (x: number) => round((100 * x) / count)
  const figures = Object.fromEntries(
    SYSTEMS.map((s) => [
      s,
      Object.fromEntries(METRICS.map((m) => [m, { p: mean(sums[s][m].p), r: mean(sums[s][m].r), f: mean(sums[s][m].f) }])),
    ]),
  ) as Record<System, Record<Metric, Figure>>
  const delta = (s: Exclude<System, 'lead'>) =>
    Object.fromEntries(METRICS.map((m) => [m, round(figures[s][m].f - figures.lead[m].f)])) as Record<Metric, number>
  const sorted = [...times].sort((a, b) => a - b)
  const report: EvalReport = {
    dataset,
    ...provenance(file, 'src/core'),
    summarizerVersion: version,
    options: { limit: args.limit, k: kFixed ?? 'reference', kFromFlag: args.k !== null },
    records: count,
    errors,
    rouge: figures,
    deltaVsLead: { summary: delta('summary'), keyPoints: delta('keyPoints') },
    timing: {
      medianMs: round(percentile(sorted, 0.5), 3),
      p99Ms: round(percentile(sorted, 0.99), 3),
      meanMs: round(sorted.reduce((a, b) => a + b, 0) / Math.max(sorted.length, 1), 3),
    },
    notes,
  }

  printReport(report)
  for (const [key, ids] of Object.entries(examples)) {
    if (ids.length > 0) console.log(`  ${key}: ${ids.join(', ')}${ids.length === 5 ? ', …' : ''}`)
  }

  const out = path.join(REPO_ROOT, 'reports', 'eval', `${dataset}.json`)
  if (existsSync(out)) printChange(JSON.parse(readFileSync(out, 'utf8')) as EvalReport, report)
  mkdirSync(path.dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nwrote ${path.relative(REPO_ROOT, out)}`)
}

function printReport(r: EvalReport): void {
  const lead = r.options.k === 'reference' ? 'Lead-k (k = reference sentences)' : `Lead-${r.options.k}`
  const label = (s: System) => (s === 'lead' ? lead : SYSTEM_LABEL[s])
  const width = Math.max(...SYSTEMS.map((s) => label(s).length))
  const row = (cells: string[]) => `| ${cells[0]!.padEnd(width)} | ${cells.slice(1).map((c) => c.padStart(6)).join(' | ')} |`
  console.log(`\n${r.dataset}: ${r.records} records${r.options.limit !== null ? ` (--limit ${r.options.limit})` : ''}, commit ${r.commit}${r.dirty ? ' + uncommitted src/core' : ''}, ROUGE F1 × 100`)
  console.log(row(['system', ...METRICS.map((m) => METRIC_LABEL[m])]))
  console.log(`|${'-'.repeat(width + 2)}|${METRICS.map(() => '-'.repeat(8)).join('|')}|`)
  for (const s of SYSTEMS) console.log(row([label(s), ...METRICS.map((m) => fmt(r.rouge[s][m].f))]))
  for (const s of ['summary', 'keyPoints'] as const) {
    console.log(`Δ ${SYSTEM_LABEL[s]} vs ${lead}: ${METRICS.map((m) => `${METRIC_LABEL[m]} ${signed(r.deltaVsLead[s][m])}`).join(', ')}`)
  }
  console.log(`summarize: median ${r.timing.medianMs.toFixed(2)} ms, p99 ${r.timing.p99Ms.toFixed(2)} ms per call`)
  const n = r.notes
  console.log(
    `errors ${r.errors}; short summaries ${n.shortSummaries}; short key points ${n.shortKeyPoints}; ` +
      `k above key-point limit ${n.kAboveBulletLimit}; Lead-k short ${n.shortLead}`,
  )
}

function printChange(prev: EvalReport, now: EvalReport): void {
  console.log(`\nchange against the previous report (commit ${prev.commit}${prev.dirty ? '+dirty' : ''}, ${prev.date}):`)
  if (JSON.stringify(prev.options) !== JSON.stringify(now.options) || prev.records !== now.records) {
    console.log(`  note: options or record count differ (before ${JSON.stringify(prev.options)}, ${prev.records} records)`)
  }
  for (const s of SYSTEMS) {
    const cells = METRICS.map((m) => {
      const before = prev.rouge?.[s]?.[m]?.f
      return before === undefined ? `${METRIC_LABEL[m]} n/a` : `${METRIC_LABEL[m]} ${fmt(before)} → ${fmt(now.rouge[s][m].f)} (${signed(now.rouge[s][m].f - before)})`
    })
    console.log(`  ${SYSTEM_LABEL[s].padEnd(22)} ${cells.join('; ')}`)
  }
  if (prev.timing) {
    console.log(
      `  summarize ms: median ${prev.timing.medianMs.toFixed(2)} → ${now.timing.medianMs.toFixed(2)}, p99 ${prev.timing.p99Ms.toFixed(2)} → ${now.timing.p99Ms.toFixed(2)}`,
    )
  }
}

// Run only as a script, so the report types above can be imported without side effects.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
