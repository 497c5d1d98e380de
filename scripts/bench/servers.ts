// Starts the Worker to load-test, in-process under Miniflare or as `wrangler dev`, and guarantees both are stopped.

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Readable } from 'node:stream'
import { Miniflare } from 'miniflare'
import { WRANGLER_BIN, type WorkerConfig } from './bundle'
import { ROOT, WRANGLER_ENV, owed, progress } from './util'

/** A running server: its loopback origin and how to stop it. */
export interface Server {
  name: string
  origin: string
  /** In-process request path, when there is one (Miniflare's `dispatchFetch`). */
  dispatch?: (path: string, init?: RequestInit) => Promise<{ status: number; headers: Headers; body: string }>
  stop: () => Promise<void>
  /** Lines the server process wrote so far (the Worker's console output included). */
  logLines: () => number
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer()
    srv.once('error', rej)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      srv.close(() => (typeof addr === 'object' && addr ? res(addr.port) : rej(new Error('no port'))))
    })
  })
}

/** Hosts the bundled Worker in this process with Miniflare's API: no wrangler, no development proxy. */
export async function startMiniflare(scriptPath: string, cfg: WorkerConfig): Promise<Server> {
  let runtimeLines = 0
  const mf = new Miniflare({
    name: cfg.name,
    // The bundle is one ES module. Listing it (rather than `modules: true, scriptPath`) skips Miniflare's import
    // walker, which rejects the non-literal `import("cloudflare:workers")` Hono's logger carries.
    modules: [{ type: 'ESModule', path: scriptPath }],
    modulesRoot: dirname(scriptPath), // module names relative to the bundle's directory, not the working directory
    compatibilityDate: cfg.compatibilityDate,
    compatibilityFlags: cfg.compatibilityFlags,
    kvNamespaces: cfg.kvNamespaces,
    ratelimits: cfg.ratelimits as never, // Miniflare types the period as an enum of 10 | 60
    bindings: cfg.vars,
    host: '127.0.0.1',
    port: await freePort(),
    // The Worker's console (Hono's request logger) goes to workerd's stdout: count its lines, keep them off ours.
    handleRuntimeStdio: (stdout: Readable, stderr: Readable) => {
      stdout.on('data', (d: Buffer) => (runtimeLines += d.toString().split('\n').length - 1))
      stderr.on('data', (d: Buffer) => (runtimeLines += d.toString().split('\n').length - 1))
    },
  })
  let disposed = false
  const cleanup = {
    async: async () => {
      if (!disposed) {
        disposed = true
        await mf.dispose()
      }
    },
    sync: () => undefined, // workerd is Miniflare's child and exits with this process
  }
  owed.add(cleanup)
  let url: URL
  try {
    url = await mf.ready
  } catch (e) {
    disposed = true // a runtime that failed to start has already been torn down
    owed.delete(cleanup)
    await mf.dispose().catch(() => undefined)
    throw e
  }
  return {
    name: 'miniflare',
    origin: url.origin,
    logLines: () => runtimeLines,
    dispatch: async (path, init) => {
      const res = await mf.dispatchFetch(new URL(path, url).href, init as never)
      return { status: res.status, headers: res.headers as unknown as Headers, body: await res.text() }
    },
    stop: async () => {
      owed.delete(cleanup)
      await cleanup.async()
    },
  }
}

/** Starts `wrangler dev` in its own process group on free ports with fresh, throw-away KV state. */
export async function startWranglerDev(timeoutMs = 90_000): Promise<Server> {
  const port = await freePort()
  const inspectorPort = await freePort()
  const persist = mkdtempSync(join(tmpdir(), 'pressbrief-bench-state-'))
  const args = [WRANGLER_BIN, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort)]
  args.push('--persist-to', persist, '--show-interactive-dev-session=false', '--log-level', 'warn')
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...WRANGLER_ENV, CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // a process group of its own, so workerd and every helper go down with it
  })
  let log = ''
  let lines = 0
  const keep = (d: Buffer) => {
    log = (log + d.toString()).slice(-8000)
    lines += d.toString().split('\n').length - 1
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  let exited = false
  child.once('exit', () => (exited = true))

  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal)
    } catch {
      /* already gone */
    }
  }
  const cleanup = {
    async: async () => {
      if (!exited) {
        killGroup('SIGTERM')
        const deadline = Date.now() + 5000
        while (!exited && Date.now() < deadline) await sleep(100)
        killGroup('SIGKILL')
      }
      rmSync(persist, { recursive: true, force: true })
    },
    sync: () => {
      killGroup('SIGKILL')
      rmSync(persist, { recursive: true, force: true })
    },
  }
  owed.add(cleanup)
  const origin = `http://127.0.0.1:${port}`
  const server: Server = {
    name: 'wrangler dev',
    origin,
    logLines: () => lines,
    stop: async () => {
      owed.delete(cleanup)
      await cleanup.async()
    },
  }
  progress(`wrangler dev: starting on ${origin} (pid ${child.pid})`)
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exited) break
    try {
      const res = await fetch(`${origin}/health`, { signal: AbortSignal.timeout(2000) })
      await res.arrayBuffer()
      if (res.ok) return server
    } catch {
      /* not up yet */
    }
    await sleep(250)
  }
  await server.stop()
  throw new Error(`wrangler dev did not answer GET /health ${exited ? '(it exited)' : `within ${timeoutMs} ms`}:\n${log}`)
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
