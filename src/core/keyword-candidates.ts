// Keyphrase candidates in flat typed arrays: each distinct run of graph nodes once, with its count and occurrences.

/**
 * The distinct candidates of one document, numbered in order of first occurrence. A candidate is a run of word-graph
 * nodes; runs are told apart through a trie of nodes (its first level an array by node, deeper levels in an
 * open-addressing hash table), so no key string or object is made per run (long texts hold tens of thousands of runs,
 * most seen once). Each occurrence is kept, as a sentence index and a token range, for the surfaces of the phrases
 * returned. Reused from document to document by `clear`.
 */
export class Candidates {
  /** How many distinct candidates. */
  size = 0
  /** Candidate k's nodes are `nodes[nodeStart[k] … nodeStart[k] + length[k] - 1]`. */
  nodeStart = new Int32Array(256)
  length = new Int32Array(256)
  nodes = new Int32Array(1024)
  /** How often candidate k occurs. */
  count = new Int32Array(256)
  /** The document position (token index over all sentences) of candidate k's first word. */
  first = new Int32Array(256)
  // Occurrences as a list per candidate, in document order: first and last occurrence, then per occurrence its
  // sentence, token range and the next occurrence (-1 at the end).
  private occHead = new Int32Array(256)
  private occTail = new Int32Array(256)
  private occSentence = new Int32Array(256)
  private occFrom = new Int32Array(256)
  private occTo = new Int32Array(256)
  private occNext = new Int32Array(256)
  private occurrences = 0
  private used = 0
  // The trie: per trie node its parent (-1 at the root), graph node and candidate (-1 for a prefix that is none),
  // found by (parent, graph node) through `slots`, which hold trie node + 1 (0 when free).
  private trieParent = new Int32Array(1024)
  private trieNode = new Int32Array(1024)
  private trieCandidate = new Int32Array(1024)
  private trieSize = 0
  private slots = new Int32Array(2048)
  private mask = 2047
  // The first level of the trie by graph node (nodes are small dense numbers): trie node + 1 where `rootStamp` holds
  // the current document's stamp, so a run's first word needs no hashing.
  private rootStamp = new Int32Array(256)
  private rootTrie = new Int32Array(256)
  private stamp = 0

  /** Forgets every candidate, for a new document. */
  clear(): void {
    this.size = 0
    this.occurrences = 0
    this.used = 0
    this.trieSize = 0
    if (++this.stamp === 0x7fffffff) {
      this.rootStamp.fill(0)
      this.stamp = 1
    }
    // A small table to start with (cleared in proportion to it), grown as the document needs.
    this.mask = Math.min(this.slots.length, 2048) - 1
    this.slots.fill(0, 0, this.mask + 1)
  }

  /** Counts an occurrence of the run `runNodes[from … to - 1]`, in sentence `sentence` at document position `at`. */
  add(runNodes: Int32Array, from: number, to: number, sentence: number, at: number): void {
    let t = this.root(runNodes[from]!)
    for (let i = from + 1; i < to; i++) t = this.child(t, runNodes[i]!)
    let k = this.trieCandidate[t]!
    if (k < 0) k = this.trieCandidate[t] = this.create(runNodes, from, to, at)
    this.count[k]!++
    const o = this.occurrence(sentence, from, to)
    if (this.occHead[k]! < 0) this.occHead[k] = o
    else this.occNext[this.occTail[k]!] = o
    this.occTail[k] = o
  }

  /** Candidate `k`'s first occurrence; `nextOccurrence` walks on in document order, to -1. */
  firstOccurrence(k: number): number {
    return this.occHead[k]!
  }

  nextOccurrence(o: number): number {
    return this.occNext[o]!
  }

  /** Occurrence `o`'s sentence and token range [from, to). */
  occurrenceSentence(o: number): number {
    return this.occSentence[o]!
  }

  occurrenceFrom(o: number): number {
    return this.occFrom[o]!
  }

  occurrenceTo(o: number): number {
    return this.occTo[o]!
  }

