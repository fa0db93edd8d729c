import { describe, expect, it } from 'vitest'
import { type OrderApiOperationId, validateRequest } from '../../src/validation/index.ts'

const TENANT = { 'x-merchant': 'norce', 'x-channel': 'se' }
const ORDER_ID = { order_id: 'o_yClTSySjyAuuBjmiBlHCjuEcTf' }

function violationsOf(
  operationId: OrderApiOperationId,
  parts: Parameters<typeof validateRequest>[1],
) {
  const result = validateRequest(operationId, parts)
  expect(result.valid).toBe(false)
  return result.violations
}

describe('validateRequest rejects nonsense where it is', () => {
  it('names an unknown order status', () => {
    const violations = violationsOf('UpdateCheckoutOrderState', {
      params: ORDER_ID,
      headers: TENANT,
      body: { currentStatus: 'shipped' },
    })
    expect(violations).toEqual([
      expect.objectContaining({ location: 'body/currentStatus', keyword: 'enum' }),
    ])
    expect(violations[0]?.message).toContain('"completed"')
  })

  it('names a quantity sent as a string', () => {
    const violations = violationsOf('UpdateCheckoutOrderCart', {
      params: ORDER_ID,
      headers: TENANT,
      body: { items: [{ name: 'Thing', quantity: '2' }] },
    })
    expect(violations).toEqual([
      expect.objectContaining({ location: 'body/items/0/quantity', keyword: 'type' }),
    ])
  })

  it('names a four-letter currency', () => {
    const violations = violationsOf('CreateCheckoutOrder', {
      headers: TENANT,
      body: { currency: 'SEKK' },
    })
    expect(violations).toEqual([
      expect.objectContaining({ location: 'body/currency', keyword: 'pattern' }),
    ])
  })

  it('names an unknown order version on a hook', () => {
    const violations = violationsOf('CreateCheckoutOrderHook', {
      params: ORDER_ID,
      headers: TENANT,
      body: { subscribeTo: '/state', invoke: 'http://127.0.0.1:9/hook', version: 'v2' },
    })
    expect(violations).toEqual([
      expect.objectContaining({ location: 'body/version', keyword: 'enum' }),
    ])
  })

  it('names missing tenant headers', () => {
    const violations = violationsOf('GetCheckoutOrder', { params: ORDER_ID, headers: {} })
    expect(violations.map((violation) => violation.location).sort()).toEqual([
      'header/x-channel',
      'header/x-merchant',
    ])
    expect(violations.every((violation) => violation.keyword === 'required')).toBe(true)
  })

  it('names empty tenant headers', () => {
    const violations = violationsOf('GetCheckoutOrders', {
      headers: { 'x-merchant': '', 'x-channel': 'se' },
    })
    expect(violations).toEqual([
      expect.objectContaining({ location: 'header/x-merchant', keyword: 'minLength' }),
    ])
  })

  it('reports every fault of a body at once', () => {
    const violations = violationsOf('CreateCheckoutOrder', {
      headers: TENANT,
      body: {
        currency: 'SEKK',
        country: 'Sweden',
        state: { currentStatus: 'nope' },
        cart: { items: [{ quantity: 1.5 }, { quantity: 'two', vatRate: 'high' }] },
        unknownField: true,
      },
    })
    expect(violations.map((violation) => violation.location).sort()).toEqual([
      'body/cart/items/0/quantity',
      'body/cart/items/1/quantity',
      'body/cart/items/1/vatRate',
      'body/country',
      'body/currency',
      'body/state/currentStatus',
      'body/unknownField',
    ])
  })

  it('coerces and checks query parameters, and fills their defaults', () => {
    const ok = validateRequest('GetCheckoutOrders', {
      headers: TENANT,
      query: { status: 'Checkout', limit: '5' },
    })
    expect(ok.violations).toEqual([])
    expect(ok.request.query).toMatchObject({ status: ['checkout'], limit: 5, offset: 0 })

    const bad = violationsOf('GetCheckoutOrders', {
      headers: TENANT,
      query: { limit: '1000', offset: '-1', status: ['checkout', 'lost'] },
    })
    expect(bad.map((violation) => `${violation.location} ${violation.keyword}`).sort()).toEqual([
      'query/limit maximum',
      'query/offset minimum',
      'query/status/1 enum',
    ])
  })

  it('rejects a repeated scalar query parameter', () => {
    const violations = violationsOf('GetCheckoutOrders', {
      headers: TENANT,
      query: { limit: ['5', '6'] },
    })
    expect(violations).toEqual([
      expect.objectContaining({ location: 'query/limit', keyword: 'type' }),
    ])
  })

  it('demands the body where the operation requires one', () => {
    expect(violationsOf('UpdateCheckoutOrderCart', { params: ORDER_ID, headers: TENANT })).toEqual([
      expect.objectContaining({ location: 'body', keyword: 'required' }),
    ])
  })

  it('does not treat read-only fields as required in requests', () => {
    const result = validateRequest('CreateCheckoutOrder', { headers: TENANT, body: {} })
    expect(result.violations).toEqual([])
  })
})
