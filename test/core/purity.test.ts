import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const CORE = join(__dirname, '../../src/core')
// Data and NLP packages the core may use; anything else (Hono, KV, env, network) belongs to the HTTP layer.
const ALLOWED_PACKAGES = ['stemmer', 'stopword/src/stopwords_eng.js']

const files = readdirSync(CORE).filter((f) => f.endsWith('.ts'))

describe('core purity', () => {
  it('imports only from src/core and from data or NLP packages', () => {
    for (const file of files) {
      const source = readFileSync(join(CORE, file), 'utf8')
      for (const [, spec] of source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
        const ok = spec!.startsWith('./') || ALLOWED_PACKAGES.includes(spec!)
        expect(ok, `${file} imports ${spec}`).toBe(true)
      }
      expect(source, `${file} uses dynamic import`).not.toMatch(/\bimport\s*\(/)
    }
  })

  it('uses no clock, no randomness, no environment and no network', () => {
    for (const file of files) {
      const code = readFileSync(join(CORE, file), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
      expect(code, file).not.toMatch(/\b(?:Date|Math\.random|performance\.now|crypto|fetch|process|globalThis|caches|setTimeout)\b/)
    }
  })
})
