import { Collection } from '@msw/data'
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { cloneJson } from '../domain/clone-json.ts'
import { createId, type IdKind } from '../domain/ids.ts'
import { createSeededRandom } from '../domain/seeded-random.ts'
import type { Order, PaymentTransaction } from '../domain/types.ts'
import { createContractSchema, createWrappedContractSchema } from './contract-schema.ts'
import { createEventLog, type EventLog, type EventLogWriter } from './event-log.ts'
import { createKeyedLock, type KeyedLock } from './keyed-lock.ts'
import type { OrderEntryFields } from './order-entry.ts'
import type { OrderListQuery } from './order-query.ts'
import {
  createOrderTable,
  type OrderPage,
  type OrderSummary,
  type PreparedOrder,
  type TenantCount,
} from './order-table.ts'

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

/**
 * One change to what a store holds, as its listeners see it (after it is made): an order
 * stored or replaced (`order` equals the stored value, parsed from `text` when read after an
 * insert; `text` is the stored JSON; do not mutate or keep `order`; tell it from a delete by
 * `"text" in change`), an order deleted (`order` undefined; its transactions go with
 * it), a transaction added, or everything replaced (`reset()`, `restore()`).
 */
export type StoreChange =
  | { kind: 'order'; orderId: string; order: Order; text: string }
  | { kind: 'order'; orderId: string; order: undefined }
  | { kind: 'transaction'; record: StoredTransaction }
  | { kind: 'replaced' }

/** Everything the store holds, as plain data (what `snapshot()` returns). */
export interface StoreSnapshot {
  orders: Order[]
  transactions: StoredTransaction[]
}

/**
 * The mock's state: orders, each checked against the contract's `Order` schema and kept as
 * its JSON (decision 138), and payment transactions in an `@msw/data` collection whose schema
 * is the contract's, so the store can never hold a value that breaks `openapi/order.yaml`.
 * Values are copied on the way in and out.
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
  /** Notification deliveries and hook/validation calls; `waitFor` awaits one without sleeps. */
  readonly events: EventLog
}

/** Each store's internals, kept beside it (as @msw/data keeps its own) so no type shows them. */
const internalsByStore = new WeakMap<MockStore, StoreInternals>()

/**
 * The operations' access to a store made by `createStore`: references, not copies. Do not
 * mutate what it returns. Not part of the public API.
 */
export function storeInternals(store: MockStore): StoreInternals {
  const internals = internalsByStore.get(store)
  if (!internals) {
    throw new Error(
      'Failed to use the store: it was not made by createStore() (pass the store itself, not a copy).',
    )
  }
  return internals
}

/** Gives `store` the internals the operations use (tests build deliberately broken stores). */
export function bindStoreInternals(store: MockStore, internals: StoreInternals): void {
  internalsByStore.set(store, internals)
}

