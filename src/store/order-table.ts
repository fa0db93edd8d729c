import type { Order } from '../domain/types.ts'
import { createKeyTokens } from './key-tokens.ts'
import {
  createOrderEntry,
  entryOf,
  type OrderEntry,
  type OrderEntryFields,
  type OrderRecipe,
  tenantKey,
} from './order-entry.ts'
import type { OrderListQuery } from './order-query.ts'
import { TenantOrders } from './tenant-orders.ts'

/**
 * Parsed orders kept for reuse: the most recently read or written ones. An order's JSON is
 * about 3.5 kB and its parsed objects about 6 kB; 1,000 of them is ~6 MB (decision 138).
 */
const HOT_ORDERS = 1_000

/** Decodes a load's UTF-8 lines (in Node and in a browser alike). */
const utf8 = new TextDecoder()

/** A page of orders as a list answers it: copies, the caller may change them. */
export interface OrderPage {
  orders: Order[]
  totalSize: number
  valueSum: number
}

/**
 * An order ready to store without parsing it: its JSON and the values derived from it
 * (`orderEntryFields`), by whoever built or checked it (a worker thread, a snapshot's index).
 */
export interface PreparedOrder {
  fields: OrderEntryFields
  /**
   * Its JSON, or the UTF-8 bytes of it (a state file's line; kept as given until encoded), or
   * the recipe that builds its JSON when it is first read (decision 175).
   */
  json: string | Uint8Array | OrderRecipe
}

/** An order stored by `insertPrepared`, with the JSON stored (built when first read, for a recipe). */
export interface InsertedOrder {
  readonly id: string
  readonly text: string
}

/** How many orders a tenant holds. */
export interface TenantCount {
  merchant: string
  channel: string
  count: number
}

/** An order's owner and (lower-cased) status. */
export interface OrderSummary {
  id: string
  merchant: string
  channel: string
  status: string | undefined
}

/**
 * The stored orders: each as its JSON text (one copy, decision 138), indexed per tenant for
 * lists (decision 136), with a bounded cache of parsed hot orders. Orders given to it are
 * already checked against the contract.
 *
 * @example
 * const table = createOrderTable()
 * table.insert([order])
 * table.find(order.id) // the parsed order (shared: do not mutate)
 */
