import { describe, expect, it } from 'vitest'
import { price } from '../../src/domain/money.ts'
import { createFactories } from '../../src/factories/index.ts'
import type { Order, OrderStatus } from '../../src/index.ts'
import { createApiClient, TENANT, useMockApi } from '../support/mock-api.ts'
import {
  ACCEPTED_TOKENS,
  expectProblem,
  expectViolations,
  itAnswersTheCommonErrors,
} from './order-errors.ts'

const item = (name: string, includingVat: number, excludingVat: number) => ({
  name,
  quantity: 1,
  total: price(includingVat, excludingVat),
  vatRate: 0.25,
})

const mock = useMockApi({ tokens: ACCEPTED_TOKENS })
const api = createApiClient()

/** An order in checkout whose cart is worth `total` (including VAT), with the payments given. */
async function createOrder(
  total: number,
  payments: Array<{ amount: number; state?: string }> = [],
) {
  const orderId = await api.createOrder({
    cart: { items: [item('Thing', total, total * 0.8)], total: price(total, total * 0.8) },
  })
  const paymentIds: string[] = []
  for (const payment of payments) {
    const reply = await api.post(`/${orderId}/payments`, payment)
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    paymentIds.push(reply.body.id)
  }
  return { orderId, paymentIds }
}

const validate = (orderId: string | undefined, body: unknown = {}) =>
  api.post(`/${orderId}/validate`, body)

async function seedOrder(status: OrderStatus, overrides: object = {}): Promise<Order> {
  const order = createFactories({
    seed: 51,
    merchant: TENANT.merchant,
    channel: TENANT.channel,
  }).buildOrder({
    state: { currentStatus: status },
    ...overrides,
  } as never)
  await mock.store.seed([order])
  return order
}

