// Type tests of the public API (`npm run test:types`, vitest typecheck): what a consumer's
// compiler sees. The same surface is compiled against the packed package by examples/typescript.
import type { HttpHandler } from 'msw'
import { setupServer } from 'msw/node'
import {
  type CallbackJournalEntry,
  canTransition,
  createHandlers,
  createStore,
  type EventFilter,
  type MockStore,
  type NotificationEvent,
  ORDER_STATUSES,
  type Order,
  type OrderApiOperationId,
  type OrderStatus,
  type V0,
  type V1,
  type Violation,
  validateRequest,
  validateResponse,
} from 'norce-checkout-mock'
import { type CallbackReceiver, startCallbackReceiver } from 'norce-checkout-mock/contract'
import { createFactories, DEFAULT_MERCHANT } from 'norce-checkout-mock/factories'
import { type NorceServer, setupNorceServer } from 'norce-checkout-mock/node'
import { describe, expectTypeOf, it } from 'vitest'

const store = createStore({ seed: 1 })
const parts = { params: { order_id: 'o_abc' }, headers: { 'x-merchant': 'm', 'x-channel': 'c' } }

describe('handlers and store', () => {
  it('createHandlers gives msw handlers that setupServer takes', () => {
    expectTypeOf(createHandlers({ store })).toEqualTypeOf<HttpHandler[]>()
    expectTypeOf(setupServer(...createHandlers({ store }))).toHaveProperty('listen')
    expectTypeOf(setupNorceServer({ seed: 1 })).toEqualTypeOf<NorceServer>()
  })

  it('the store hands out orders, events and journal entries as exported types', () => {
    expectTypeOf(store).toEqualTypeOf<MockStore>()
    expectTypeOf(store.getOrder('o_abc')).toEqualTypeOf<Order | undefined>()
    expectTypeOf(store.events.waitFor).parameter(0).toEqualTypeOf<EventFilter>()
    expectTypeOf(
      store.events.waitFor({ orderId: 'o_abc' }),
    ).resolves.toEqualTypeOf<NotificationEvent>()
    expectTypeOf(store.events.journal()).toEqualTypeOf<CallbackJournalEntry[]>()
    expectTypeOf<NotificationEvent['status']>().toExtend<string>()
  })
})

describe('contract types', () => {
  it('operation ids are a union: a typo does not compile', () => {
    expectTypeOf<'GetCheckoutOrder'>().toExtend<OrderApiOperationId>()
    expectTypeOf<'GetCheckoutOrdr'>().not.toExtend<OrderApiOperationId>()
    // @ts-expect-error: no such operation
    validateRequest('NoSuchOperation', parts)
    // @ts-expect-error: no such operation
    validateResponse('NoSuchOperation', 200, {})
    expectTypeOf(validateResponse('GetCheckoutOrder', 200, {})).toEqualTypeOf<Violation[]>()
  })

  it('a valid request body has the operation request body type', () => {
    const result = validateRequest('UpdateCheckoutOrderState', parts)
    if (result.valid) {
      expectTypeOf(result.request.body).toEqualTypeOf<
        V0.operations['UpdateCheckoutOrderState']['requestBody']['content']['application/json']
      >()
    }
  })

  it('the generated paths, operations and components of each version are exported', () => {
    expectTypeOf<V0.paths>().toHaveProperty('/api/v0/checkout/orders/{order_id}')
    expectTypeOf<V1.paths>().toHaveProperty('/api/v1/checkout/orders/{orderId}')
    expectTypeOf<V0.components['schemas']['Order']>().toEqualTypeOf<V0.Order>()
    expectTypeOf<V0.operations>().toHaveProperty('GetCheckoutOrder')
  })
})

describe('factories', () => {
  it('build orders of the default merchant unless given one', () => {
    expectTypeOf(DEFAULT_MERCHANT).toBeString()
    const { buildOrder } = createFactories({ seed: 1, merchant: 'my-shop', channel: 'my-shop-se' })
    expectTypeOf(buildOrder({ state: { currentStatus: 'accepted' } })).toEqualTypeOf<Order>()
    // @ts-expect-error: not a status
    buildOrder({ state: { currentStatus: 'shipped' } })
  })
})

describe('state helpers and the contract suite', () => {
  it('take and give order statuses', () => {
    expectTypeOf(ORDER_STATUSES).toEqualTypeOf<OrderStatus[]>()
    expectTypeOf(canTransition).parameters.toEqualTypeOf<[OrderStatus, OrderStatus]>()
    // @ts-expect-error: not a status
    canTransition('checkout', 'shipped')
  })

  it('startCallbackReceiver gives a CallbackReceiver that closes', () => {
    expectTypeOf(startCallbackReceiver()).resolves.toExtend<CallbackReceiver>()
    expectTypeOf(startCallbackReceiver()).resolves.toHaveProperty('close')
  })
})
