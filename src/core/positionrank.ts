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

// Nodes are summed four at a time (see the iteration). The hot loops write the 4 as a literal: a module constant is
// read from its context slot on every pass.
const LANES = 4

/**
 * Buffers reused from call to call, grown as needed: typed arrays cost an allocation each, and a document calls once.
 * `rankStream` is not re-entered, so one set serves.
 */
const scratch = {
  degree: new Int32Array(256),
  order: new Int32Array(256),
  put: new Int32Array(256),
  groupStart: new Int32Array(64),
  atStart: new Int32Array(256),
  at: new Int32Array(256),
  source: new Int32Array(4096),
  byDegree: new Int32Array(256),
  jump: new Float64Array(256),
  rank: new Float64Array(256),
  next: new Float64Array(256),
  share: new Float64Array(256),
}

/** Grows the per-node buffers of `scratch` to hold `n` nodes (plus the padding lanes and the zero slot). */
function reserveNodes(n: number): void {
  const size = n + LANES + 1
  if (scratch.degree.length >= size) return
  const grown = Math.max(size, scratch.degree.length * 2)
  scratch.degree = new Int32Array(grown)
  scratch.order = new Int32Array(grown)
  scratch.put = new Int32Array(grown)
  scratch.groupStart = new Int32Array((grown >> 2) + 2)
  scratch.atStart = new Int32Array(grown + 2)
  scratch.jump = new Float64Array(grown)
  scratch.rank = new Float64Array(grown)
  scratch.next = new Float64Array(grown)
  scratch.share = new Float64Array(grown)
}

/**
 * The undirected co-occurrence graph in rows, one entry per co-occurrence (repeats add up as edge weight), built by a
 * counting pass and a filling pass: no hash of pairs. Row b lists the nodes linked to b in ascending order, so each
 * iteration can pull: a node sums its neighbours' shares in a register, in exactly the order the push formulation
 * added them (source ascending, one addition per co-occurrence), so the floating-point result is the same, bit for bit.
 * The rows are laid out for the iteration: nodes sorted by degree form groups of four of about the same degree, whose
 * rows are interleaved (entry k of the group's lane l at groupStart + 4k + l) and padded with node n to the longest,
 * rounded up to an even length.
 */
function buildGraph(seq: ArrayLike<number>, n: number, span: number) {
  reserveNodes(n)
  const length = seq.length
  const degree = scratch.degree
  // Where each node occurs in the stream (a counting sort of the positions by node), so the degrees can be counted
  // and the rows filled node by node in ascending order, each occurrence linking to the words around it. Counting at
  // a + 2 and filling through a + 1 leaves atStart[a] at the first position of node a, with no copy of the starts as
  // cursors.
  const atStart = scratch.atStart
  atStart.fill(0, 0, n + 2)
  for (let i = 0; i < length; i++) atStart[seq[i]! + 2]!++
  for (let a = 2; a <= n + 1; a++) atStart[a] = atStart[a]! + atStart[a - 1]!
  if (scratch.at.length < length) scratch.at = new Int32Array(Math.max(length, scratch.at.length * 2))
  const at = scratch.at
  for (let i = 0; i < length; i++) at[atStart[seq[i]! + 1]!++] = i
  // A node's degree is the size of its occurrences' windows, less the pairs of its own occurrences within a window
  // (each counted from both ends): found by walking its positions, where testing every pair of the stream's windows
  // cost span comparisons a word.
  degree.fill(0, n, n + LANES)
  for (let a = 0; a < n; a++) {
    let d = 0
    for (let k = atStart[a]!, to = atStart[a + 1]!; k < to; k++) {
      const i = at[k]!
      d += Math.min(length, i + span) - Math.max(0, i - span + 1) - 1
      for (let k2 = k + 1; k2 < to && at[k2]! - i < span; k2++) d -= 2
    }
    degree[a] = d
  }
  // Nodes by degree, descending: a counting sort, as the degrees sum to the size of the rows built anyway.
  let most = 0
  for (let a = 0; a < n; a++) if (degree[a]! > most) most = degree[a]!
  if (scratch.byDegree.length < most + 2) scratch.byDegree = new Int32Array(Math.max(most + 2, scratch.byDegree.length * 2))
  const byDegree = scratch.byDegree
  byDegree.fill(0, 0, most + 2)
  for (let a = 0; a < n; a++) byDegree[most - degree[a]! + 1]!++
  for (let d = 1; d <= most + 1; d++) byDegree[d] = byDegree[d]! + byDegree[d - 1]!
  const groups = Math.ceil(n / LANES)
  const order = scratch.order
  for (let a = 0; a < n; a++) order[byDegree[most - degree[a]!]!++] = a
  // Padding lanes of the last group stand for node n, of degree 0, whose result lands in an unused slot.
  for (let k = n; k < groups * LANES; k++) order[k] = n
  const groupStart = scratch.groupStart
  const put = scratch.put
  groupStart[0] = 0
  for (let g = 0; g < groups; g++) {
    const base = groupStart[g]!
    for (let l = 0; l < LANES; l++) put[order[g * LANES + l]!] = base + l
    // The first lane holds the group's largest degree; rounded up to even for the iteration's two entries a pass.
    groupStart[g + 1] = base + LANES * ((degree[order[g * LANES]!]! + 1) & ~1)
  }
  const size = groupStart[groups]!
  if (scratch.source.length < size) scratch.source = new Int32Array(Math.max(size, scratch.source.length * 2))
  const source = scratch.source
  source.fill(n, 0, size)
  for (let a = 0; a < n; a++) {
    for (let k = atStart[a]!, to = atStart[a + 1]!; k < to; k++) {
      const i = at[k]!
      for (let j = Math.max(0, i - span + 1), to2 = Math.min(length, i + span); j < to2; j++) {
        const b = seq[j]!
        if (b !== a) {
          source[put[b]!] = a
          put[b] = put[b]! + 4
        }
      }
    }
  }
  return { degree, order, groupStart, groups, source }
}
