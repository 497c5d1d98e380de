// Biased PageRank over a word co-occurrence graph: the ranking core of PositionRank, on flat typed arrays.

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
 * whose entry `i` is node `i`'s bias. Returns the scores by id.
 */
export function rankStream(
  seq: ArrayLike<number>,
  bias: ArrayLike<number>,
  { window = 10, damping = DAMPING, iterations = 30 }: PositionRankOptions = {},
): Float64Array {
  const n = bias.length
  const length = seq.length
  // Rows of the undirected graph, one entry per co-occurrence (repeats add up as edge weight), built by a counting
  // pass and a filling pass: no hash of pairs. Row b lists the nodes linked to b in ascending order, so each iteration
  // can pull: a node sums its neighbours' shares in a register, in exactly the order the push formulation added them
  // (source ascending, one addition per co-occurrence), so the floating-point result is the same, bit for bit.
  const span = Math.max(1, window)
  const rowStart = new Int32Array(n + 1)
  for (let i = 0; i < length; i++) {
    const a = seq[i]!
    for (let j = i + 1, to = Math.min(length, i + span); j < to; j++) {
      const b = seq[j]!
      if (a === b) continue
      rowStart[a + 1]!++
      rowStart[b + 1]!++
    }
  }
  for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i + 1]! + rowStart[i]!
  // Where each node occurs in the stream (a counting sort of the positions by node), so the rows can be filled node
  // by node in ascending order, each occurrence linking to the words around it.
  const atStart = new Int32Array(n + 1)
  for (let i = 0; i < length; i++) atStart[seq[i]! + 1]!++
  for (let a = 0; a < n; a++) atStart[a + 1] = atStart[a + 1]! + atStart[a]!
  const at = new Int32Array(length)
  const putAt = atStart.slice(0, n)
  for (let i = 0; i < length; i++) at[putAt[seq[i]!]!++] = i
  const source = new Int32Array(rowStart[n]!)
  const put = rowStart.slice(0, n)
  for (let a = 0; a < n; a++) {
    for (let k = atStart[a]!; k < atStart[a + 1]!; k++) {
      const i = at[k]!
      for (let j = Math.max(0, i - span + 1), to = Math.min(length, i + span); j < to; j++) {
        const b = seq[j]!
        if (b !== a) source[put[b]!++] = a
      }
    }
  }
  const p = new Float64Array(n)
  let total = 0
  for (let i = 0; i < n; i++) total += bias[i]!
  for (let i = 0; i < n; i++) p[i] = bias[i]! / (total || 1)
  // The jump term is the same every iteration.
  const jump = new Float64Array(n)
  for (let a = 0; a < n; a++) jump[a] = (1 - damping) * p[a]!
  let rank = Float64Array.from(p)
  let next = new Float64Array(n)
  const share = new Float64Array(n)
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let a = 0; a < n; a++) {
      const degree = rowStart[a + 1]! - rowStart[a]!
      share[a] = degree === 0 ? 0 : rank[a]! / degree
    }
    // Each node's sum is one chain of dependent additions; four nodes are summed side by side so that the processor
    // overlaps their chains. Every chain still adds its terms in its own order.
    let b = 0
    for (; b + 4 <= n; b += 4) {
      let e0 = rowStart[b]!
      let e1 = rowStart[b + 1]!
      let e2 = rowStart[b + 2]!
      let e3 = rowStart[b + 3]!
      const t0 = e1
      const t1 = e2
      const t2 = e3
      const t3 = rowStart[b + 4]!
      let s0 = 0
      let s1 = 0
      let s2 = 0
      let s3 = 0
      const common = Math.min(t0 - e0, t1 - e1, t2 - e2, t3 - e3)
      for (let k = 0; k < common; k++) {
        s0 += share[source[e0++]!]!
        s1 += share[source[e1++]!]!
        s2 += share[source[e2++]!]!
        s3 += share[source[e3++]!]!
      }
      for (; e0 < t0; e0++) s0 += share[source[e0]!]!
      for (; e1 < t1; e1++) s1 += share[source[e1]!]!
      for (; e2 < t2; e2++) s2 += share[source[e2]!]!
      for (; e3 < t3; e3++) s3 += share[source[e3]!]!
      next[b] = jump[b]! + damping * s0
      next[b + 1] = jump[b + 1]! + damping * s1
      next[b + 2] = jump[b + 2]! + damping * s2
      next[b + 3] = jump[b + 3]! + damping * s3
    }
    for (; b < n; b++) {
      let sum = 0
      for (let e = rowStart[b]!, to = rowStart[b + 1]!; e < to; e++) sum += share[source[e]!]!
      next[b] = jump[b]! + damping * sum
    }
    let delta = 0
    for (let a = 0; a < n; a++) delta += Math.abs(next[a]! - rank[a]!)
    ;[rank, next] = [next, rank]
    if (delta < 1e-4) break
  }
  return rank
}
