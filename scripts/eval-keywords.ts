// `npm run eval:keywords [-- <file.jsonl>] [--limit N]`: keyphrase F1@5/F1@10 of pressbrief and a plain TF-IDF baseline.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { stemmer } from 'stemmer'
import { summarize } from '../src/core/index'
import { STOPWORDS } from '../src/core/stopwords'
import { readJsonl } from './jsonl'
import { provenance, REPO_ROOT, type Provenance } from './provenance'

// Read in place at run time: the dataset stays outside the repository (see /work/shared/eval/README.md).
const DEFAULT_FILE = path.resolve(REPO_ROOT, '..', 'shared', 'eval', 'dev', 'duc2001-keyphrases.jsonl')
const CUTOFFS = [5, 10] as const

/** A keyphrase record: the article and its annotated keyphrases (DUC-2001, Wan & Xiao 2008). */
interface KeyphraseRecord {
  id: string
  text: string
  keyphrases: string[]
}

/** Macro-averaged precision, recall and F1 (× 100) at one cutoff. */
interface Figure {
  p: number
  r: number
  f: number
}

type System = 'pressbrief' | 'tfidf'

/** What `reports/eval/keywords-<dataset>.json` holds: figures only, never dataset text. */
interface KeywordReport extends Provenance {
  dataset: string
  summarizerVersion: string | null
  records: number
  errors: number
  scores: Record<System, Record<`at${(typeof CUTOFFS)[number]}`, Figure>>
  timing: { medianMs: number; p99Ms: number }
}

// Published F1@10 on DUC-2001 (Boudin 2016, pke; Florescu & Caragea 2017; Bennani-Smires et al. 2018), for the table.
const PUBLISHED: readonly [string, number][] = [
  ['TextRank', 21.5],
  ['TfIdf', 23.3],
  ['FirstPhrases', 24.6],
  ['MultipartiteRank', 25.6],
  ['PositionRank', 28.6],
  ['EmbedRank', 29.5],
]

/**
 * The matching key of a phrase: lowercase, typographic apostrophes made straight, split on white space, each word
 * Porter-stemmed. Exact match of keys is the DUC-2001 convention (Wan & Xiao 2008; Hasan & Ng 2014).
 */
export function phraseKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => stemmer(w))
    .join(' ')
}

/** Precision, recall and F1 of the first `k` distinct predictions against the gold set (0 when nothing is predicted). */
export function prf(predicted: readonly string[], gold: ReadonlySet<string>, k: number): { p: number; r: number; f: number } {
  const top: string[] = []
  for (const p of predicted) if (top.length < k && !top.includes(p)) top.push(p)
  const hits = top.filter((p) => gold.has(p)).length
  // Precision over what was returned (pke's convention); a system that returns fewer than k is not padded.
  const p = top.length === 0 ? 0 : hits / top.length
  const r = gold.size === 0 ? 0 : hits / gold.size
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

// The baseline's words: letters, digits and inner hyphens/apostrophes/periods, as a plain tokenizer would see them.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’.-](?=[\p{L}\p{N}]))*/gu
const BREAK = /[.,;:!?()"“”‘—–]|'\s|\s'/

/** The candidate n-grams (1–3 words) of a text: no punctuation inside, no stopword or number anywhere (pke's filter). */
function ngrams(text: string): string[] {
  const out: string[] = []
  for (const chunk of text.split(BREAK)) {
    const words = chunk.match(WORD) ?? []
    const lower = words.map((w) => w.toLowerCase())
    for (let i = 0; i < lower.length; i++) {
      for (let n = 1; n <= 3 && i + n <= lower.length; n++) {
        const last = lower[i + n - 1]!
        if (STOPWORDS.has(last) || /^[\d.,]+$/.test(last)) break
        out.push(lower.slice(i, i + n).join(' '))
      }
    }
  }
  return out
}

/**
 * Plain TF-IDF (Salton & Buckley 1988, as pke's TfIdf): n-grams of up to three words, tf × log(N / df), with document
 * frequencies counted on the other documents of the same set (leave-one-out), as no outside corpus is used.
 */
export function tfidfBaseline(texts: readonly string[], k: number): string[][] {
  const grams = texts.map((t) => ngrams(t).map(phraseKey))
  const surfaces = texts.map((t) => {
    const m = new Map<string, string>()
    for (const g of ngrams(t)) if (!m.has(phraseKey(g))) m.set(phraseKey(g), g)
    return m
  })
  const df = new Map<string, number>()
  for (const g of grams) for (const key of new Set(g)) df.set(key, (df.get(key) ?? 0) + 1)
  const n = texts.length
  return grams.map((g, i) => {
    const tf = new Map<string, number>()
    for (const key of g) tf.set(key, (tf.get(key) ?? 0) + 1)
    // df counts this document too, so log(N / df) is log(N / (1 + df of the others)).
    const scored = [...tf].map(([key, count]) => ({ key, score: count * Math.log(n / (df.get(key) ?? 1)) }))
    scored.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1))
    return scored.slice(0, k).map((s) => surfaces[i]!.get(s.key) ?? s.key)
  })
}

