// Builds a text's statistics (stats.ts) in one pass over its body, stems numbered in order of first occurrence.
import { contentStems, Stats } from './stats.js'
import { isContent, stemNumber } from './wordtoken.js'
import type { Token } from './types.js'
import { WordMap } from './wordtable.js'

// The document's own number (`Stats`) of each stem number (vocabulary.ts) within one `documentStats` call.
const localStem = new WordMap()
// Scratch for `documentStats`: the row of the current sentence that holds stem k (`rowOf[k]`: its number + 1) and
// where in it. Reused across calls, as they are needed only while the rows are built.
let rowOf = new Int32Array(1024)
let slotOf = new Int32Array(1024)

/** Builds the statistics shared by every sentence's features, in one pass over the body. */
export function documentStats(bodies: readonly Token[][], titleTokens: readonly Token[]): Stats {
  let total = 0
  for (const tokens of bodies) total += tokens.length
  // Module state in locals: V8 reloads a module binding from its context on every use inside the loop.
  const table = localStem
  table.clear()
  if (rowOf.length < total) {
    rowOf = new Int32Array(Math.max(total, 2 * rowOf.length))
    slotOf = new Int32Array(rowOf.length)
  }
  const row = rowOf
  const slot = slotOf
  // A token of each stem, in order of first occurrence: the stems' strings are read only if a Map is asked for.
  const stems: Token[] = []
  const rowStart = new Int32Array(bodies.length + 1)
  const terms = new Int32Array(total)
  const termCounts = new Int32Array(total)
  const firstOf = new Int32Array(total)
  const properOf = new Int32Array(bodies.length)
  const numbersOf = new Int32Array(bodies.length)
  let stops = 0
  let size = 0
  for (let i = 0; i < bodies.length; i++) {
    const tokens = bodies[i]!
    let proper = 0
    let numbers = 0
    for (let j = 0; j < tokens.length; j++) {
      const t = tokens[j]!
      // The counts `featureRow` and the language test want, read in this pass rather than in one each.
      if (t.numeric) numbers++
      if (t.stop) {
        stops++
        continue
      }
      if (j > 0 && t.capital) proper++
      if (!isContent(t)) continue
      const stem = stemNumber(t)
      let k = table.get(stem)
      if (k < 0) {
        k = stems.length
        firstOf[k] = i
        table.set(stem, k)
        stems.push(t)
        row[k] = 0
      }
      if (row[k] === i + 1) termCounts[slot[k]!]!++
      else {
        row[k] = i + 1
        slot[k] = size
        terms[size] = k
        termCounts[size++] = 1
      }
    }
    rowStart[i + 1] = size
    properOf[i] = proper
    numbersOf[i] = numbers
  }
  const v = stems.length
  const df = new Float64Array(v)
  const countOf = new Float64Array(v)
  for (let e = 0; e < size; e++) {
    df[terms[e]!]!++
    countOf[terms[e]!] = countOf[terms[e]!]! + termCounts[e]!
  }
  const n = Math.max(1, bodies.length)
  const isfOf = new Float64Array(v)
  // Most stems share a handful of sentence counts: each count's logarithm is taken once (0 marks one not yet taken:
  // with df ≤ n every value is above 0).
  const logOf = new Float64Array(n + 1)
  for (let k = 0; k < v; k++) {
    const d = df[k]!
    isfOf[k] = logOf[d] || (logOf[d] = Math.log((n + 1) / d))
  }
  const centroidOf = new Float64Array(v)
  for (let e = 0; e < size; e++) centroidOf[terms[e]!] = centroidOf[terms[e]!]! + termCounts[e]! * isfOf[terms[e]!]!
  let centroidNorm2 = 0
  for (let k = 0; k < v; k++) centroidNorm2 += centroidOf[k]! * centroidOf[k]!
  let maxCount = 0
  for (let k = 0; k < v; k++) if (countOf[k]! > maxCount) maxCount = countOf[k]!
  const title = new Set(contentStems(titleTokens))
  const titleStems: number[] = []
  for (const t of titleTokens) {
    const k = isContent(t) ? localStem.get(stemNumber(t)) : -1
    if (k >= 0 && !titleStems.includes(k)) titleStems.push(k)
  }
  return new Stats(stems, isfOf, centroidOf, countOf, centroidNorm2, maxCount, title, bodies.length, Int32Array.from(titleStems), bodies, rowStart, terms, termCounts, firstOf, df, properOf, numbersOf, total, stops)
}
