// Core, side by side: the project's summarize and each npm peer on the same articles and k, in interleaved rounds.
//
// Each summarizer lives in its own Node process (no shared heap, JIT state or globals: lexrank's dependencies patch
// Array.prototype), started and warmed up at once, then asked in turn for a slice of fixture calls or a round over
// the articles: project, wink-nlp, lexrank, textrank, project, … so that load from elsewhere on the machine falls on
// all of them alike and the ratios stay fair even when the absolute figures drift.

import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { PEERS } from './peers'
import { CNN_ARTICLES, CNN_ARTICLES_QUICK, K } from './core-serve'
import type { FirstReply, FixtureReply, FreshReply, PickedReply, Ready, Request, RoundReply } from './core-serve'
import { ROOT, loadFixture, mean, median, owe, progress, quantile, sig } from './util'

export { K }

export interface CoreRow {
  key: string
  label: string
  note?: string
  rounds: number
  articles: number
  failures: { id: string; error: string }[]
  /** Calls that returned exactly K sentences, in the first round. */
  returnedK: number
  fixtureCalls: number
  fixtureMedianMs: number
  medianMs: number
  p99Ms: number
  meanMs: number
  /** Peer median ÷ project median, both over the articles the peer completed (1 for the project). */
  ratioMedian: number
  ratioP99: number
  /** ms of the process's very first call, the fixture before any warm-up (one call: a fresh isolate's first request). */
  firstCallMs: number
  /** Median ms of articles met for the first time (one call each, after the rounds), and its ratio to the project's. */
  firstSightMedianMs: number
  firstSightRatioMedian: number
}

export interface CoreResult {
  k: number
  cnnArticles: number
  fixture: string
  rows: CoreRow[]
  /** Each summarizer's picks on the fixture, for a glance at what was timed. */
  fixturePicks: Record<string, string[]>
}

/** A summarizer process and its one-request-at-a-time IPC channel. */
class Remote {
  private pending: { res: (msg: unknown) => void; rej: (e: Error) => void } | null = null
  private exited: Error | null = null
  private readonly forget: () => void
  /** The child's first message: its summarizer is loaded and has run nothing. */
  readonly loaded: Promise<unknown>

  constructor(
    readonly key: string,
    private readonly child: ChildProcess,
  ) {
    this.forget = owe(() => child.kill('SIGKILL'))
    this.loaded = new Promise((res, rej) => (this.pending = { res: res as (msg: unknown) => void, rej }))
    child.on('message', (msg) => {
      const p = this.pending
      this.pending = null
      p?.res(msg)
    })
    child.on('exit', (code, signal) => {
      this.exited = new Error(`${key}: summarizer process exited (${signal ?? code})`)
      this.pending?.rej(this.exited)
      this.pending = null
    })
  }

  ask<T>(req: Request): Promise<T> {
    if (this.exited) return Promise.reject(this.exited)
    return new Promise((res, rej) => {
      this.pending = { res: res as (msg: unknown) => void, rej }
      this.child.send(req)
    })
  }

  close(): void {
    if (this.child.connected) this.child.disconnect() // the child exits on disconnect
    this.forget()
    if (!this.exited) setTimeout(() => this.child.kill('SIGKILL'), 5000).unref()
  }
}

function start(key: string, quick: boolean, corePath?: string): Remote {
  const args = ['--import', 'tsx', resolve(ROOT, 'scripts', 'bench', 'child.ts'), 'core', '--key', key]
  if (quick) args.push('--quick')
  if (corePath) args.push('--core', corePath)
  // The child's stdout goes to our stderr: peers print their own complaints, and stdout carries only the report.
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 2, 2, 'ipc'] })
  return new Remote(key, child)
}

/** Times the project and every peer and compares them article for article. */
export async function runCore(quick: boolean, corePath?: string): Promise<CoreResult> {
  const keys = ['project', ...Object.keys(PEERS)]
  progress(`core: starting and warming up ${keys.join(', ')}`)
  const remotes = keys.map((k) => start(k, quick, corePath))
  try {
    await Promise.all(remotes.map((r) => r.loaded))
    // Each process's very first call, one process at a time while the others wait, so that none shares the cores.
    const firstCalls: number[] = []
    for (const r of remotes) firstCalls.push((await r.ask<FirstReply>({ type: 'first' })).ms)
    const info = await Promise.all(remotes.map((r) => r.ask<Ready>({ type: 'warm' })))
    const fixture = remotes.map((): number[] => [])
    const times = remotes.map(() => new Map<string, number[]>())
    const failures = remotes.map((): { id: string; error: string }[] => [])
    const returnedK = remotes.map(() => 0)

    // Fixture: three interleaved slices of up to 100 calls or 0.5 s each.
    for (let slice = 0; slice < 3; slice++) {
      for (const [i, r] of remotes.entries()) {
        fixture[i]!.push(...(await r.ask<FixtureReply>({ type: 'fixture', budgetMs: 500, maxCalls: 100 })).ms)
      }
    }
    const maxRounds = Math.max(...info.map((x) => x.rounds))
    for (let round = 0; round < maxRounds; round++) {
      progress(`core: round ${round + 1}/${maxRounds}`)
      for (const [i, r] of remotes.entries()) {
        if (round >= info[i]!.rounds) continue
        const reply = await r.ask<RoundReply>({ type: 'round' })
        for (const [id, ms] of Object.entries(reply.ms)) times[i]!.set(id, [...(times[i]!.get(id) ?? []), ms])
        failures[i]!.push(...reply.failures)
        if (round === 0) returnedK[i] = reply.returnedK
      }
    }
    // First sight: articles no summarizer has met, one call each, in turn; a cache miss on a live Worker is mostly this.
    progress('core: first sight')
    const firstSight: Map<string, number>[] = []
    for (const r of remotes) firstSight.push(new Map(Object.entries((await r.ask<FreshReply>({ type: 'fresh' })).ms)))
    const picks: Record<string, string[]> = {}
    for (const r of remotes) picks[r.key] = (await r.ask<PickedReply>({ type: 'picked' })).sentences

    const perArticle = times.map((m) => new Map([...m].map(([id, ms]) => [id, median(ms)])))
    const project = perArticle[0]!
    const rows = info.map((x, i): CoreRow => {
      const mine = perArticle[i]!
      const ms = [...mine.values()]
      const base = [...mine.keys()].map((id) => project.get(id)).filter((v): v is number => v !== undefined)
      const seen = firstSight[i]!
      const seenBase = [...seen.keys()].map((id) => firstSight[0]!.get(id)).filter((v): v is number => v !== undefined)
      return {
        key: x.key,
        label: x.label,
        note: x.note,
        rounds: x.rounds,
        articles: mine.size,
        failures: failures[i]!,
        returnedK: returnedK[i]!,
        firstCallMs: sig(firstCalls[i]!),
        fixtureCalls: fixture[i]!.length,
        fixtureMedianMs: sig(median(fixture[i]!)),
        medianMs: sig(median(ms)),
        p99Ms: sig(quantile(ms, 0.99)),
        meanMs: sig(mean(ms)),
        ratioMedian: sig(median(ms) / median(base)),
        ratioP99: sig(quantile(ms, 0.99) / quantile(base, 0.99)),
        firstSightMedianMs: sig(median([...seen.values()])),
        firstSightRatioMedian: sig(median([...seen.values()]) / median(seenBase)),
      }
    })
    return { k: K, cnnArticles: quick ? CNN_ARTICLES_QUICK : CNN_ARTICLES, fixture: loadFixture().id, rows, fixturePicks: picks }
  } finally {
    for (const r of remotes) r.close()
  }
}
