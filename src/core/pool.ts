// The candidates selection considers: all of them, or on a long text the best-scored few hundred, found in one pass.
import type { Candidate } from './select.js'

/** Whether `a` (at `ai` of the input) comes before `b` (at `bi`) by score, then index, then input order. */
export const before = (a: Candidate, ai: number, b: Candidate, bi: number) =>
  a.score > b.score || (a.score === b.score && (a.index < b.index || (a.index === b.index && ai < bi)))

/**
 * The candidates selection considers, best-scored first (by index on a tie), or all of them in input order when
 * there are no more than `size` with finite scores: the order then only breaks ties, and `select` reads it without
 * sorting (`ordered` false).
 */
export function poolOf(candidates: readonly Candidate[], size: number): { pool: readonly Candidate[]; ordered: boolean } {
  const finite = candidates.every((c) => Number.isFinite(c.score))
  if (candidates.length <= size && finite) return { pool: candidates, ordered: false }
  if (!finite) return { pool: [...candidates].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, size), ordered: true }
  return { pool: best(candidates, size), ordered: true }
}

/**
 * The first `size` of `candidates` in the order of a stable sort by score (best first), then index: kept in a heap of
 * `size` as they come, so a long text's ten thousand candidates are not all sorted to keep two hundred.
 */
function best(candidates: readonly Candidate[], size: number): Candidate[] {
  // `worse(i, j)`: candidate i comes after candidate j in `before`'s order (input position breaks the last tie, as a
  // stable sort does).
  const worse = (i: number, j: number) => before(candidates[j]!, j, candidates[i]!, i)
  // A heap of positions with the worst kept at the root.
  const heap: number[] = []
  const down = (k: number) => {
    for (;;) {
      let w = k
      const l = 2 * k + 1
      if (l < heap.length && worse(heap[l]!, heap[w]!)) w = l
      if (l + 1 < heap.length && worse(heap[l + 1]!, heap[w]!)) w = l + 1
      if (w === k) return
      ;[heap[k], heap[w]] = [heap[w]!, heap[k]!]
      k = w
    }
  }
  for (let i = 0; i < candidates.length; i++) {
    if (heap.length < size) {
      heap.push(i)
      for (let k = heap.length - 1; k > 0 && worse(heap[k]!, heap[(k - 1) >> 1]!); k = (k - 1) >> 1)
        [heap[k], heap[(k - 1) >> 1]] = [heap[(k - 1) >> 1]!, heap[k]!]
    } else if (worse(heap[0]!, i)) {
      heap[0] = i
      down(0)
    }
  }
  return heap.sort((i, j) => (worse(i, j) ? 1 : -1)).map((i) => candidates[i]!)
}
