// Keyphrase selection: candidates scored from their words' PositionRank scores, the best distinct ones taken in order.
import type { Candidates } from './keyword-candidates.js'

// Phrases of two words are the norm in news keyphrases (Wan & Xiao 2008: 61 % of DUC-2001's); longer ones decay.
const LENGTH_DECAY = 0.8
// Frequency enters gently: position already rewards what the story repeats early.
const FREQUENCY_POWER = 0.3

// Buffers reused from call to call (`bestCandidates` is not re-entered).
let candidateScores = new Float64Array(256)
let heapSpace = new Int32Array(256)

/** Who a candidate names, when two candidates can be one referent written two ways (keyword-people.ts). */
export interface Referents {
  /** The referent candidate `k` names, or -1 for none. */
  of(k: number): number
  /** How fully `k` writes its referent's name: of two candidates for one referent, the fuller one is shown. */
  fullness(k: number): number
  /** What to show for `k` instead of its own words, or null: the name of a referent `k` names without it. */
  label(k: number): string | null
}

/** What `bestCandidates` returns: candidate numbers, best first, and each one's place score (valid until the next call). */
export interface BestCandidatesResult {
  best: number[]
  /** The score of each place of `best`: that of the candidate that won the place (see `Referents`). */
  scores: number[]
}

/**
 * The best `count` candidates, best first, by score and then by first position: a candidate whose nodes all belong to
 * a better one taken (`Johnson` after `Ben Johnson`) is passed over. A candidate naming the referent of a better one
 * taken (`referents`, default none) takes no place of its own; it replaces the better one in its place when it writes
 * the name more fully (`Clarence Thomas` after `Judge Thomas`). `nodeScores` holds each graph node's score.
 */
export function bestCandidates(
  candidates: Candidates,
  nodeScores: Float64Array,
  count: number,
  referents: Referents | null = null,
): BestCandidatesResult {
  const scores = scoreCandidates(candidates, nodeScores)
  if (heapSpace.length < candidates.size) heapSpace = new Int32Array(Math.max(candidates.size, heapSpace.length * 2))
  const best: number[] = []
  const placeScores: number[] = []
  // The place in `best` of each referent taken, and the candidates a referent's place took in without showing them:
  // their words block a lesser phrase as a shown candidate's do (`president` after `President Bush`).
  const placeOf = new Map<number, number>()
  const absorbed: number[] = []
  for (const heap = new CandidateHeap(scores, candidates.first, candidates.size, heapSpace); best.length < count && heap.size > 0; ) {
    const k = heap.pop()
    let within = false
    for (let o = 0; o < best.length && !within; o++) within = candidates.within(k, best[o]!)
    for (let o = 0; o < absorbed.length && !within; o++) within = candidates.within(k, absorbed[o]!)
    if (within) continue
    const who = referents === null ? -1 : referents.of(k)
    if (who >= 0) {
      const place = placeOf.get(who)
      if (place !== undefined) {
        if (referents!.fullness(k) > referents!.fullness(best[place]!)) {
          absorbed.push(best[place]!)
          best[place] = k
        } else absorbed.push(k)
        continue
      }
      placeOf.set(who, best.length)
    }
    best.push(k)
    placeScores.push(scores[k]!)
  }
  return { best, scores: placeScores }
}

// (1 + count) ** FREQUENCY_POWER by count, and LENGTH_DECAY ** (length - 2) by length, computed once (0: not yet):
// the same expression on the same numbers gives the same double, and most candidates share a few counts and lengths.
let frequencyFactor = new Float64Array(64)
let lengthPrior = new Float64Array(16)

/** Each candidate's score: the sum of its words' scores (in order) times a length prior and a frequency factor. */
function scoreCandidates(candidates: Candidates, score: Float64Array): Float64Array {
  const { size, nodes, nodeStart, length, count } = candidates
  if (candidateScores.length < size) candidateScores = new Float64Array(Math.max(size, candidateScores.length * 2))
  const scores = candidateScores
  for (let k = 0; k < size; k++) {
    let sum = 0
    for (let i = nodeStart[k]!, to = i + length[k]!; i < to; i++) sum += score[nodes[i]!]!
    const c = count[k]!
    const l = length[k]!
    if (c >= frequencyFactor.length) frequencyFactor = grown(frequencyFactor, c)
    if (l >= lengthPrior.length) lengthPrior = grown(lengthPrior, l)
    let frequency = frequencyFactor[c]!
    if (frequency === 0) frequency = frequencyFactor[c] = (1 + c) ** FREQUENCY_POWER
    let prior = lengthPrior[l]!
    if (prior === 0) prior = lengthPrior[l] = LENGTH_DECAY ** Math.max(0, l - 2)
    scores[k] = sum * prior * frequency
  }
  return scores
}

/**
 * Candidate numbers from best to worst: by score, then by first position (a total order: no two candidates start at
 * one word). A binary heap, as only the first few are taken: no sort of every candidate.
 */
class CandidateHeap {
  size: number

  /** The heap of candidates `0 … size - 1`, in `heap` (which must hold them). */
  constructor(
    private readonly scores: Float64Array,
    private readonly first: Int32Array,
    size: number,
    private readonly heap: Int32Array,
  ) {
    for (let k = 0; k < size; k++) this.heap[k] = k
    this.size = size
    for (let i = (size >> 1) - 1; i >= 0; i--) this.down(i)
  }

  /** Takes out the best candidate. */
  pop(): number {
    const best = this.heap[0]!
    this.heap[0] = this.heap[--this.size]!
    this.down(0)
    return best
  }

  private before(a: number, b: number): boolean {
    const sa = this.scores[a]!
    const sb = this.scores[b]!
    return sa > sb || (sa === sb && this.first[a]! < this.first[b]!)
  }

  private down(i: number): void {
    const heap = this.heap
    const k = heap[i]!
    for (;;) {
      let child = 2 * i + 1
      if (child >= this.size) break
      if (child + 1 < this.size && this.before(heap[child + 1]!, heap[child]!)) child++
      if (!this.before(heap[child]!, k)) break
      heap[i] = heap[child]!
      i = child
    }
    heap[i] = k
  }
}

/** A copy of `a` that holds index `at`. */
const grown = (a: Float64Array, at: number) => {
  const b = new Float64Array(Math.max(at + 1, a.length * 2))
  b.set(a)
  return b
}