/** @internal What the operations core uses; not part of the public API. */
export interface StoreInternals {
  ready: Promise<void>
  lock: KeyedLock
  now(): Date
  nextId(kind: IdKind): string
  /** The stored order (a parsed hot copy, shared: never mutate it). */
  findOrder(orderId: string): Order | undefined
  /** Copies of every order: O(n) parses, not for a request path (see `orderCount`, `queryOrders`). */
  allOrders(): readonly Order[]
  orderCount(): number
  /** Id, tenant and lower-cased status of every order, in the order stored: no parsing. */
  orderSummaries(): Iterable<OrderSummary>
  /** How many orders each tenant holds (from the list indexes: O(tenants)). */
  tenantCounts(): Iterable<TenantCount>
  /** A list page from the per-tenant indexes (decision 136); its orders are copies. */
  queryOrders(query: OrderListQuery): OrderPage
  /**
   * The JSON of every order stored now, in the order stored: a consistent view (stored values
   * are replaced, never changed), each order's text made when asked for.
   */
  orderJson(): {
    length: number
    json(index: number): string
    /** The derived list values of the same order (a snapshot's index, decision 165). */
    fields(index: number): OrderEntryFields
  }
  /** Adds an order whose id is free, checked against the contract's `Order` (see `InsertOrderOptions`). */
  insertOrder(order: Order, options?: InsertOrderOptions): Promise<void>
  /**
   * Adds orders the caller vouches for, as a whole or not at all (ids present and free): built
   * by this package's factories and checked, or read from a snapshot this version wrote. Not
   * parsed, not checked again; listeners see each as an insert.
   */
  insertPrepared(batch: readonly PreparedOrder[]): void
  /**
   * Makes the keys of up to `count` orders a checked load stored as plain JSON tokens (their
   * memory shrinks by about a third: decision 129); returns how many are left. A server runs
   * it a slice at a time once it serves.
   */
  encodeDeferredText(count: number): number
  replaceOrder(order: Order): Promise<void>
  deleteOrder(orderId: string): void
  addTransaction(record: StoredTransaction): Promise<void>
  /** Every stored transaction (references, in the order added; do not mutate). */
  allTransactions(): readonly StoredTransaction[]
  transactionsOf(orderId: string, paymentId: string): PaymentTransaction[]
  events: EventLogWriter
  /** A time-ordered UUID (version 7 layout) for notification events. */
  nextEventId(): string
  /** Runs `listener` on every `reset()` and `restore()` (to cancel pending deliveries). */
  onReset(listener: () => void): void
  /** Runs `listener` with the id of every order deleted (to free what it held). */
  onOrderDeleted(listener: (orderId: string) => void): void
  /** Runs `listener` after every change (to journal it, say); see `StoreChange`. */
  onChange(listener: (change: StoreChange) => void): void
  /**
   * `restore` of a snapshot whose orders the caller has just checked against the contract
   * (`findSnapshotViolations`): each order is validated once on load (decision 139).
   */
  restoreChecked(snapshot: StoreSnapshot): Promise<void>
  /**
   * A `restoreChecked` fed in batches (a state file read line by line, decision 128): empties
   * the store, then `addPrepared` stores orders the caller has checked, each with its JSON (no
   * second serialisation), and `finish` stores the transactions. For a store not yet serving:
   * on a failure midway the caller throws the store away.
   */
  loadChecked(): Promise<CheckedLoad>
}

/** How `StoreInternals.insertOrder` checks an order. */
interface InsertOrderOptions {
  /**
   * The part of the order to check against the contract's `Order` instead of all of it: the
   * caller vouches for the rest (checked a moment ago, or right by construction; decision 176).
   */
  check?: Partial<Order>
}

/** See `StoreInternals.loadChecked`. */
export interface CheckedLoad {
  /** Stores orders already derived (a snapshot's index): no parse; see `insertPrepared`. */
  addPrepared(batch: readonly PreparedOrder[]): void
  finish(transactions: readonly StoredTransaction[]): Promise<void>
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
  const orderSchema = createContractSchema<Order>('Order')['~standard']
  const transactionSchema = createWrappedContractSchema<StoredTransaction>(
    'PaymentTransaction',
    'transaction',
    ['orderId', 'paymentId'],
  )
  let transactions = new Collection({ schema: transactionSchema })
  const orders = createOrderTable()
  let random = createSeededRandom(seed)
  const lock = createKeyedLock()
  const events = createEventLog()
  const resetListeners: Array<() => void> = []
  const deleteListeners: Array<(orderId: string) => void> = []
  const changeListeners: Array<(change: StoreChange) => void> = []
  const changed = (change: StoreChange): void => {
    for (const listener of changeListeners) listener(change)
  }

