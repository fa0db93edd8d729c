import { describe, expect, it } from 'vitest'
import { type ApiClient, createApiClient, TENANT, useMockApi } from '../support/mock-api.ts'
import { expectProblem, expectViolations } from '../support/problem-assertions.ts'
import {
  ACCEPTED_TOKENS,
  itAnswersTheCommonErrors as itAnswersTheErrorsOfEveryOperation,
} from './order-errors.ts'

const PAYMENT_ID = /^p_[A-Za-z]{26}$/
const ACTION_ID = /^pa_[A-Za-z]{26}$/
const ORDERS_PATH = '/checkout/order/api/v0/checkout/orders'
const _UNKNOWN_ORDER = 'o_AAAAAAAAAAAAAAAAAAAAAAAAAA'
const UNKNOWN_PAYMENT = 'p_AAAAAAAAAAAAAAAAAAAAAAAAAA'
const UNKNOWN_ACTION = 'pa_AAAAAAAAAAAAAAAAAAAAAAAAAA'

/** A one-item order worth 100 SEK including VAT. */
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

const CAPTURE = { adapterId: 'klarna-checkout', type: 'capture', url: 'http://127.0.0.1:3/capture' }
const REFUND = { adapterId: 'klarna-checkout', type: 'refund', url: 'http://127.0.0.1:3/refund' }

interface Ids {
  orderId: string
  paymentId: string
  actionId: string
}

/** An order worth 100 with one payment of 100 carrying one capture action. */
async function orderWithPayment(api: ApiClient): Promise<Ids> {
  const orderId = await api.createOrder(ORDER_BODY)
  const created = await api.post(`/${orderId}/payments`, {
    adapterId: 'klarna-checkout',
    name: 'Klarna',
    type: 'default',
    amount: 100,
    actions: [CAPTURE],
  })
  expect(created.status).toBe(201)
  const paymentId = created.body.id as string
  const payment = await api.get(`/${orderId}/payments/${paymentId}`)
  return { orderId, paymentId, actionId: payment.body.actions[0].id }
}

/**
 * Walks the order to `completed` through the API, as a checkout would: a shipping, a payment
 * covering what is left of the total, a passing validation, then the state.
 */
async function completeOrder(api: ApiClient, orderId: string): Promise<void> {
  const shipping = await api.post(`/${orderId}/shippings`, {
    name: 'Home delivery',
    total: { includingVat: 12.5, excludingVat: 10 },
    vatRate: 0.25,
  })
  expect(shipping.status).toBe(201)
  const order = await api.get(`/${orderId}`)
  const paid = (order.body.payments as Array<{ amount?: number; state?: string }>)
    .filter((payment) => payment.state !== 'removed')
    .reduce((sum, payment) => sum + (payment.amount ?? 0), 0)
  const rest = order.body.total.includingVat - paid
  if (rest > 0) expect((await api.post(`/${orderId}/payments`, { amount: rest })).status).toBe(201)
  const validated = await api.post(`/${orderId}/validate`, {})
  expect(validated).toMatchObject({ status: 200, body: [] })
  expect((await api.put(`/${orderId}/state`, { currentStatus: 'completed' })).status).toBe(200)
}

interface OperationUnderTest {
  method: string
  path: (ids: Ids) => string
  body?: unknown
  /** Changes the order: locked (409) in a final state. */
  writes: boolean
  /** Captures and refunds: still allowed once the order is completed (decision 29). */
  afterPayment?: boolean
  /** Reads a request body: 413/415/malformed JSON apply. */
  takesBody: boolean
}

/** The errors every payment operation documents (see order-errors.ts). */
function itAnswersTheCommonErrors(
  _mock: ReturnType<typeof useMockApi>,
  api: ApiClient,
  operation: OperationUnderTest,
): void {
  itAnswersTheErrorsOfEveryOperation<Ids>({
    mock: _mock,
    api,
    method: operation.method as 'GET' | 'POST' | 'PUT',
    path: operation.path,
    ...(operation.body !== undefined && { body: operation.body }),
    takesBody: operation.takesBody,
    prepare: () => orderWithPayment(api),
    ...(operation.writes && {
      finalStates: {
        complete: completeOrder,
        window: operation.afterPayment ? 'after-payment' : 'open',
        completedDetail: (orderId: string) =>
          `Order ${orderId} is in state completed; payments cannot change once the order is completed.`,
      },
    }),
  })
}

