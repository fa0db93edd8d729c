import { fileURLToPath } from 'node:url'
import { configDefaults, defineConfig } from 'vitest/config'

const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url))

export default defineConfig({
  resolve: {
    // Most tests import the module they test from src/ directly. The ones that show a user's
    // view (test/readme, test/node) import the package by its public name, as users do; these
    // aliases point those names at the sources, so no build is needed first.
    alias: [
      { find: /^norce-checkout-mock\/factories$/, replacement: source('factories/index.ts') },
      { find: /^norce-checkout-mock\/node$/, replacement: source('node/index.ts') },
      { find: /^norce-checkout-mock\/server$/, replacement: source('server/index.ts') },
      { find: /^norce-checkout-mock\/contract$/, replacement: source('contract/index.ts') },
      { find: /^norce-checkout-mock$/, replacement: source('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Type tests of the public API: `npm run test:types` (vitest typecheck, tsc).
    typecheck: { include: ['test/types/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // The browser suite has its own config (vitest.browser.config.ts) and needs a Chromium.
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    // Builds dist/ once when it is older than src/: the CLI tests run the real bin.
    globalSetup: ['test/server/global-setup.ts'],
    pool: 'threads',
    testTimeout: 20_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
})
