// Result ids: a SHA-256 over the summarized text, the resolved options and the algorithm version.
import { ALGORITHM_VERSION, type ResolvedOptions } from '../core/index.js'
import type { PageMeta } from './page-meta.js'

/**
 * The id of a result, which is also the hash in its cache key. It covers the text exactly as summarized (offsets
 * refer to it, so texts differing in one byte must not share a result), every resolved option in a fixed order,
 * and the algorithm version. For an HTML page (`source` holds what its markup says of it: `meta` is filled from it) the
 * page's metadata too, so two pages with one text but different bylines or dates do not share a result.
 */
export async function resultId(text: string, options: ResolvedOptions, source: 'text' | { page: PageMeta }): Promise<string> {
  const keys = Object.keys(options).sort() as (keyof ResolvedOptions)[]
  const fields: unknown[] = [ALGORITHM_VERSION, source === 'text' ? 'text' : 'html', keys.map((k) => [k, options[k] ?? null]), text]
  // Appended, so a text's id stays what it was before pages carried metadata.
  if (source !== 'text') fields.push(source.page)
  const canonical = JSON.stringify(fields)
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
