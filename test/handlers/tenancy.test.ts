import { describe, expect, it } from 'vitest'
import { price } from '../../src/domain/money.ts'
import { getOrderApiValidator } from '../../src/validation/index.ts'
import {
  BASE_URL,
  createApiClient,
  OTHER_TENANT,
  TENANT,
  tenantHeaders,
  useMockApi,
} from '../support/mock-api.ts'
import { VALID_BODIES } from '../support/valid-bodies.ts'

describe('tenancy and auth, over every operation', () => {
  const mock = useMockApi()
  const owner = createApiClient()

  /** An order of TENANT with one of every sub-resource; answers the ids to fill paths with. */
  async function createOwnedOrder(): Promise<Record<string, string>> {
    const orderId = await owner.createOrder({
      reference: 'secret-reference',
      cart: { items: [{ name: 'Secret', quantity: 1, total: price(10, 8), vatRate: 0.25 }] },
    })
    await owner.post(`/${orderId}/consents`, { id: 'ci_terms', required: true, checked: false })
    await owner.post(`/${orderId}/hooks`, {
      subscribeTo: '/cart',
      invoke: 'http://127.0.0.1:3/hook',
    })
    await owner.post(`/${orderId}/notifications`, {
      scope: '/state',
      invoke: 'http://127.0.0.1:3/notify',
    })
    await owner.post(`/${orderId}/validations`, { url: 'http://127.0.0.1:3/validate' })
    const paymentId = (await owner.post(`/${orderId}/payments`, { amount: 10 })).body.id as string
    await owner.post(`/${orderId}/payments/${paymentId}/actions`, [
      { adapterId: 'psp', type: 'capture', url: 'http://127.0.0.1:3/capture' },
    ])
    const shippingId = (
      await owner.post(`/${orderId}/shippings`, { total: price(5, 4), vatRate: 0.25 })
    ).body.id as string
    const order = mock.store.getOrder(orderId)
    return {
      order_id: orderId,
      consent_id: 'ci_terms',
      hook_id: order?.hooks?.[0]?.id ?? '',
      notification_id: order?.notifications?.[0]?.id ?? '',
      validation_id: order?.validations?.[0]?.id ?? '',
      payment_id: paymentId,
      action_id: order?.payments?.[0]?.actions?.[0]?.id ?? '',
      shipping_id: shippingId,
    }
  }

  const operations = [...getOrderApiValidator().operations.values()]

  function urlOf(path: string, ids: Record<string, string>): string {
    return `${BASE_URL}${path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? name)}`
  }

  async function call(
    operationId: string,
    method: string,
    url: string,
    headers: Record<string, string>,
  ) {
    const body = VALID_BODIES[operationId]
    const response = await fetch(url, {
      method: method.toUpperCase(),
      headers: { ...headers, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })
    return { status: response.status, text: await response.text() }
  }

  it.each(operations.map((operation) => [operation.operationId, operation] as const))(
    '%s: another merchant or channel gets 404 and never the data; the order is untouched',
    async (operationId, operation) => {
      const ids = await createOwnedOrder()
      const before = mock.store.snapshot()
      for (const stranger of [
        OTHER_TENANT,
        { merchant: TENANT.merchant, channel: 'another-channel' },
      ]) {
        const url = urlOf(operation.path, ids)
        const reply = await call(operationId, operation.method, url, tenantHeaders(stranger))
        if (operationId === 'GetCheckoutOrders') {
          expect(reply.status).toBe(200)
          expect(JSON.parse(reply.text)).toMatchObject({
            data: [],
            pagination: { totalSize: 0, valueSum: 0 },
          })
        } else if (operationId === 'CreateCheckoutOrder') {
          expect(reply.status).toBe(201)
        } else {
          expect(reply.status, reply.text).toBe(404)
          expect(JSON.parse(reply.text)).toMatchObject({ code: 'order-not-found' })
        }
        // Nothing of the order may come back, except what the caller itself put in the URL.
        const secrets = ['secret-reference', 'Secret', ids.payment_id, ids.shipping_id].filter(
          (secret) => !url.includes(secret ?? ''),
        )
        for (const secret of secrets) expect(reply.text).not.toContain(secret)
      }
      const after = mock.store.snapshot()
      const owned = (snapshot: typeof before) =>
        snapshot.orders.filter(
          (order) => order.merchant === TENANT.merchant && order.channel === TENANT.channel,
        )
      expect(owned(after)).toEqual(owned(before))
    },
  )

  it.each(operations.map((operation) => [operation.operationId, operation] as const))(
    '%s: no token, a Basic credential or an empty bearer gets 401 and changes nothing',
    async (operationId, operation) => {
      const ids = await createOwnedOrder()
      const before = mock.store.snapshot()
      const { authorization: _token, ...withoutToken } = tenantHeaders()
      for (const authorization of [undefined, 'Basic dXNlcjpwYXNz', 'Bearer ']) {
        const headers =
          authorization === undefined ? withoutToken : { ...withoutToken, authorization }
        const reply = await call(operationId, operation.method, urlOf(operation.path, ids), headers)
        expect(reply.status).toBe(401)
        expect(JSON.parse(reply.text)).toMatchObject({ status: 401, code: 'unauthorized' })
      }
      expect(mock.store.snapshot()).toEqual(before)
    },
  )
})

describe('a body with several faults', () => {
  useMockApi()
  const api = createApiClient()

  it('gets all of them in one 400, and nothing is stored', async () => {
    const reply = await api.post('', {
      currency: 'SEKK',
      country: 'Sweden',
      state: { currentStatus: 'shipped' },
      customer: { billing: { type: 'alien', email: 42 } },
      cart: { items: [{ quantity: 'two', price: { includingVat: '12' } }] },
      notAField: true,
    })
    expect(reply.status).toBe(400)
    expect(reply.headers.get('content-type')).toBe('application/problem+json')
    expect(reply.body.code).toBe('validation-failed')
    expect(
      reply.body.errors
        .map((error: { location: string; keyword: string }) => `${error.location} ${error.keyword}`)
        .sort(),
    ).toEqual([
      'body/cart/items/0/price/includingVat type',
      'body/cart/items/0/quantity type',
      'body/country pattern',
      'body/currency pattern',
      'body/customer/billing/email type',
      'body/customer/billing/type enum',
      'body/notAField additionalProperties',
      'body/state/currentStatus enum',
    ])
    expect((await api.get('')).body.pagination.totalSize).toBe(0)
  })
})
