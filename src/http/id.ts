// Result ids: a SHA-256 over the summarized text, the resolved options and the algorithm version.
import { ALGORITHM_VERSION, type ResolvedOptions } from '../core/index.js'

/**
 * The id of a result, which is also the hash in its cache key. It covers the text exactly as summarized (offsets
 * refer to it, so texts differing in one byte must not share a result), every resolved option in a fixed order,
 * and the algorithm version.
 */
export async function resultId(text: string, options: ResolvedOptions, source: 'text' | 'html'): Promise<string> {
  const keys = Object.keys(options).sort() as (keyof ResolvedOptions)[]
  const canonical = JSON.stringify([ALGORITHM_VERSION, source, keys.map((k) => [k, options[k] ?? null]), text])
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
