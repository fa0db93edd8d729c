import { setupServer } from 'msw/node'
import { createHandlers, createStore } from 'norce-checkout-mock'
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'

const store = createStore({ seed: 1 })
const server = setupServer(...createHandlers({ store }))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => store.reset())
afterAll(() => server.close())

it('creates a checkout order', async () => {
  const res = await fetch(
    'https://my-slug.api-se.playground.norce.tech/checkout/order/api/v0/checkout/orders',
    {
      method: 'POST',
      headers: {
        authorization: 'Bearer t',
        'x-merchant': 'my-shop',
        'x-channel': 'se',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ culture: 'sv-SE', currency: 'SEK', country: 'SE' }),
    },
  )
  expect(res.status).toBe(201)
  const { id } = await res.json()
  expect(store.getOrder(id)?.state?.currentStatus).toBe('checkout')
})
