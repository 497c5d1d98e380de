// Starts the Worker with `wrangler dev` on a free loopback port for the browser test, and always stops it.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A running local Worker. */
export interface LocalWorker {
  url: string
  /** Everything wrangler printed, for failure messages. */
  output: () => string
  stop: () => Promise<void>
}

/** Options of `startWorker`. */
export interface StartWorkerOptions {
  /** How long to wait for `/health`. Default 90 s (a cold start on a busy two-core machine). */
  timeoutMs?: number
}

/** A port the OS says is free on 127.0.0.1 (never 8787, which `npm start` uses). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

// The whole process group: npx, wrangler and workerd. A second signal after a grace period, if needed.
async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig)
    } catch {
      // Already gone.
    }
  }
  signal('SIGTERM')
  const timer = setTimeout(() => signal('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
  signal('SIGKILL') // workerd children that outlived wrangler
}

/** Starts `wrangler dev` with a fresh local KV in a temp dir and waits until `/health` answers. */
export async function startWorker({ timeoutMs = 90_000 }: StartWorkerOptions = {}): Promise<LocalWorker> {
  const [port, inspectorPort] = [await freePort(), await freePort()]
  const persist = mkdtempSync(join(tmpdir(), 'pressbrief-e2e-kv-'))
  let log = ''
  const child = spawn(
    'npx',
    ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort),
      '--persist-to', persist, '--show-interactive-dev-session=false', '--var', 'LOG_REQUESTS:false'],
    {
      detached: true, // its own process group, so stop() reaches workerd too
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    },
  )
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    await killGroup(child)
    rmSync(persist, { recursive: true, force: true })
  }
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    try {
      const res = await fetch(`${url}/health`)
      if (res.ok) return { url, output: () => log, stop }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  await stop()
  throw new Error(`wrangler dev did not become healthy on ${url}:\n${log}`)
}
