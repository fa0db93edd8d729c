import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { HttpResponse, http } from 'msw'
import { createFactories } from 'norce-checkout-mock/factories'
import { expect, test } from './fixtures.ts'

// The app's tenant. The factories default to the demo tenant (thingsandstuff): orders seeded
// for the app must carry its merchant and channel, or the API answers 404.
const TENANT = { merchant: 'my-shop', channel: 'my-shop-se' }

test('starts a checkout and adds to the cart: the total follows', async ({ page, store }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start checkout' }).click()
  await expect(page.locator('#status')).toHaveText('checkout')
  await page.getByRole('button', { name: 'Add a mug' }).click()
  await expect(page.locator('#total')).toHaveText('250')
  await page.getByRole('button', { name: 'Add a mug' }).click()
  await expect(page.locator('#total')).toHaveText('500')
  const [order] = store.listOrders()
  expect(order?.cart?.items).toHaveLength(2)
})

test('will not place the order before the terms are accepted', async ({ page, store }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start checkout' }).click()
  await page.getByRole('button', { name: 'Add a mug' }).click()
  await page.getByRole('button', { name: 'Place order' }).click()
  await expect(page.getByRole('alert')).toHaveText('Please accept the terms first.')
  await page.getByLabel('I accept the terms').check()
  await page.getByRole('button', { name: 'Place order' }).click()
  await expect(page.locator('#status')).toHaveText('processing')
  expect(store.listOrders()[0]?.state?.currentStatus).toBe('processing')
})

test('a removed order cannot be placed (409), with factory data', async ({ page, store }) => {
  const { buildOrder } = createFactories({ seed: 7, ...TENANT })
  const order = buildOrder({ state: { currentStatus: 'removed' } })
  await store.seed([order])
  await page.goto(`/?order=${order.id}`)
  await expect(page.locator('#status')).toHaveText('removed')
  const placing = page.waitForResponse((response) => response.url().endsWith('/state'))
  await page.getByRole('button', { name: 'Place order' }).click()
  expect((await placing).status()).toBe(409)
  await expect(page.getByRole('alert')).toHaveText('Something went wrong (409).')
})

test('shows an error when the API is down (injected for this test)', async ({ page, network }) => {
  network.use(
    http.post('*/checkout/orders', () =>
      HttpResponse.json({ code: 'unavailable', status: 503 }, { status: 503 }),
    ),
  )
  await page.goto('/')
  await page.getByRole('button', { name: 'Start checkout' }).click()
  await expect(page.getByRole('alert')).toHaveText('Something went wrong (503).')
})

test('notifies the shop backend when the order is placed', async ({ page, store }) => {
  // The mock runs in this process: it calls the backend with Node's fetch, here a local listener.
  const received: string[] = []
  const backend = createServer((request, response) => {
    received.push(request.url ?? '')
    response.writeHead(204).end()
  })
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve))
  const { port } = backend.address() as AddressInfo
  try {
    const { buildOrder } = createFactories({ seed: 8, ...TENANT })
    const order = buildOrder({
      state: { currentStatus: 'checkout' },
      consents: [],
      notifications: [
        {
          scope: '/state/currentStatus',
          schema: { const: 'processing' },
          invoke: `http://127.0.0.1:${port}/orders/{order_id}/status`,
        },
      ],
    })
    await store.seed([order])
    await page.goto(`/?order=${order.id}`)
    await page.getByRole('button', { name: 'Place order' }).click()
    await expect(page.locator('#status')).toHaveText('processing')
    const event = await store.events.waitFor({ orderId: order.id as string })
    expect(event.status).toBe('delivered')
    expect(received).toEqual([`/orders/${order.id}/status`])
  } finally {
    backend.close()
  }
})
