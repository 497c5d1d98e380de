// Memory: peak heap growth of one summarize call on the 200k-word document, from V8's --trace-gc log in a child.
//
// Between two collections the used heap only grows, so its peak during the call is the largest "before" figure of
// the collections V8 ran inside the call, or the heap at the call's end (the "before" of the explicit gc() after it).
// The baseline is the heap after two explicit gc() calls just before the call. Explicit gc() shows as "testing".

import { loadProject } from './peers'
import { buildDocument } from './scaling'
import { K } from './core-serve'
import { progress, runChild, sig } from './util'

export const MEMORY_WORDS = 200_000

export interface MemoryCall {
  baselineMB: number
  peakMB: number
  /** Peak used heap minus baseline. */
  peakGrowthMB: number
  /** Used heap after the call and a full collection, with the result still referenced, minus baseline. */
  retainedMB: number
  /** Collections V8 ran during the call. */
  gcsDuringCall: number
}

export interface MemoryResult {
  words: number
  /** The first call on the 200k document (after a 10k warm-up) and a second, steady-state one. */
  first: MemoryCall
  second: MemoryCall
  /** The larger of the two peaks: the figure the target checks. */
  peakGrowthMB: number
}

declare const gc: () => void

/** Child side (run with --expose-gc --trace-gc): gc gc, call, gc gc, call, gc. */
export async function memoryChild(corePath?: string): Promise<{ sentences: number }> {
  const summarize = await loadProject(corePath)
  const warm = buildDocument(10_000)
  for (let i = 0; i < 3; i++) summarize(warm, { sentences: K })
  const doc = buildDocument(MEMORY_WORDS)
  gc()
  gc()
  const first = summarize(doc, { sentences: K })
  gc()
  gc()
  const second = summarize(doc, { sentences: K })
  gc()
  return { sentences: first.sentences.length + second.sentences.length }
}

interface GcLine {
  testing: boolean
  before: number
  after: number
}

/** The collections of a --trace-gc log, in order. */
export function parseTrace(stdout: string): GcLine[] {
  const out: GcLine[] = []
  const re = /ms: [A-Za-z -]+?(?: \([a-z]+\))? ([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB.*$/gm
  for (const m of stdout.matchAll(re)) {
    out.push({ testing: / testing[;,]/.test(m[0]), before: Number(m[1]), after: Number(m[2]) })
  }
  return out
}

/**
 * The runs of consecutive explicit collections, as [first, last] indexes: the child calls `gc()` in pairs, and one
 * `gc()` that meets an incremental marking in progress sometimes shows as two collections, so a boundary between
 * calls is a run of them, not a fixed count.
 */
export function explicitRuns(gcs: GcLine[]): [number, number][] {
  const runs: [number, number][] = []
  gcs.forEach((g, i) => {
    if (!g.testing) return
    const last = runs[runs.length - 1]
    if (last && last[1] === i - 1) last[1] = i
    else runs.push([i, i])
  })
  return runs
}

/** The call that ran between the explicit collections `pre` (its baseline) and `post` (just after it). */
function callBetween(gcs: GcLine[], pre: number, post: number): MemoryCall {
  const baseline = gcs[pre]!.after
  const inside = gcs.slice(pre + 1, post)
  const peak = Math.max(gcs[post]!.before, ...inside.map((g) => g.before))
  return {
    baselineMB: baseline,
    peakMB: peak,
    peakGrowthMB: sig(peak - baseline, 3),
    retainedMB: sig(gcs[post]!.after - baseline, 3),
    gcsDuringCall: inside.length,
  }
}

/** Parent side. */
export async function runMemory(corePath?: string): Promise<MemoryResult> {
  progress(`memory: peak heap growth at ${MEMORY_WORDS} words (--expose-gc --trace-gc child)`)
  const args = corePath ? ['--core', corePath] : []
  const { stdout } = await runChild<{ sentences: number }>('memory', args, ['--expose-gc', '--trace-gc'])
  const gcs = parseTrace(stdout)
  // Three boundaries: before the first call, between the calls, after the second.
  const runs = explicitRuns(gcs)
  if (runs.length !== 3) throw new Error(`expected 3 runs of explicit collections in the trace, found ${runs.length}`)
  const [before, between, after] = runs as [[number, number], [number, number], [number, number]]
  const first = callBetween(gcs, before[1], between[0])
  const second = callBetween(gcs, between[1], after[0])
  return { words: MEMORY_WORDS, first, second, peakGrowthMB: Math.max(first.peakGrowthMB, second.peakGrowthMB) }
}
