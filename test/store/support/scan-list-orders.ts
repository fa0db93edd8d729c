// The list as GetCheckoutOrders computed it before the indexes (issue 16): a scan of every
// order, a sort and a slice. Kept unchanged as the oracle of test/store/list-index.test.ts.
import { roundMoney } from '../../../src/domain/money.ts'
import { cartTotalOf } from '../../../src/domain/order-totals.ts'
import type { Address, Order } from '../../../src/domain/types.ts'

type Query = Record<string, unknown>

/** The old scan: ids of the page, the pagination figures. */
export function scanListOrders(
  orders: readonly Order[],
  call: { query: Query; tenant: { merchant: string; channel: string } },
) {
  const query = withoutEmptyValues(call.query)
  const matches = orders
    .filter(
      (order) => order.merchant === call.tenant.merchant && order.channel === call.tenant.channel,
    )
    .filter(createOrderFilter(query))
  const direction = query.order_by_direction === 'asc' ? 1 : -1
  // An empty `order_by` sorts by `created`, as a missing one does (decision 26).
  const sortKey =
    SORT_KEYS[(call.query.order_by as keyof typeof SORT_KEYS | undefined) ?? 'created'] ??
    SORT_KEYS.created
  const sorted = [...matches].sort(
    (a, b) => compare(sortKey(a), sortKey(b)) * direction || compare(a.id, b.id),
  )
  const offset = Number(query.offset ?? 0)
  const limit = Number(query.limit ?? 10)
  const page = sorted.slice(offset, offset + limit)
  return {
    ids: page.map((order) => order.id),
    pagination: {
      offset,
      limit,
      size: page.length,
      valueSum: roundMoney(
        matches.reduce((sum, order) => sum + (order.total?.includingVat ?? 0), 0),
      ),
      totalSize: matches.length,
    },
  }
}

const SORT_KEYS = {
  created: (order: Order) => order.created ?? '',
  billingEmail: (order: Order) => order.customer?.billing?.email?.toLowerCase() ?? '',
  billingName: (order: Order) => fullName(order.customer?.billing).toLowerCase(),
  // The cart total as DECISIONS 7 reads it: the sum of the item totals when the cart has none.
  cartTotal: (order: Order) => cartTotalOf(order.cart).includingVat,
}

function compare(a: string | number | undefined, b: string | number | undefined): number {
  if (a === b) return 0
  if (a === undefined) return -1
  if (b === undefined) return 1
  return a < b ? -1 : 1
}

function fullName(address: Address | undefined): string {
  return [address?.givenName, address?.familyName].filter(Boolean).join(' ')
}

/** One predicate per filter the query sets; an order must pass all of them. */
function createOrderFilter(query: Query): (order: Order) => boolean {
  const checks: Array<(order: Order) => boolean> = []
  const anyOf = (name: string, read: (order: Order) => Array<string | undefined>) => {
    const wanted = query[name]
    if (!Array.isArray(wanted) || wanted.length === 0) return
    const values = new Set(wanted.map((value) => String(value).toLowerCase()))
    checks.push((order) =>
      read(order).some((value) => value !== undefined && values.has(value.toLowerCase())),
    )
  }
  const names = (address: Address | undefined) => [
    fullName(address),
    address?.givenName,
    address?.familyName,
  ]

  anyOf('status', (order) => [order.state?.currentStatus])
  anyOf('countries', (order) => [order.country])
  anyOf('billing_countries', (order) => [order.customer?.billing?.country])
  anyOf('billing_emails', (order) => [order.customer?.billing?.email])
  anyOf('billing_names', (order) => names(order.customer?.billing))
  anyOf('billing_phones', (order) => [order.customer?.billing?.phone])
  anyOf('shipping_countries', (order) => [order.customer?.shipping?.country])
  anyOf('shipping_emails', (order) => [order.customer?.shipping?.email])
  anyOf('shipping_names', (order) => names(order.customer?.shipping))
  anyOf('shipping_phones', (order) => [order.customer?.shipping?.phone])
  if (typeof query.cart_reference === 'string')
    checks.push((order) => order.cart?.reference === query.cart_reference)
  if (typeof query.reference === 'string')
    checks.push((order) => order.reference === query.reference)
  if (typeof query.payment_id === 'string') {
    checks.push((order) =>
      (order.payments ?? []).some((payment) => payment.id === query.payment_id),
    )
  }
  if (typeof query.date_from === 'string') {
    const from = Date.parse(query.date_from)
    checks.push((order) => Date.parse(order.created ?? '') >= from)
  }
  if (typeof query.date_to === 'string') {
    const to = Date.parse(query.date_to)
    checks.push((order) => Date.parse(order.created ?? '') <= to)
  }
  if (typeof query.search === 'string' && query.search !== '') {
    const needle = query.search.toLowerCase()
    checks.push((order) =>
      [
        order.id,
        order.reference,
        order.cart?.reference,
        ...[order.customer?.billing, order.customer?.shipping].flatMap((address) => [
          fullName(address),
          address?.email,
          address?.phone,
        ]),
      ].some((value) => value?.toLowerCase().includes(needle)),
    )
  }
  return (order) => checks.every((check) => check(order))
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
