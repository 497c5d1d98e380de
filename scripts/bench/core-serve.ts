// Child side of the core comparison: one summarizer, warmed up, timing the fixture or a round of articles on request.

import { PEERS, loadProject, projectSummarizer, type Summarizer } from './peers'
import { loadCnn, loadFixture, now, timeOnce } from './util'

/** Sentences asked of every summarizer. */
export const K = 3
/** CNN dev records timed (the first ones of the file); fewer with --quick. */
export const CNN_ARTICLES = 200
export const CNN_ARTICLES_QUICK = 40

/**
 * Requests the parent sends, one at a time, after the child's `{ type: 'loaded' }`: `first` (before anything else),
 * `warm` (answered with `Ready`), then the others; each gets one reply of the same `type` (`fresh` once only).
 */
export type Request =
  | { type: 'first' }
  | { type: 'warm' }
  | { type: 'fixture'; budgetMs: number; maxCalls: number }
  | { type: 'round' }
  | { type: 'fresh' }
  | { type: 'picked' }

/** ms of the process's very first call (the fixture, before any warm-up): what a fresh isolate's first request pays. */
export interface FirstReply {
  type: 'first'
  ms: number
}
export interface Ready {
  type: 'ready'
  key: string
  label: string
  note?: string
  rounds: number
  articles: number
}
export interface FixtureReply {
  type: 'fixture'
  ms: number[]
}
export interface RoundReply {
  type: 'round'
  /** ms per article id, for the articles that did not throw. */
  ms: Record<string, number>
  /** Articles that threw in this round (they are skipped in later ones). */
  failures: { id: string; error: string }[]
  /** Calls of this round that returned exactly K sentences. */
  returnedK: number
}
export interface FreshReply {
  type: 'fresh'
  /** ms of each article's one call, by id: records the process has never seen (after the timed ones). */
  ms: Record<string, number>
}
export interface PickedReply {
  type: 'picked'
  sentences: string[]
}

/** Loads the summarizer named `key`, warms it up, then answers the parent's requests over IPC until disconnected. */
export async function serveSummarizer(key: string, quick: boolean, corePath?: string): Promise<void> {
  const make = PEERS[key]
  if (key !== 'project' && !make) throw new Error(`unknown summarizer ${key}`)
  const s: Summarizer = make ? make() : projectSummarizer(await loadProject(corePath))
  const fixture = loadFixture()
  const articles = loadCnn(quick ? CNN_ARTICLES_QUICK : CNN_ARTICLES).slice(0, s.maxArticles)
  const failed = new Set<string>()
  // As many records again, from after the timed ones: each read once, on first sight, as a cache miss reads it.
  const fresh = loadCnn(articles.length, quick ? CNN_ARTICLES_QUICK : CNN_ARTICLES)
  let freshAsked = false

  let warm = false
  // Warm-up, results discarded: the fixture 100 times and every article once, so that each summarizer is timed at
  // its steady state (V8 optimizes a function only after many calls) and not while it is still being compiled.
  const warmUp = (): Ready => {
    warm = true
    for (let i = 0; i < 100; i++) s.run(fixture.text, K)
    for (const a of articles) {
      try {
        s.run(a.text, K)
      } catch {
        /* recorded when timed */
      }
    }
    return { type: 'ready', key: s.key, label: s.label, note: s.note, rounds: quick ? 1 : s.rounds, articles: articles.length }
  }

  const answer = (req: Request): FirstReply | Ready | FixtureReply | RoundReply | FreshReply | PickedReply => {
    // The very first call, in a process that has run nothing: code not yet compiled, patterns compiled as they first run.
    if (req.type === 'first') {
      if (warm) throw new Error('the first call must come before the warm-up')
      return { type: 'first', ms: timeOnce(() => s.run(fixture.text, K)) }
    }
    if (req.type === 'warm') return warmUp()
    if (req.type === 'fixture') {
      const ms: number[] = []
      const t0 = now()
      while (ms.length < 5 || (ms.length < req.maxCalls && now() - t0 < req.budgetMs)) ms.push(timeOnce(() => s.run(fixture.text, K)))
      return { type: 'fixture', ms }
    }
    if (req.type === 'picked') return { type: 'picked', sentences: s.run(fixture.text, K) }
    if (req.type === 'fresh') {
      if (freshAsked) throw new Error('fresh articles can be timed once only')
      freshAsked = true
      const ms: Record<string, number> = {}
      for (const a of fresh) {
        const t = now()
        try {
          s.run(a.text, K)
          ms[a.id] = now() - t
        } catch {
          /* left out, as in the rounds */
        }
      }
      return { type: 'fresh', ms }
    }
    const ms: Record<string, number> = {}
    const failures: { id: string; error: string }[] = []
    let returnedK = 0
    for (const a of articles) {
      if (failed.has(a.id)) continue
      const t = now()
      try {
        const out = s.run(a.text, K)
        ms[a.id] = now() - t
        if (out.length === K) returnedK += 1
      } catch (e) {
        failed.add(a.id)
        failures.push({ id: a.id, error: (e as Error).message.slice(0, 120) })
      }
    }
    return { type: 'round', ms, failures, returnedK }
  }

  process.on('message', (req: Request) => process.send!(answer(req)))
  process.on('disconnect', () => process.exit(0))
  process.send!({ type: 'loaded' })
}
