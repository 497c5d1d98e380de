// PositionRank's word co-occurrence graph: rows built in two counting passes and laid out for the rank iteration.

// Nodes are summed four at a time (see `rankStream`). The hot loops write the 4 as a literal: a module constant is
// read from its context slot on every pass.
const LANES = 4

/**
 * Buffers reused from call to call, grown as needed: typed arrays cost an allocation each, and a document calls once.
 * `rankStream` is not re-entered, so one set serves: the graph's rows and the iteration's per-node values (`jump`,
 * `rank`, `next`, `share`), which `buildGraph` grows with the rest.
 */
export const scratch = {
  degree: new Int32Array(256),
  order: new Int32Array(256),
  put: new Int32Array(256),
  groupStart: new Int32Array(64),
  atStart: new Int32Array(256),
  at: new Int32Array(256),
  // Rows hold node numbers in 16 bits while the nodes fit (the padding node n included): half the memory each rank
  // iteration sweeps, measured 2-3 % off the keyphrase stage on news articles and 3-7 % on a 200,000-word text. A text
  // with 65,536 stems or more (millions of words; the Worker's body limit allows some 45,000) takes 32-bit rows.
  source: new Uint16Array(4096),
  wideSource: new Int32Array(0),
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
export function buildGraph(seq: ArrayLike<number>, n: number, span: number) {
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
  let source: Uint16Array | Int32Array
  if (n <= 0xffff) {
    if (scratch.source.length < size) scratch.source = new Uint16Array(Math.max(size, scratch.source.length * 2))
    source = scratch.source
  } else {
    if (scratch.wideSource.length < size) scratch.wideSource = new Int32Array(Math.max(size, scratch.wideSource.length * 2))
    source = scratch.wideSource
  }
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
