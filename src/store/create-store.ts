import { Collection } from '@msw/data'
import { createId, type IdKind } from '../domain/ids.ts'
import { createSeededRandom } from '../domain/seeded-random.ts'
import type { Order, PaymentTransaction } from '../domain/types.ts'
import { createContractSchema, createWrappedContractSchema } from './contract-schema.ts'
import { createKeyedLock, type KeyedLock } from './keyed-lock.ts'

export interface StoreOptions {
  /** Seed of the id generator: the same seed gives the same ids in the same order. Default 1. */
  seed?: number
  /** Orders present at creation and after every `reset()`. */
  fixtures?: readonly Order[]
  /** The clock for `created`, `lastModified`, transitions and transactions. Default: real time. */
  now?: () => Date
}

/** A payment transaction with the ids of the payment and order it belongs to. */
export interface StoredTransaction {
  orderId: string
  paymentId: string
  transaction: PaymentTransaction
}

/** Everything the store holds, as plain data (what `snapshot()` returns). */
export interface StoreSnapshot {
  orders: Order[]
  transactions: StoredTransaction[]
}

/**
 * The mock's state: orders (and payment transactions) in `@msw/data` collections whose
 * schemas are the contract's, so the store can never hold an order that breaks
 * `openapi/order.yaml`. Values are copied on the way in and out.
 */
export interface MockStore {
  /** Back to the fixtures (or empty), with the id generator restarted from the seed. */
  reset(): Promise<void>
  /** Adds orders (validated against the contract; copies are stored). */
  seed(orders: readonly Order[]): Promise<void>
  /** A deep copy of everything stored. */
  snapshot(): StoreSnapshot
  /** Replaces everything stored with `snapshot` (validated as a whole before anything changes). */
  restore(snapshot: StoreSnapshot): Promise<void>
  /** A copy of the stored order, whatever its tenant. */
  getOrder(orderId: string): Order | undefined
  /** Copies of every stored order. */
  listOrders(): Order[]
  /** @internal The operations' access: references, not copies. Do not mutate what it returns. */
  readonly internals: StoreInternals
}

/** @internal What the operations core uses; not part of the public API. */
export interface StoreInternals {
  ready: Promise<void>
  lock: KeyedLock
  now(): Date
  nextId(kind: IdKind): string
  findOrder(orderId: string): Order | undefined
  allOrders(): readonly Order[]
  insertOrder(order: Order): Promise<void>
  replaceOrder(order: Order): Promise<void>
  deleteOrder(orderId: string): void
  addTransaction(record: StoredTransaction): Promise<void>
  transactionsOf(orderId: string, paymentId: string): PaymentTransaction[]
}

/**
 * Creates the mock's store. A fresh store per test is this one call.
 *
 * @example
 * import { createStore } from 'norce-checkout-mock'
 *
 * const store = createStore({ seed: 1 })
 * await store.seed([buildOrder()])
 * const before = store.snapshot()
 * // ...requests...
 * await store.restore(before)
 */
export function createStore(options: StoreOptions = {}): MockStore {
  const seed = options.seed ?? 1
  const now = options.now ?? (() => new Date())
  const orders = new Collection({ schema: createContractSchema<Order>('Order') })
  const transactions = new Collection({
    schema: createWrappedContractSchema<StoredTransaction>('PaymentTransaction', 'transaction', [
      'orderId',
      'paymentId',
    ]),
  })
  const byId = new Map<string, Order>()
  let random = createSeededRandom(seed)
  const lock = createKeyedLock()

  async function insertOrders(list: readonly Order[]): Promise<void> {
    for (const order of list) {
      if (!order.id) throw new Error('Failed to store an order: it has no id.')
      if (byId.has(order.id)) throw new Error(`Failed to store order ${order.id}: the id is taken.`)
      byId.set(order.id, (await orders.create(structuredClone(order))) as Order)
    }
  }

  function clear(): void {
    orders.clear()
    transactions.clear()
    byId.clear()
  }

  let ready = insertOrders(options.fixtures ?? [])

  const internals: StoreInternals = {
    get ready() {
      return ready
    },
    lock,
    now,
    nextId: (kind) => createId(kind, random.next),
    findOrder: (orderId) => byId.get(orderId),
    allOrders: () => orders.all() as Order[],
    insertOrder: (order) => insertOrders([order]),
    async replaceOrder(order) {
      const previous = order.id ? byId.get(order.id) : undefined
      if (!previous || !order.id)
        throw new Error(`Failed to update order ${order.id}: it is not stored.`)
      const next = await orders.update(previous as never, {
        data(draft: Record<string, unknown>) {
          for (const key of Object.keys(draft)) if (!(key in order)) delete draft[key]
          Object.assign(draft, order)
        },
      })
      byId.set(order.id, next as Order)
    },
    deleteOrder(orderId) {
      const previous = byId.get(orderId)
      if (!previous) return
      orders.delete(previous as never)
      byId.delete(orderId)
      transactions.deleteMany((query) => query.where((record) => record.orderId === orderId))
    },
    async addTransaction(record) {
      await transactions.create(structuredClone(record))
    },
    transactionsOf: (orderId, paymentId) =>
      transactions
        .findMany((query) =>
          query.where((record) => record.orderId === orderId && record.paymentId === paymentId),
        )
        .map((record) => record.transaction),
  }

  return {
    internals,
    async reset() {
      await ready
      clear()
      random = createSeededRandom(seed)
      ready = insertOrders(options.fixtures ?? [])
      await ready
    },
    async seed(list) {
      await ready
      await insertOrders(list)
    },
    snapshot: () =>
      structuredClone({
        orders: orders.all() as Order[],
        transactions: transactions.all().map(({ orderId, paymentId, transaction }) => ({
          orderId,
          paymentId,
          transaction,
        })) as StoredTransaction[],
      }),
    async restore(snapshot) {
      await ready
      const probe = new Collection({ schema: createContractSchema<Order>('Order') })
      // Validate everything first, so a bad snapshot changes nothing.
      for (const order of snapshot.orders) await probe.create(structuredClone(order))
      clear()
      await insertOrders(snapshot.orders)
      for (const record of snapshot.transactions) await transactions.create(structuredClone(record))
    },
    getOrder: (orderId) => {
      const order = byId.get(orderId)
      return order && structuredClone(order)
    },
    listOrders: () => structuredClone(orders.all() as Order[]),
  }
}
