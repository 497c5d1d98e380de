// Golden check: a SHA-256 of every `summarize` result over fixtures and dev records, so speed work can prove it changed nothing.
//
//   npm run check:golden                      # compare with reports/golden/summarize.json; exit 1 on any difference
//   npm run check:golden -- --record          # (re)write the baseline from the current core
//   npm run check:golden -- --core <file.ts>  # check another build of the core (must export summarize)
//
// The hash file holds hashes only (no dataset text). Records: the three fixtures, then the first 300 records of the CNN
// and BBC dev sets (../shared/eval/dev, read in place), each summarized with the default options and with
// `{ sentences: 5, bullets: 8, keywords: 15, explain: true }`.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { readJsonl } from './jsonl'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const HASHES = join(ROOT, 'reports/golden/summarize.json')
const DEV = resolve(ROOT, '../shared/eval/dev')
const PER_SET = 300
const OPTION_SETS = {
  default: {},
  full: { sentences: 5, bullets: 8, keywords: 15, explain: true },
} as const

type Summarize = (text: string, options?: object) => unknown

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at < 0 ? undefined : (process.argv[at + 1] ?? '')
}

/** Every input, by a stable id: fixtures by file name, dev records by set and position. */
function inputs(): [string, string][] {
  const out: [string, string][] = []
  const dir = join(ROOT, 'fixtures')
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) out.push([`fixture:${f}`, readFileSync(join(dir, f), 'utf8')])
  for (const set of ['cnn', 'bbc']) {
    const file = join(DEV, `${set}.jsonl`)
    if (!existsSync(file)) throw new Error(`${file} is missing: the golden check needs the dev sets`)
    const records = readJsonl(file).slice(0, PER_SET) as { text: string }[]
    records.forEach((r, i) => out.push([`${set}:${i}`, r.text]))
  }
  return out
}

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex')

async function main(): Promise<void> {
  const core = resolve(flag('core') ?? join(ROOT, 'src/core/index.ts'))
  const { summarize } = (await import(pathToFileURL(core).href)) as { summarize: Summarize }
  const hashes: Record<string, string> = {}
  for (const [id, text] of inputs())
    for (const [name, options] of Object.entries(OPTION_SETS)) hashes[`${id}:${name}`] = sha256(summarize(text, { ...options }))

  if (process.argv.includes('--record')) {
    mkdirSync(dirname(HASHES), { recursive: true })
    writeFileSync(HASHES, `${JSON.stringify({ records: Object.keys(hashes).length, hashes }, null, 1)}\n`)
    console.log(`recorded ${Object.keys(hashes).length} hashes in ${HASHES}`)
    return
  }
  const baseline = (JSON.parse(readFileSync(HASHES, 'utf8')) as { hashes: Record<string, string> }).hashes
  const differ = Object.keys({ ...baseline, ...hashes }).filter((k) => baseline[k] !== hashes[k])
  if (differ.length === 0) {
    console.log(`identical: ${Object.keys(hashes).length} results match ${HASHES}`)
    return
  }
  console.log(`DIFFERENT: ${differ.length} of ${Object.keys(hashes).length} results`)
  for (const k of differ.slice(0, 20)) console.log(`  ${k}`)
  process.exitCode = 1
}

await main()
