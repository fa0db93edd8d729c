import { describe, expect, it } from 'vitest'
import { getOrderApiValidator } from '../../src/validation/index.ts'
import {
  SEED_LOGISTICS_EXAMPLE,
  SEED_NOTIFICATION_EXAMPLE,
  SEED_ORDER_EXAMPLE,
} from '../fixtures/seed-examples.ts'

const { validateSchema } = getOrderApiValidator()

describe('the examples of the published 0.1 excerpt', () => {
  it('accepts the Logistics example as it is', () => {
    expect(validateSchema('Logistics', SEED_LOGISTICS_EXAMPLE)).toEqual([])
  })

  it('accepts the Notification example, delay included', () => {
    expect(SEED_NOTIFICATION_EXAMPLE.delay).toBe(0)
    expect(validateSchema('Notification', SEED_NOTIFICATION_EXAMPLE)).toEqual([])
  })

  it('accepts the Order example once Redocly placeholders are filled in', () => {
    const order = {
      ...SEED_ORDER_EXAMPLE,
      culture: 'sv-SE',
      currency: 'SEK',
      country: 'SE',
      shippings: [],
      payments: [],
      consents: [],
      validations: [],
      hooks: [],
      notifications: [],
    }
    expect(validateSchema('Order', order, 'request')).toEqual([])
  })

  it('rejects the verbatim Order example only where Redocly printed placeholders', () => {
    const locations = validateSchema('Order', SEED_ORDER_EXAMPLE, 'request').map(
      (violation) => violation.location,
    )
    const placeholders = ['body/culture', 'body/currency', 'body/country']
    const emptySampleObjects = ['shippings', 'validations', 'hooks', 'notifications']
    expect(locations).toEqual(expect.arrayContaining(placeholders))
    for (const location of locations) {
      const fromPlaceholder =
        placeholders.includes(location) ||
        emptySampleObjects.some((list) => location.startsWith(`body/${list}/0`))
      expect(fromPlaceholder, location).toBe(true)
    }
  })

  it('normalises the capitalised "Person" of the Order example', () => {
    const { request } = getOrderApiValidator().validateRequest('CreateCheckoutOrder', {
      headers: { 'x-merchant': 'norce', 'x-channel': 'se' },
      body: { customer: SEED_ORDER_EXAMPLE.customer },
    })
    expect(request.body).toMatchObject({ customer: { type: 'person' } })
    expect(SEED_ORDER_EXAMPLE.customer.type).toBe('Person')
  })
})