export function createOrderTable() {
  let entries = new Map<string, OrderEntry>()
  let tenants = new Map<string, TenantOrders>()
  let hot = new Map<string, Order>()
  const tokens = createKeyTokens()
  /**
   * An entry's JSON with its keys written out, whichever form it is stored in. A recipe is
   * built now, and its JSON stored in its place (decision 175).
   */
  const jsonOf = (entry: OrderEntry): string => {
    const { text } = entry
    if (typeof text === 'string') return tokens.decode(text)
    if (text instanceof Uint8Array) return utf8.decode(text)
    const json = text.build()
    entry.text = tokens.encode(json)
    return json
  }
  const parse = (entry: OrderEntry): Order => JSON.parse(jsonOf(entry)) as Order

  const tenantOf = (key: string): TenantOrders => {
    let tenant = tenants.get(key)
    if (!tenant) {
      tenant = new TenantOrders()
      tenants.set(key, tenant)
    }
    return tenant
  }
  const remember = (id: string, order: Order): void => {
    hot.delete(id)
    hot.set(id, order)
    if (hot.size > HOT_ORDERS) hot.delete(hot.keys().next().value as string)
  }

  /** Entries stored with their plain JSON, in the order stored: `encodeDeferred` works these. */
  let deferred: OrderEntry[] = []
  let deferredAt = 0

  /**
   * Stores prepared orders whose ids are free: no parse, no second derivation. With `later`,
   * each is stored with its JSON as it is and its keys become tokens in `encodeDeferred`
   * (decision 129): a load pays for the tokens after it has started serving. Without `later`,
   * returns each order's id and the JSON stored (as `insert` does). Either way a recipe is
   * stored as it is, built when the order is first read (or its `text` is; decision 175).
   */
  function insertPrepared(orders: readonly PreparedOrder[]): InsertedOrder[]
  function insertPrepared(orders: readonly PreparedOrder[], later: true): void
  function insertPrepared(
    orders: readonly PreparedOrder[],
    later = false,
  ): InsertedOrder[] | undefined {
    if (!later) {
      const stored: InsertedOrder[] = []
      const entries = orders.map(({ fields, json }) => {
        if (isRecipe(json)) {
          const entry = entryOf(fields, json)
          stored.push({
            id: fields.id,
            get text() {
              return jsonOf(entry)
            },
          })
          return entry
        }
        const text = typeof json === 'string' ? json : utf8.decode(json)
        stored.push({ id: fields.id, text })
        return entryOf(fields, tokens.encode(text))
      })
      add(entries)
      return stored
    }
    for (const entry of add(orders.map(({ fields, json }) => entryOf(fields, json))))
      if (!isRecipe(entry.text)) deferred.push(entry)
    return undefined
  }

  /**
   * Makes the keys of up to `count` orders stored `later` tokens (the oldest first; orders
   * replaced or deleted since are skipped); returns how many are left.
   */
  function encodeDeferred(count: number): number {
    const stop = Math.min(deferred.length, deferredAt + count)
    for (; deferredAt < stop; deferredAt++) {
      const entry = deferred[deferredAt] as OrderEntry
      const { text } = entry
      if (entries.get(entry.id) === entry && !isRecipe(text))
        entry.text = tokens.encode(typeof text === 'string' ? text : utf8.decode(text))
    }
    if (deferredAt === deferred.length) {
      deferred = []
      deferredAt = 0
    }
    return deferred.length - deferredAt
  }

  function add(added: OrderEntry[]): OrderEntry[] {
    const byTenant = new Map<string, OrderEntry[]>()
    // A batch is mostly one tenant's: its key is looked up when the tenant changes.
    let list: OrderEntry[] = []
    let merchant: string | undefined
    let channel: string | undefined
    for (const entry of added) {
      entries.set(entry.id, entry)
      if (entry.merchant !== merchant || entry.channel !== channel) {
        merchant = entry.merchant
        channel = entry.channel
        const key = tenantKey(merchant, channel)
        const known = byTenant.get(key)
        list = known ?? []
        if (!known) byTenant.set(key, list)
      }
      list.push(entry)
    }
    for (const [key, list] of byTenant) tenantOf(key).add(list, list.length > 1)
    return added
  }

  return {
    has: (id: string): boolean => entries.has(id),
    /**
     * The characters of every stored text (keys as tokens or not yet): what the orders take.
     * An order not built yet (a recipe) takes none.
     */
    storedChars(): number {
      let chars = 0
      for (const { text } of entries.values()) if (!isRecipe(text)) chars += text.length
      return chars
    },
    size: (): number => entries.size,

    /** Stores orders whose ids are free; bulk adds sort the lists once, when next needed. */
    insert(orders: readonly Order[]): Array<{ id: string; text: string }> {
      const texts = orders.map((order) => JSON.stringify(order))
      return add(
        orders.map((order, index) =>
          createOrderEntry(order, tokens.encode(texts[index] as string)),
        ),
      ).map(({ id }, index) => ({ id, text: texts[index] as string }))
    },

    /** The ids of every stored order, in the order they were first stored. */
    ids: (): IterableIterator<string> => entries.keys(),

    insertPrepared,
    encodeDeferred,

    /** Replaces a stored order; returns the stored value (parsed from its text) and the text. */
    replace(order: Order): { order: Order; text: string } {
      const text = JSON.stringify(order)
      const stored = JSON.parse(text) as Order
      const next = createOrderEntry(stored, tokens.encode(text))
      const previous = entries.get(next.id) as OrderEntry
      tenants.get(tenantKey(previous.merchant, previous.channel))?.remove(previous)
      entries.set(next.id, next)
      tenantOf(tenantKey(next.merchant, next.channel)).add([next])
      remember(next.id, stored)
      return { order: stored, text }
    },

    delete(id: string): boolean {
      const entry = entries.get(id)
      if (!entry) return false
      entries.delete(id)
      hot.delete(id)
      const key = tenantKey(entry.merchant, entry.channel)
      const tenant = tenants.get(key)
      tenant?.remove(entry)
      if (tenant?.size === 0) tenants.delete(key)
      return true
    },

    clear(): void {
      deferred = []
      deferredAt = 0
      entries = new Map()
      tenants = new Map()
      hot = new Map()
    },

    /** The stored order, parsed once while it is hot: shared, never to be mutated. */
    find(id: string): Order | undefined {
      const cached = hot.get(id)
      if (cached) return cached
      const entry = entries.get(id)
      if (!entry) return undefined
      const order = parse(entry)
      remember(id, order)
      return order
    },

    /** A fresh copy of the stored order. */
    copy(id: string): Order | undefined {
      const entry = entries.get(id)
      return entry && parse(entry)
    },

    /** The JSON of every order as stored now, each decoded when asked for, and its derived values. */
    jsonView(): {
      length: number
      json(index: number): string
      fields(index: number): OrderEntryFields
    } {
      const view = [...entries.values()]
      return {
        length: view.length,
        json: (index) => jsonOf(view[index] as OrderEntry),
        fields: (index) => view[index] as OrderEntry,
      }
    },

    /** How many orders each tenant holds, the tenants in the order they first got one. */
    *tenantCounts(): Generator<TenantCount> {
      for (const tenant of tenants.values()) {
        const entry = tenant.any()
        if (entry) yield { merchant: entry.merchant, channel: entry.channel, count: tenant.size }
      }
    },

    /** Who owns each order and its status, in the order they were first stored: no parsing. */
    *summaries(): Generator<OrderSummary> {
      for (const { id, merchant, channel, status } of entries.values())
        yield { id, merchant, channel, status }
    },

    /** Fresh copies of every order, in the order they were first stored. */
    all: (): Order[] => Array.from(entries.values(), parse),

    /** A list page from the tenant's indexes; its orders are fresh copies. */
    query(query: OrderListQuery): OrderPage {
      const tenant = tenants.get(tenantKey(query.merchant, query.channel))
      if (!tenant) return { orders: [], totalSize: 0, valueSum: 0 }
      const result = tenant.query(query)
      return {
        orders: result.page.map(parse),
        totalSize: result.totalSize,
        valueSum: result.valueSum,
      }
    },
  }
}

/** Whether a stored order is a recipe, not built yet (decision 175). */
function isRecipe(text: OrderEntry['text']): text is OrderRecipe {
  return typeof text !== 'string' && !(text instanceof Uint8Array)
}
