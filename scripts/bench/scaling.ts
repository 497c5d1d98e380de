// Scaling: documents of 1k–200k words cut from concatenated dev articles, time per call and per 1,000 words.

import { loadProject } from './peers'
import { countWords, loadCnn, loadFixture, median, progress, runChild, sig, timeOnce } from './util'
import { K } from './core-serve'

export const SIZES = [1_000, 10_000, 50_000, 200_000] as const

/** CNN dev articles joined by blank lines, cut just after the `words`-th word. */
export function buildDocument(words: number): string {
  const parts: string[] = []
  let have = 0
  for (const a of loadCnn(2000)) {
    if (have >= words) break
    parts.push(a.text)
    have += countWords(a.text)
  }
  if (have < words) throw new Error(`the dev set holds fewer than ${words} words`)
  const text = parts.join('\n\n')
  const re = /\S+/g
  let m: RegExpExecArray | null = null
  for (let i = 0; i < words; i++) m = re.exec(text)
  return text.slice(0, m ? m.index + m[0].length : 0)
}

export interface ScalingPoint {
  words: number
  calls: number
  msPerCall: number
  msPer1kWords: number
}

export interface ScalingResult {
  points: ScalingPoint[]
  /** ms per 1,000 words at 200k ÷ the same at 10k: 1 means linear. */
  perWordRatio200kTo10k: number
}

/**
 * Child side: warms the core up to its steady state as the core section does (the fixture 100 times, 200 CNN articles
 * once), then for each size one more warm-up call and repeated calls until its call count or a time budget is reached.
 */
export async function timeScaling(quick: boolean, corePath?: string): Promise<ScalingPoint[]> {
  const summarize = await loadProject(corePath)
  // Without this, the first sizes were timed while V8 was still compiling the core: 1k words came out at 3.5 ms,
  // five times the per-word cost of a warmed-up 730-word article.
  const fixture = loadFixture().text
  for (let i = 0; i < 100; i++) summarize(fixture, { sentences: K })
  for (const a of loadCnn(quick ? 40 : 200)) summarize(a.text, { sentences: K })
  const reps: Record<number, number> = quick
    ? { 1000: 10, 10000: 3, 50000: 2, 200000: 1 }
    : { 1000: 40, 10000: 15, 50000: 5, 200000: 5 }
  const points: ScalingPoint[] = []
  for (const words of SIZES) {
    const doc = buildDocument(words)
    if (countWords(doc) !== words) throw new Error(`built ${countWords(doc)} words, wanted ${words}`)
    summarize(doc, { sentences: K }) // warm-up
    const times: number[] = []
    let spent = 0
    while (times.length < reps[words]! && (times.length < 2 || spent < 10_000)) {
      const ms = timeOnce(() => summarize(doc, { sentences: K }))
      times.push(ms)
      spent += ms
    }
    const ms = median(times)
    points.push({ words, calls: times.length, msPerCall: sig(ms), msPer1kWords: sig(ms / (words / 1000)) })
    process.stderr.write(`[bench] scaling: ${words} words ${ms.toFixed(2)} ms\n`)
  }
  return points
}

/** Parent side. */
export async function runScaling(quick: boolean, corePath?: string): Promise<ScalingResult> {
  progress('scaling: 1k, 10k, 50k, 200k words')
  const args = [...(quick ? ['--quick'] : []), ...(corePath ? ['--core', corePath] : [])]
  const points = (await runChild<ScalingPoint[]>('scaling', args)).result
  const at = (w: number) => points.find((p) => p.words === w)!
  return { points, perWordRatio200kTo10k: sig(at(200_000).msPer1kWords / at(10_000).msPer1kWords) }
}
