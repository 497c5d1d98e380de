// Values computed once per object (a document, an entity result) and kept exactly as long as that object lives.

/**
 * `compute`, remembered per key object: a second call with the same key returns the first call's value. Several stages
 * read the same per-document facts (sentence starts, unmarked quotations, organization names); keyed weakly, the cache
 * lives no longer than the document.
 */
export function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>()
  return (key) => {
    let value = made.get(key)
    if (value === undefined) made.set(key, (value = compute(key)))
    return value
  }
}
