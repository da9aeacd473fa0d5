import { defineConfig } from 'vitest/config'

// Browser tests: node environment driving headless chromium against `vite preview` of dist/.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['./test/e2e/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One chromium per file; files run in parallel, tests inside a file one after another.
    fileParallelism: true,
    // Browser tests mostly wait (page loads, the API's latency, axe): four files at a time on
    // two cores took the suite from 527 s to 338 s, build included.
    maxWorkers: 4,
  },
})