describe('payments', () => {
  const mock = useMockApi({ tokens: ACCEPTED_TOKENS })
  const api = createApiClient()
  const v1 = createApiClient({ version: 'v1' })

  describe('CreateOrderPayment', () => {
    it('answers 201 with a p_ id and a Location header naming the new payment', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.post(`/${orderId}/payments`, { amount: 100 })
      expect(reply.status).toBe(201)
      expect(Object.keys(reply.body)).toEqual(['id'])
      expect(reply.body.id).toMatch(PAYMENT_ID)
      expect(reply.headers.get('location')).toBe(
        `${ORDERS_PATH}/${orderId}/payments/${reply.body.id}`,
      )
      const located = await api.get(`/${orderId}/payments/${reply.body.id}`)
      expect(located.status).toBe(200)
      expect(located.body.id).toBe(reply.body.id)
    })

    it('stores the payment on the order with orderId, merchant and channel set by the mock', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.post(`/${orderId}/payments`, {
        id: 'p_ChosenByTheClientXXXXXXXXX',
        orderId: 'o_SomebodyElsesOrderXXXXXXXX',
        merchant: 'evil-merchant',
        channel: 'evil-channel',
        name: 'Klarna',
        amount: 100,
      })
      expect(reply.status).toBe(201)
      expect(reply.body.id).not.toBe('p_ChosenByTheClientXXXXXXXXX')
      expect(mock.store.getOrder(orderId)?.payments).toEqual([
        {
          id: reply.body.id,
          orderId,
          merchant: TENANT.merchant,
          channel: TENANT.channel,
          name: 'Klarna',
          amount: 100,
          currency: 'SEK',
          state: 'intent',
        },
      ])
    })

    it('defaults the currency to the order currency and the state to intent', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const { body } = await api.post(`/${orderId}/payments`, { amount: 10 })
      const payment = await api.get(`/${orderId}/payments/${body.id}`)
      expect(payment.body).toMatchObject({ currency: 'SEK', state: 'intent' })
    })

    it('keeps a currency and a state sent in the body', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const { body } = await api.post(`/${orderId}/payments`, {
        amount: 10,
        currency: 'EUR',
        state: 'reserved',
      })
      expect(mock.store.getOrder(orderId)?.payments?.[0]).toMatchObject({
        currency: 'EUR',
        state: 'reserved',
      })
      expect(body.id).toMatch(PAYMENT_ID)
    })

    it('matches enums case-insensitively and stores the documented spelling ("Intent" → intent)', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const { body } = await api.post(`/${orderId}/payments`, {
        amount: 10,
        state: 'Intent',
        type: 'VOUCHER',
      })
      const payment = await api.get(`/${orderId}/payments/${body.id}`)
      expect(payment.body).toMatchObject({ state: 'intent', type: 'voucher' })
    })

    it('accepts a request without a body (the body is optional)', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.request('POST', `/${orderId}/payments`)
      expect(reply.status).toBe(201)
      expect(mock.store.getOrder(orderId)?.payments).toEqual([
        {
          id: reply.body.id,
          orderId,
          merchant: TENANT.merchant,
          channel: TENANT.channel,
          currency: 'SEK',
          state: 'intent',
        },
      ])
    })

    it('gives every action sent with the payment a pa_ id', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const { body } = await api.post(`/${orderId}/payments`, {
        amount: 100,
        actions: [CAPTURE, REFUND],
      })
      const actions = mock.store
        .getOrder(orderId)
        ?.payments?.find((payment) => payment.id === body.id)?.actions
      expect(actions).toEqual([
        { ...CAPTURE, id: expect.stringMatching(ACTION_ID) },
        { ...REFUND, id: expect.stringMatching(ACTION_ID) },
      ])
      expect(actions?.[0]?.id).not.toBe(actions?.[1]?.id)
    })

    it('appends payments with distinct ids and leaves the order total alone', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const first = await api.post(`/${orderId}/payments`, { amount: 60 })
      const second = await api.post(`/${orderId}/payments`, { amount: 40 })
      expect(first.body.id).not.toBe(second.body.id)
      const order = mock.store.getOrder(orderId)
      expect(order?.payments?.map((payment) => [payment.id, payment.amount])).toEqual([
        [first.body.id, 60],
        [second.body.id, 40],
      ])
      expect(order?.total).toEqual({ includingVat: 100, excludingVat: 80 })
    })

    it('works the same under /api/v1 on the same store', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await v1.post(`/${orderId}/payments`, { amount: 5 })
      expect(reply.status).toBe(201)
      expect(reply.headers.get('location')).toBe(
        `/checkout/order/api/v1/checkout/orders/${orderId}/payments/${reply.body.id}`,
      )
      expect((await api.get(`/${orderId}/payments/${reply.body.id}`)).body.amount).toBe(5)
    })

    it('stays writable while the order is processing or accepted', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      expect((await api.put(`/${orderId}/state`, { currentStatus: 'processing' })).status).toBe(200)
      expect((await api.post(`/${orderId}/payments`, { amount: 1 })).status).toBe(201)
      expect((await api.put(`/${orderId}/state`, { currentStatus: 'accepted' })).status).toBe(200)
      expect((await api.post(`/${orderId}/payments`, { amount: 2 })).status).toBe(201)
      expect(mock.store.getOrder(orderId)?.payments?.map((payment) => payment.amount)).toEqual([
        1, 2,
      ])
    })

    it('answers 400 naming every violation of the body at once, and stores nothing', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.post(`/${orderId}/payments`, {
        amount: '100',
        currency: 'kronor',
        state: 'paid',
        amout: 100,
        actions: [{ type: 'capture' }],
      })
      expectViolations(
        reply,
        ['body/amount', 'type'],
        ['body/currency', 'pattern'],
        ['body/state', 'enum'],
        ['body/amout', 'additionalProperties'],
        ['body/actions/0/adapterId', 'required'],
        ['body/actions/0/url', 'required'],
      )
      expect(mock.store.getOrder(orderId)?.payments).toEqual([])
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'POST',
      path: ({ orderId }) => `/${orderId}/payments`,
      body: { amount: 1 },
      writes: true,
      takesBody: true,
    })
  })

  describe('GetOrderPayments', () => {
    it('answers an empty list for an order without payments', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.get(`/${orderId}/payments`)
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual([])
    })

    it('lists every payment in creation order, removed ones included', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      const second = await api.post(`/${orderId}/payments`, {
        amount: 5,
        name: 'Voucher',
        type: 'voucher',
      })
      expect(
        (await api.put(`/${orderId}/payments/${paymentId}`, { amount: 100, state: 'removed' }))
          .status,
      ).toBe(200)
      const reply = await api.get(`/${orderId}/payments`)
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual(mock.store.getOrder(orderId)?.payments)
      expect(
        reply.body.map((payment: { id: string; state: string }) => [payment.id, payment.state]),
      ).toEqual([
        [paymentId, 'removed'],
        [second.body.id, 'intent'],
      ])
    })

    it('stays readable once the order is completed', async () => {
      const { orderId } = await orderWithPayment(api)
      await completeOrder(api, orderId)
      const reply = await api.get(`/${orderId}/payments`)
      expect(reply.status).toBe(200)
      expect(reply.body).toHaveLength(2)
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'GET',
      path: ({ orderId }) => `/${orderId}/payments`,
      writes: false,
      takesBody: false,
    })
  })

  describe('GetOrderPayment', () => {
    it('answers the stored payment', async () => {
      const { orderId, paymentId, actionId } = await orderWithPayment(api)
      const reply = await api.get(`/${orderId}/payments/${paymentId}`)
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual({
        id: paymentId,
        orderId,
        merchant: TENANT.merchant,
        channel: TENANT.channel,
        adapterId: 'klarna-checkout',
        name: 'Klarna',
        type: 'default',
        amount: 100,
        currency: 'SEK',
        state: 'intent',
        actions: [{ ...CAPTURE, id: actionId }],
      })
    })

    it('answers 404 payment-not-found for an unknown payment', async () => {
      const { orderId } = await orderWithPayment(api)
      const reply = await api.get(`/${orderId}/payments/${UNKNOWN_PAYMENT}`)
      expectProblem(reply, 404, 'payment-not-found')
      expect(reply.body.detail).toBe(
        `Payment with id:${UNKNOWN_PAYMENT} not found on order ${orderId}.`,
      )
      expect(reply.body.instance).toBe(`${ORDERS_PATH}/${orderId}/payments/${UNKNOWN_PAYMENT}`)
    })

    it('answers 404 payment-not-found for a payment of another order', async () => {
      const first = await orderWithPayment(api)
      const second = await orderWithPayment(api)
      expectProblem(
        await api.get(`/${second.orderId}/payments/${first.paymentId}`),
        404,
        'payment-not-found',
      )
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'GET',
      path: ({ orderId, paymentId }) => `/${orderId}/payments/${paymentId}`,
      writes: false,
      takesBody: false,
    })
  })

  describe('UpdateOrderPayment', () => {
    it('replaces the payment, keeps its id and answers the stored payment', async () => {
      const { orderId, paymentId, actionId } = await orderWithPayment(api)
      const reply = await api.put(`/${orderId}/payments/${paymentId}`, {
        id: 'p_ChosenByTheClientXXXXXXXXX',
        merchant: 'evil-merchant',
        adapterId: 'klarna-checkout',
        name: 'Klarna',
        type: 'default',
        amount: 100,
        state: 'reserved',
        reference: '7d31e2cf-2d46-4db0-b87d-d65dfaae298f',
      })
      expect(reply.status).toBe(200)
      const expected = {
        id: paymentId,
        orderId,
        merchant: TENANT.merchant,
        channel: TENANT.channel,
        adapterId: 'klarna-checkout',
        name: 'Klarna',
        type: 'default',
        amount: 100,
        currency: 'SEK',
        state: 'reserved',
        reference: '7d31e2cf-2d46-4db0-b87d-d65dfaae298f',
        actions: [{ ...CAPTURE, id: actionId }],
      }
      expect(reply.body).toEqual(expected)
      expect(mock.store.getOrder(orderId)?.payments).toEqual([expected])
    })

    it('keeps the actions when the body omits them', async () => {
      const { orderId, paymentId, actionId } = await orderWithPayment(api)
      const reply = await api.put(`/${orderId}/payments/${paymentId}`, { amount: 90 })
      expect(reply.body.actions).toEqual([{ ...CAPTURE, id: actionId }])
      expect(reply.body.amount).toBe(90)
    })

    it('replaces the actions when the body sends them, keeping sent ids and giving new ones ids', async () => {
      const { orderId, paymentId, actionId } = await orderWithPayment(api)
      const reply = await api.put(`/${orderId}/payments/${paymentId}`, {
        amount: 100,
        actions: [{ ...CAPTURE, id: actionId }, REFUND],
      })
      expect(reply.body.actions).toEqual([
        { ...CAPTURE, id: actionId },
        { ...REFUND, id: expect.stringMatching(ACTION_ID) },
      ])
    })

    it('resets an omitted state to intent and an omitted currency to the order currency', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      await api.put(`/${orderId}/payments/${paymentId}`, {
        amount: 100,
        state: 'reserved',
        currency: 'EUR',
      })
      const reply = await api.put(`/${orderId}/payments/${paymentId}`, { amount: 100 })
      expect(reply.body).toMatchObject({ state: 'intent', currency: 'SEK' })
    })

    it('soft-removes the payment with state removed ("Removed" matched case-insensitively)', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      const reply = await api.put(`/${orderId}/payments/${paymentId}`, {
        amount: 100,
        state: 'Removed',
      })
      expect(reply.status).toBe(200)
      expect(reply.body.state).toBe('removed')
      const listed = await api.get(`/${orderId}/payments`)
      expect(listed.body.map((payment: { id: string }) => payment.id)).toEqual([paymentId])
      expect(mock.store.getOrder(orderId)?.payments?.[0]?.state).toBe('removed')
    })

    it("takes a removed payment out of Validate's payments check, and counts it again when restored", async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      expect(await api.post(`/${orderId}/validate`, {})).toMatchObject({ status: 200, body: [] })

      await api.put(`/${orderId}/payments/${paymentId}`, { amount: 100, state: 'removed' })
      const failed = await api.post(`/${orderId}/validate`, {})
      expect(failed.status).toBe(400)
      expect(failed.body).toEqual([{ code: 'payments-do-not-cover-total' }])

      const replacement = await api.post(`/${orderId}/payments`, { amount: 100 })
      expect(replacement.status).toBe(201)
      expect(await api.post(`/${orderId}/validate`, {})).toMatchObject({ status: 200, body: [] })

      await api.put(`/${orderId}/payments/${paymentId}`, { amount: 100, state: 'reserved' })
      const twice = await api.post(`/${orderId}/validate`, {})
      expect(twice.body).toEqual([{ code: 'payments-do-not-cover-total' }])
    })

    it('answers 400 naming every violation of the body, and changes nothing', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      const before = mock.store.getOrder(orderId)
      const reply = await api.put(`/${orderId}/payments/${paymentId}`, {
        amount: 'lots',
        type: 'cash',
        upperLimit: 1,
        actions: [{ adapterId: '', type: 'capture', url: 'http://127.0.0.1:3/x' }],
      })
      expectViolations(
        reply,
        ['body/amount', 'type'],
        ['body/type', 'enum'],
        ['body/upperLimit', 'additionalProperties'],
        ['body/actions/0/adapterId', 'minLength'],
      )
      expect(mock.store.getOrder(orderId)).toEqual(before)
    })

    it('answers 404 payment-not-found for an unknown payment, and stores nothing', async () => {
      const { orderId } = await orderWithPayment(api)
      const before = mock.store.getOrder(orderId)
      const reply = await api.put(`/${orderId}/payments/${UNKNOWN_PAYMENT}`, { amount: 1 })
      expectProblem(reply, 404, 'payment-not-found')
      expect(mock.store.getOrder(orderId)).toEqual(before)
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'PUT',
      path: ({ orderId, paymentId }) => `/${orderId}/payments/${paymentId}`,
      body: { amount: 100, state: 'removed' },
      writes: true,
      afterPayment: true,
      takesBody: true,
    })
  })

  describe('AddPaymentAction', () => {
    it('appends the actions with generated pa_ ids and answers 200 without a body', async () => {
      const { orderId, paymentId, actionId } = await orderWithPayment(api)
      const reply = await api.post(`/${orderId}/payments/${paymentId}/actions`, [
        { ...REFUND, id: 'pa_ChosenByTheClientXXXXXXXX' },
        { adapterId: 'klarna-checkout', type: 'cancel', url: 'http://127.0.0.1:3/cancel' },
      ])
      expect(reply.status).toBe(200)
      expect(reply.body).toBeUndefined()
      const actions = mock.store.getOrder(orderId)?.payments?.[0]?.actions
      expect(actions).toEqual([
        { ...CAPTURE, id: actionId },
        { ...REFUND, id: expect.stringMatching(ACTION_ID) },
        {
          adapterId: 'klarna-checkout',
          type: 'cancel',
          url: 'http://127.0.0.1:3/cancel',
          id: expect.stringMatching(ACTION_ID),
        },
      ])
      expect(new Set(actions?.map((action) => action.id)).size).toBe(3)
      expect(actions?.[1]?.id).not.toBe('pa_ChosenByTheClientXXXXXXXX')
    })

    it('gives a payment without actions its first ones', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const { body } = await api.post(`/${orderId}/payments`, { amount: 100 })
      expect((await api.post(`/${orderId}/payments/${body.id}/actions`, [CAPTURE])).status).toBe(
        200,
      )
      const payment = await api.get(`/${orderId}/payments/${body.id}`)
      expect(payment.body.actions).toEqual([{ ...CAPTURE, id: expect.stringMatching(ACTION_ID) }])
    })

    it('answers 400 naming body/0/adapterId, body/0/type and body/0/url when they are missing', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      const before = mock.store.getOrder(orderId)
      const reply = await api.post(`/${orderId}/payments/${paymentId}/actions`, [{}])
      expectViolations(
        reply,
        ['body/0/adapterId', 'required'],
        ['body/0/type', 'required'],
        ['body/0/url', 'required'],
      )
      expect(mock.store.getOrder(orderId)).toEqual(before)
    })

    it('answers 400 naming each empty or missing field of each action', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      const reply = await api.post(`/${orderId}/payments/${paymentId}/actions`, [
        CAPTURE,
        { adapterId: 'klarna-checkout', type: '', url: 'http://127.0.0.1:3/x' },
        { adapterId: 'klarna-checkout', type: 'refund' },
      ])
      expectViolations(reply, ['body/1/type', 'minLength'], ['body/2/url', 'required'])
    })

    it('answers 400 when the body is not an array or is missing', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      expectViolations(await api.post(`/${orderId}/payments/${paymentId}/actions`, CAPTURE), [
        'body',
        'type',
      ])
      expectViolations(await api.request('POST', `/${orderId}/payments/${paymentId}/actions`), [
        'body',
        'required',
      ])
    })

    it('answers 404 payment-not-found for an unknown payment', async () => {
      const { orderId } = await orderWithPayment(api)
      const reply = await api.post(`/${orderId}/payments/${UNKNOWN_PAYMENT}/actions`, [REFUND])
      expectProblem(reply, 404, 'payment-not-found')
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'POST',
      path: ({ orderId, paymentId }) => `/${orderId}/payments/${paymentId}/actions`,
      body: [REFUND],
      writes: true,
      afterPayment: true,
      takesBody: true,
    })
  })

  describe('ExecutePaymentAction', () => {
    it('answers 200 without a body and records a paymentAction transaction', async () => {
      const { orderId, paymentId, actionId } = await orderWithPayment(api)
      const started = Date.now()
      const reply = await api.post(`/${orderId}/payments/${paymentId}/actions/${actionId}/execute`)
      expect(reply.status).toBe(200)
      expect(reply.body).toBeUndefined()
      const transactions = await api.get(`/${orderId}/payments/${paymentId}/transactions`)
      expect(transactions.status).toBe(200)
      expect(transactions.body).toEqual([
        {
          event: 'paymentAction',
          pspEvent: 'capture',
          amount: 100,
          isSuccess: true,
          created: expect.any(String),
          paymentAction: { ...CAPTURE, id: actionId },
        },
      ])
      const created = Date.parse(transactions.body[0].created)
      expect(created).toBeGreaterThanOrEqual(started - 1000)
      expect(created).toBeLessThanOrEqual(Date.now() + 1000)
    })

    it('records one transaction per execution, oldest first; capture then refund move the payment to captured, then refunded', async () => {
      const { orderId, paymentId, actionId } = await orderWithPayment(api)
      await api.post(`/${orderId}/payments/${paymentId}/actions`, [REFUND])
      const refundId = mock.store.getOrder(orderId)?.payments?.[0]?.actions?.[1]?.id
      await api.post(`/${orderId}/payments/${paymentId}/actions/${actionId}/execute`)
      expect(mock.store.getOrder(orderId)?.payments?.[0]?.state).toBe('captured')
      await api.post(`/${orderId}/payments/${paymentId}/actions/${refundId}/execute`)
      expect(mock.store.getOrder(orderId)?.payments?.[0]?.state).toBe('refunded')
      const transactions = await api.get(`/${orderId}/payments/${paymentId}/transactions`)
      expect(
        transactions.body.map((transaction: { pspEvent: string }) => transaction.pspEvent),
      ).toEqual(['capture', 'refund'])
    })

    it('leaves the order as it is for an action that implies no state', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      await api.post(`/${orderId}/payments/${paymentId}/actions`, [
        { adapterId: 'klarna-checkout', type: 'extend-authorization', url: 'http://127.0.0.1:3/x' },
      ])
      const extendId = mock.store.getOrder(orderId)?.payments?.[0]?.actions?.[1]?.id
      const before = mock.store.getOrder(orderId)
      const reply = await api.post(`/${orderId}/payments/${paymentId}/actions/${extendId}/execute`)
      expect(reply.status).toBe(200)
      expect(mock.store.getOrder(orderId)).toEqual(before)
      expect((await api.get(`/${orderId}/payments/${paymentId}/transactions`)).body).toHaveLength(1)
    })

    it('answers 409 illegal-transition for a cancel after a capture, and records nothing', async () => {
      const { orderId, paymentId, actionId } = await orderWithPayment(api)
      await api.post(`/${orderId}/payments/${paymentId}/actions`, [
        { adapterId: 'klarna-checkout', type: 'Cancel', url: 'http://127.0.0.1:3/cancel' },
      ])
      const cancelId = mock.store.getOrder(orderId)?.payments?.[0]?.actions?.[1]?.id
      await api.post(`/${orderId}/payments/${paymentId}/actions/${actionId}/execute`)
      const before = mock.store.getOrder(orderId)
      const reply = await api.post(`/${orderId}/payments/${paymentId}/actions/${cancelId}/execute`)
      expectProblem(reply, 409, 'illegal-transition')
      expect(reply.body.detail).toBe(
        `Payment ${paymentId} on order ${orderId} cannot move from captured to cancelled: a captured or credited payment is refunded, not cancelled.`,
      )
      expect(mock.store.getOrder(orderId)).toEqual(before)
      expect((await api.get(`/${orderId}/payments/${paymentId}/transactions`)).body).toHaveLength(1)
    })

    it('answers 404 action-not-found for an unknown action, and records nothing', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      const reply = await api.post(
        `/${orderId}/payments/${paymentId}/actions/${UNKNOWN_ACTION}/execute`,
      )
      expectProblem(reply, 404, 'action-not-found')
      expect(reply.body.detail).toBe(
        `Payment action with id:${UNKNOWN_ACTION} not found on payment ${paymentId}.`,
      )
      expect((await api.get(`/${orderId}/payments/${paymentId}/transactions`)).body).toEqual([])
    })

    it('answers 404 action-not-found for an action of another payment', async () => {
      const { orderId, actionId } = await orderWithPayment(api)
      const other = await api.post(`/${orderId}/payments`, { amount: 1 })
      const reply = await api.post(
        `/${orderId}/payments/${other.body.id}/actions/${actionId}/execute`,
      )
      expectProblem(reply, 404, 'action-not-found')
    })

    it('answers 404 payment-not-found for an unknown payment', async () => {
      const { orderId, actionId } = await orderWithPayment(api)
      const reply = await api.post(
        `/${orderId}/payments/${UNKNOWN_PAYMENT}/actions/${actionId}/execute`,
      )
      expectProblem(reply, 404, 'payment-not-found')
    })

    it('answers 400 body/requestBody when a body is sent (the operation takes none)', async () => {
      const { orderId, paymentId, actionId } = await orderWithPayment(api)
      const reply = await api.post(
        `/${orderId}/payments/${paymentId}/actions/${actionId}/execute`,
        {},
      )
      expectViolations(reply, ['body', 'requestBody'])
      expect(mock.store.snapshot().transactions).toEqual([])
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'POST',
      path: ({ orderId, paymentId, actionId }) =>
        `/${orderId}/payments/${paymentId}/actions/${actionId}/execute`,
      writes: true,
      afterPayment: true,
      takesBody: false,
    })
  })

  describe('payment states cancelled and refunded (decision 65)', () => {
    const put = (client: ApiClient, ids: Ids, state: string) =>
      client.put(`/${ids.orderId}/payments/${ids.paymentId}`, { amount: 100, state })

    for (const client of [
      { name: 'v0', api },
      { name: 'v1', api: v1 },
    ]) {
      it(`cancels a reserved payment and refunds a captured one on ${client.name}`, async () => {
        const cancelled = await orderWithPayment(api)
        expect((await put(client.api, cancelled, 'reserved')).status).toBe(200)
        const reply = await put(client.api, cancelled, 'Cancelled')
        expect(reply.status).toBe(200)
        expect(reply.body.state).toBe('cancelled')
        expect(mock.store.getOrder(cancelled.orderId)?.payments?.[0]?.state).toBe('cancelled')

        const refunded = await orderWithPayment(api)
        expect((await put(client.api, refunded, 'captured')).status).toBe(200)
        const refund = await put(client.api, refunded, 'refunded')
        expect(refund.status).toBe(200)
        expect(
          (await client.api.get(`/${refunded.orderId}/payments/${refunded.paymentId}`)).body.state,
        ).toBe('refunded')
      })
    }

    it.each([
      ['intent', 'refunded', 'only a captured or credited payment can be refunded'],
      ['reserved', 'refunded', 'only a captured or credited payment can be refunded'],
      ['captured', 'cancelled', 'a captured or credited payment is refunded, not cancelled'],
      ['credited', 'cancelled', 'a captured or credited payment is refunded, not cancelled'],
      ['refunded', 'captured', 'refunded is final'],
      ['refunded', 'removed', 'refunded is final'],
      ['cancelled', 'reserved', 'a cancelled payment can only be removed'],
      ['cancelled', 'captured', 'a cancelled payment can only be removed'],
    ])(
      'answers 409 illegal-transition for %s → %s, and changes nothing',
      async (from, to, rule) => {
        const ids = await orderWithPayment(api)
        for (const step of from === 'refunded' ? ['captured', 'refunded'] : [from])
          expect((await put(api, ids, step)).status).toBe(200)
        const before = mock.store.getOrder(ids.orderId)
        const reply = await put(api, ids, to)
        expectProblem(reply, 409, 'illegal-transition')
        expect(reply.body.detail).toBe(
          `Payment ${ids.paymentId} on order ${ids.orderId} cannot move from ${from} to ${to}: ${rule}.`,
        )
        expect(mock.store.getOrder(ids.orderId)).toEqual(before)
      },
    )

    it('answers 409 when a PUT omits the state of a refunded payment (it would reset to intent)', async () => {
      const ids = await orderWithPayment(api)
      await put(api, ids, 'captured')
      await put(api, ids, 'refunded')
      const reply = await api.put(`/${ids.orderId}/payments/${ids.paymentId}`, { amount: 50 })
      expectProblem(reply, 409, 'illegal-transition')
    })

    it('lets a cancelled payment be removed, and a refunded one be PUT again (a partial refund changes the amount)', async () => {
      const ids = await orderWithPayment(api)
      await put(api, ids, 'cancelled')
      expect((await put(api, ids, 'removed')).body.state).toBe('removed')

      const other = await orderWithPayment(api)
      await put(api, other, 'captured')
      await put(api, other, 'refunded')
      const again = await api.put(`/${other.orderId}/payments/${other.paymentId}`, {
        amount: 40,
        state: 'refunded',
      })
      expect(again.status).toBe(200)
      expect(again.body).toMatchObject({ amount: 40, state: 'refunded' })
    })

    it("takes cancelled and refunded payments out of Validate's payments check", async () => {
      const ids = await orderWithPayment(api)
      expect(await api.post(`/${ids.orderId}/validate`, {})).toMatchObject({ status: 200 })
      await put(api, ids, 'cancelled')
      expect((await api.post(`/${ids.orderId}/validate`, {})).body).toEqual([
        { code: 'payments-do-not-cover-total' },
      ])
      const other = await orderWithPayment(api)
      await put(api, other, 'captured')
      await put(api, other, 'refunded')
      expect((await api.post(`/${other.orderId}/validate`, {})).body).toEqual([
        { code: 'payments-do-not-cover-total' },
      ])
    })

    it('creates payments in either state (an adapter records what the PSP reports)', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      for (const state of ['cancelled', 'refunded']) {
        const created = await api.post(`/${orderId}/payments`, { amount: 10, state })
        expect(created.status).toBe(201)
        expect((await api.get(`/${orderId}/payments/${created.body.id}`)).body.state).toBe(state)
      }
    })

    it('refunds a payment of a completed order (after-payment, decision 29)', async () => {
      const ids = await orderWithPayment(api)
      await completeOrder(api, ids.orderId)
      await api.post(`/${ids.orderId}/payments/${ids.paymentId}/actions/${ids.actionId}/execute`)
      await api.post(`/${ids.orderId}/payments/${ids.paymentId}/actions`, [REFUND])
      const refundId = mock.store.getOrder(ids.orderId)?.payments?.[0]?.actions?.[1]?.id
      const reply = await api.post(
        `/${ids.orderId}/payments/${ids.paymentId}/actions/${refundId}/execute`,
      )
      expect(reply.status).toBe(200)
      expect(mock.store.getOrder(ids.orderId)?.payments?.[0]?.state).toBe('refunded')
      expect(mock.store.getOrder(ids.orderId)?.state?.currentStatus).toBe('completed')
    })
  })

  describe('GetTransactionsForOrderPayment', () => {
    it('answers an empty list for a payment without transactions', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      const reply = await api.get(`/${orderId}/payments/${paymentId}/transactions`)
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual([])
    })

    it("lists only this payment's transactions, oldest first", async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      const other = await api.post(`/${orderId}/payments`, { amount: 1 })
      await api.post(`/${orderId}/payments/${paymentId}/transactions`, {
        event: 'open',
        amount: 100,
      })
      await api.post(`/${orderId}/payments/${other.body.id}/transactions`, {
        event: 'open',
        amount: 1,
      })
      await api.post(`/${orderId}/payments/${paymentId}/transactions`, {
        event: 'capture',
        amount: 100,
      })
      const reply = await api.get(`/${orderId}/payments/${paymentId}/transactions`)
      expect(reply.body.map((transaction: { event: string }) => transaction.event)).toEqual([
        'open',
        'capture',
      ])
      const others = await api.get(`/${orderId}/payments/${other.body.id}/transactions`)
      expect(others.body).toEqual([{ event: 'open', amount: 1, created: expect.any(String) }])
    })

    it('stays readable once the order is completed', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      await api.post(`/${orderId}/payments/${paymentId}/transactions`, {
        event: 'capture',
        amount: 100,
      })
      await completeOrder(api, orderId)
      const reply = await api.get(`/${orderId}/payments/${paymentId}/transactions`)
      expect(reply.status).toBe(200)
      expect(reply.body).toHaveLength(1)
    })

    it('answers 404 payment-not-found for an unknown payment', async () => {
      const { orderId } = await orderWithPayment(api)
      expectProblem(
        await api.get(`/${orderId}/payments/${UNKNOWN_PAYMENT}/transactions`),
        404,
        'payment-not-found',
      )
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'GET',
      path: ({ orderId, paymentId }) => `/${orderId}/payments/${paymentId}/transactions`,
      writes: false,
      takesBody: false,
    })
  })

  describe('AddTransactionForOrderPayment', () => {
    const CAPTURED = {
      event: 'capture',
      pspEvent: 'CAPTURE',
      amount: 20,
      isSuccess: true,
      pspStatus: 'CAPTURED',
      requestJson: '{"captured_amount":2000}',
      responseJson: '{"capture_id":"4ba29b50-be7b-44f5-a492-113e6a865e22"}',
    }

    it('stores the transaction, sets created, and answers 200 with the stored transaction', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      const started = Date.now()
      const reply = await api.post(`/${orderId}/payments/${paymentId}/transactions`, CAPTURED)
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual({ ...CAPTURED, created: expect.any(String) })
      expect(new Date(reply.body.created).toISOString()).toBe(reply.body.created)
      expect(Date.parse(reply.body.created)).toBeGreaterThanOrEqual(started - 1000)
      expect(mock.store.snapshot().transactions).toEqual([
        { orderId, paymentId, transaction: reply.body },
      ])
      expect((await api.get(`/${orderId}/payments/${paymentId}/transactions`)).body).toEqual([
        reply.body,
      ])
    })

    it('sets created itself even when the client sends one', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      const reply = await api.post(`/${orderId}/payments/${paymentId}/transactions`, {
        ...CAPTURED,
        created: '2000-01-01T00:00:00Z',
      })
      expect(reply.status).toBe(200)
      expect(reply.body.created).not.toBe('2000-01-01T00:00:00Z')
      expect(Date.parse(reply.body.created)).toBeGreaterThan(Date.parse('2020-01-01T00:00:00Z'))
      expect(mock.store.snapshot().transactions[0]?.transaction.created).toBe(reply.body.created)
    })

    it('accepts a request without a body and stores a transaction with only created', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      const reply = await api.request('POST', `/${orderId}/payments/${paymentId}/transactions`)
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual({ created: expect.any(String) })
    })

    it('matches the event case-insensitively ("Capture" → capture)', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      const reply = await api.post(`/${orderId}/payments/${paymentId}/transactions`, {
        event: 'Capture',
      })
      expect(reply.body.event).toBe('capture')
    })

    it('stays writable while the order is accepted', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      await api.put(`/${orderId}/state`, { currentStatus: 'accepted' })
      const reply = await api.post(`/${orderId}/payments/${paymentId}/transactions`, CAPTURED)
      expect(reply.status).toBe(200)
    })

    it('answers 400 naming every violation of the body, and stores nothing', async () => {
      const { orderId, paymentId } = await orderWithPayment(api)
      const reply = await api.post(`/${orderId}/payments/${paymentId}/transactions`, {
        event: 'charge',
        isSuccess: 'yes',
        amount: '20',
        psp: 'x',
        paymentAction: { type: 'capture' },
      })
      expectViolations(
        reply,
        ['body/event', 'enum'],
        ['body/isSuccess', 'type'],
        ['body/amount', 'type'],
        ['body/psp', 'additionalProperties'],
        ['body/paymentAction/adapterId', 'required'],
        ['body/paymentAction/url', 'required'],
      )
      expect(mock.store.snapshot().transactions).toEqual([])
    })

    it('answers 404 payment-not-found for an unknown payment, and stores nothing', async () => {
      const { orderId } = await orderWithPayment(api)
      const reply = await api.post(`/${orderId}/payments/${UNKNOWN_PAYMENT}/transactions`, CAPTURED)
      expectProblem(reply, 404, 'payment-not-found')
      expect(mock.store.snapshot().transactions).toEqual([])
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'POST',
      path: ({ orderId, paymentId }) => `/${orderId}/payments/${paymentId}/transactions`,
      body: CAPTURED,
      writes: true,
      afterPayment: true,
      takesBody: true,
    })
  })
})
