// The README's snippets, compiled against the installed package (`npm test`): a consumer's
// view of the public types. Nothing here runs.
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import {
  type CallbackJournalEntry,
  createHandlers,
  createStore,
  type EventFilter,
  type NotificationEvent,
  type Order,
  type V0,
  validateRequest,
  validateResponse,
} from 'norce-checkout-mock'
import { createFactories } from 'norce-checkout-mock/factories'
import { setupNorceServer } from 'norce-checkout-mock/node'
import { startMockServer } from 'norce-checkout-mock/server'
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'

// "Use in tests"
const store = createStore({ seed: 1 })
const server = setupServer(...createHandlers({ store }))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => store.reset())
afterAll(() => server.close())

it('creates a checkout order', async () => {
  const res = await fetch(
    'https://my-slug.api-se.playground.norce.tech/checkout/order/api/v0/checkout/orders',
    { method: 'POST', body: JSON.stringify({ culture: 'sv-SE', currency: 'SEK', country: 'SE' }) },
  )
  const { id } = (await res.json()) as V0.CreateResponse
  expect(store.getOrder(id)?.state?.currentStatus).toBe('checkout')
})

// "Or in one call"
const mock = setupNorceServer({ seed: 1, validateResponses: true })
beforeAll(() => mock.listen())
afterEach(() => mock.reset())
afterAll(() => mock.close())
mock.server.use(
  http.post('http://127.0.0.1:5000/hook', () => new HttpResponse(null, { status: 204 })),
)

// Callbacks
async function awaitNotification(id: string): Promise<NotificationEvent['status']> {
  const filter: EventFilter = { orderId: id, scope: '/state/currentStatus' }
  const event: NotificationEvent = await mock.store.events.waitFor(filter)
  const calls: CallbackJournalEntry[] = mock.store.events.journal()
  return calls.length > 0 ? event.status : 'pending'
}

// "Validate against the contract"
const request = {
  params: { order_id: 'o_yClTSySjyAuuBjmiBlHCjuEcTf' },
  headers: { 'x-merchant': 'norce', 'x-channel': 'se' },
  body: { items: [{ name: 'Thing', quantity: 2 }] },
}
const result = validateRequest('UpdateCheckoutOrderCart', request)
const violations = result.violations
// @ts-expect-error: operation ids are a union, a typo does not compile
validateRequest('UpdateCheckoutOrderKart', request)
const clean: boolean = validateResponse('GetCheckoutOrder', 200, {}).length === 0

// "Build test data"
const { buildOrder } = createFactories({ seed: 42, merchant: 'my-shop', channel: 'my-shop-se' })
const order: Order = buildOrder({ state: { currentStatus: 'accepted' }, country: 'NO' })

// "Demo server" as a library
const started = startMockServer({ port: 0 }).then(({ url, close }) => ({ url, close }))

it('compiles', () => {
  expect([awaitNotification, violations, clean, order, started]).toHaveLength(5)
})
