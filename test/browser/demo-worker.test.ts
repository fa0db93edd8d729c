import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  act,
  completeCheckout,
  openOrderList,
  textOf,
  waitForDeliveries,
} from './support/checkout-flow.ts'
import { launchChromium } from './support/chromium.ts'
import { type DemoServer, startDemoServer } from './support/demo-server.ts'

const SCREENSHOT = fileURLToPath(new URL('../../docs/demo.png', import.meta.url))
/** The page's clock in the screenshot run, so the committed image does not change by itself. */
const START = Date.parse('2026-01-15T09:00:00Z')

describe('the demo page against the service worker', () => {
  let demo: DemoServer
  let browser: Browser
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
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      timezoneId: 'Europe/Stockholm',
    })
    page = await context.newPage()
  })
  afterEach(async () => {
    await context?.close()
  })

  it('serves the worker script of the installed msw', async () => {
    const installed = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js')
    const committed = new URL('../../demo/public/mockServiceWorker.js', import.meta.url)
    expect(
      await readFile(committed, 'utf8'),
      'demo/public/mockServiceWorker.js is not the installed msw version. Hint: npx msw init',
    ).toBe(await readFile(installed, 'utf8'))
  })

  it('lists the demo orders from the service worker', async () => {
    const answer = page.waitForResponse((response) =>
      response.url().includes('/api/v0/checkout/orders'),
    )
    await openOrderList(page, demo.url)
    const response = await answer
    expect(response.fromServiceWorker()).toBe(true)
    expect(response.status()).toBe(200)
    expect(await response.json()).toMatchObject({ pagination: { totalSize: 12 } })
    expect(await page.getByTestId('order-row').count()).toBe(12)
    expect(await textOf(page, 'mode')).toBe('Service worker (MSW) in this page')
    const controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)
    expect(controller).toBe(`${demo.url}/mockServiceWorker.js`)
  })

  it('shows the problem the mock answers when a move is refused', async () => {
    await openOrderList(page, demo.url)
    await page.locator('[data-testid="order-row"][data-status="checkout"]').first().click()
    await page.waitForSelector('[data-testid="order-view"][data-status="checkout"]')
    await page.waitForSelector('[data-testid="app"][aria-busy="false"]')

    // The fixture's required terms consent is not checked yet: 409 consent-required.
    await page.getByTestId('move-processing').click()
    await page.waitForSelector('.message-error')
    expect(await textOf(page, 'message')).toMatch(
      /^PUT \/checkout\/order\/api\/v0\/checkout\/orders\/o_\w+\/state answered 409: .*required consents are not checked: ci_terms/,
    )
    expect(await textOf(page, 'order-status')).toBe('checkout')
  })

  it('creates a new order and opens it', async () => {
    await openOrderList(page, demo.url)
    await act(page, 'create an order', () => page.getByTestId('new-order').click())
    await page.waitForSelector('[data-testid="order-view"][data-status="checkout"]')
    await page.waitForSelector('[data-testid="app"][aria-busy="false"]')
    expect(await page.getByTestId('cart-item').count()).toBe(2)
    expect(await textOf(page, 'message')).toMatch(/^Created order o_[A-Za-z]{26}\.$/)

    await act(page, 'go back to the list', () => page.getByTestId('back').click())
    await page.waitForSelector('[data-testid="order-list"]')
    expect(await page.getByTestId('order-row').count()).toBe(13)
    await act(page, 'reset the data', () => page.getByTestId('reset').click())
    expect(await page.getByTestId('order-row').count()).toBe(12)
  })

  it('takes an order through the whole checkout to completed, and screenshots it', async () => {
    await page.clock.setFixedTime(START)
    const fromWorker: boolean[] = []
    page.on('response', (response) => {
      if (response.url().includes('/checkout/order/api/'))
        fromWorker.push(response.fromServiceWorker())
    })
    await openOrderList(page, demo.url)

    const orderId = await completeCheckout(page, {
      async beforeStep(step, index) {
        // The README's picture: everything chosen, paid and accepted, one move from the end.
        if (step === 'completed') {
          await waitForDeliveries(page, 2)
          await page.mouse.move(0, 0)
          await page.screenshot({ path: SCREENSHOT, fullPage: true, animations: 'disabled' })
        }
        // Every step a few minutes after the last, as a shopper would take them.
        await page.clock.setFixedTime(START + index * 3 * 60_000)
      },
    })

    expect(await textOf(page, 'order-status')).toBe('completed')
    expect(
      await page
        .getByTestId('transition')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-status'))),
    ).toEqual(['checkout', 'processing', 'accepted', 'completed'])
    expect(await textOf(page, 'left-to-pay')).toMatch(/^0,00\s*kr$/)
    expect(fromWorker.length).toBeGreaterThan(10)
    expect(fromWorker.every(Boolean)).toBe(true)

    // The in-page store agrees with the page.
    const stored = await page.evaluate(async (id) => {
      const response = await fetch(`/checkout/order/api/v0/checkout/orders/${id}`, {
        headers: {
          authorization: 'Bearer demo-token',
          'x-merchant': 'thingsandstuff',
          'x-channel': 'thingsandstuff-se',
        },
      })
      return response.json()
    }, orderId)
    expect(stored).toMatchObject({ id: orderId, state: { currentStatus: 'completed' } })

    // After payment (decision 29): the PSP captures, then refunds; the rules of decision 65
    // offer only the moves they allow.
    const badge = page.getByTestId('payment-entry').first().locator('.badge')
    expect(await badge.textContent()).toBe('intent')
    await act(page, 'capture the payment', () => page.getByTestId('payment-captured').click())
    expect(await badge.textContent()).toBe('captured')
    expect(await page.getByTestId('payment-cancelled').count()).toBe(0)
    await act(page, 'refund the payment', () => page.getByTestId('payment-refunded').click())
    expect(await badge.textContent()).toBe('refunded')
    expect(await page.locator('[data-testid^="payment-"][data-testid$="ed"]').count()).toBe(0)
    expect(await textOf(page, 'left-to-pay')).not.toMatch(/^0,00/)
  })
})
