// Entry point of the benchmark's child processes: runs one measuring job in a fresh Node process and writes its JSON.
//
//   child.ts core --key <summarizer> [--quick] [--core <module>]   (serves timing requests over IPC; see core.ts)
//   child.ts scaling --out <file> [--quick] [--core <module>]
//   node --expose-gc --trace-gc --import tsx child.ts memory --out <file> [--core <module>]
//   child.ts config --out <file>   (wrangler.toml as Miniflare needs it)

import { writeFileSync } from 'node:fs'
import { readWorkerConfig } from './bundle'
import { serveSummarizer } from './core-serve'
import { memoryChild } from './memory'
import { timeScaling } from './scaling'

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function main(): Promise<void> {
  const job = process.argv[2]
  const quick = process.argv.includes('--quick')
  const corePath = flag('core')
  if (job === 'core') {
    const key = flag('key')
    if (!key) throw new Error('--key is required')
    return serveSummarizer(key, quick, corePath)
  }
  const out = flag('out')
  if (!out) throw new Error('--out is required')
  let result: unknown
  if (job === 'scaling') {
    result = await timeScaling(quick, corePath)
  } else if (job === 'config') {
    result = await readWorkerConfig()
  } else if (job === 'memory') {
    result = await memoryChild(corePath)
  } else {
    throw new Error(`unknown job ${job}`)
  }
  writeFileSync(out, JSON.stringify(result))
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
  process.exit(1)
})
