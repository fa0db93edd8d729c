#!/usr/bin/env node
// The browser half of `npm test`: runs the browser suite (vitest.browser.config.ts) when a
// Chromium exists, else says so in one line and succeeds. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
if (!existsSync(chromium)) {
  console.log(
    `Browser tests skipped: no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH).`,
  )
  process.exit(0)
}
const result = spawnSync(
  'npx',
  ['vitest', 'run', '-c', 'vitest.browser.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } },
)
process.exit(result.status ?? 1)
