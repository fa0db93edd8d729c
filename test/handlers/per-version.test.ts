import { describe, expect, it } from 'vitest'
import { getOrderApiValidator } from '../../src/validation/index.ts'
import { createApiClient, TENANT, useMockApi } from '../support/mock-api.ts'
import { expectViolations } from '../support/problem-assertions.ts'

const ITEM_ID = /^ci_[A-Za-z]{26}$/
const CALLBACK_ID = /^oc_[A-Za-z]{26}$/
const ACTION_ID = /^pa_[A-Za-z]{26}$/
const price = (includingVat: number, excludingVat: number) => ({ includingVat, excludingVat })
const ITEM = { name: 'Thing', quantity: 1, total: price(100, 80), vatRate: 0.25 }

/** The same store answered per version (decision 67): shapes, read-only ids, no-body answers. */
describe('one store, an answer per version', () => {
  const mock = useMockApi()
  const v0 = createApiClient({ version: 'v0' })
  const v1 = createApiClient({ version: 'v1' })

  it('keeps client ids on v0 and assigns read-only ids on v1 (Item, Consent, Notification)', async () => {
    const body = (withIds: boolean) => ({
      cart: { items: [{ ...ITEM, ...(withIds && { id: 'my-item' }) }] },
      consents: [{ text: 'Terms', required: true, ...(withIds && { id: 'my-consent' }) }],
      notifications: [
        { invoke: 'http://127.0.0.1:3/n', ...(withIds && { id: 'my-notification' }) },
      ],
    })
    const onV0 = mock.store.getOrder(await v0.createOrder(body(true)))
    expect(onV0?.cart?.items?.[0]?.id).toBe('my-item')
    expect(onV0?.consents?.[0]?.id).toBe('my-consent')
    expect(onV0?.notifications?.[0]?.id).toBe('my-notification')

    const onV1 = mock.store.getOrder(await v1.createOrder(body(true)))
    expect(onV1?.cart?.items?.[0]?.id).toMatch(ITEM_ID)
    expect(onV1?.consents?.[0]?.id).toMatch(ITEM_ID)
    expect(onV1?.notifications?.[0]?.id).toMatch(CALLBACK_ID)
  })

  it('on v1 keeps an id sent back from a GET and replaces an invented one (cart, consents, payment actions)', async () => {
    const orderId = await v1.createOrder({ cart: { items: [ITEM] } })
    const [held] = (await v1.get(`/${orderId}`)).body.cart.items
    expect(
      (await v1.put(`/${orderId}/cart`, { items: [held, { ...ITEM, id: 'invented' }] })).status,
    ).toBe(200)
    const items = mock.store.getOrder(orderId)?.cart?.items ?? []
    expect(items[0]?.id).toBe(held.id)
    expect(items[1]?.id).toMatch(ITEM_ID)

    expect((await v1.post(`/${orderId}/consents`, { id: 'invented', text: 'News' })).status).toBe(
      200,
    )
    const consentId = mock.store.getOrder(orderId)?.consents?.[0]?.id
    expect(consentId).toMatch(ITEM_ID)
    expect(
      (await v1.patch(`/${orderId}/consents`, [{ id: consentId, checked: true }])).status,
    ).toBe(200)
    expect(mock.store.getOrder(orderId)?.consents?.[0]?.checked).toBe(true)

    const action = { adapterId: 'psp', type: 'capture', url: 'http://127.0.0.1:3/c' }
    const payment = await v1.post(`/${orderId}/payments`, { amount: 100, actions: [action] })
    const paymentId = payment.body.id
    const [stored] = (await v1.get(`/${orderId}/payments/${paymentId}`)).body.actions
    const put = await v1.put(`/${orderId}/payments/${paymentId}`, {
      amount: 100,
      actions: [stored, { ...action, id: 'pa_Invented' }],
    })
    expect(put.body.actions.map((entry: { id: string }) => entry.id)).toEqual([
      stored.id,
      expect.stringMatching(ACTION_ID),
    ])
    expect(put.body.actions[1].id).not.toBe('pa_Invented')
  })

  it('answers on v1 without the fields the v1 contract lacks, read from the same stored order', async () => {
    const orderId = await v0.createOrder({
      cart: {
        items: [
          {
            ...ITEM,
            logistics: { weight: 1 },
            upsell: true,
            discounts: [{ reference: 'summer', description: 'Summer', value: price(0, 0) }],
          },
        ],
      },
    })
    await v0.post(`/${orderId}/payments`, { amount: 100 })
    await v0.post(`/${orderId}/shippings`, { total: price(0, 0), vatRate: 0.25 })
    await v0.post(`/${orderId}/notifications`, { invoke: 'http://127.0.0.1:3/n', delay: 10 })

    const onV0 = (await v0.get(`/${orderId}`)).body
    const onV1 = (await v1.get(`/${orderId}`)).body
    expect(onV0.payments[0]).toMatchObject({ merchant: TENANT.merchant, channel: TENANT.channel })
    expect(onV0.cart.items[0]).toHaveProperty('logistics')
    expect(onV0.notifications[0]).toHaveProperty('delay')
    for (const field of ['merchant', 'channel']) {
      expect(onV1.payments[0]).not.toHaveProperty(field)
      expect(onV1.shippings[0]).not.toHaveProperty(field)
    }
    expect(onV1.cart.items[0]).not.toHaveProperty('logistics')
    expect(onV1.cart.items[0]).not.toHaveProperty('upsell')
    expect(onV1.cart.items[0].discounts[0]).not.toHaveProperty('reference')
    expect(onV1.notifications[0]).not.toHaveProperty('delay')
    // Strictly within each contract, and the same order otherwise.
    expect(getOrderApiValidator('v1').validateSchema('Order', onV1)).toEqual([])
    expect(getOrderApiValidator('v0').validateSchema('Order', onV0)).toEqual([])
    expect(onV1.id).toBe(onV0.id)
    expect(onV1.total).toEqual(onV0.total)

    const payment = (await v1.get(`/${orderId}/payments`)).body[0]
    expect(payment).not.toHaveProperty('merchant')
    const list = (await v1.get('')).body
    expect(list.pagination).not.toHaveProperty('valueSum')
    expect((await v0.get('')).body.pagination).toHaveProperty('valueSum')
  })

  it('reads an order created on v1 on v0, and the reverse', async () => {
    const fromV1 = await v1.createOrder({ cart: { items: [ITEM] } })
    expect((await v0.get(`/${fromV1}`)).body).toMatchObject({ id: fromV1, total: price(100, 80) })
    const fromV0 = await v0.createOrder({ cart: { items: [ITEM] } })
    expect((await v1.get(`/${fromV0}`)).body).toMatchObject({ id: fromV0, total: price(100, 80) })
  })

  it('takes the state on v1 with 200 and no body, never 202', async () => {
    const orderId = await v1.createOrder({ cart: { items: [ITEM] } })
    const reply = await v1.put(`/${orderId}/state`, { currentStatus: 'removed' })
    expect(reply.status).toBe(200)
    expect(reply.body).toBeUndefined()
  })

  it('routes v1 by its camelCase path parameters and validates each request against its own version', async () => {
    // Customer.type is required on v1, optional on v0 (DECISIONS 16).
    const customer = { billing: { givenName: 'Bill', email: 'bill@example.com' } }
    expect((await v0.post('', { customer })).status).toBe(201)
    expectViolations(await v1.post('', { customer }), ['body/customer/type', 'required'])
    const orderId = await v1.createOrder({ customer: { ...customer, type: 'person' } })
    expect((await v1.get(`/${orderId}`)).body.customer.type).toBe('person')
    expectViolations(
      await v1.post(`/${orderId}/validations`, { url: 'http://127.0.0.1:3/v' }),
      ['body/url', 'additionalProperties'],
      ['body/invoke', 'required'],
    )
    expect((await v0.post(`/${orderId}/validations`, { url: 'http://127.0.0.1:3/v' })).status).toBe(
      200,
    )
  })
})
