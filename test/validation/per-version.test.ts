import { describe, expect, expectTypeOf, it } from 'vitest'
import type { V0, V1 } from '../../src/index.ts'
import {
  API_VERSIONS,
  getOrderApiValidator,
  validateRequest,
  validateResponse,
} from '../../src/validation/index.ts'

const TENANT = { 'x-merchant': 'norce', 'x-channel': 'se' }
const PROBLEM = { contentType: 'application/problem+json' }

describe('getOrderApiValidator(version)', () => {
  it('serves each version its own contract, v0 by default', () => {
    expect(getOrderApiValidator()).toBe(getOrderApiValidator('v0'))
    expect(getOrderApiValidator('v0').operations.get('GetCheckoutOrder')?.path).toBe(
      '/api/v0/checkout/orders/{order_id}',
    )
    expect(getOrderApiValidator('v1').operations.get('GetCheckoutOrder')?.path).toBe(
      '/api/v1/checkout/orders/{orderId}',
    )
  })

  it('knows the same 34 operations on both versions', () => {
    const [v0, v1] = API_VERSIONS.map((version) => [
      ...getOrderApiValidator(version).operations.keys(),
    ])
    expect(v0).toHaveLength(34)
    expect(new Set(v1)).toEqual(new Set(v0))
  })
})

describe('validateRequest per version', () => {
  it('names path parameters the way each version does', () => {
    const body = { currentStatus: 'completed' }
    expect(
      validateRequest('UpdateCheckoutOrderState', {
        params: { order_id: 'o_a' },
        headers: TENANT,
        body,
      }).violations,
    ).toEqual([])
    expect(
      validateRequest(
        'UpdateCheckoutOrderState',
        { params: { orderId: 'o_a' }, headers: TENANT, body },
        { version: 'v1' },
      ).violations,
    ).toEqual([])
    expect(
      validateRequest(
        'UpdateCheckoutOrderState',
        { params: { order_id: 'o_a' }, headers: TENANT, body },
        { version: 'v1' },
      ).violations,
    ).toContainEqual(expect.objectContaining({ location: 'path/orderId', keyword: 'required' }))
  })

  it('accepts the 0.1 aliases on v0 and rejects them on v1', () => {
    const hook = { params: { order_id: 'o_a', orderId: 'o_a' }, headers: TENANT }
    const body = { subscribeTo: '/state', invoke: 'http://127.0.0.1/hook' }
    expect(validateRequest('CreateCheckoutOrderHook', { ...hook, body }).valid).toBe(true)
    expect(
      validateRequest('CreateCheckoutOrderHook', { ...hook, body }, { version: 'v1' }).violations,
    ).toEqual([
      {
        location: 'body/subscribeTo',
        keyword: 'additionalProperties',
        message: 'is not a documented property',
      },
    ])
  })

  it('requires Customer.type on v1 only', () => {
    const body = { customer: { billing: { givenName: 'Ada' } } }
    expect(validateRequest('CreateCheckoutOrder', { headers: TENANT, body }).valid).toBe(true)
    expect(
      validateRequest('CreateCheckoutOrder', { headers: TENANT, body }, { version: 'v1' })
        .violations,
    ).toEqual([expect.objectContaining({ location: 'body/customer/type', keyword: 'required' })])
  })

  it('accepts cancelled and refunded payments on both versions', () => {
    for (const version of API_VERSIONS) {
      for (const state of ['cancelled', 'Refunded']) {
        const result = validateRequest(
          'UpdateOrderPayment',
          {
            params: { order_id: 'o_a', orderId: 'o_a', payment_id: 'p_a', paymentId: 'p_a' },
            headers: TENANT,
            body: { state },
          },
          { version },
        )
        expect(result.violations, `${version} ${state}`).toEqual([])
      }
    }
  })

  it('types operation ids and the body of a valid request', () => {
    // @ts-expect-error: no such operationId in the contract
    expect(() => validateRequest('NoSuchOperation', {})).toThrow(/no such operationId/)
    const result = validateRequest(
      'UpdateCheckoutOrderState',
      { params: { orderId: 'o_a' }, headers: TENANT, body: { currentStatus: 'Completed' } },
      { version: 'v1' },
    )
    expect(result.valid).toBe(true)
    if (result.valid) {
      expectTypeOf(result.request.body).toEqualTypeOf<V1.State>()
      expect(result.request.body.currentStatus).toBe('completed')
    }
    const shipping = validateRequest('CreateOrderShipping', { headers: TENANT }, { version: 'v1' })
    if (shipping.valid) expectTypeOf(shipping.request.body).toEqualTypeOf<V1.Shipping | undefined>()
  })
})

describe('validateResponse per version', () => {
  it('expects the bare id string of CreateCheckoutOrder on v1, { id } on v0', () => {
    expect(validateResponse('CreateCheckoutOrder', 201, 'o_a', { version: 'v1' })).toEqual([])
    expect(validateResponse('CreateCheckoutOrder', 201, { id: 'o_a' })).toEqual([])
    expect(validateResponse('CreateCheckoutOrder', 201, { id: 'o_a' }, { version: 'v1' })).toEqual([
      expect.objectContaining({ location: 'body', keyword: 'type' }),
    ])
    const created: V0.CreateResponse = { id: 'o_a' }
    expect(created.id).toBe('o_a')
  })

  it('rejects on v1 the fields only the 0.1 docs have', () => {
    const page = { data: [], pagination: { offset: 0, limit: 10, size: 0, totalSize: 0 } }
    const withSum = { ...page, pagination: { ...page.pagination, valueSum: 0 } }
    expect(validateResponse('GetCheckoutOrders', 200, withSum)).toEqual([])
    expect(validateResponse('GetCheckoutOrders', 200, page, { version: 'v1' })).toEqual([])
    expect(validateResponse('GetCheckoutOrders', 200, withSum, { version: 'v1' })).toEqual([
      expect.objectContaining({ location: 'body/pagination/valueSum' }),
    ])
    const payment = { id: 'p_a', merchant: 'norce', channel: 'se', state: 'intent' }
    expect(validateResponse('GetOrderPayment', 200, payment)).toEqual([])
    expect(
      validateResponse('GetOrderPayment', 200, payment, { version: 'v1' }).map((v) => v.location),
    ).toEqual(['body/merchant', 'body/channel'])
  })

  it('accepts any open ProblemDetails on v1 and only the full Problem on v0', () => {
    const sparse = { title: 'Order not found', status: 404, traceId: 'abc' }
    expect(
      validateResponse('GetCheckoutOrder', 404, sparse, { ...PROBLEM, version: 'v1' }),
    ).toEqual([])
    expect(validateResponse('GetCheckoutOrder', 404, sparse, PROBLEM)).not.toEqual([])
  })

  it('documents the mock-only statuses on v1 (409 on the state)', () => {
    const conflict = { status: 409, code: 'illegal-transition' }
    expect(
      validateResponse('UpdateCheckoutOrderState', 409, conflict, { ...PROBLEM, version: 'v1' }),
    ).toEqual([])
    expect(validateResponse('UpdateCheckoutOrderState', 202, undefined, { version: 'v1' })).toEqual(
      [],
    )
  })
})
