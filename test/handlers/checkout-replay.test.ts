import { describe, expect, it } from 'vitest'
import { price } from '../../src/domain/money.ts'
import { createApiClient, TENANT, useMockApi } from '../support/mock-api.ts'

const address = {
  type: 'Person',
  givenName: 'Bill',
  familyName: 'Billsson',
  streetAddress: 'Billroad 10',
  postalCode: '411 23',
  city: 'Göteborg',
  country: 'se',
  phone: '+46 70 011 22 33',
  email: 'bill@example.com',
}

describe.each(['v0', 'v1'] as const)('a full checkout over %s', (version) => {
  const mock = useMockApi()
  const api = createApiClient({ version })

  it('goes from create to completed, and the stored order follows every step', async () => {
    const stored = () => mock.store.getOrder(orderId)

    // 1. Create (as the Bruno tutorial does, with merchant/channel in the body).
    const orderId = await api.createOrder({
      merchant: 'ignored-merchant',
      channel: 'ignored-channel',
      culture: 'sv-SE',
      currency: 'SEK',
      country: 'SE',
      cart: {
        reference: 'our-first-cart',
        items: [
          {
            reference: 'cart-item-no-1',
            sku: 'T001',
            name: 'Thing',
            quantity: 1,
            total: price(12.5, 10),
            vatRate: 0.25,
          },
        ],
        total: price(12.5, 10),
      },
    })
    expect(orderId).toMatch(/^o_[A-Za-z]{26}$/)
    expect(stored()).toMatchObject({
      merchant: TENANT.merchant,
      channel: TENANT.channel,
      state: { currentStatus: 'checkout', transitions: [{ status: 'checkout' }] },
      total: price(12.5, 10),
    })
    const itemId = stored()?.cart?.items?.[0]?.id
    expect(itemId).toMatch(/^ci_[A-Za-z]{26}$/)

    // 2. Cart: two of them now, the item id sent back.
    expect(
      (
        await api.put(`/${orderId}/cart`, {
          reference: 'our-first-cart',
          items: [
            {
              id: itemId,
              reference: 'cart-item-no-1',
              sku: 'T001',
              name: 'Thing',
              quantity: 2,
              price: price(12.5, 10),
              total: price(25, 20),
              vatRate: 0.25,
            },
          ],
          total: price(25, 20),
        })
      ).status,
    ).toBe(200)
    expect(stored()?.cart?.items).toEqual([expect.objectContaining({ id: itemId, quantity: 2 })])
    expect(stored()?.total).toEqual(price(25, 20))

    // 3. Customer addresses ("Person" is normalised).
    expect((await api.put(`/${orderId}/customer/billing`, address)).status).toBe(200)
    expect((await api.put(`/${orderId}/customer/shipping`, address)).status).toBe(200)
    expect(stored()?.customer).toMatchObject({
      type: 'person',
      billing: { type: 'person', city: 'Göteborg' },
      shipping: { familyName: 'Billsson' },
    })

    // 4. Shipping.
    const shipping = await api.post(`/${orderId}/shippings`, {
      reference: 'thing-to-home-delivery',
      name: 'Thing to Home Delivery',
      total: price(7.5, 6),
      vatRate: 0.25,
    })
    expect(shipping.status).toBe(201)
    expect(shipping.headers.get('location')).toMatch(
      new RegExp(`/api/${version}/checkout/orders/${orderId}/shippings/s_[A-Za-z]{26}$`),
    )
    expect(stored()?.total).toEqual(price(32.5, 26))

    // 5. Payment covering the total.
    const payment = await api.post(`/${orderId}/payments`, {
      reference: 'our-first-payment',
      name: 'Thing Payment',
      type: 'default',
      amount: 32.5,
      state: 'Intent',
    })
    expect(payment.status).toBe(201)
    expect(stored()?.payments).toEqual([
      expect.objectContaining({
        id: payment.body.id,
        amount: 32.5,
        state: 'intent',
        currency: 'SEK',
        orderId,
      }),
    ])

    // 6. Consents: a required one, checked afterwards.
    expect(
      (
        await api.post(`/${orderId}/consents`, {
          id: 'ci_terms',
          text: 'Terms',
          required: true,
          checked: false,
        })
      ).status,
    ).toBe(200)
    // v0 keeps the client's consent id; on v1 it is read-only and server-assigned (decision 67).
    const termsId = stored()?.consents?.[0]?.id as string
    if (version === 'v0') expect(termsId).toBe('ci_terms')
    else expect(termsId).toMatch(/^ci_[A-Za-z]{26}$/)
    expect((await api.put(`/${orderId}/state`, { currentStatus: 'processing' })).status).toBe(409)
    expect((await api.patch(`/${orderId}/consents`, [{ id: termsId, checked: true }])).status).toBe(
      200,
    )
    expect(stored()?.consents).toEqual([
      { id: termsId, text: 'Terms', required: true, checked: true },
    ])

    // 7. Validate.
    const validation = await api.post(`/${orderId}/validate`, {})
    expect(validation).toMatchObject({ status: 200, body: [] })

    // 8. State: processing → accepted → completed.
    for (const status of ['processing', 'accepted', 'completed']) {
      expect((await api.put(`/${orderId}/state`, { currentStatus: status })).status).toBe(200)
      expect(stored()?.state?.currentStatus).toBe(status)
    }
    const transitions = stored()?.state?.transitions ?? []
    expect(transitions.map((transition) => transition.status)).toEqual([
      'checkout',
      'processing',
      'accepted',
      'completed',
    ])
    const times = transitions.map((transition) => Date.parse(transition.timeStamp ?? ''))
    expect([...times].sort((a, b) => a - b)).toEqual(times)

    // The completed order is read back whole, and locked.
    const order = await api.get(`/${orderId}`)
    expect(order.body).toMatchObject({
      id: orderId,
      total: price(32.5, 26),
      state: { currentStatus: 'completed' },
    })
    expect((await api.put(`/${orderId}/cart`, { items: [] })).status).toBe(409)
    expect((await api.put(`/${orderId}/state`, { currentStatus: 'checkout' })).status).toBe(409)
  })

  it('shares the store with the other version: an order created on one is read on the other', async () => {
    const orderId = await api.createOrder({
      cart: { items: [{ name: 'Thing', quantity: 1, total: price(10, 8), vatRate: 0.25 }] },
    })
    const other = createApiClient({ version: version === 'v0' ? 'v1' : 'v0' })
    expect(await other.get(`/${orderId}`)).toMatchObject({
      status: 200,
      body: { id: orderId, total: price(10, 8) },
    })
  })
})
