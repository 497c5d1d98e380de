// The browser test (npm run test:e2e): Node environment, one file at a time, long timeouts for wrangler and Chromium.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 150_000,
  },
})
