import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

/** Debian's Chromium unless `CHROMIUM_PATH` names another (the same lookup as `npm test`). */
export function findChromium(): string | undefined {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  return existsSync(path) ? path : undefined
}

/**
 * The flags every run uses: headless, no sandbox (CI runs as root), and nothing that reaches
 * the network on its own. Playwright adds a fresh `--user-data-dir` for every launch.
 */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const

/** Launches the machine's Chromium through playwright-core (no downloaded browsers). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium()
  if (!executablePath) {
    throw new Error(
      `Failed to launch Chromium: none at ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}. Hint: apt-get install -y chromium, or set CHROMIUM_PATH.`,
    )
  }
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_FLAGS] })
}
