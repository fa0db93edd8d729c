import { describe, expect, it } from 'vitest'
import type { V1 } from '../../src/index.ts'
import { validateResponse } from '../../src/validation/index.ts'
import { createApiClient, useMockApi } from '../support/mock-api.ts'

type Operations = V1.operations
type OperationId = keyof Operations
/** The JSON body v1 declares for `status` of `Id` (never for a no-content answer). */
type Answer<
  Id extends OperationId,
  Status extends keyof Operations[Id]['responses'],
> = Operations[Id]['responses'][Status] extends { content: { 'application/json': infer Body } }
  ? Body
  : undefined
type RequestBody<Id extends OperationId> = Operations[Id] extends {
  requestBody?: { content: { 'application/json': infer Body } }
}
  ? Body
  : never

const price = (includingVat: number, excludingVat: number): V1.Price => ({
  includingVat,
  excludingVat,
})
const address: V1.Address = {
  givenName: 'Bill',
  familyName: 'Billsson',
  streetAddress: 'Billroad 10',
  postalCode: '411 23',
  city: 'Göteborg',
  country: 'SE',
  email: 'bill@example.com',
}

/**
 * The v1 checkout replay (issue 14): create → cart → customer → shipping → payment → validate
 * → states, as Norce's own v1 client drives it. Every request body is typed with the v1
 * types, every answer is typed with them and checked against `openapi/order-v1.yaml`.
 */
describe('the v1 checkout replay, typed and checked against the v1 contract', () => {
  const mock = useMockApi()
  const api = createApiClient({ version: 'v1' })

  /** Sends a typed request and answers the typed body, after checking status and contract. */
  async function send<Id extends OperationId, Status extends keyof Operations[Id]['responses']>(
    operationId: Id,
    expected: Status & number,
    method: string,
    path: string,
    body?: RequestBody<Id>,
  ): Promise<Answer<Id, Status>> {
    const reply = await api.request(method, path, body === undefined ? {} : { body })
    expect(reply.status, `${operationId}: ${JSON.stringify(reply.body)}`).toBe(expected)
    const contentType = reply.headers.get('content-type')
    expect(
      validateResponse(operationId, reply.status, reply.body, {
        version: 'v1',
        ...(contentType && { contentType }),
      }),
      operationId,
    ).toEqual([])
    return reply.body as Answer<Id, Status>
  }

  it('goes from create to completed with v1 shapes only', async () => {
    const orderId: string = await send('CreateCheckoutOrder', 201, 'POST', '', {
      merchant: 'ignored',
      channel: 'ignored',
      culture: 'sv-SE',
      currency: 'SEK',
      country: 'SE',
    })
    expect(orderId).toMatch(/^o_[A-Za-z]{26}$/)

    const cart: V1.Cart = {
      reference: 'our-first-cart',
      items: [{ sku: 'T001', name: 'Thing', quantity: 2, total: price(25, 20), vatRate: 0.25 }],
      total: price(25, 20),
    }
    expect(await send('UpdateCheckoutOrderCart', 200, 'PUT', `/${orderId}/cart`, cart)).toBe(
      undefined,
    )
    await send('UpdateCheckoutOrderCustomerBilling', 200, 'PUT', `/${orderId}/customer/billing`, {
      ...address,
      type: 'person',
    })
    await send('UpdateCheckoutOrderCustomerShipping', 200, 'PUT', `/${orderId}/customer/shipping`, {
      ...address,
      type: 'person',
    })

    const shipping: V1.CreateResponse = await send(
      'CreateOrderShipping',
      201,
      'POST',
      `/${orderId}/shippings`,
      { name: 'Home delivery', total: price(12.5, 10), vatRate: 0.25 },
    )
    expect(shipping.id).toMatch(/^s_[A-Za-z]{26}$/)
    const shippings: V1.Shipping[] = await send(
      'GetOrderShippings',
      200,
      'GET',
      `/${orderId}/shippings`,
    )
    expect(shippings.map((entry) => entry.id)).toEqual([shipping.id])

    const payment: V1.CreateResponse = await send(
      'CreateOrderPayment',
      201,
      'POST',
      `/${orderId}/payments`,
      { adapterId: 'klarna-checkout', name: 'Klarna', type: 'default', amount: 37.5 },
    )
    const reserved: V1.Payment = await send(
      'UpdateOrderPayment',
      200,
      'PUT',
      `/${orderId}/payments/${payment.id}`,
      {
        adapterId: 'klarna-checkout',
        name: 'Klarna',
        type: 'default',
        amount: 37.5,
        state: 'reserved',
      },
    )
    expect(reserved).toMatchObject({ id: payment.id, orderId, state: 'reserved', currency: 'SEK' })

    const validation: V1.ValidationError[] = await send(
      'Validate',
      200,
      'POST',
      `/${orderId}/validate`,
      {},
    )
    expect(validation).toEqual([])

    for (const currentStatus of ['processing', 'accepted', 'completed'] as const)
      expect(
        await send('UpdateCheckoutOrderState', 200, 'PUT', `/${orderId}/state`, { currentStatus }),
      ).toBe(undefined)

    const order: V1.Order = await send('GetCheckoutOrder', 200, 'GET', `/${orderId}`)
    expect(order.state?.currentStatus).toBe('completed')
    expect(order.state?.transitions?.map((transition) => transition.status)).toEqual([
      'checkout',
      'processing',
      'accepted',
      'completed',
    ])
    expect(order.total).toEqual(price(37.5, 30))
    expect(order.payments?.[0]).not.toHaveProperty('merchant')
    expect(order.shippings?.[0]).not.toHaveProperty('channel')

    // After payment: the PSP captures, then refunds (decision 65).
    const captured: V1.Payment = await send(
      'UpdateOrderPayment',
      200,
      'PUT',
      `/${orderId}/payments/${payment.id}`,
      { ...reserved, state: 'captured' },
    )
    const refunded: V1.Payment = await send(
      'UpdateOrderPayment',
      200,
      'PUT',
      `/${orderId}/payments/${payment.id}`,
      { ...captured, state: 'refunded' },
    )
    expect(refunded.state).toBe('refunded')

    const list: V1.OrderPaginationSet = await send('GetCheckoutOrders', 200, 'GET', '')
    expect(list.data?.map((entry) => entry.id)).toEqual([orderId])
    expect(list.pagination).not.toHaveProperty('valueSum')
    expect(mock.store.getOrder(orderId)?.payments?.[0]?.state).toBe('refunded')
  })
})
