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

describe('orders stored as recipes, built when first read (decision 175)', () => {
  const { buildOrder } = createFactories({ seed: 13, ...TENANT })
  /** Recipes of `orders`, counting the builds of each. */
  const recipesOf = (orders: readonly Order[]) => {
    const builds = orders.map(() => 0)
    const prepared: PreparedOrder[] = orders.map((order, index) => ({
      fields: orderEntryFields(order),
      json: {
        build: () => {
          builds[index] = (builds[index] ?? 0) + 1
          return JSON.stringify(order)
        },
      },
    }))
    return { prepared, builds }
  }

  it('lists them from their values, building only the orders a page answers, each once', () => {
    const table = createOrderTable()
    const built = Array.from({ length: 8 }, () => buildOrder())
    const { prepared, builds } = recipesOf(built)
    table.insertPrepared(prepared)
    expect(table.storedChars()).toBe(0)
    expect(builds).toEqual([0, 0, 0, 0, 0, 0, 0, 0])

    const page = table.query({
      ...TENANT,
      orderBy: 'created',
      direction: 'asc',
      offset: 0,
      limit: 3,
      anyOf: {},
    })
    expect(page.totalSize).toBe(8)
    expect(page.valueSum).toBe(
      built.reduce((sum, order) => sum + (order.total?.includingVat ?? 0), 0),
    )
    const answered = page.orders.map((order) => built.findIndex(({ id }) => id === order.id))
    expect(page.orders).toEqual(answered.map((index) => built[index]))
    expect(builds.filter((count) => count === 1)).toHaveLength(3)
    expect(builds.every((count, index) => count === (answered.includes(index) ? 1 : 0))).toBe(true)

    // Stored as its JSON from then on, keys as tokens: read again without a build.
    const first = built[answered[0] as number] as Order
    expect(table.find(first.id as string)).toEqual(first)
    expect(table.copy(first.id as string)).toEqual(first)
    expect(table.storedChars()).toBeGreaterThan(0)
    expect(table.storedChars()).toBeLessThan(3 * JSON.stringify(first).length)
    expect(Math.max(...builds)).toBe(1)
    // A snapshot reads every order: the rest are built then, once.
    expect(table.all()).toEqual(built)
    expect(builds).toEqual([1, 1, 1, 1, 1, 1, 1, 1])
  })

  it('announces them to a listener with their JSON, and never builds one for nobody', () => {
    const quiet = createStore()
    const orders = [buildOrder(), buildOrder()]
    const unheard = recipesOf(orders)
    storeInternals(quiet).insertPrepared(unheard.prepared)
    expect(unheard.builds).toEqual([0, 0])

    const store = createStore()
    const internals = storeInternals(store)
    const changes: StoreChange[] = []
    internals.onChange((change) => changes.push(change))
    const heard = recipesOf(orders)
    internals.insertPrepared(heard.prepared)
    const texts = changes.map((change) => (change as { text: string }).text)
    expect(texts).toEqual(orders.map((order) => JSON.stringify(order)))
    expect(heard.builds).toEqual([1, 1])
    expect(store.listOrders()).toEqual(orders)
    expect(heard.builds).toEqual([1, 1])
  })

  it('fails the read of an order whose recipe fails, keeps it stored, and the others readable', () => {
    const table = createOrderTable()
    const [good, bad] = [buildOrder(), buildOrder()] as [Order, Order]
    let attempts = 0
    table.insertPrepared([
      { fields: orderEntryFields(good), json: JSON.stringify(good) },
      {
        fields: orderEntryFields(bad),
        json: {
          build: () => {
            attempts++
            throw new Error(`order ${bad.id} breaks the contract`)
          },
        },
      },
    ])
    expect(() => table.find(bad.id as string)).toThrow(/breaks the contract/)
    expect(() => table.find(bad.id as string)).toThrow(/breaks the contract/)
    expect(attempts).toBe(2)
    expect(table.has(bad.id as string)).toBe(true)
    expect(table.find(good.id as string)).toEqual(good)
    // Replacing it needs no build: the new version is stored as usual.
    const replaced = table.replace({ ...bad, reference: 'mended' })
    expect(table.find(bad.id as string)).toEqual(replaced.order)
    expect(attempts).toBe(2)
  })
})
