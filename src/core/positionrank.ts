// Biased PageRank over a word co-occurrence graph: the ranking core of PositionRank, on flat typed arrays.
import { buildGraph, scratch } from './cooccurrence.js'

// The damping of PageRank (Brin & Page 1998), which PositionRank keeps.
const DAMPING = 0.85

/** How `positionRank` walks the graph. */
export interface PositionRankOptions {
  /** Stems that fall within this many consecutive words of the stream are linked. Default 10. */
  window?: number
  /** Probability of following an edge rather than jumping by the bias. Default 0.85. */
  damping?: number
  /** Most power iterations. Default 30. */
  iterations?: number
}

/**
 * Biased PageRank over the graph whose nodes are the stems of `stream` and whose edges join stems at most `window`
 * words apart, weighted by how often they do; the random surfer jumps back to a stem with probability proportional
 * to `bias` (PositionRank, Florescu & Caragea 2017: the sum of the stem's inverse positions). Returns each stem's
 * score. Linear in `stream.length × window` per iteration; stops when the scores move less than 1e-4 in total.
 */
export function positionRank(
  stream: readonly string[],
  bias: ReadonlyMap<string, number>,
  { window = 10, damping = DAMPING, iterations = 30 }: PositionRankOptions = {},
): Map<string, number> {
  const ids = new Map<string, number>()
  for (const s of bias.keys()) ids.set(s, ids.size)
  const rank = rankStream(
    Int32Array.from(stream, (s) => ids.get(s)!),
    Float64Array.from(bias.values()),
    { window, damping, iterations },
  )
  const out = new Map<string, number>()
  for (const [s, i] of ids) out.set(s, rank[i]!)
  return out
}

/**
 * `positionRank` on node ids: `seq` is the stream as ids `0 … bias.length - 1`, numbered in the order of `bias`,
 * whose entry `i` is node `i`'s bias. Returns the scores by id, in `into` when given (it must hold as many), else in a
 * new array.
 */
export function rankStream(
  seq: ArrayLike<number>,
  bias: ArrayLike<number>,
  { window = 10, damping = DAMPING, iterations = 30 }: PositionRankOptions = {},
  into?: Float64Array,
): Float64Array {
  const n = bias.length
  if (n === 0) return into ?? new Float64Array(0)
  const { degree, order, groupStart, groups, source } = buildGraph(seq, n, Math.max(1, window))
  let rank = scratch.rank
  let next = scratch.next
  const jump = scratch.jump
  const share = scratch.share
  let total = 0
  for (let i = 0; i < n; i++) total += bias[i]!
  for (let i = 0; i < n; i++) rank[i] = bias[i]! / (total || 1)
  // The jump term is the same every iteration.
  for (let a = 0; a < n; a++) jump[a] = (1 - damping) * rank[a]!
  // The padding entries of the rows point at slot n, whose share stays 0: adding +0 to a sum of non-negative terms
  // leaves it as it was, bit for bit. The padding lanes' results land in slot n, which nothing reads.
  share[n] = 0
  jump[n] = 0
  for (let a = 0; a < n; a++) {
    const d = degree[a]!
    share[a] = d === 0 ? 0 : rank[a]! / d
  }
  for (let iteration = 0; iteration < iterations; iteration++) {
    // Each node's sum is one chain of dependent additions; the four nodes of a group are summed side by side so that
    // the processor overlaps their chains, reading their interleaved rows in one sweep. Every chain still adds its
    // terms in its own order (its neighbours ascending, one addition per co-occurrence).
    for (let g = 0; g < groups; g++) {
      let s0 = 0
      let s1 = 0
      let s2 = 0
      let s3 = 0
      // Two entries per lane per pass (rows are padded to an even length): half the loop's counting and branching.
      for (let e = groupStart[g]!, to = groupStart[g + 1]!; e < to; e += 8) {
        s0 += share[source[e]!]!
        s1 += share[source[e + 1]!]!
        s2 += share[source[e + 2]!]!
        s3 += share[source[e + 3]!]!
        s0 += share[source[e + 4]!]!
        s1 += share[source[e + 5]!]!
        s2 += share[source[e + 6]!]!
        s3 += share[source[e + 7]!]!
      }
      const k = g * 4
      const a0 = order[k]!
      const a1 = order[k + 1]!
      const a2 = order[k + 2]!
      const a3 = order[k + 3]!
      next[a0] = jump[a0]! + damping * s0
      next[a1] = jump[a1]! + damping * s1
      next[a2] = jump[a2]! + damping * s2
      next[a3] = jump[a3]! + damping * s3
    }
    // The next iteration's shares are taken in the same pass as the change (one sweep of the nodes, not two); after
    // the last iteration they go unread.
    let delta = 0
    for (let a = 0; a < n; a++) {
      const r = next[a]!
      delta += Math.abs(r - rank[a]!)
      const d = degree[a]!
      share[a] = d === 0 ? 0 : r / d
    }
    const last = rank
    rank = next
    next = last
    if (delta < 1e-4) break
  }
  const out = into ?? new Float64Array(n)
  for (let a = 0; a < n; a++) out[a] = rank[a]!
  return out
}
