// Where a report's figures came from: the repository root, the commit, whether the measured code had local changes.
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's root folder (scripts/ is one level below it). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Runs git in the repository and returns its trimmed output, or '' when git fails. */
export function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return ''
  }
}

/** The provenance fields every report carries. */
export interface Provenance {
  file: string
  commit: string
  /** Uncommitted changes under `watched`, the code the figures measure. */
  dirty: boolean
  date: string
}

/** Provenance of figures measured on `file`, with `watched` (e.g. `src/core`) as the code under measurement. */
export function provenance(file: string, watched: string): Provenance {
  return {
    file: path.relative(REPO_ROOT, file),
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    dirty: git(['status', '--porcelain', '--', watched]).length > 0,
    date: new Date().toISOString(),
  }
}
