import { normaliseCallback, normaliseHook } from '../domain/order-projection.ts'
import type { Order } from '../domain/types.ts'
import { getOrderApiValidator, type Violation } from '../validation/index.ts'
import { readExchange } from './entry-parts.ts'
import type { Har } from './har-types.ts'
import { routeEntry } from './route-entry.ts'

/** An order the traffic showed that cannot start the mock. */
export interface RefusedOrder {
  id: string
  /** The HAR entry its newest version came from. */
  entry: number
  violations: Violation[]
}

/** What a HAR can seed: the newest version of every order its responses showed. */
export interface HarOrders {
  /** Valid orders, tenants from the request headers, in the order first seen. */
  orders: Order[]
  /** Orders that break the contract (listed, not loaded). */
  refused: RefusedOrder[]
  /** Tenants (`merchant/channel`) and how many orders each holds. */
  tenants: Record<string, number>
}

/**
 * Collects the orders a HAR's Order API responses showed (`GetCheckoutOrder` bodies and
 * `GetCheckoutOrders` pages, v0 and v1), keeps the newest version of each (by the entry's
 * start time), takes its merchant and channel from the request's `x-merchant`/`x-channel`
 * headers, folds v1 field names into the stored ones, and checks each against the `Order`
 * schema of the contract. Deletions do not remove an order: a seed is for reading again
 * what the traffic saw.
 *
 * @example
 * const { orders, refused } = ordersFromHar(parseHar(await readFile('run.har', 'utf8')))
 * await startMockServer({ fixtures: orders })
 */
export function ordersFromHar(har: Har): HarOrders {
  const newest = new Map<string, { order: Order; time: number; entry: number }>()
  har.log.entries.forEach((entry, index) => {
    const route = routeEntry(entry.request.method, entry.request.url)
    if (route.kind !== 'operation' || route.api === 'event log') return
    const parts = readExchange(entry)
    if (parts.status !== 200 || !parts.responseText) return
    const schema = route.validator.operations.get(route.operationId)?.responses['200']?.content?.[
      'application/json'
    ] as { $ref?: string } | undefined
    const schemaName = schema?.$ref?.split('/').pop()
    if (schemaName !== 'Order' && schemaName !== 'OrderPaginationSet') return
    let body: unknown
    try {
      body = JSON.parse(parts.responseText)
    } catch {
      return
    }
    const found = schemaName === 'Order' ? [body] : ((body as { data?: unknown[] })?.data ?? [])
    const time = Date.parse(entry.startedDateTime)
    const merchant = parts.requestHeaders['x-merchant']
    const channel = parts.requestHeaders['x-channel']
    for (const candidate of found) {
      if (candidate === null || typeof candidate !== 'object') continue
      const order = { ...(candidate as Order) }
      if (typeof order.id !== 'string' || order.id === '') continue
      if (merchant) order.merchant = merchant
      if (channel) order.channel = channel
      if (route.api === 'v1') storedNames(order)
      const previous = newest.get(order.id)
      if (!previous || previous.time <= time) newest.set(order.id, { order, time, entry: index })
    }
  })
  const validator = getOrderApiValidator('v0')
  const result: HarOrders = { orders: [], refused: [], tenants: {} }
  for (const { order, entry } of newest.values()) {
    const violations = validator.validateSchema('Order', order)
    if (violations.length > 0) {
      result.refused.push({ id: order.id as string, entry, violations })
      continue
    }
    result.orders.push(order)
    const tenant = `${order.merchant}/${order.channel}`
    result.tenants[tenant] = (result.tenants[tenant] ?? 0) + 1
  }
  return result
}

/** A v1 order as the store keeps it: `scope` → `subscribeTo`, `invoke` → `url`. */
function storedNames(order: Order): void {
  // A hook or callback with both names stays as sent: the schema check below refuses it.
  if (order.hooks) order.hooks = order.hooks.map((hook) => normaliseHook(hook))
  if (order.validations)
    order.validations = order.validations.map((callback) => normaliseCallback(callback))
}
