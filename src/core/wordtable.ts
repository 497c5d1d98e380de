// Per-word facts and sets in typed arrays indexed by vocabulary id (vocabulary.ts), instead of string-keyed maps.
import { vocabularyGeneration } from './vocabulary.js'

/** A cache of one small non-negative integer per word id; 0 reads as "not computed". Emptied with the vocabulary. */
export class WordTable {
  private values = new Int32Array(1024)
  private generation = vocabularyGeneration()

  /** The stored value plus one, or 0 when none is stored. */
  get(id: number): number {
    if (this.generation !== vocabularyGeneration()) {
      this.values = new Int32Array(1024)
      this.generation = vocabularyGeneration()
    }
    return id < this.values.length ? this.values[id]! : 0
  }

  /** Stores `value` (≥ 0) for `id`; `get` then returns `value + 1`. */
  set(id: number, value: number): void {
    if (id >= this.values.length) {
      const grown = new Int32Array(Math.max(id + 1, this.values.length * 2))
      grown.set(this.values)
      this.values = grown
    }
    this.values[id] = value + 1
  }
}

/** A set of word ids emptied in O(1) by `clear` (a stamp per id), for one document's pass at a time. */
export class WordSet {
  private stamps = new Int32Array(1024)
  private stamp = 1

  clear(): void {
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0)
      this.stamp = 1
    }
  }

  add(id: number): void {
    if (id >= this.stamps.length) {
      const grown = new Int32Array(Math.max(id + 1, this.stamps.length * 2))
      grown.set(this.stamps)
      this.stamps = grown
    }
    this.stamps[id] = this.stamp
  }

  has(id: number): boolean {
    return id < this.stamps.length && this.stamps[id] === this.stamp
  }
}

/** A map from word id to a non-negative integer, emptied in O(1) by `clear`, for one document's pass at a time. */
export class WordMap {
  // Stamp and value side by side (`2 * id`, `2 * id + 1`): a lookup reads one cache line, not two arrays.
  private cells = new Int32Array(2048)
  private stamp = 1

  clear(): void {
    if (++this.stamp === 0x7fffffff) {
      for (let i = 0; i < this.cells.length; i += 2) this.cells[i] = 0
      this.stamp = 1
    }
  }

  /** The value stored for `id` since the last `clear`, or -1. */
  get(id: number): number {
    const at = 2 * id
    return at < this.cells.length && this.cells[at] === this.stamp ? this.cells[at + 1]! : -1
  }

  set(id: number, value: number): void {
    const at = 2 * id
    if (at >= this.cells.length) {
      const grown = new Int32Array(Math.max(at + 2, this.cells.length * 2))
      grown.set(this.cells)
      this.cells = grown
    }
    this.cells[at] = this.stamp
    this.cells[at + 1] = value
  }
}
