import assert from 'node:assert/strict'
import { after, afterEach, before, describe, it } from 'node:test'
import { HttpResponse, http } from 'msw'
import { createFactories } from 'norce-checkout-mock/factories'
import { setupNorceServer } from 'norce-checkout-mock/node'
import { CheckoutError, createCheckoutClient } from '../src/checkout-client.js'

// The tenant your app sends as x-merchant / x-channel. The factories default to the demo
// tenant (thingsandstuff); orders you seed must carry yours, or the API answers 404.
const TENANT = { merchant: 'my-shop', channel: 'my-shop-se' }
const SE = { culture: 'sv-SE', currency: 'SEK', country: 'SE' }
const TERMS = { id: 'ci_terms', text: 'I accept the terms.', checked: false, required: true }
// Where the shop backend would receive notifications; MSW answers it below (never the network).
const SHOP = 'http://127.0.0.1:3000'

const mock = setupNorceServer({ seed: 1, validateResponses: true })
before(() => mock.listen()) // unhandled requests are errors
afterEach(() => mock.reset()) // fresh store, per-test handlers gone
after(() => mock.close())

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
    assert.match(id, /^o_/)
    assert.equal((await client.getOrder(id)).state.currentStatus, 'checkout')
  })

  it('derives the order total from the cart total the client sends', async () => {
    const id = await client.createOrder(SE)
    await client.updateCart(id, [item('Mug', 2, 250), item('Tea', 1, 99.5)])
    const order = await client.getOrder(id)
    assert.deepEqual(order.cart.total, { includingVat: 349.5, excludingVat: 279.6 })
    assert.deepEqual(order.total, order.cart.total) // no shipping yet
  })

  it('will not start processing until the required consent is checked', async () => {
    const id = await client.createOrder(SE)
    await client.addConsent(id, TERMS)
    await assert.rejects(client.setStatus(id, 'processing'), (error) => {
      assert.ok(error instanceof CheckoutError)
      assert.equal(error.status, 409)
      return true
    })
    await client.checkConsent(id, TERMS)
    await client.setStatus(id, 'processing')
    assert.equal(mock.store.getOrder(id)?.state?.currentStatus, 'processing')
  })

  it('refuses an illegal transition with 409', async () => {
    const id = await client.createOrder(SE)
    await client.setStatus(id, 'removed')
    await assert.rejects(client.setStatus(id, 'processing'), (error) => {
      assert.equal(error.status, 409)
      assert.equal(error.problem.code, 'illegal-transition')
      return true
    })
  })

  it('shows what the app sees when the API fails (an error injected for this test only)', async () => {
    mock.server.use(
      http.get('*/checkout/orders/:id', () =>
        HttpResponse.json(
          { code: 'unavailable', title: 'Service Unavailable', status: 503 },
          { status: 503, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    )
    const id = await client.createOrder(SE) // only GET fails
    await assert.rejects(client.getOrder(id), { status: 503 })
  })

  it('notifies the shop when the order completes', async () => {
    const received = []
    mock.server.use(
      http.post(`${SHOP}/orders/:id/completed`, async ({ request }) => {
        received.push(await request.json())
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const id = await client.createOrder(SE)
    await client.notifyOn(id, '/state/currentStatus', `${SHOP}/orders/{order_id}/completed`)
    await client.setStatus(id, 'completed')
    const event = await mock.store.events.waitFor({ orderId: id, scope: '/state/currentStatus' })
    assert.equal(event.status, 'delivered')
    assert.equal(received.length, 1)
  })

  it('reads orders built by the factories (seeded for your tenant)', async () => {
    const { buildOrder } = createFactories({ seed: 7, ...TENANT })
    const order = buildOrder({ state: { currentStatus: 'accepted' } })
    await mock.store.seed([order])
    const read = await client.getOrder(order.id)
    assert.equal(read.state.currentStatus, 'accepted')
    assert.deepEqual(read.total, order.total)
  })
})
