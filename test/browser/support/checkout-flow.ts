import type { Page } from 'playwright-core'

const IDLE = '[data-testid="app"][aria-busy="false"]'

/** Clicks (or checks, or submits) and waits until the page's API calls are answered. */
export async function act(page: Page, what: string, action: () => Promise<void>): Promise<void> {
  await action()
  await page.waitForSelector(IDLE)
  const error = page.locator('.message-error')
  if ((await error.count()) > 0)
    throw new Error(`The demo failed to ${what}: ${await error.first().textContent()}`)
}

/** Text of the element with `data-testid`, trimmed. */
export async function textOf(page: Page, testid: string): Promise<string> {
  return ((await page.getByTestId(testid).first().textContent()) ?? '').trim()
}

/** Opens the demo and waits for the order list. */
export async function openOrderList(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForSelector('[data-testid="order-row"]')
  await page.waitForSelector(IDLE)
}

/** The steps of {@link completeCheckout}, in order. */
const CHECKOUT_STEPS = [
  'open',
  'cart',
  'consents',
  'addresses',
  'shipping',
  'notification',
  'payment',
  'validate',
  'processing',
  'accepted',
  'completed',
] as const

type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

export interface CheckoutOptions {
  /** Called before each step, e.g. to move a fake clock on or to take a screenshot. */
  beforeStep?: (step: CheckoutStep, index: number) => Promise<void>
}

/**
 * Walks the first `checkout` order of the list through the whole checkout by clicking, as a
 * person would: one more of the first item, the consents, the addresses, a shipping, a
 * notification, a payment of what is left, Validate, then processing → accepted → completed.
 * Answers the order's id.
 */
export async function completeCheckout(page: Page, options: CheckoutOptions = {}): Promise<string> {
  let index = 0
  const next = async () => {
    const step = CHECKOUT_STEPS[index] as CheckoutStep
    await options.beforeStep?.(step, ++index)
  }

  await next()
  await page.locator('[data-testid="order-row"][data-status="checkout"]').first().click()
  await page.waitForSelector('[data-testid="order-view"][data-status="checkout"]')
  await page.waitForSelector(IDLE)
  const orderId = await page.getByTestId('order-view').getAttribute('data-order-id')
  if (!orderId) throw new Error('The order view names no order.')

  await next()
  const quantity = Number(await textOf(page, 'quantity'))
  await act(page, 'add one more of the first item', () =>
    page.getByTestId('quantity-increase').first().click(),
  )
  if (Number(await textOf(page, 'quantity')) !== quantity + 1)
    throw new Error('The quantity did not go up by one.')

  await next()
  // Found by id, not by `:not(:checked)`: that selector stops matching the moment the box is
  // checked, and check() would wait for an element that no longer fits it.
  const unchecked = page.locator('[data-testid="consent"]:not(:checked)')
  const consentIds = await unchecked.evaluateAll((boxes) =>
    boxes.map((box) => box.getAttribute('data-consent-id')),
  )
  for (const id of consentIds) {
    await act(page, 'check a consent', () =>
      page.locator(`[data-testid="consent"][data-consent-id="${id}"]`).check(),
    )
  }

  await next()
  await act(page, 'save the addresses', () => page.getByTestId('save-addresses').click())
  await page.waitForSelector('[data-testid="customer-saved"]')

  await next()
  await act(page, 'choose a shipping', () =>
    page.locator('[data-testid="shipping-option"][data-reference="postnord-home"]').click(),
  )

  await next()
  await act(page, 'register a notification', () => page.getByTestId('subscribe').click())

  await next()
  await act(page, 'add a payment', () => page.getByTestId('add-payment').click())

  await next()
  await act(page, 'validate', () => page.getByTestId('validate').click())
  const valid = await page.getByTestId('validation-result').getAttribute('data-valid')
  if (valid !== 'true')
    throw new Error(`Validate failed: ${await textOf(page, 'validation-result')}`)

  for (const status of ['processing', 'accepted', 'completed']) {
    await next()
    await act(page, `move to ${status}`, () => page.getByTestId(`move-${status}`).click())
    await page.waitForSelector(`[data-testid="order-view"][data-status="${status}"]`)
  }
  // Each move fired the notification; its deliveries end shortly after.
  await waitForDeliveries(page, 3)
  return orderId
}

/** Waits until the event log lists `count` events, every one delivered. */
export async function waitForDeliveries(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const events = document.querySelectorAll('[data-testid="event"]')
      return (
        events.length === expected &&
        [...events].every((event) => event.getAttribute('data-status') === 'delivered')
      )
    },
    count,
    { timeout: 10_000 },
  )
}
