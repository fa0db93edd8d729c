import { describe, expect, it } from 'vitest'
import { createProblem } from '../../src/problems/index.ts'
import { validateResponse } from '../../src/validation/index.ts'

describe('validateResponse', () => {
  it('accepts a documented problem+json error', () => {
    const problem = createProblem('order-not-found', {
      detail: 'Order with id:o_abc not found.',
      instance: '/api/v0/checkout/orders/o_abc',
    })
    expect(
      validateResponse('GetCheckoutOrder', 404, problem, {
        contentType: 'application/problem+json',
      }),
    ).toEqual([])
  })

  it('names an undocumented status', () => {
    expect(validateResponse('GetCheckoutOrder', 418, {})).toEqual([
      expect.objectContaining({ location: 'status', keyword: 'documented' }),
    ])
  })

  it('holds responses to the documented enum spelling (no case folding on the way out)', () => {
    const violations = validateResponse('GetOrderPayments', 200, [{ state: 'Intent' }])
    expect(violations).toEqual([
      expect.objectContaining({ location: 'body/0/state', keyword: 'enum' }),
    ])
  })

  it('demands required read-only fields in responses', () => {
    const violations = validateResponse('GetCheckoutOrder', 200, { id: 'o_abc' })
    expect(violations.map((violation) => violation.location).sort()).toEqual([
      'body/channel',
      'body/merchant',
    ])
  })

  it('rejects a body where none is documented', () => {
    expect(validateResponse('DeleteCheckoutOrder', 204, { id: 'x' })).toEqual([
      expect.objectContaining({ location: 'body', keyword: 'content' }),
    ])
  })

  it('tells the two 400 bodies of Validate apart by content type', () => {
    const failures = [{ code: 'cart-empty', adapterId: 'norce-checkout-mock' }]
    expect(
      validateResponse('Validate', 400, failures, { contentType: 'application/json' }),
    ).toEqual([])
    expect(
      validateResponse('Validate', 400, failures, { contentType: 'application/problem+json' }),
    ).not.toEqual([])
  })
})
