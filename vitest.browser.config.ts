import { defineConfig } from 'vitest/config'

/**
 * The browser suite (`npm run test:browser`): Node-side tests that serve `demo/` with Vite and
 * drive the machine's Chromium through playwright-core. `npm test` runs it when a Chromium
 * exists (`scripts/run-browser-tests.mjs`).
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    // One Chromium and one Vite server at a time: steadier timings, less memory.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
