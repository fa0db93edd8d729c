import { describe, expect, it } from 'vitest'
import { createFactories } from '../../src/factories/index.ts'
import {
  createStore,
  type OrderListQuery,
  orderEntryFields,
  type PreparedOrder,
  type StoreChange,
  storeInternals,
} from '../../src/store/index.ts'

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