describe('Validate', () => {
  describe('passing', () => {
    it('answers 200 [] when the cart has an item and the payments cover the total exactly', async () => {
      const { orderId } = await createOrder(100, [{ amount: 100 }])
      const reply = await validate(orderId)
      expect(reply.status).toBe(200)
      expect(reply.headers.get('content-type')).toBe('application/json')
      expect(reply.body).toEqual([])
    })

    it('adds up several payments, to the cent', async () => {
      const { orderId } = await createOrder(0.3, [
        { amount: 0.1 },
        { amount: 0.2, state: 'intent' },
      ])
      expect((await validate(orderId)).body).toEqual([])
    })

    it('counts the shippings that are not removed in the total to cover', async () => {
      const { orderId } = await createOrder(100, [{ amount: 149 }])
      await api.post(`/${orderId}/shippings`, { total: price(49, 39.2), vatRate: 0.25 })
      await api.post(`/${orderId}/shippings`, {
        total: price(99, 79.2),
        vatRate: 0.25,
        state: 'removed',
      })
      expect(mock.store.getOrder(orderId)?.total?.includingVat).toBe(149)
      expect((await validate(orderId)).body).toEqual([])
    })

    it('ignores a removed payment next to live payments that cover the total', async () => {
      const { orderId } = await createOrder(100, [
        { amount: 100 },
        { amount: 50, state: 'removed' },
      ])
      expect((await validate(orderId)).body).toEqual([])
    })

    it('passes an order whose total is 0 without payments, as long as the cart has an item', async () => {
      const { orderId } = await createOrder(0)
      expect(mock.store.getOrder(orderId)?.total).toEqual(price(0, 0))
      const reply = await validate(orderId)
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual([])
    })

    it('does not compare payments with a total of 0 (DECISIONS 4: only above zero)', async () => {
      const { orderId } = await createOrder(0, [{ amount: 10 }])
      expect((await validate(orderId)).body).toEqual([])
    })

    for (const status of ['processing', 'accepted'] as const) {
      it(`validates an order that is ${status}`, async () => {
        const order = await seedOrder(status)
        const reply = await validate(order.id)
        expect(reply.status).toBe(200)
        expect(reply.body).toEqual([])
      })
    }

    it('does not change the order', async () => {
      const { orderId } = await createOrder(100, [{ amount: 60 }])
      const before = mock.store.getOrder(orderId)
      await validate(orderId)
      await validate(orderId, {})
      expect(mock.store.getOrder(orderId)).toEqual(before)
    })
  })

  describe('request body', () => {
    it('accepts {} as the body', async () => {
      const { orderId } = await createOrder(10, [{ amount: 10 }])
      expect((await validate(orderId, {})).status).toBe(200)
    })

    it('accepts no body at all', async () => {
      const { orderId } = await createOrder(10, [{ amount: 10 }])
      const reply = await api.request('POST', `/${orderId}/validate`)
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual([])
    })

    it('ignores whatever object is sent', async () => {
      const { orderId } = await createOrder(10, [{ amount: 10 }])
      expect((await validate(orderId, { reason: 'pre-payment', nested: { a: [1] } })).body).toEqual(
        [],
      )
    })

    it('answers 400 problem naming body for a body that is not an object', async () => {
      const { orderId } = await createOrder(10, [{ amount: 10 }])
      expectViolations(await validate(orderId, []), [{ location: 'body', keyword: 'type' }])
      expectViolations(await validate(orderId, 'validate'), [{ location: 'body', keyword: 'type' }])
    })
  })

  describe('failing', () => {
    it('answers 400 [cart-empty] for an order without a cart', async () => {
      const orderId = await api.createOrder({})
      const reply = await validate(orderId)
      expect(reply.status).toBe(400)
      expect(reply.headers.get('content-type')).toBe('application/json')
      expect(reply.body).toEqual([{ code: 'cart-empty' }])
    })

    it('answers 400 [cart-empty] for a cart without items', async () => {
      const orderId = await api.createOrder({ cart: { reference: 'empty', items: [] } })
      expect((await validate(orderId)).body).toEqual([{ code: 'cart-empty' }])
    })

    it('answers 400 [payments-do-not-cover-total] without payments', async () => {
      const { orderId } = await createOrder(100)
      const reply = await validate(orderId)
      expect(reply.status).toBe(400)
      expect(reply.body).toEqual([{ code: 'payments-do-not-cover-total' }])
    })

    it('answers 400 [payments-do-not-cover-total] when the payments fall short by a cent', async () => {
      const { orderId } = await createOrder(100, [{ amount: 50 }, { amount: 49.99 }])
      expect((await validate(orderId)).body).toEqual([{ code: 'payments-do-not-cover-total' }])
    })

    it('answers 400 [payments-do-not-cover-total] when the payments exceed the total', async () => {
      const { orderId } = await createOrder(100, [{ amount: 100.01 }])
      expect((await validate(orderId)).body).toEqual([{ code: 'payments-do-not-cover-total' }])
    })

    it('answers 400 [payments-do-not-cover-total] when the covering payment is soft-removed', async () => {
      const { orderId, paymentIds } = await createOrder(100, [{ amount: 100 }])
      expect((await validate(orderId)).body).toEqual([])
      const removed = await api.put(`/${orderId}/payments/${paymentIds[0]}`, {
        amount: 100,
        state: 'removed',
      })
      expect(removed.status).toBe(200)
      const reply = await validate(orderId)
      expect(reply.status).toBe(400)
      expect(reply.body).toEqual([{ code: 'payments-do-not-cover-total' }])
    })

    it('answers 400 [payments-do-not-cover-total] when a shipping is added after payment', async () => {
      const { orderId } = await createOrder(100, [{ amount: 100 }])
      await api.post(`/${orderId}/shippings`, { total: price(49, 39.2), vatRate: 0.25 })
      expect((await validate(orderId)).body).toEqual([{ code: 'payments-do-not-cover-total' }])
    })

    it('answers 400 with both failures, cart-empty first, for an empty cart with a total', async () => {
      const orderId = await api.createOrder({ cart: { items: [], total: price(100, 80) } })
      const reply = await validate(orderId)
      expect(reply.status).toBe(400)
      expect(reply.body).toEqual([{ code: 'cart-empty' }, { code: 'payments-do-not-cover-total' }])
    })

    it('fails without changing the order', async () => {
      const { orderId } = await createOrder(100)
      const before = mock.store.getOrder(orderId)
      await validate(orderId)
      expect(mock.store.getOrder(orderId)).toEqual(before)
    })
  })

  for (const status of ['completed', 'declined', 'removed'] as const) {
    it(`answers 409 order-locked once the order is ${status}`, async () => {
      const order = await seedOrder(status)
      const problem = expectProblem(await validate(order.id), 409, 'order-locked')
      expect(problem.detail).toContain(`Order ${order.id} is in state ${status}`)
      expect(mock.store.getOrder(order.id ?? '')).toEqual(order)
    })
  }

  itAnswersTheCommonErrors({
    mock,
    api,
    method: 'POST',
    path: (orderId) => `/${orderId}/validate`,
    body: {},
    prepare: async () => (await createOrder(10, [{ amount: 10 }])).orderId,
    takesBody: true,
  })
})
