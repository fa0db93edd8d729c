import { describe, expect, it } from 'vitest'
import { type ApiClient, createApiClient, TENANT, useMockApi } from '../support/mock-api.ts'
import { expectProblem, expectViolations } from '../support/problem-assertions.ts'
import {
  ACCEPTED_TOKENS,
  itAnswersTheCommonErrors as itAnswersTheErrorsOfEveryOperation,
} from './order-errors.ts'

const SHIPPING_ID = /^s_[A-Za-z]{26}$/
const ORDERS_PATH = '/checkout/order/api/v0/checkout/orders'
const _UNKNOWN_ORDER = 'o_AAAAAAAAAAAAAAAAAAAAAAAAAA'
const UNKNOWN_SHIPPING = 's_AAAAAAAAAAAAAAAAAAAAAAAAAA'

/** A one-item order worth 100 SEK including VAT (80 excluding). */
const ORDER_BODY = {
  culture: 'sv-SE',
  currency: 'SEK',
  country: 'SE',
  cart: {
    items: [
      { name: 'Thing', quantity: 1, total: { includingVat: 100, excludingVat: 80 }, vatRate: 0.25 },
    ],
    total: { includingVat: 100, excludingVat: 80 },
  },
}

const HOME_DELIVERY = {
  reference: 'thing-to-home-delivery',
  name: 'Thing to Home Delivery',
  total: { includingVat: 7.5, excludingVat: 6 },
  vatRate: 0.25,
}

interface Ids {
  orderId: string
  shippingId: string
}

async function orderWithShipping(api: ApiClient): Promise<Ids> {
  const orderId = await api.createOrder(ORDER_BODY)
  const created = await api.post(`/${orderId}/shippings`, HOME_DELIVERY)
  expect(created.status).toBe(201)
  return { orderId, shippingId: created.body.id }
}

/** Walks the order to `completed` through the API: a payment covering the total, then the state. */
async function completeOrder(api: ApiClient, orderId: string): Promise<void> {
  const order = await api.get(`/${orderId}`)
  expect(
    (await api.post(`/${orderId}/payments`, { amount: order.body.total.includingVat })).status,
  ).toBe(201)
  expect(await api.post(`/${orderId}/validate`, {})).toMatchObject({ status: 200, body: [] })
  expect((await api.put(`/${orderId}/state`, { currentStatus: 'completed' })).status).toBe(200)
}

interface OperationUnderTest {
  method: string
  path: (ids: Ids) => string
  body?: unknown
  writes: boolean
  takesBody: boolean
}

/** The errors every shipping operation documents (see order-errors.ts). */
function itAnswersTheCommonErrors(
  mock: ReturnType<typeof useMockApi>,
  api: ApiClient,
  operation: OperationUnderTest,
): void {
  itAnswersTheErrorsOfEveryOperation<Ids>({
    mock,
    api,
    method: operation.method as 'GET' | 'POST' | 'PUT',
    path: operation.path,
    ...(operation.body !== undefined && { body: operation.body }),
    takesBody: operation.takesBody,
    prepare: () => orderWithShipping(api),
    ...(operation.writes && {
      finalStates: {
        complete: completeOrder,
        window: 'open',
        completedDetail: (orderId: string) =>
          `Order ${orderId} is in state completed; shippings cannot change once the order is completed.`,
      },
    }),
  })
}