  /**
   * Refuses an order the contract refuses (nothing is stored), naming the first few rules;
   * `part` is what to check of it, when the caller vouches for the rest (decision 176).
   */
  function checkOrder(order: Order, part: Partial<Order> = order): void {
    const result = orderSchema.validate(part) as StandardSchemaV1.Result<Order>
    if (!result.issues) return
    const listed = result.issues.slice(0, 5).map((issue) => issue.message)
    throw new Error(
      `Failed to store order ${order?.id}: it breaks the contract: ${listed.join('; ')}${result.issues.length > 5 ? ` (and ${result.issues.length - 5} more)` : ''}.`,
    )
  }

  /**
   * Stores `list` whole or not at all: ids present and free, every order checked against the
   * contract once (of an order with a `parts` entry, that part; decision 176).
   */
  function insertOrders(list: readonly Order[], parts?: ReadonlyArray<Partial<Order>>): void {
    const ids = new Set<string>()
    for (const [index, order] of list.entries()) {
      if (!order?.id) throw new Error('Failed to store an order: it has no id.')
      if (orders.has(order.id) || ids.has(order.id))
        throw new Error(`Failed to store order ${order.id}: the id is taken.`)
      ids.add(order.id)
      checkOrder(order, parts?.[index] ?? order)
    }
    announceInserts(orders.insert(list))
  }

  /** See `StoreInternals.insertPrepared`. */
  function insertPrepared(batch: readonly PreparedOrder[]): void {
    const ids = new Set<string>()
    for (const { fields } of batch) {
      if (!fields.id || orders.has(fields.id) || ids.has(fields.id))
        throw new Error(`Failed to store order ${fields.id}: no id, or the id is taken.`)
      ids.add(fields.id)
    }
    announceInserts(orders.insertPrepared(batch))
  }

  function announceInserts(stored: ReadonlyArray<{ id: string; text: string }>): void {
    if (changeListeners.length === 0) return
    // Listeners get the stored value, not the caller's object (which the caller may change).
    // The text just stored, not decoded again; the value parsed only if a listener reads it.
    for (const { id, text } of stored) {
      changed({
        kind: 'order',
        orderId: id,
        text,
        get order() {
          return JSON.parse(text) as Order
        },
      })
    }
  }

  function clear(): void {
    for (const listener of resetListeners) listener()
    orders.clear()
    transactions = new Collection({ schema: transactionSchema })
    events.clear()
  }

  let ready = Promise.resolve().then(() => insertOrders(options.fixtures ?? []))

