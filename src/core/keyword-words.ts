// The keyphrase stage's facts per word id in one interleaved table, so that a token's facts share a cache line.
import { vocabularyGeneration } from './vocabulary.js'
import type { Token } from './types.js'
import { wordClass } from './wordclass.js'

// The three slots of a word, side by side at id * 3: its class bits + 1 (slot 0), 0 for not yet computed, kept while
// the vocabulary is; the number of the last document that writes it in lowercase (slot 1, LOWER); and its graph node
// in the current document, offset by `nodeBase` (slot 2, NODE; a smaller value is a node of an earlier document). One
// table in place of three id-indexed arrays: each token then costs one cache line, not three, once the vocabulary
// outgrows the caches. (A word's stem number is on its token: `stemNumber`, wordtoken.ts.) The per-token accessors write the stride
// and slots as literals: a module constant is read from its context slot on every use.
const STRIDE = 3
const LOWER = 1
const NODE = 2
// Past this, the node and document numbers start again from 1 (the slots then need clearing).
const NUMBER_BOUND = 0x3fffffff

/** Class bits, lowercase sightings and graph nodes by word id, for one document at a time. */
export class KeywordWords {
  private table = new Int32Array(1024 * STRIDE)
  private generation = -1
  private document = 0
  private nodeBase = 1
  private nodes = 0

  /** Starts a document: the lowercase sightings and graph nodes of the last one are forgotten, in O(1). */
  begin(): void {
    if (this.generation !== vocabularyGeneration()) {
      this.table = new Int32Array(1024 * STRIDE)
      this.generation = vocabularyGeneration()
      this.document = 0
      this.nodeBase = 1
      this.nodes = 0
    }
    this.nodeBase += this.nodes
    this.nodes = 0
    if (++this.document > NUMBER_BOUND || this.nodeBase > NUMBER_BOUND) {
      for (let i = 0; i < this.table.length; i += STRIDE) this.table[i + LOWER] = this.table[i + NODE] = 0
      this.document = 1
      this.nodeBase = 1
    }
  }

  /** Makes room for the token's word and notes whether it is in lowercase; every token goes through here first. */
  see(t: Token): void {
    const at = t.id * 3
    if (at >= this.table.length) {
      const grown = new Int32Array(Math.max(at + 3, this.table.length * 2))
      grown.set(this.table)
      this.table = grown
    }
    if (!t.capital) this.table[at + 1] = this.document
  }

  /** Whether the document writes the word in lowercase somewhere. */
  inLowercase(id: number): boolean {
    return this.table[id * 3 + 1] === this.document
  }

  /** The class bits of the token's word (wordclass.ts). */
  classOf(t: Token): number {
    const at = t.id * 3
    const known = this.table[at]!
    if (known !== 0) return known - 1
    const c = wordClass(t.lower)
    this.table[at] = c + 1
    return c
  }

  /** The word's graph node in this document, or -1. */
  node(id: number): number {
    const value = this.table[id * 3 + 2]!
    return value >= this.nodeBase ? value - this.nodeBase : -1
  }

  /** Sets the word's graph node (≥ 0) in this document. */
  setNode(id: number, node: number): void {
    this.table[id * 3 + 2] = this.nodeBase + node
    if (node >= this.nodes) this.nodes = node + 1
  }
}
