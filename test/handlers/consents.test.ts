import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFactories } from '../../src/factories/index.ts'
import type { Consent, Order, OrderStatus } from '../../src/index.ts'
import { createApiClient, TENANT, useMockApi } from '../support/mock-api.ts'
import {
  ACCEPTED_TOKENS,
  expectProblem,
  expectViolations,
  itAnswersTheCommonErrors,
} from './order-errors.ts'

const NOW = '2026-02-01T12:00:00.000Z'
const LATER = '2026-02-01T12:30:00.000Z'
const LOCKED_STATES = ['processing', 'accepted', 'completed', 'declined', 'removed'] as const

const TERMS: Consent = {
  id: 'ci_terms',
  checked: false,
  text: 'I accept the terms.',
  required: true,
}
const NEWSLETTER: Consent = {
  id: 'ci_newsletter',
  checked: false,
  text: 'Send me news.',
  required: false,
}
const SMS: Consent = { id: 'ci_sms', checked: true, text: 'Text me.', required: false }

const mock = useMockApi({ tokens: ACCEPTED_TOKENS })
const api = createApiClient()

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(NOW))
})
afterEach(() => {
  vi.useRealTimers()
})

/** An order in checkout with the three consents above; answers its id. */
const createOrderWithConsents = () => api.createOrder({ consents: [TERMS, NEWSLETTER, SMS] })

const consentsOf = (orderId: string | undefined) => mock.store.getOrder(orderId ?? '')?.consents

async function seedOrder(status: OrderStatus): Promise<Order> {
  const order = createFactories({
    seed: 31,
    merchant: TENANT.merchant,
    channel: TENANT.channel,
  }).buildOrder({
    state: { currentStatus: status },
    consents: [TERMS, NEWSLETTER],
  })
  await mock.store.seed([order])
  return order
}

describe('CreateCheckoutOrderConsent', () => {
  it('answers 200 with no body and adds the consent with the id the client chose', async () => {
    const orderId = await api.createOrder({ consents: [TERMS] })
    const reply = await api.post(`/${orderId}/consents`, NEWSLETTER)
    expect(reply.status).toBe(200)
    expect(reply.body).toBeUndefined()
    expect(consentsOf(orderId)).toEqual([TERMS, NEWSLETTER])
  })

  it('gives a consent sent without an id a generated one', async () => {
    const orderId = await api.createOrder({})
    await api.post(`/${orderId}/consents`, { checked: false, text: 'Anonymous', required: false })
    const [consent] = consentsOf(orderId) ?? []
    expect(consent).toEqual({
      id: expect.stringMatching(/^ci_[A-Za-z]{26}$/),
      checked: false,
      text: 'Anonymous',
      required: false,
    })
  })

  it('replaces a consent with the same id, keeping its place and the other consents', async () => {
    const orderId = await createOrderWithConsents()
    const replacement = { id: 'ci_terms', checked: true, text: 'New terms.' }
    expect((await api.post(`/${orderId}/consents`, replacement)).status).toBe(200)
    expect(consentsOf(orderId)).toEqual([replacement, NEWSLETTER, SMS])
  })

  it('sets lastModified and changes nothing else', async () => {
    const orderId = await api.createOrder({ cart: { items: [{ name: 'Thing', quantity: 1 }] } })
    const before = mock.store.getOrder(orderId)
    vi.setSystemTime(new Date(LATER))
    await api.post(`/${orderId}/consents`, TERMS)
    expect(mock.store.getOrder(orderId)).toEqual({
      ...before,
      consents: [TERMS],
      lastModified: LATER,
    })
  })

  for (const status of LOCKED_STATES) {
    it(`answers 409 order-locked when the order is ${status}, and changes nothing`, async () => {
      const order = await seedOrder(status)
      const reply = await api.post(`/${order.id}/consents`, SMS)
      const problem = expectProblem(reply, 409, 'order-locked')
      expect(problem.detail).toBe(
        `Order ${order.id} is in state ${status}; consents can only change in checkout.`,
      )
      expect(mock.store.getOrder(order.id ?? '')).toEqual(order)
    })
  }

  it('answers 400 listing every violation of the consent, and changes nothing', async () => {
    const orderId = await createOrderWithConsents()
    const reply = await api.post(`/${orderId}/consents`, {
      id: 'ci_x',
      checked: 'yes',
      required: 1,
      label: 'x',
    })
    const errors = expectProblem(reply, 400, 'validation-failed').errors ?? []
    expect(errors.map(({ location, keyword }) => `${location} ${keyword}`).sort()).toEqual([
      'body/checked type',
      'body/label additionalProperties',
      'body/required type',
    ])
    expect(consentsOf(orderId)).toEqual([TERMS, NEWSLETTER, SMS])
  })

  it('answers 400 without a body', async () => {
    const orderId = await api.createOrder({})
    expectViolations(await api.request('POST', `/${orderId}/consents`), [
      { location: 'body', keyword: 'required' },
    ])
  })

  itAnswersTheCommonErrors({
    mock,
    api,
    method: 'POST',
    path: (orderId) => `/${orderId}/consents`,
    body: { id: 'ci_new', checked: true },
    prepare: createOrderWithConsents,
    takesBody: true,
  })
})