  const internals: StoreInternals = {
    get ready() {
      return ready
    },
    lock,
    now,
    nextId(kind) {
      // Restored or seeded orders may hold ids this sequence would give: never hand one out twice.
      let id = createId(kind, random.next)
      while (kind === 'order' && orders.has(id)) id = createId(kind, random.next)
      return id
    },
    findOrder: (orderId) => orders.find(orderId),
    allOrders: () => orders.all(),
    orderCount: () => orders.size(),
    orderJson: () => orders.jsonView(),
    orderSummaries: () => orders.summaries(),
    tenantCounts: () => orders.tenantCounts(),
    queryOrders: (query) => orders.query(query),
    insertOrder: async (order, options) => insertOrders([order], options?.check && [options.check]),
    insertPrepared,
    encodeDeferredText: (count) => orders.encodeDeferred(count),
    async replaceOrder(order) {
      if (!order.id || !orders.has(order.id))
        throw new Error(`Failed to update order ${order.id}: it is not stored.`)
      // Checked first, so a refused order changes nothing.
      checkOrder(order)
      const stored = orders.replace(order)
      changed({ kind: 'order', orderId: order.id, order: stored.order, text: stored.text })
    },
    deleteOrder(orderId) {
      if (!orders.delete(orderId)) return
      transactions.deleteMany((query) => query.where((record) => record.orderId === orderId))
      for (const listener of deleteListeners) listener(orderId)
      changed({ kind: 'order', orderId, order: undefined })
    },
    async addTransaction(record) {
      const stored = (await transactions.create(cloneJson(record))) as StoredTransaction
      changed({ kind: 'transaction', record: stored })
    },
    allTransactions: () => transactions.all() as StoredTransaction[],
    transactionsOf: (orderId, paymentId) =>
      transactions
        .findMany((query) =>
          query.where((record) => record.orderId === orderId && record.paymentId === paymentId),
        )
        .map((record) => record.transaction),
    events,
    nextEventId() {
      const time = now().getTime().toString(16).padStart(12, '0').slice(-12)
      const hex = Array.from(
        { length: 20 },
        () => '0123456789abcdef'[Math.floor(random.next() * 16)],
      ).join('')
      return `${time.slice(0, 8)}-${time.slice(8)}-7${hex.slice(0, 3)}-${'89ab'[Math.floor(random.next() * 4)]}${hex.slice(3, 6)}-${hex.slice(6, 18)}`
    },
    onReset: (listener) => {
      resetListeners.push(listener)
    },
    onOrderDeleted: (listener) => {
      deleteListeners.push(listener)
    },
    onChange: (listener) => {
      changeListeners.push(listener)
    },
    restoreChecked: (snapshot) => restore(snapshot, true),
    async loadChecked() {
      await ready
      clear()
      return {
        addPrepared(batch) {
          for (const { fields } of batch) {
            if (!fields.id || orders.has(fields.id))
              throw new Error(`Failed to load order ${fields.id}: no id, or the id is taken.`)
          }
          // Stored as written; the keys become tokens once the server serves (decision 129).
          orders.insertPrepared(batch, true)
        },
        async finish(list) {
          const loaded = new Collection({ schema: transactionSchema })
          for (const record of list) await loaded.create(record)
          transactions = loaded
          random = createSeededRandom(seed ^ hashIds(orders.ids()))
          changed({ kind: 'replaced' })
        },
      }
    },
  }

  async function restore(snapshot: StoreSnapshot, checked: boolean): Promise<void> {
    await ready
    // Validate everything first, so a bad snapshot changes nothing.
    const ids = new Set<string | undefined>()
    for (const order of snapshot.orders) {
      if (!order?.id) throw new Error('Failed to restore the snapshot: an order has no id.')
      if (ids.has(order.id))
        throw new Error('Failed to restore the snapshot: two orders share an id.')
      ids.add(order.id)
      if (!checked) checkOrder(order)
    }
    const probeTransactions = new Collection({ schema: transactionSchema })
    for (const record of snapshot.transactions) await probeTransactions.create(cloneJson(record))
    clear()
    // A new id sequence, derived from the seed and what is stored, so ids are not reused.
    random = createSeededRandom(seed ^ hashIds(ids))
    orders.insert(snapshot.orders)
    transactions = probeTransactions
    changed({ kind: 'replaced' })
  }

  const store: MockStore = {
    events,
    async reset() {
      await ready
      clear()
      random = createSeededRandom(seed)
      ready = Promise.resolve().then(() => insertOrders(options.fixtures ?? []))
      await ready
      changed({ kind: 'replaced' })
    },
    async seed(list) {
      await ready
      insertOrders(list)
    },
    snapshot: () => ({
      orders: orders.all(),
      transactions: transactions.all().map(({ orderId, paymentId, transaction }) => ({
        orderId,
        paymentId,
        transaction: cloneJson(transaction),
      })) as StoredTransaction[],
    }),
    restore: (snapshot) => restore(snapshot, false),
    getOrder: (orderId) => orders.copy(orderId),
    listOrders: () => orders.all(),
  }
  bindStoreInternals(store, internals)
  return store
}

/** A 32-bit FNV-1a hash of ids: the same stored orders always give the same sequence. */
function hashIds(ids: Iterable<string | undefined>): number {
  let hash = 0x811c9dc5
  for (const id of ids) {
    for (let index = 0; index < (id ?? '').length; index++) {
      hash ^= (id as string).charCodeAt(index)
      hash = Math.imul(hash, 0x01000193) >>> 0
    }
  }
  return hash
}
