// Core, side by side: the project's summarize and each npm peer on the same articles and k, each in its own process.

import { PEERS, loadProject, projectSummarizer, type Summarizer } from './peers'
import { loadCnn, loadFixture, mean, median, now, progress, quantile, runChild, sig, timeOnce } from './util'

/** Sentences asked of every summarizer. */
export const K = 3
/** CNN dev records timed (the first ones of the file). */
export const CNN_ARTICLES = 200

export interface SummarizerTiming {
  key: string
  label: string
  note?: string
  rounds: number
  fixture: { calls: number; medianMs: number; p99Ms: number; picked: string[] }
  /** Per CNN article: the median of its rounds, in ms. */
  cnn: { id: string; ms: number }[]
  failures: { id: string; error: string }[]
  /** Calls that returned exactly K sentences, of those timed in the first round. */
  returnedK: number
}

/** Child side: warms one summarizer up, then times the fixture and every CNN article. */
export async function timeSummarizer(key: string, quick: boolean, corePath?: string): Promise<SummarizerTiming> {
  const make = PEERS[key]
  if (key !== 'project' && !make) throw new Error(`unknown summarizer ${key}`)
  const s: Summarizer = make ? make() : projectSummarizer(await loadProject(corePath))
  const fixture = loadFixture()
  const articles = loadCnn(quick ? 40 : CNN_ARTICLES).slice(0, s.maxArticles)
  const rounds = quick ? 1 : s.rounds

  // Warm-up: the fixture ten times and the first 30 articles, results discarded.
  for (let i = 0; i < 10; i++) s.run(fixture.text, K)
  for (const a of articles.slice(0, 30)) {
    try {
      s.run(a.text, K)
    } catch {
      /* failures are recorded below */
    }
  }

  // Fixture: up to 300 calls or 1.5 s, at least 10.
  const fx: number[] = []
  const t0 = now()
  while (fx.length < 10 || (fx.length < 300 && now() - t0 < 1500)) fx.push(timeOnce(() => s.run(fixture.text, K)))
  const picked = s.run(fixture.text, K)

  const failures: { id: string; error: string }[] = []
  const times = new Map<string, number[]>()
  let returnedK = 0
  for (let r = 0; r < rounds; r++) {
    for (const a of articles) {
      if (failures.some((f) => f.id === a.id)) continue
      let out: string[] = []
      const t = now()
      try {
        out = s.run(a.text, K)
      } catch (e) {
        failures.push({ id: a.id, error: (e as Error).message.slice(0, 120) })
        continue
      }
      const ms = now() - t
      times.set(a.id, [...(times.get(a.id) ?? []), ms])
      if (r === 0 && out.length === K) returnedK += 1
    }
  }
  const cnn = articles.filter((a) => times.has(a.id)).map((a) => ({ id: a.id, ms: median(times.get(a.id)!) }))
  const fixtureStats = { calls: fx.length, medianMs: median(fx), p99Ms: quantile(fx, 0.99), picked }
  return { key: s.key, label: s.label, note: s.note, rounds, fixture: fixtureStats, cnn, failures, returnedK }
}

export interface CoreRow {
  key: string
  label: string
  note?: string
  rounds: number
  articles: number
  failures: { id: string; error: string }[]
  returnedK: number
  fixtureMedianMs: number
  medianMs: number
  p99Ms: number
  meanMs: number
  /** Peer median ÷ project median, both over the articles the peer completed (1 for the project). */
  ratioMedian: number
  ratioP99: number
}

export interface CoreResult {
  k: number
  cnnArticles: number
  fixture: string
  rows: CoreRow[]
  /** The project's picks on the fixture, for a glance at what was timed. */
  fixturePicks: Record<string, string[]>
}

/** Parent side: times the project and every peer in separate processes and compares them article for article. */
export async function runCore(quick: boolean, corePath?: string): Promise<CoreResult> {
  const keys = ['project', ...Object.keys(PEERS)]
  const timings: SummarizerTiming[] = []
  for (const key of keys) {
    progress(`core: timing ${key}`)
    const args = ['--key', key, ...(quick ? ['--quick'] : []), ...(corePath ? ['--core', corePath] : [])]
    timings.push((await runChild<SummarizerTiming>('core', args)).result)
  }
  const project = timings[0]!
  const projectMs = new Map(project.cnn.map((c) => [c.id, c.ms]))
  const rows = timings.map((t): CoreRow => {
    const ms = t.cnn.map((c) => c.ms)
    const base = t.cnn.map((c) => projectMs.get(c.id)).filter((x): x is number => x !== undefined)
    return {
      key: t.key,
      label: t.label,
      note: t.note,
      rounds: t.rounds,
      articles: t.cnn.length,
      failures: t.failures,
      returnedK: t.returnedK,
      fixtureMedianMs: sig(t.fixture.medianMs),
      medianMs: sig(median(ms)),
      p99Ms: sig(quantile(ms, 0.99)),
      meanMs: sig(mean(ms)),
      ratioMedian: sig(median(ms) / median(base)),
      ratioP99: sig(quantile(ms, 0.99) / quantile(base, 0.99)),
    }
  })
  const fixturePicks = Object.fromEntries(timings.map((t) => [t.key, t.fixture.picked]))
  return { k: K, cnnArticles: quick ? 40 : CNN_ARTICLES, fixture: loadFixture().id, rows, fixturePicks }
}