function toRecord(value: unknown, line: number, file: string): KeyphraseRecord {
  const v = value as Partial<Record<keyof KeyphraseRecord, unknown>> | null
  const ok =
    v !== null && typeof v === 'object' && typeof v.id === 'string' && typeof v.text === 'string' &&
    Array.isArray(v.keyphrases) && v.keyphrases.every((s) => typeof s === 'string')
  if (!ok) throw new Error(`${file}: record ${line} lacks id/text/keyphrases[]`)
  return { id: v.id as string, text: v.text as string, keyphrases: v.keyphrases as string[] }
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits

function main(): void {
  const argv = process.argv.slice(2)
  let file = DEFAULT_FILE
  let limit: number | null = null
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--limit') limit = Number(argv[++i])
    else file = path.resolve(process.env.INIT_CWD ?? process.cwd(), argv[i]!)
  }
  if (!existsSync(file)) {
    console.error(`eval:keywords: no such file: ${file}`)
    process.exit(1)
  }
  const all = readJsonl(file).map((v, i) => toRecord(v, i + 1, file))
  const records = limit !== null && limit > 0 ? all.slice(0, limit) : all
  const k = Math.max(...CUTOFFS)
  const golds = records.map((r) => new Set(r.keyphrases.map(phraseKey)))

  const predictions: Record<System, string[][]> = { pressbrief: [], tfidf: tfidfBaseline(records.map((r) => r.text), k) }
  const times: number[] = []
  let errors = 0
  let version: string | null = null
  for (const rec of records) {
    try {
      const t0 = performance.now()
      const result = summarize(rec.text, { keywords: k })
      times.push(performance.now() - t0)
      version ??= result.version
      predictions.pressbrief.push(result.keywords.map((w) => w.text))
    } catch (err) {
      errors++
      console.error(`${rec.id}: ${(err as Error).message}`)
      predictions.pressbrief.push([])
    }
  }

  const scores = {} as KeywordReport['scores']
  for (const system of ['pressbrief', 'tfidf'] as const) {
    scores[system] = {} as KeywordReport['scores'][System]
    for (const cut of CUTOFFS) {
      const sum = { p: 0, r: 0, f: 0 }
      predictions[system].forEach((pred, i) => {
        const s = prf(pred.map(phraseKey), golds[i]!, cut)
        sum.p += s.p
        sum.r += s.r
        sum.f += s.f
      })
      const n = records.length
      scores[system][`at${cut}`] = { p: round((100 * sum.p) / n), r: round((100 * sum.r) / n), f: round((100 * sum.f) / n) }
    }
  }
  const sorted = [...times].sort((a, b) => a - b)
  const pct = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0, 3)
  const dataset = path.basename(file).replace(/-keyphrases\.jsonl$|\.jsonl$/i, '')
  const report: KeywordReport = {
    dataset,
    ...provenance(file, 'src'),
    summarizerVersion: version,
    records: records.length,
    errors,
    scores,
    timing: { medianMs: pct(0.5), p99Ms: pct(0.99) },
  }

  console.log(`\n${dataset}: ${records.length} records, commit ${report.commit}${report.dirty ? ' + uncommitted src/' : ''}; exact match after lowercasing and Porter stemming, macro-averaged × 100`)
  console.log('| system                         |  F1@5 | F1@10 | P@10  | R@10  |')
  console.log('|--------------------------------|-------|-------|-------|-------|')
  const row = (label: string, s: Record<string, Figure>) =>
    console.log(`| ${label.padEnd(30)} | ${s.at5!.f.toFixed(2).padStart(5)} | ${s.at10!.f.toFixed(2).padStart(5)} | ${s.at10!.p.toFixed(2).padStart(5)} | ${s.at10!.r.toFixed(2).padStart(5)} |`)
  row('pressbrief keywords', scores.pressbrief)
  row('plain TF-IDF (leave-one-out df)', scores.tfidf)
  console.log(`published F1@10: ${PUBLISHED.map(([name, f]) => `${name} ${f}`).join(', ')}`)
  console.log(`summarize: median ${report.timing.medianMs} ms, p99 ${report.timing.p99Ms} ms per call; errors ${errors}`)

  const out = path.join(REPO_ROOT, 'reports', 'eval', `keywords-${dataset}.json`)
  mkdirSync(path.dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`wrote ${path.relative(REPO_ROOT, out)}`)
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
