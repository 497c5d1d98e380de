// Test projects: the pure core in Node, and the Worker inside workerd with real KV (the Cloudflare vitest pool).
import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

// Generous limits, not timing assertions: the first request in workerd loads the module graph, which on a busy
// two-core machine can take several seconds.
const timeouts = { testTimeout: 60_000, hookTimeout: 60_000 }

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'core', include: ['test/core/**/*.test.ts'], environment: 'node', ...timeouts } },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            // One log line per request would drown the test output.
            miniflare: { bindings: { LOG_REQUESTS: 'false' } },
          }),
        ],
        test: { name: 'worker', include: ['test/worker/**/*.test.ts'], ...timeouts },
      },
    ],
  },
})
