import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from '../../src/server/index.ts'
import { completeCheckout, openOrderList, textOf } from './support/checkout-flow.ts'
import { launchChromium } from './support/chromium.ts'
import { type DemoServer, startDemoServer } from './support/demo-server.ts'

describe('the demo page against the standalone server (?server=)', () => {
  let demo: DemoServer
  let browser: Browser
  let server: MockServer
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    ;[demo, browser] = await Promise.all([startDemoServer(), launchChromium()])
  })
  afterAll(async () => {
    await browser?.close()
    await demo?.close()
  })
  beforeEach(async () => {
    server = await startMockServer({ host: '127.0.0.1', port: 0 })
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    page = await context.newPage()
  })
  afterEach(async () => {
    await context?.close()
    await server?.close()
  })

  it('calls the server over HTTP with CORS, not the service worker', async () => {
    const answer = page.waitForResponse((response) =>
      response.url().startsWith(`${server.url}/checkout/order/api/v0/checkout/orders`),
    )
    await openOrderList(page, `${demo.url}/?server=${encodeURIComponent(server.url)}`)
    const response = await answer
    expect(response.fromServiceWorker()).toBe(false)
    expect(response.status()).toBe(200)
    expect(await response.headerValue('access-control-allow-origin')).toBe('*')
    expect(await page.getByTestId('order-row').count()).toBe(12)
    expect(await textOf(page, 'mode')).toBe(`Standalone server ${server.url}`)
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull()
  })

  it('takes an order through the whole checkout to completed on the server', async () => {
    const fromWorker: boolean[] = []
    page.on('response', (response) => {
      if (response.url().startsWith(server.url)) fromWorker.push(response.fromServiceWorker())
    })
    await openOrderList(page, `${demo.url}/?server=${encodeURIComponent(server.url)}`)

    const orderId = await completeCheckout(page)

    expect(fromWorker.length).toBeGreaterThan(10)
    expect(fromWorker.some(Boolean)).toBe(false)
    const stored = server.store.getOrder(orderId)
    expect(stored?.state?.transitions?.map((transition) => transition.status)).toEqual([
      'checkout',
      'processing',
      'accepted',
      'completed',
    ])
    // The server delivered the notifications to the demo's own origin (loopback).
    const events = server.store.events.list({ orderId })
    expect(events.map((event) => event.status)).toEqual(['delivered', 'delivered', 'delivered'])
    expect(events[0]?.deliveries[0]?.url).toBe(`${demo.url}/demo-webhook/${orderId}`)
  })
})
