// PositionRank's ranking core: the typed-array graph must give, bit for bit, what the plain push formulation gives.
import { describe, expect, it } from 'vitest'
import { positionRank, rankStream } from '../../src/core/positionrank.js'

/** The textbook formulation: every co-occurrence pushes a share of its source to its target, sources ascending. */
function reference(seq: number[], bias: number[], window = 10, damping = 0.85, iterations = 30): Float64Array {
  const n = bias.length
  const edges: [number, number][] = []
  for (let i = 0; i < seq.length; i++)
    for (let j = i + 1; j < Math.min(seq.length, i + Math.max(1, window)); j++)
      if (seq[i] !== seq[j]) edges.push([seq[i]!, seq[j]!], [seq[j]!, seq[i]!])
  edges.sort((x, y) => x[0] - y[0])
  const degree = new Array<number>(n).fill(0)
  for (const [a] of edges) degree[a]!++
  const total = bias.reduce((s, b) => s + b, 0)
  const p = bias.map((b) => b / (total || 1))
  let rank = [...p]
  for (let it = 0; it < iterations; it++) {
    const sum = new Array<number>(n).fill(0)
    for (const [a, b] of edges) sum[b] = sum[b]! + rank[a]! / degree[a]!
    const next = sum.map((s, a) => (1 - damping) * p[a]! + damping * s)
    let delta = 0
    for (let a = 0; a < n; a++) delta += Math.abs(next[a]! - rank[a]!)
    rank = next
    if (delta < 1e-4) break
  }
  return Float64Array.from(rank)
}

/** A stream of `length` ids over `n` nodes, each node first seen in id order, skewed like word frequencies. */
function stream(length: number, n: number, seed: number): { seq: number[]; bias: number[] } {
  let x = seed
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648)
  const seq: number[] = []
  let seen = 0
  for (let i = 0; i < length; i++) {
    const id = seen < n && (seen === 0 || next() < 0.4) ? seen++ : Math.floor(next() ** 2 * seen)
    seq.push(id)
  }
  const bias = new Array<number>(seen).fill(0)
  seq.forEach((id, i) => (bias[id] = bias[id]! + 1 / (1 + i)))
  return { seq, bias }
}

describe('rankStream', () => {
  // Few nodes and one node alone: repeats within a window, which the degree count subtracts.
  it('matches the push formulation bit for bit', () => {
    for (const [length, n, window] of [[1, 1, 10], [2, 2, 10], [7, 3, 2], [50, 20, 10], [400, 150, 10], [3000, 900, 5], [300, 40, 1], [200, 3, 10], [60, 1, 10]] as const) {
      for (let seed = 1; seed <= 3; seed++) {
        const { seq, bias } = stream(length, n, seed)
        const got = rankStream(Int32Array.from(seq), bias, { window })
        expect(Array.from(got)).toEqual(Array.from(reference(seq, bias, window)))
      }
    }
  })

  // Rows hold node numbers in 16 bits up to 65,535 nodes (the padding node included), in 32 bits past that.
  it('matches the push formulation on either side of the 16-bit rows', () => {
    for (const n of [65535, 65536]) {
      const { seq, bias } = stream(170000, n, 1)
      expect(bias.length).toBe(n)
      const got = rankStream(Int32Array.from(seq), bias, { window: 2 })
      expect(Array.from(got)).toEqual(Array.from(reference(seq, bias, 2)))
    }
  })

  it('gives nothing for no nodes, and only the jump for an isolated node', () => {
    expect(rankStream([], [])).toEqual(new Float64Array(0))
    expect(Array.from(rankStream([0], [1]))).toEqual(Array.from(reference([0], [1])))
  })

  it('ranks stems by name through positionRank', () => {
    const out = positionRank(['oil', 'spill', 'oil', 'crew'], new Map([['oil', 1.5], ['spill', 0.5], ['crew', 0.25]]))
    expect([...out.keys()]).toEqual(['oil', 'spill', 'crew'])
    expect(out.get('oil')!).toBeGreaterThan(out.get('spill')!)
  })
})