  /** Whether every node of candidate `k` is a node of candidate `of`. */
  within(k: number, of: number): boolean {
    const nodes = this.nodes
    const start = this.nodeStart[of]!
    const end = start + this.length[of]!
    outer: for (let i = this.nodeStart[k]!, to = i + this.length[k]!; i < to; i++) {
      for (let j = start; j < end; j++) if (nodes[j] === nodes[i]) continue outer
      return false
    }
    return true
  }

  /** The trie node of the one-word run `node`, made if new. */
  private root(node: number): number {
    if (node >= this.rootStamp.length) {
      this.rootStamp = grow(this.rootStamp, node + 1)
      this.rootTrie = grow(this.rootTrie, node + 1)
    }
    if (this.rootStamp[node] === this.stamp) return this.rootTrie[node]!
    const id = this.newTrieNode(-1, node)
    this.rootStamp[node] = this.stamp
    this.rootTrie[node] = id
    return id
  }

  /** The trie node under `parent` (not the root) for graph node `node`, made if new. */
  private child(parent: number, node: number): number {
    const h = Math.imul(parent + 1, 0x9e3779b1) + node
    let slot = Math.imul(h ^ (h >>> 16), 0x85ebca6b) & this.mask
    for (;;) {
      const id = this.slots[slot]! - 1
      if (id < 0) break
      if (this.trieNode[id] === node && this.trieParent[id] === parent) return id
      slot = (slot + 1) & this.mask
    }
    const id = this.newTrieNode(parent, node)
    this.slots[slot] = id + 1
    // At half full, double the table and place every trie node again.
    if (this.trieSize * 2 > this.mask + 1) this.rehash()
    return id
  }

  private newTrieNode(parent: number, node: number): number {
    const id = this.trieSize++
    if (id === this.trieNode.length) {
      this.trieParent = grow(this.trieParent, id + 1)
      this.trieNode = grow(this.trieNode, id + 1)
      this.trieCandidate = grow(this.trieCandidate, id + 1)
    }
    this.trieParent[id] = parent
    this.trieNode[id] = node
    this.trieCandidate[id] = -1
    return id
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2
    if (this.slots.length < size) this.slots = new Int32Array(size)
    else this.slots.fill(0, 0, size)
    this.mask = size - 1
    for (let id = 0; id < this.trieSize; id++) {
      // First-level nodes are found through `rootTrie`, not the table.
      if (this.trieParent[id] === -1) continue
      const h = Math.imul(this.trieParent[id]! + 1, 0x9e3779b1) + this.trieNode[id]!
      let slot = Math.imul(h ^ (h >>> 16), 0x85ebca6b) & this.mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask
      this.slots[slot] = id + 1
    }
  }

  private create(runNodes: Int32Array, from: number, to: number, at: number): number {
    const k = this.size++
    if (k === this.count.length) {
      const size = k + 1
      this.nodeStart = grow(this.nodeStart, size)
      this.length = grow(this.length, size)
      this.count = grow(this.count, size)
      this.first = grow(this.first, size)
      this.occHead = grow(this.occHead, size)
      this.occTail = grow(this.occTail, size)
    }
    if (this.used + to - from > this.nodes.length) this.nodes = grow(this.nodes, this.used + to - from)
    this.nodeStart[k] = this.used
    this.length[k] = to - from
    // A loop, not `set` of a subarray: a run is a word or two, and a subarray is an object.
    for (let i = from; i < to; i++) this.nodes[this.used++] = runNodes[i]!
    this.count[k] = 0
    this.first[k] = at
    this.occHead[k] = -1
    return k
  }

  private occurrence(sentence: number, from: number, to: number): number {
    const o = this.occurrences++
    if (o === this.occNext.length) {
      this.occSentence = grow(this.occSentence, o + 1)
      this.occFrom = grow(this.occFrom, o + 1)
      this.occTo = grow(this.occTo, o + 1)
      this.occNext = grow(this.occNext, o + 1)
    }
    this.occSentence[o] = sentence
    this.occFrom[o] = from
    this.occTo[o] = to
    this.occNext[o] = -1
    return o
  }
}

/** `a` copied into an array of at least `size` entries, twice as long at least. */
function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(size, a.length * 2))
  grown.set(a)
  return grown
}
