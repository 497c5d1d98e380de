// Reads JSON Lines files (one JSON value per line) for the eval scripts, failing with the offending line number.
import { readFileSync } from 'node:fs'

/**
 * Parses every non-blank line of a JSONL file. Throws an `Error` naming the file and 1-based line number on the
 * first line that is not valid JSON, because a silently skipped record would shift every aggregate figure.
 */
export function readJsonl(file: string): unknown[] {
  const out: unknown[] = []
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (line.length === 0) continue
    try {
      out.push(JSON.parse(line))
    } catch (err) {
      throw new Error(`${file}:${i + 1}: not valid JSON (${(err as Error).message})`)
    }
  }
  return out
}