describe('shippings', () => {
  const mock = useMockApi({ tokens: ACCEPTED_TOKENS })
  const api = createApiClient()
  const v1 = createApiClient({ version: 'v1' })

  describe('CreateOrderShipping', () => {
    it('answers 201 with an s_ id and a Location header naming the new shipping', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.post(`/${orderId}/shippings`, HOME_DELIVERY)
      expect(reply.status).toBe(201)
      expect(Object.keys(reply.body)).toEqual(['id'])
      expect(reply.body.id).toMatch(SHIPPING_ID)
      expect(reply.headers.get('location')).toBe(
        `${ORDERS_PATH}/${orderId}/shippings/${reply.body.id}`,
      )
      expect((await api.get(`/${orderId}/shippings/${reply.body.id}`)).status).toBe(200)
    })

    it('stores the shipping with orderId, merchant, channel and state intent set by the mock', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.post(`/${orderId}/shippings`, {
        ...HOME_DELIVERY,
        id: 's_ChosenByTheClientXXXXXXXXX',
        orderId: 'o_SomebodyElsesOrderXXXXXXXX',
        merchant: 'evil-merchant',
        channel: 'evil-channel',
      })
      expect(reply.body.id).not.toBe('s_ChosenByTheClientXXXXXXXXX')
      expect(mock.store.getOrder(orderId)?.shippings).toEqual([
        {
          ...HOME_DELIVERY,
          id: reply.body.id,
          orderId,
          merchant: TENANT.merchant,
          channel: TENANT.channel,
          state: 'intent',
        },
      ])
    })

    it('adds the shipping total to the derived order total', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      await api.post(`/${orderId}/shippings`, HOME_DELIVERY)
      expect(mock.store.getOrder(orderId)?.total).toEqual({ includingVat: 107.5, excludingVat: 86 })
      await api.post(`/${orderId}/shippings`, {
        total: { includingVat: 12.5, excludingVat: 10 },
        vatRate: 0.25,
      })
      expect((await api.get(`/${orderId}`)).body.total).toEqual({
        includingVat: 120,
        excludingVat: 96,
      })
    })

    it('does not count a shipping created as removed ("Removed" matched case-insensitively)', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.post(`/${orderId}/shippings`, { ...HOME_DELIVERY, state: 'Removed' })
      expect(reply.status).toBe(201)
      const order = mock.store.getOrder(orderId)
      expect(order?.shippings?.[0]?.state).toBe('removed')
      expect(order?.total).toEqual({ includingVat: 100, excludingVat: 80 })
    })

    it('keeps delivery details, addons and attributes as sent', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const details = {
        ...HOME_DELIVERY,
        adapterId: 'ingrid-shipping-adapter',
        tmsReference: 'a935a628',
        deliveryDetails: { carrier: 'PostNord', carrierProductId: '19', class: 'standard' },
        addons: [{ reference: 'evening-delivery', price: 0.1 }],
        attributes: { anything: { goes: [1, null] } },
      }
      const reply = await api.post(`/${orderId}/shippings`, details)
      expect((await api.get(`/${orderId}/shippings/${reply.body.id}`)).body).toMatchObject(details)
    })

    it('works the same under /api/v1 on the same store', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await v1.post(`/${orderId}/shippings`, HOME_DELIVERY)
      expect(reply.status).toBe(201)
      expect(reply.headers.get('location')).toBe(
        `/checkout/order/api/v1/checkout/orders/${orderId}/shippings/${reply.body.id}`,
      )
      expect(
        (await api.get(`/${orderId}/shippings`)).body.map(
          (shipping: { id: string }) => shipping.id,
        ),
      ).toEqual([reply.body.id])
    })

    it('stays writable while the order is processing or accepted', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      await api.put(`/${orderId}/state`, { currentStatus: 'processing' })
      expect((await api.post(`/${orderId}/shippings`, HOME_DELIVERY)).status).toBe(201)
      await api.put(`/${orderId}/state`, { currentStatus: 'accepted' })
      expect((await api.post(`/${orderId}/shippings`, HOME_DELIVERY)).status).toBe(201)
      expect(mock.store.getOrder(orderId)?.total?.includingVat).toBe(115)
    })

    it('answers 400 naming body/total and body/vatRate when they are missing, and stores nothing', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.post(`/${orderId}/shippings`, { name: 'No price' })
      expectViolations(reply, ['body/total', 'required'], ['body/vatRate', 'required'])
      expect(mock.store.getOrder(orderId)?.shippings).toEqual([])
    })

    it('answers 400 naming the missing body when none is sent', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.request('POST', `/${orderId}/shippings`)
      expectViolations(reply, ['body', 'required'])
      expect(mock.store.getOrder(orderId)?.shippings).toEqual([])
    })

    it('answers 400 naming every other violation at once', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.post(`/${orderId}/shippings`, {
        total: { includingVat: '7.5', excludingVat: 6 },
        vatRate: 0.25,
        state: 'shipped',
        carrier: 'PostNord',
        addons: [{ price: 'free' }],
      })
      expectViolations(
        reply,
        ['body/total/includingVat', 'type'],
        ['body/state', 'enum'],
        ['body/carrier', 'additionalProperties'],
        ['body/addons/0/price', 'type'],
      )
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'POST',
      path: ({ orderId }) => `/${orderId}/shippings`,
      body: HOME_DELIVERY,
      writes: true,
      takesBody: true,
    })
  })

  describe('GetOrderShippings', () => {
    it('answers an empty list for an order without shippings', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      expect(await api.get(`/${orderId}/shippings`)).toMatchObject({ status: 200, body: [] })
    })

    it('lists every shipping in creation order, removed ones included', async () => {
      const { orderId, shippingId } = await orderWithShipping(api)
      const second = await api.post(`/${orderId}/shippings`, { ...HOME_DELIVERY, name: 'Pickup' })
      await api.put(`/${orderId}/shippings/${shippingId}`, { ...HOME_DELIVERY, state: 'removed' })
      const reply = await api.get(`/${orderId}/shippings`)
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual(mock.store.getOrder(orderId)?.shippings)
      expect(
        reply.body.map((shipping: { id: string; state: string }) => [shipping.id, shipping.state]),
      ).toEqual([
        [shippingId, 'removed'],
        [second.body.id, 'intent'],
      ])
    })

    it('stays readable once the order is completed', async () => {
      const { orderId } = await orderWithShipping(api)
      await completeOrder(api, orderId)
      expect((await api.get(`/${orderId}/shippings`)).body).toHaveLength(1)
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'GET',
      path: ({ orderId }) => `/${orderId}/shippings`,
      writes: false,
      takesBody: false,
    })
  })

  describe('GetOrderShipping', () => {
    it('answers the stored shipping', async () => {
      const { orderId, shippingId } = await orderWithShipping(api)
      const reply = await api.get(`/${orderId}/shippings/${shippingId}`)
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual({
        ...HOME_DELIVERY,
        id: shippingId,
        orderId,
        merchant: TENANT.merchant,
        channel: TENANT.channel,
        state: 'intent',
      })
    })

    it('answers 404 shipping-not-found for an unknown shipping', async () => {
      const { orderId } = await orderWithShipping(api)
      const reply = await api.get(`/${orderId}/shippings/${UNKNOWN_SHIPPING}`)
      expectProblem(reply, 404, 'shipping-not-found')
      expect(reply.body.detail).toBe(
        `Shipping with id:${UNKNOWN_SHIPPING} not found on order ${orderId}.`,
      )
      expect(reply.body.instance).toBe(`${ORDERS_PATH}/${orderId}/shippings/${UNKNOWN_SHIPPING}`)
    })

    it('answers 404 shipping-not-found for a shipping of another order', async () => {
      const first = await orderWithShipping(api)
      const second = await orderWithShipping(api)
      expectProblem(
        await api.get(`/${second.orderId}/shippings/${first.shippingId}`),
        404,
        'shipping-not-found',
      )
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'GET',
      path: ({ orderId, shippingId }) => `/${orderId}/shippings/${shippingId}`,
      writes: false,
      takesBody: false,
    })
  })

  describe('UpdateOrderShipping', () => {
    it('replaces the shipping, keeps its id and answers the stored shipping', async () => {
      const { orderId, shippingId } = await orderWithShipping(api)
      const reply = await api.put(`/${orderId}/shippings/${shippingId}`, {
        id: 's_ChosenByTheClientXXXXXXXXX',
        channel: 'evil-channel',
        name: 'Express',
        total: { includingVat: 50, excludingVat: 40 },
        vatRate: 0.25,
        state: 'confirmed',
      })
      expect(reply.status).toBe(200)
      const expected = {
        id: shippingId,
        orderId,
        merchant: TENANT.merchant,
        channel: TENANT.channel,
        name: 'Express',
        total: { includingVat: 50, excludingVat: 40 },
        vatRate: 0.25,
        state: 'confirmed',
      }
      expect(reply.body).toEqual(expected)
      expect(mock.store.getOrder(orderId)?.shippings).toEqual([expected])
    })

    it('derives the order total from the new shipping total', async () => {
      const { orderId, shippingId } = await orderWithShipping(api)
      await api.put(`/${orderId}/shippings/${shippingId}`, {
        total: { includingVat: 50, excludingVat: 40 },
        vatRate: 0.25,
      })
      expect((await api.get(`/${orderId}`)).body.total).toEqual({
        includingVat: 150,
        excludingVat: 120,
      })
    })

    it('takes a shipping removed with state removed out of the order total, and adding it back restores it', async () => {
      const { orderId, shippingId } = await orderWithShipping(api)
      expect(mock.store.getOrder(orderId)?.total).toEqual({ includingVat: 107.5, excludingVat: 86 })

      const removed = await api.put(`/${orderId}/shippings/${shippingId}`, {
        ...HOME_DELIVERY,
        state: 'removed',
      })
      expect(removed.status).toBe(200)
      expect(removed.body.state).toBe('removed')
      expect(mock.store.getOrder(orderId)?.total).toEqual({ includingVat: 100, excludingVat: 80 })
      expect((await api.get(`/${orderId}`)).body.total).toEqual({
        includingVat: 100,
        excludingVat: 80,
      })
      expect((await api.get(`/${orderId}/shippings/${shippingId}`)).body.state).toBe('removed')

      const restored = await api.put(`/${orderId}/shippings/${shippingId}`, {
        ...HOME_DELIVERY,
        state: 'intent',
      })
      expect(restored.body.state).toBe('intent')
      expect(mock.store.getOrder(orderId)?.total).toEqual({ includingVat: 107.5, excludingVat: 86 })
    })

    it('moves the amount Validate expects the payments to cover', async () => {
      const { orderId, shippingId } = await orderWithShipping(api)
      await api.post(`/${orderId}/payments`, { amount: 100 })
      expect((await api.post(`/${orderId}/validate`, {})).body).toEqual([
        { code: 'payments-do-not-cover-total' },
      ])
      await api.put(`/${orderId}/shippings/${shippingId}`, { ...HOME_DELIVERY, state: 'removed' })
      expect(await api.post(`/${orderId}/validate`, {})).toMatchObject({ status: 200, body: [] })
    })

    it('resets an omitted state to intent', async () => {
      const { orderId, shippingId } = await orderWithShipping(api)
      await api.put(`/${orderId}/shippings/${shippingId}`, { ...HOME_DELIVERY, state: 'confirmed' })
      const reply = await api.put(`/${orderId}/shippings/${shippingId}`, HOME_DELIVERY)
      expect(reply.body.state).toBe('intent')
    })

    it('answers 400 naming body/total and body/vatRate when they are missing, and changes nothing', async () => {
      const { orderId, shippingId } = await orderWithShipping(api)
      const before = mock.store.getOrder(orderId)
      const reply = await api.put(`/${orderId}/shippings/${shippingId}`, { state: 'removed' })
      expectViolations(reply, ['body/total', 'required'], ['body/vatRate', 'required'])
      expect(mock.store.getOrder(orderId)).toEqual(before)
    })

    it('answers 400 naming the missing body when none is sent', async () => {
      const { orderId, shippingId } = await orderWithShipping(api)
      const before = mock.store.getOrder(orderId)
      const reply = await api.request('PUT', `/${orderId}/shippings/${shippingId}`)
      expectViolations(reply, ['body', 'required'])
      expect(mock.store.getOrder(orderId)).toEqual(before)
    })

    it('answers 400 for a vatRate that is not a number', async () => {
      const { orderId, shippingId } = await orderWithShipping(api)
      const reply = await api.put(`/${orderId}/shippings/${shippingId}`, {
        ...HOME_DELIVERY,
        vatRate: '25%',
      })
      expectViolations(reply, ['body/vatRate', 'type'])
    })

    it('answers 404 shipping-not-found for an unknown shipping, and stores nothing', async () => {
      const { orderId } = await orderWithShipping(api)
      const before = mock.store.getOrder(orderId)
      const reply = await api.put(`/${orderId}/shippings/${UNKNOWN_SHIPPING}`, HOME_DELIVERY)
      expectProblem(reply, 404, 'shipping-not-found')
      expect(mock.store.getOrder(orderId)).toEqual(before)
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'PUT',
      path: ({ orderId, shippingId }) => `/${orderId}/shippings/${shippingId}`,
      body: { ...HOME_DELIVERY, state: 'removed' },
      writes: true,
      takesBody: true,
    })
  })
})
