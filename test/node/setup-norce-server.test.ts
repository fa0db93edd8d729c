import { HttpResponse, http } from 'msw'
import { setupNorceServer } from 'norce-checkout-mock/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createStore } from '../../src/index.ts'

const ORDERS = 'http://127.0.0.1:3/checkout/order/api/v0/checkout/orders'
const headers = {
  authorization: 'Bearer t',
  'x-merchant': 'm',
  'x-channel': 'c',
  'content-type': 'application/json',
}

describe('setupNorceServer', () => {
  const mock = setupNorceServer({ seed: 1, validateResponses: true })
  beforeAll(() => mock.listen())
  afterEach(() => mock.reset())
  afterAll(() => mock.close())

  it('answers the Order API from its store', async () => {
    const created = await fetch(ORDERS, { method: 'POST', headers, body: '{}' })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: string }
    expect(mock.store.getOrder(id)?.state?.currentStatus).toBe('checkout')
  })

  it('starts each test afresh after reset(), and lets a test add its own handlers', async () => {
    expect(mock.store.listOrders()).toEqual([])
    let received = 0
    mock.server.use(
      http.post('http://127.0.0.1:3/adapter/validate', () => {
        received++
        return new HttpResponse(null, { status: 400 })
      }),
    )
    const { id } = (await (
      await fetch(ORDERS, { method: 'POST', headers, body: '{}' })
    ).json()) as { id: string }
    await fetch(`${ORDERS}/${id}/validations`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ adapterId: 'stock', url: 'http://127.0.0.1:3/adapter/validate' }),
    })
    const validate = await fetch(`${ORDERS}/${id}/validate`, {
      method: 'POST',
      headers,
      body: '{}',
    })
    expect(await validate.json()).toEqual([
      { code: 'cart-empty' },
      { code: 'validation-callback-failed', adapterId: 'stock' },
    ])
    expect(received).toBe(1)
  })

  it('refuses a store together with options that would make one', () => {
    expect(() => setupNorceServer({ store: createStore(), seed: 2 })).toThrow(
      /a `store` was given too/,
    )
  })
})
