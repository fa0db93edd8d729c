import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { createHandlers, createStore } from 'norce-checkout-mock'
import { createFactories } from 'norce-checkout-mock/factories'
import { CheckoutError, createCheckoutClient } from '../src/checkout-client.js'

// The tenant your app sends as x-merchant / x-channel. The factories default to the demo
// tenant (thingsandstuff); orders you seed must carry yours, or the API answers 404.
const TENANT = { merchant: 'my-shop', channel: 'my-shop-se' }
const SE = { culture: 'sv-SE', currency: 'SEK', country: 'SE' }
const TERMS = { id: 'ci_terms', text: 'I accept the terms.', checked: false, required: true }
// Where the shop backend would receive notifications; MSW answers it below (never the network).
const SHOP = 'http://127.0.0.1:3000'

// msw's own setup for Jest: one server for the file, handlers reset after each test.
const store = createStore({ seed: 1 })
const server = setupServer(...createHandlers({ store, validateResponses: true }))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(async () => {
  server.resetHandlers() // per-test handlers gone
  await store.reset() // fresh state
})
afterAll(() => server.close())

const client = createCheckoutClient({
  baseUrl: 'https://my-slug.api-se.playground.norce.tech/checkout/order',
  token: 'test-token',
  ...TENANT,
})
const item = (name, quantity, includingVat) => ({
  name,
  quantity,
  total: { includingVat, excludingVat: includingVat * 0.8 },
  vatRate: 0.25,
})

describe('checkout', () => {
  it('creates an order in checkout', async () => {
    const id = await client.createOrder(SE)
    expect(id).toMatch(/^o_/)
    expect((await client.getOrder(id)).state.currentStatus).toBe('checkout')
  })

  it('derives the order total from the cart total the client sends', async () => {
    const id = await client.createOrder(SE)
    await client.updateCart(id, [item('Mug', 2, 250), item('Tea', 1, 99.5)])
    const order = await client.getOrder(id)
    expect(order.cart.total).toEqual({ includingVat: 349.5, excludingVat: 279.6 })
    expect(order.total).toEqual(order.cart.total) // no shipping yet
  })

  it('will not start processing until the required consent is checked', async () => {
    const id = await client.createOrder(SE)
    await client.addConsent(id, TERMS)
    const refused = await client.setStatus(id, 'processing').catch((error) => error)
    expect(refused).toBeInstanceOf(CheckoutError)
    expect(refused.status).toBe(409)
    await client.checkConsent(id, TERMS)
    await client.setStatus(id, 'processing')
    expect(store.getOrder(id)?.state?.currentStatus).toBe('processing')
  })

  it('refuses an illegal transition with 409', async () => {
    const id = await client.createOrder(SE)
    await client.setStatus(id, 'removed')
    await expect(client.setStatus(id, 'processing')).rejects.toMatchObject({
      status: 409,
      problem: { code: 'illegal-transition' },
    })
  })

  it('shows what the app sees when the API fails (an error injected for this test only)', async () => {
    server.use(
      http.get('*/checkout/orders/:id', () =>
        HttpResponse.json(
          { code: 'unavailable', title: 'Service Unavailable', status: 503 },
          { status: 503, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    )
    const id = await client.createOrder(SE) // only GET fails
    await expect(client.getOrder(id)).rejects.toMatchObject({ status: 503 })
  })

  it('notifies the shop when the order completes', async () => {
    const received = []
    server.use(
      http.post(`${SHOP}/orders/:id/completed`, async ({ request }) => {
        received.push(await request.json())
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const id = await client.createOrder(SE)
    await client.notifyOn(id, '/state/currentStatus', `${SHOP}/orders/{order_id}/completed`)
    await client.setStatus(id, 'completed')
    const event = await store.events.waitFor({ orderId: id, scope: '/state/currentStatus' })
    expect(event.status).toBe('delivered')
    expect(received).toHaveLength(1)
  })

  it('reads orders built by the factories (seeded for your tenant)', async () => {
    const { buildOrder } = createFactories({ seed: 7, ...TENANT })
    const order = buildOrder({ state: { currentStatus: 'accepted' } })
    await store.seed([order])
    const read = await client.getOrder(order.id)
    expect(read.state.currentStatus).toBe('accepted')
    expect(read.total).toEqual(order.total)
  })
})
