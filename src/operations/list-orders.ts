import { projectOwnedOrder } from '../domain/order-projection.ts'
import type { OrderPaginationSet } from '../domain/types.ts'
import type { operations } from '../generated/order-api.ts'
import { ORDER_SORT_KEYS, type OrderListQuery, type OrderSortKey } from '../store/index.ts'
import type { CallOf } from './operation-types.ts'

type Query = Record<string, unknown>

/**
 * GetCheckoutOrders: the tenant's orders, filtered, sorted and paged (DECISIONS 12), served
 * from the store's per-tenant indexes (decision 136).
 */
export function listOrders(call: CallOf<operations['GetCheckoutOrders']>): OrderPaginationSet {
  const query = toListQuery(call.query as Query, call.tenant)
  const found = call.store.queryOrders(query)
  return {
    // The page's orders are fresh copies (parsed for this page): projected without a second copy.
    data: found.orders.map((order) => projectOwnedOrder(order, call.version)),
    pagination: {
      offset: query.offset,
      limit: query.limit,
      size: found.orders.length,
      valueSum: found.valueSum,
      totalSize: found.totalSize,
    },
  }
}

/**
 * The store's list query of a GetCheckoutOrders query string (already checked against the
 * contract): empty values filter nothing (decision 26), an empty `order_by` sorts by
 * `created` as a missing one does, any direction but `asc` is `desc`.
 *
 * @example
 * toListQuery({ status: ['checkout'], limit: 5 }, { merchant: 'm', channel: 'c' })
 * // { merchant: 'm', channel: 'c', orderBy: 'created', direction: 'desc', offset: 0, limit: 5, anyOf: { status: ['checkout'] } }
 */
export function toListQuery(
  rawQuery: Query,
  tenant: { merchant: string; channel: string },
): OrderListQuery {
  const query = withoutEmptyValues(rawQuery)
  const orderBy = rawQuery.order_by
  const anyOf: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(query)) {
    if (Array.isArray(value) && value.length > 0) anyOf[name] = value.map(String)
  }
  const text = (name: string) => (typeof query[name] === 'string' ? query[name] : undefined)
  return {
    merchant: tenant.merchant,
    channel: tenant.channel,
    orderBy: ORDER_SORT_KEYS.includes(orderBy as OrderSortKey)
      ? (orderBy as OrderSortKey)
      : 'created',
    direction: query.order_by_direction === 'asc' ? 'asc' : 'desc',
    offset: Number(query.offset ?? 0),
    limit: Number(query.limit ?? 10),
    anyOf,
    ...optional('reference', text('reference')),
    ...optional('cartReference', text('cart_reference')),
    ...optional('paymentId', text('payment_id')),
    ...optional('dateFrom', text('date_from')),
    ...optional('dateTo', text('date_to')),
    ...optional('search', text('search')),
  }
}

function optional<Name extends string>(
  name: Name,
  value: string | undefined,
): { [key in Name]?: string } {
  return (value === undefined ? {} : { [name]: value }) as { [key in Name]?: string }
}

/** `?countries=&reference=` filters nothing, as the parameter left out would (decision 26). */
function withoutEmptyValues(query: Query): Query {
  const kept: Query = {}
  for (const [name, value] of Object.entries(query)) {
    const cleaned = Array.isArray(value) ? value.filter((entry) => entry !== '') : value
    if (cleaned === '' || (Array.isArray(cleaned) && cleaned.length === 0)) continue
    kept[name] = cleaned
  }
  return kept
}
