import { createServer } from 'node:net'
import { defineConfig } from '@playwright/test'

/** A free loopback port, chosen once: the workers inherit it through the environment. */
async function freePort(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return String(port)
}
process.env.APP_PORT ??= await freePort()
process.env.MOCK_PORT ??= await freePort()
export const APP_URL = `http://127.0.0.1:${process.env.APP_PORT}`
export const MOCK_URL = `http://127.0.0.1:${process.env.MOCK_PORT}`

export default defineConfig({
  reporter: 'list',
  use: {
    baseURL: APP_URL,
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium (apt-get install chromium); `npx playwright install` works too, then
      // drop executablePath.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // The mock inside the test run: @msw/playwright routes the page's requests through the
    // kit's MSW handlers, and each test has its own store.
    { name: 'msw', testDir: 'tests/msw' },
    // The mock as a real server (webServer below): the page calls it over HTTP with CORS.
    { name: 'server', testDir: 'tests/server' },
  ],
  webServer: [
    { command: 'node app/serve.js', url: `${APP_URL}/`, reuseExistingServer: false },
    {
      command: `npx norce-checkout-mock serve --port ${process.env.MOCK_PORT} --quiet`,
      url: `${MOCK_URL}/__admin/health`,
      reuseExistingServer: false,
    },
  ],
})