describe('PatchCheckoutOrderConsents', () => {
  it('answers 200 with no body and sets checked on every consent named', async () => {
    const orderId = await createOrderWithConsents()
    const reply = await api.patch(`/${orderId}/consents`, [
      { id: 'ci_terms', checked: true },
      { id: 'ci_sms', checked: false },
    ])
    expect(reply.status).toBe(200)
    expect(reply.body).toBeUndefined()
    expect(consentsOf(orderId)).toEqual([
      { ...TERMS, checked: true },
      NEWSLETTER,
      { ...SMS, checked: false },
    ])
  })

  it('changes only checked: the other fields sent are ignored', async () => {
    const orderId = await createOrderWithConsents()
    await api.patch(`/${orderId}/consents`, [
      { id: 'ci_terms', checked: true, text: 'Hacked', required: false },
    ])
    expect(consentsOf(orderId)).toEqual([{ ...TERMS, checked: true }, NEWSLETTER, SMS])
  })

  it('leaves a consent as it is when the patch has no checked', async () => {
    const orderId = await createOrderWithConsents()
    await api.patch(`/${orderId}/consents`, [{ id: 'ci_sms', text: 'Ignored' }])
    expect(consentsOf(orderId)).toEqual([TERMS, NEWSLETTER, SMS])
  })

  it('accepts an empty list and changes no consent', async () => {
    const orderId = await createOrderWithConsents()
    expect((await api.patch(`/${orderId}/consents`, [])).status).toBe(200)
    expect(consentsOf(orderId)).toEqual([TERMS, NEWSLETTER, SMS])
  })

  it('answers 404 consent-not-found naming the unknown ids, and applies none of the patches', async () => {
    const orderId = await createOrderWithConsents()
    const before = mock.store.getOrder(orderId)
    const reply = await api.patch(`/${orderId}/consents`, [
      { id: 'ci_terms', checked: true },
      { id: 'ci_unknown', checked: true },
      { id: 'ci_missing', checked: false },
    ])
    const problem = expectProblem(reply, 404, 'consent-not-found')
    expect(problem.detail).toBe(`Consents not found on order ${orderId}: ci_unknown, ci_missing.`)
    expect(mock.store.getOrder(orderId)).toEqual(before)
  })

  it('answers 404 consent-not-found naming the entry without an id (it names no consent), and applies none of the patches (decision 66)', async () => {
    const orderId = await createOrderWithConsents()
    const before = mock.store.getOrder(orderId)
    const reply = await api.patch(`/${orderId}/consents`, [
      { id: 'ci_terms', checked: true },
      { checked: true },
    ])
    const problem = expectProblem(reply, 404, 'consent-not-found')
    expect(problem.detail).toBe(`Consents not found on order ${orderId}: item 1 (no id).`)
    expect(mock.store.getOrder(orderId)).toEqual(before)
  })

  it('answers 400 for a body that is not a list, or entries that break the schema', async () => {
    const orderId = await createOrderWithConsents()
    expectViolations(await api.patch(`/${orderId}/consents`, { id: 'ci_terms', checked: true }), [
      { location: 'body', keyword: 'type' },
    ])
    expectViolations(
      await api.patch(`/${orderId}/consents`, [{ id: 'ci_terms', checked: 'true' }]),
      [{ location: 'body/0/checked', keyword: 'type' }],
    )
    expect(consentsOf(orderId)).toEqual([TERMS, NEWSLETTER, SMS])
  })

  for (const status of LOCKED_STATES) {
    it(`answers 409 order-locked when the order is ${status}, and changes nothing`, async () => {
      const order = await seedOrder(status)
      const reply = await api.patch(`/${order.id}/consents`, [
        { id: 'ci_newsletter', checked: true },
      ])
      expectProblem(reply, 409, 'order-locked')
      expect(mock.store.getOrder(order.id ?? '')).toEqual(order)
    })
  }

  itAnswersTheCommonErrors({
    mock,
    api,
    method: 'PATCH',
    path: (orderId) => `/${orderId}/consents`,
    body: [{ id: 'ci_terms', checked: true }],
    prepare: createOrderWithConsents,
    takesBody: true,
  })
})

