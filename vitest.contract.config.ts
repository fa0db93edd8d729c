import { defineConfig } from 'vitest/config'
import base from './vitest.config.ts'

/** `npm run contract`: the contract suite as a vitest project (see test/contract-project/). */
export default defineConfig({
  ...(base.resolve && { resolve: base.resolve }),
  test: { include: ['test/contract-project/**/*.contract.ts'], testTimeout: 120_000 },
})
