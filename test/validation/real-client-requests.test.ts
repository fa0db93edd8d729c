import { describe, expect, it } from 'vitest'
import { validateRequest } from '../../src/validation/index.ts'
import { REAL_CLIENT_REQUESTS } from '../fixtures/real-client-requests.ts'

const TENANT = { 'x-merchant': 'thingsandstuff', 'x-channel': 'se' }

describe('real client traffic (fact sheet E)', () => {
  it.each(REAL_CLIENT_REQUESTS)('accepts $source ($operationId)', (request) => {
    const result = validateRequest(request.operationId, { ...request, headers: TENANT })
    expect(result.violations).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('normalises "Person" to the documented "person" and leaves the caller\'s body alone', () => {
    const body = REAL_CLIENT_REQUESTS.find((request) =>
      request.source.startsWith('S5 Tutorials/2 - Non-PSP'),
    )?.body as { customer: { billing: { type: string } } }
    const result = validateRequest('CreateCheckoutOrder', { headers: TENANT, body })
    expect(result.request.body).toMatchObject({
      customer: { billing: { type: 'person' }, shipping: { type: 'person' } },
    })
    expect(body.customer.billing.type).toBe('Person')
  })

  it('accepts header names in any case, as HTTP does', () => {
    const result = validateRequest('GetCheckoutOrders', {
      headers: { 'X-Merchant': 'norce', 'X-Channel': '1' },
    })
    expect(result.violations).toEqual([])
  })
})
