// Packed string tables (the tokenizer's word forms, the vocabulary's words and stems): a number and two integers a string.

// News reuses its vocabulary heavily: one lookup per token replaces lowercasing, stemming and the word tests. Across many
// documents the table outgrows the processor's caches and each line it touches is a miss, so it is kept dense: an index
// of (hash, record) pairs, 8 bytes a slot, and one record per form holding its integers next to its characters.

// A record: the form's length in UTF-16 units, its word id, its `bits`, its number, then its characters two to an int.
const LENGTH = 0
const ID = 1
const BITS = 2
const NUMBER = 3
const HEAD = 4

/** FNV-1a over the UTF-16 code units of `text[from, to)`: the hash `FormTable` expects. */
export function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h
}

/**
 * Distinct character runs, each with a record (`find`, `add`) that holds the integers its tokens carry. Open
 * addressing with linear probing, at most three quarters full; the characters are compared only where the whole hash matches.
 */
export class FormTable {
  /** Per slot: the hash, and the record's position + 1 (0: empty). */
  private index = new Int32Array(2 << 10)
  private records = new Int32Array(1 << 14)
  private used = 0
  /** Forms held. */
  size = 0

  /** The record of `text[from, to)` (whose `hashOf` is `hash`), or -1 when it has none. */
  find(text: string, from: number, to: number, hash: number): number {
    // Locals, not fields, in the probe loop: V8 would otherwise read them again on every pass.
    const index = this.index
    const records = this.records
    const mask = (index.length >> 1) - 1
    const length = to - from
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const r = index[2 * at + 1]! - 1
      if (r < 0) return -1
      if (index[2 * at] === hash && records[r + LENGTH] === length && same(records, r + HEAD, text, from, length)) return r
    }
  }

  /** Adds `text[from, to)`, not yet held, as form number `number` with its word id and bits; returns its record. */
  add(text: string, from: number, to: number, hash: number, number: number, id: number, bits: number): number {
    const length = to - from
    const need = HEAD + ((length + 1) >> 1)
    if (this.used + need > this.records.length) {
      const grown = new Int32Array(Math.max(this.used + need, this.records.length * 2))
      grown.set(this.records)
      this.records = grown
    }
    const records = this.records
    const r = this.used
    records[r + LENGTH] = length
    records[r + ID] = id
    records[r + BITS] = bits
    records[r + NUMBER] = number
    let q = r + HEAD
    let k = 0
    for (; k + 1 < length; k += 2) records[q++] = text.charCodeAt(from + k) | (text.charCodeAt(from + k + 1) << 16)
    if (k < length) records[q] = text.charCodeAt(from + k)
    this.used += need
    this.size++
    // Three quarters full, not half: the denser index misses the processor's caches less often than its longer probes
    // cost (first sight 0.989, warm 0.98 of half full; 1 MB less index for the 50,000-form table at its bound).
    if (this.size * 4 > (this.index.length >> 1) * 3) this.grow()
    place(this.index, hash, r + 1)
    return r
  }

  /** The word id held in record `r`. */
  id(r: number): number {
    return this.records[r + ID]!
  }

  /** The `bits` held in record `r`. */
  bits(r: number): number {
    return this.records[r + BITS]!
  }

  /** The form number held in record `r`. */
  number(r: number): number {
    return this.records[r + NUMBER]!
  }

  /** Sets the form number held in record `r`. */
  setNumber(r: number, number: number): void {
    this.records[r + NUMBER] = number
  }

  /** Sets the `bits` held in record `r`. */
  setBits(r: number, bits: number): void {
    this.records[r + BITS] = bits
  }

  private grow(): void {
    const old = this.index
    this.index = new Int32Array(old.length * 2)
    for (let at = 0; at < old.length; at += 2) if (old[at + 1] !== 0) place(this.index, old[at]!, old[at + 1]!)
  }
}

/** Puts (`hash`, `slot`) in the first free slot from the hash's own. */
function place(index: Int32Array, hash: number, slot: number): void {
  const mask = (index.length >> 1) - 1
  let at = hash & mask
  while (index[2 * at + 1] !== 0) at = (at + 1) & mask
  index[2 * at] = hash
  index[2 * at + 1] = slot
}

/** Whether `text[from, from + length)` is the characters packed in `records` from `q`. */
function same(records: Int32Array, q: number, text: string, from: number, length: number): boolean {
  let k = 0
  for (; k + 1 < length; k += 2)
    if ((text.charCodeAt(from + k) | (text.charCodeAt(from + k + 1) << 16)) !== records[q++]) return false
  return k === length || text.charCodeAt(from + k) === records[q]
}
