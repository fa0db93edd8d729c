import { describe, expect, it } from 'vitest'
import type { Order } from '../../src/domain/types.ts'
import { createFactories } from '../../src/factories/index.ts'
import {
  createStore,
  type OrderListQuery,
  orderEntryFields,
  type PreparedOrder,
  type StoreChange,
  storeInternals,
} from '../../src/store/index.ts'
import { createOrderTable } from '../../src/store/order-table.ts'

const TENANT = { merchant: 'prepared-merchant', channel: 'prepared-channel' }

describe('orders stored prepared (their derived values handed over, not parsed again)', () => {
  const { buildOrder } = createFactories({ seed: 11, ...TENANT })
  const prepare = (order = buildOrder()): PreparedOrder => ({
    fields: orderEntryFields(order),
    json: JSON.stringify(order),
  })

  it('stores, lists and reports them like orders seeded the usual way', async () => {
    const built = [0, 1, 2, 3].map(() => buildOrder())
    const usual = createStore()
    await usual.seed(built)
    const prepared = createStore()
    const internals = storeInternals(prepared)
    const changes: StoreChange[] = []
    internals.onChange((change) => changes.push(change))
    internals.insertPrepared(built.map((order) => prepare(order)))

    expect(prepared.listOrders()).toEqual(usual.listOrders())
    const query: OrderListQuery = {
      ...TENANT,
      orderBy: 'created',
      direction: 'desc',
      offset: 0,
      limit: 10,
      anyOf: { status: ['checkout', 'completed', 'processing'] },
    }
    const page = internals.queryOrders(query)
    expect(page).toEqual(storeInternals(usual).queryOrders(query))
    expect(page.totalSize).toBeGreaterThan(0)
    expect(changes).toHaveLength(4)
    const first = changes[0] as Extract<StoreChange, { kind: 'order'; text: string }>
    expect(first.text).toBe(JSON.stringify(built[0]))
    expect(first.order).toEqual(built[0])
  })

  it('refuses a batch holding a taken id, storing none of it', async () => {
    const store = createStore()
    const internals = storeInternals(store)
    const kept = prepare()
    internals.insertPrepared([kept])
    const fresh = prepare()
    expect(() => internals.insertPrepared([fresh, kept])).toThrow(/id is taken/)
    expect(() => internals.insertPrepared([fresh, fresh])).toThrow(/id is taken/)
    expect(store.listOrders().map((order) => order.id)).toEqual([kept.fields.id])
  })

  it('loads them through a checked load, which also refuses a taken id', async () => {
    const store = createStore()
    const internals = storeInternals(store)
    const load = await internals.loadChecked()
    const orders = [prepare(), prepare()]
    load.addPrepared(orders)
    expect(() => load.addPrepared([orders[0] as PreparedOrder])).toThrow(/id is taken/)
    await load.finish([])
    expect(store.listOrders().map((order) => order.id)).toEqual(
      orders.map((order) => order.fields.id),
    )
  })
})

describe('keys made tokens after a load (decision 129)', () => {
  const { buildOrder } = createFactories({ seed: 12, ...TENANT })

  it('stores a load’s orders as written, then makes their keys tokens a slice at a time', () => {
    const table = createOrderTable()
    const built = Array.from({ length: 10 }, () => buildOrder())
    table.insertPrepared(
      built.map((order) => ({ fields: orderEntryFields(order), json: JSON.stringify(order) })),
      true,
    )
    const plain = table.storedChars()
    expect(plain).toBe(built.reduce((sum, order) => sum + JSON.stringify(order).length, 0))
    // Replaced and deleted ones are skipped (their new text is made tokens when stored).
    const changed = table.replace({ ...(built[3] as Order), reference: 'changed' })
    table.delete(built[4]?.id as string)
    expect(table.encodeDeferred(4)).toBe(6)
    expect(table.storedChars()).toBeLessThan(plain)
    expect(table.encodeDeferred(100)).toBe(0)
    expect(table.encodeDeferred(100)).toBe(0)
    expect(table.storedChars()).toBeLessThan(plain * 0.7)
    const expected = built.filter((_, index) => index !== 4)
    expected[3] = changed.order
    expect(table.all()).toEqual(expected)
    expect(table.find(built[0]?.id as string)).toEqual(built[0])
  })

  it('does it for a checked load, through the store', async () => {
    const store = createStore()
    const internals = storeInternals(store)
    const built = Array.from({ length: 5 }, () => buildOrder())
    const load = await internals.loadChecked()
    load.addPrepared(
      built.map((order) => ({ fields: orderEntryFields(order), json: JSON.stringify(order) })),
    )
    await load.finish([])
    expect(internals.encodeDeferredText(2)).toBe(3)
    expect(internals.encodeDeferredText(10)).toBe(0)
    expect(store.listOrders()).toEqual(built)
  })
})
