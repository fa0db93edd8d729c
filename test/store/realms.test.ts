import { runInNewContext } from 'node:vm'
import { HttpResponse, http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cloneJson } from '../../src/domain/clone-json.ts'
import { createFactories } from '../../src/factories/index.ts'
import { createStore } from '../../src/index.ts'
import { createApiClient, useMockApi } from '../support/mock-api.ts'

/**
 * Jest runs each test file in a `node:vm` context but hands it the outer realm's
 * `structuredClone`, so a clone made with it is an object of another realm: its prototype is
 * not this realm's `Object.prototype`, and @msw/data (mutative) refuses it ("Invalid base
 * state: create() only supports plain objects..."). These tests make that happen without
 * Jest: a `structuredClone` whose copies come from a fresh vm context, and values built there.
 */
const foreignCopy = runInNewContext('(value) => JSON.parse(JSON.stringify(value))') as <T>(
  value: T,
) => T

function isOfThisRealm(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true
  const prototype = Object.getPrototypeOf(value)
  if (prototype !== (Array.isArray(value) ? Array.prototype : Object.prototype)) return false
  return Object.values(value).every(isOfThisRealm)
}

describe('values from another realm (Jest vm contexts)', () => {
  it('the probe tells the realms apart', () => {
    const value = foreignCopy({ a: [1] })
    expect(value).toEqual({ a: [1] })
    expect(isOfThisRealm(value)).toBe(false)
    expect(isOfThisRealm({ a: [1] })).toBe(true)
  })

  describe('with a structuredClone that copies into another realm, as under Jest', () => {
    const mock = useMockApi()
    const api = createApiClient()
    afterEach(() => {
      vi.unstubAllGlobals()
    })

    it('creates, updates and moves orders, and gives back objects of this realm', async () => {
      vi.stubGlobal('structuredClone', foreignCopy)
      const id = await api.createOrder({ culture: 'sv-SE', currency: 'SEK', country: 'SE' })
      const cart = await api.put(`/${id}/cart`, {
        items: [{ name: 'Thing', quantity: 2, total: { includingVat: 25, excludingVat: 20 } }],
        total: { includingVat: 25, excludingVat: 20 },
      })
      expect(cart.status).toBe(200)
      mock.use(
        http.post('http://127.0.0.1:3/shop/:id', () => new HttpResponse(null, { status: 204 })),
      )
      const notify = { scope: '/state/currentStatus', invoke: 'http://127.0.0.1:3/shop/{order_id}' }
      expect((await api.post(`/${id}/notifications`, notify)).status).toBe(200)
      const state = await api.put(`/${id}/state`, { currentStatus: 'removed' })
      expect(state.status).toBe(200)
      const event = await mock.store.events.waitFor({ orderId: id })
      expect(event.status).toBe('delivered')
      expect(isOfThisRealm(event)).toBe(true)
      expect(isOfThisRealm(mock.store.events.list())).toBe(true)
      const order = mock.store.getOrder(id)
      expect(order?.total?.includingVat).toBe(25)
      expect(isOfThisRealm(order)).toBe(true)
      expect(isOfThisRealm(mock.store.listOrders())).toBe(true)
      expect(isOfThisRealm(mock.store.snapshot())).toBe(true)
      await mock.store.restore(mock.store.snapshot())
      expect(mock.store.getOrder(id)?.state?.currentStatus).toBe('removed')
    })
  })

  it('stores orders built in another realm (fixtures, seed, restore) as plain data', async () => {
    const { buildOrder } = createFactories({ seed: 3 })
    const [first, second] = [buildOrder(), buildOrder()].map(foreignCopy)
    const store = createStore({ fixtures: [first as never] })
    await store.seed([second as never])
    const both = store.listOrders()
    expect(both.map((order) => order.id)).toEqual([first?.id, second?.id])
    expect(isOfThisRealm(both)).toBe(true)
    await store.restore(foreignCopy(store.snapshot()))
    expect(isOfThisRealm(store.getOrder(first?.id as string))).toBe(true)
  })
})

describe('cloneJson', () => {
  it('copies an own __proto__ key as a key, never as the prototype', () => {
    const copy = cloneJson(JSON.parse('{"__proto__":{"polluted":true},"a":[{"b":1}]}'))
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
    expect(Object.hasOwn(copy, '__proto__')).toBe(true)
    expect((copy as { polluted?: boolean }).polluted).toBeUndefined()
    expect(copy.a).toEqual([{ b: 1 }])
  })
})
