import { describe, expect, it } from 'vitest'
import { createFactories } from '../../src/factories/index.ts'
import { createOrderApi, createStore } from '../../src/index.ts'

const TENANT = { merchant: 'store-merchant', channel: 'store-channel' }
const headers = {
  authorization: 'Bearer t',
  'x-merchant': TENANT.merchant,
  'x-channel': TENANT.channel,
}

async function createOrder(api: ReturnType<typeof createOrderApi>): Promise<string> {
  const reply = await api.handle({
    method: 'POST',
    path: '/api/v0/checkout/orders',
    query: {},
    headers,
    body: {},
  })
  return (reply.body as { id: string }).id
}

describe('createStore', () => {
  const { buildOrder } = createFactories({ seed: 4, ...TENANT })

  it('copies values on the way in and out: no shared references with callers', async () => {
    const store = createStore()
    const order = buildOrder()
    await store.seed([order])
    order.reference = 'changed by the caller'
    const read = store.getOrder(order.id as string)
    expect(read?.reference).not.toBe('changed by the caller')
    if (read) read.reference = 'changed again'
    expect(store.getOrder(order.id as string)?.reference).not.toBe('changed again')
    const snapshot = store.snapshot()
    if (snapshot.orders[0]) snapshot.orders[0].reference = 'snapshot edit'
    expect(store.getOrder(order.id as string)?.reference).not.toBe('snapshot edit')
  })

  it('refuses to seed an order that breaks the contract', async () => {
    const store = createStore()
    const broken = { ...buildOrder(), currency: 'KRONOR' }
    await expect(store.seed([broken])).rejects.toThrow()
    expect(store.listOrders()).toEqual([])
  })

  it('resets to its fixtures and restarts its id sequence', async () => {
    const fixtures = [buildOrder(), buildOrder()]
    const store = createStore({ seed: 9, fixtures })
    const api = createOrderApi({ store })
    const first = await createOrder(api)
    await store.reset()
    expect(store.listOrders().map((order) => order.id)).toEqual(fixtures.map((order) => order.id))
    expect(await createOrder(api)).toBe(first)
  })

  it('restores a snapshot whole, and hands out no id it already holds afterwards', async () => {
    const store = createStore({ seed: 1 })
    const api = createOrderApi({ store })
    const ids = [await createOrder(api), await createOrder(api)]
    const snapshot = store.snapshot()
    const fresh = createStore({ seed: 1 })
    await fresh.restore(snapshot)
    const next = await createOrder(createOrderApi({ store: fresh }))
    expect(ids).not.toContain(next)
    expect(
      fresh
        .listOrders()
        .map((order) => order.id)
        .sort(),
    ).toEqual([...ids, next].sort())
  })

  it('refuses a snapshot with a bad transaction whole: nothing changes', async () => {
    const store = createStore({ seed: 1 })
    const order = buildOrder()
    await store.seed([order])
    const bad = {
      orders: [buildOrder()],
      transactions: [{ orderId: 'o_x', paymentId: 'p_x', transaction: { event: 'teleport' } }],
    }
    await expect(store.restore(bad as never)).rejects.toThrow()
    expect(store.listOrders().map((stored) => stored.id)).toEqual([order.id])
  })
})