describe('PatchCheckoutOrderConsent', () => {
  it('answers 200 with no body and sets checked on the consent of the path', async () => {
    const orderId = await createOrderWithConsents()
    const reply = await api.patch(`/${orderId}/consents/ci_newsletter`, { checked: true })
    expect(reply.status).toBe(200)
    expect(reply.body).toBeUndefined()
    expect(consentsOf(orderId)).toEqual([TERMS, { ...NEWSLETTER, checked: true }, SMS])
  })

  it('changes only checked: the id, text and required of the body are ignored', async () => {
    const orderId = await createOrderWithConsents()
    await api.patch(`/${orderId}/consents/ci_terms`, {
      id: 'ci_sms',
      checked: true,
      text: 'Hacked',
      required: false,
    })
    expect(consentsOf(orderId)).toEqual([{ ...TERMS, checked: true }, NEWSLETTER, SMS])
  })

  it('can uncheck a consent', async () => {
    const orderId = await createOrderWithConsents()
    await api.patch(`/${orderId}/consents/ci_sms`, { checked: false })
    expect(consentsOf(orderId)).toEqual([TERMS, NEWSLETTER, { ...SMS, checked: false }])
  })

  it('answers 404 consent-not-found for an unknown consent id, and changes nothing', async () => {
    const orderId = await createOrderWithConsents()
    const before = mock.store.getOrder(orderId)
    const reply = await api.patch(`/${orderId}/consents/ci_unknown`, { checked: true })
    const problem = expectProblem(reply, 404, 'consent-not-found')
    expect(problem.detail).toBe(`Consent with id:ci_unknown not found on order ${orderId}.`)
    expect(mock.store.getOrder(orderId)).toEqual(before)
  })

  it('answers 400 naming body/checked for a checked that is not a boolean', async () => {
    const orderId = await createOrderWithConsents()
    expectViolations(await api.patch(`/${orderId}/consents/ci_terms`, { checked: 'yes' }), [
      { location: 'body/checked', keyword: 'type' },
    ])
    expect(consentsOf(orderId)).toEqual([TERMS, NEWSLETTER, SMS])
  })

  for (const status of LOCKED_STATES) {
    it(`answers 409 order-locked when the order is ${status}, and changes nothing`, async () => {
      const order = await seedOrder(status)
      const reply = await api.patch(`/${order.id}/consents/ci_newsletter`, { checked: true })
      expectProblem(reply, 409, 'order-locked')
      expect(mock.store.getOrder(order.id ?? '')).toEqual(order)
    })
  }

  itAnswersTheCommonErrors({
    mock,
    api,
    method: 'PATCH',
    path: (orderId) => `/${orderId}/consents/ci_terms`,
    body: { checked: true },
    prepare: createOrderWithConsents,
    takesBody: true,
  })
})

describe('RemoveCheckoutOrderConsent', () => {
  it('answers 200 with no body and removes the consent, keeping the others', async () => {
    const orderId = await createOrderWithConsents()
    const reply = await api.delete(`/${orderId}/consents/ci_newsletter`)
    expect(reply.status).toBe(200)
    expect(reply.body).toBeUndefined()
    expect(consentsOf(orderId)).toEqual([TERMS, SMS])
  })

  it('lets the order move on once an unchecked required consent is removed', async () => {
    const orderId = await createOrderWithConsents()
    expectProblem(
      await api.put(`/${orderId}/state`, { currentStatus: 'processing' }),
      409,
      'consent-required',
    )
    await api.delete(`/${orderId}/consents/ci_terms`)
    expect((await api.put(`/${orderId}/state`, { currentStatus: 'processing' })).status).toBe(200)
  })

  it('answers 404 consent-not-found for an unknown or already removed consent', async () => {
    const orderId = await createOrderWithConsents()
    await api.delete(`/${orderId}/consents/ci_sms`)
    const before = mock.store.getOrder(orderId)
    const problem = expectProblem(
      await api.delete(`/${orderId}/consents/ci_sms`),
      404,
      'consent-not-found',
    )
    expect(problem.detail).toBe(`Consent with id:ci_sms not found on order ${orderId}.`)
    expectProblem(await api.delete(`/${orderId}/consents/ci_never`), 404, 'consent-not-found')
    expect(mock.store.getOrder(orderId)).toEqual(before)
  })

  for (const status of LOCKED_STATES) {
    it(`answers 409 order-locked when the order is ${status}, and changes nothing`, async () => {
      const order = await seedOrder(status)
      const reply = await api.delete(`/${order.id}/consents/ci_newsletter`)
      expectProblem(reply, 409, 'order-locked')
      expect(mock.store.getOrder(order.id ?? '')).toEqual(order)
    })
  }

  itAnswersTheCommonErrors({
    mock,
    api,
    method: 'DELETE',
    path: (orderId) => `/${orderId}/consents/ci_terms`,
    prepare: createOrderWithConsents,
  })
})
