import { describe, expect, it } from 'vitest'
import { createFactories } from '../../src/factories/index.ts'
import { createStore, type StoreChange, storeInternals } from '../../src/store/index.ts'

const TENANT = { merchant: 'feed-merchant', channel: 'feed-channel' }

describe('the store change feed', () => {
  const { buildOrder } = createFactories({ seed: 7, ...TENANT })

  it('reports every kind of change after it is made, with the stored value', async () => {
    const store = createStore()
    const internals = storeInternals(store)
    const changes: StoreChange[] = []
    internals.onChange((change) => changes.push(change))
    const order = buildOrder()
    const id = order.id as string
    await store.seed([order])
    await internals.replaceOrder({ ...order, reference: 'second' })
    await internals.addTransaction({
      orderId: id,
      paymentId: 'p1',
      transaction: { pspEvent: 'CAPTURE', amount: 1, isSuccess: true },
    })
    internals.deleteOrder(id)
    await store.reset()

    expect(changes.map((change) => change.kind)).toEqual([
      'order',
      'order',
      'transaction',
      'order',
      'replaced',
    ])
    const [inserted, replaced, added, deleted] = changes as [
      Extract<StoreChange, { kind: 'order' }>,
      Extract<StoreChange, { kind: 'order' }>,
      Extract<StoreChange, { kind: 'transaction' }>,
      Extract<StoreChange, { kind: 'order' }>,
    ]
    expect(inserted.order?.reference).toBe(order.reference)
    expect(replaced.order).toBe(internals.findOrder(id) ?? replaced.order)
    expect(replaced.order?.reference).toBe('second')
    expect(added.record.orderId).toBe(id)
    expect(deleted).toEqual({ kind: 'order', orderId: id, order: undefined })
  })

  it('reports nothing for a change the contract refuses', async () => {
    const store = createStore()
    const internals = storeInternals(store)
    const order = buildOrder()
    await store.seed([order])
    const changes: StoreChange[] = []
    internals.onChange((change) => changes.push(change))
    await expect(internals.replaceOrder({ ...order, currency: 42 } as never)).rejects.toThrow()
    expect(changes).toEqual([])
  })
})
