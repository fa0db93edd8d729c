import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run-cli.ts'
import { startMockServer } from '../../src/server/index.ts'
import { checkHar, parseHar } from '../../src/traffic/index.ts'
import { completeCheckout, openOrderList } from './support/checkout-flow.ts'
import { findChromium, launchChromium } from './support/chromium.ts'
import { type DemoServer, startDemoServer } from './support/demo-server.ts'

/** Records the demo page in Chromium with Playwright's own recordHar, resolves with the file. */
async function recordDemo(browser: Browser, demo: DemoServer, query: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'demo-har-')), 'demo.har')
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    recordHar: { path, content: 'embed' },
  })
  try {
    const page = await context.newPage()
    await openOrderList(page, `${demo.url}/${query}`)
    await completeCheckout(page)
  } finally {
    // The HAR is written when the context closes.
    await context.close()
  }
  return path
}

async function checkTraffic(file: string) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(['check-traffic', file], {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
  })
  return { code, stdout: out.join(''), stderr: err.join('') }
}

describe.skipIf(!findChromium())(
  'a browser HAR of the demo page (Playwright recordHar in Chromium)',
  () => {
    let demo: DemoServer
    let browser: Browser
    beforeAll(async () => {
      ;[demo, browser] = await Promise.all([startDemoServer(), launchChromium()])
    })
    afterAll(async () => {
      await browser?.close()
      await demo?.close()
    })

    it('checks clean against the contract: a whole checkout against the standalone server', async () => {
      const server = await startMockServer({ host: '127.0.0.1', port: 0 })
      let file: string
      try {
        file = await recordDemo(browser, demo, `?server=${encodeURIComponent(server.url)}`)
      } finally {
        await server.close()
      }
      const har = parseHar(await readFile(file, 'utf8'), file)
      expect(har.log.creator.name).toBe('Playwright')
      const report = checkHar(har, file)
      // The page itself and its scripts are outside the API: counted, not checked.
      expect(report.outside['other paths'], JSON.stringify(report.outside)).toBeGreaterThan(0)
      const operations = new Set(report.results.map((result) => result.operationId))
      for (const operationId of [
        'GetCheckoutOrders',
        'GetCheckoutOrder',
        'UpdateCheckoutOrderState',
        'CreateOrderPayment',
      ])
        expect(operations).toContain(operationId)
      expect(report.passed).toBeGreaterThan(15)
      const { code, stdout } = await checkTraffic(file)
      expect(stdout).toMatch(/ 0 failed, /)
      expect(code).toBe(0)
    })

    it('checks clean against the contract: a whole checkout answered by the MSW service worker', async () => {
      const file = await recordDemo(browser, demo, '')
      const { code, stdout } = await checkTraffic(file)
      // The worker answers inside the browser; Chromium still records each exchange.
      expect(Number(/, (\d+) API exchanges/.exec(stdout)?.[1])).toBeGreaterThan(15)
      expect(stdout).toMatch(/ 0 failed, /)
      expect(code).toBe(0)
    })
  },
)
