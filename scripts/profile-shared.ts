// What the core's profiling scripts (profile-core.ts, profile-cold.ts) share: the root, flags, a median, loading a core.
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** A core's `summarize`, as the scripts call it. */
export type Summarize = (text: string, options?: object) => unknown

/** The repository's root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The value after `--<name>` on the command line, or undefined. */
export const flag = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`)
  return at < 0 ? undefined : process.argv[at + 1]
}

/** The median of `xs` (the mean of the middle two for an even count). */
export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** The `summarize` of the core module at `path` (a source `index.ts` or a bundle). */
export async function load(path: string): Promise<Summarize> {
  return ((await import(pathToFileURL(resolve(path)).href)) as { summarize: Summarize }).summarize
}
