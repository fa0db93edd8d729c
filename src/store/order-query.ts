import { roundMoney } from '../domain/money.ts'
import type { components } from '../generated/order-api.ts'
import { FOLDED_FILTERS, type OrderEntry, searchMatches, slotValue } from './order-entry.ts'

/** The sort keys of `order_by`: the contract's `OrderListOrderBy`. */
export type OrderSortKey = components['schemas']['OrderListOrderBy']

/** Keyed by the contract's type: a sort key the contract adds or drops fails to compile here. */
const SORT_KEYS: Readonly<Record<OrderSortKey, true>> = {
  created: true,
  billingEmail: true,
  billingName: true,
  cartTotal: true,
}

export const ORDER_SORT_KEYS = Object.keys(SORT_KEYS) as readonly OrderSortKey[]

/**
 * A page of one tenant's orders (GetCheckoutOrders, DECISIONS 12): filters already cleaned of
 * empty values (decision 26). Array filters match any of their values, case-insensitively;
 * `reference`, `cartReference` and `paymentId` match exactly; `search` is a case-insensitive
 * substring of id, references, names, emails and phones.
 */
export interface OrderListQuery {
  merchant: string
  channel: string
  orderBy: OrderSortKey
  direction: 'asc' | 'desc'
  offset: number
  limit: number
  /** `status`, `countries`, `billing_emails`, ...: the query's array filters by their names. */
  anyOf: Readonly<Record<string, readonly string[]>>
  reference?: string
  cartReference?: string
  paymentId?: string
  dateFrom?: string
  dateTo?: string
  search?: string
}

/** What a list query finds: the page and the figures over every match. */
export interface OrderListResult {
  page: OrderEntry[]
  totalSize: number
  valueSum: number
}

type SortValue = string | number

const SORT_VALUE: Record<OrderSortKey, (entry: OrderEntry) => SortValue> = {
  created: (entry) => entry.created,
  billingEmail: (entry) => entry.billingEmail,
  billingName: (entry) => entry.billingName,
  cartTotal: (entry) => entry.cartTotal,
}

export function sortValueOf(key: OrderSortKey): (entry: OrderEntry) => SortValue {
  return SORT_VALUE[key]
}

function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0
  return a < b ? -1 : 1
}

/**
 * The list's order: by the key in the direction asked, ties by id ascending in both
 * directions (so `desc` is not `asc` reversed).
 */
export function comparatorOf(
  key: OrderSortKey,
  direction: 'asc' | 'desc',
): (a: OrderEntry, b: OrderEntry) => number {
  const value = SORT_VALUE[key]
  return direction === 'asc'
    ? (a, b) => compareValues(value(a), value(b)) || compareValues(a.id, b.id)
    : (a, b) => compareValues(value(b), value(a)) || compareValues(a.id, b.id)
}

/** Every filter of `query` but none, one predicate over entries. */
export function createEntryFilter(
  query: OrderListQuery,
  { skipStatus = false }: { skipStatus?: boolean } = {},
): ((entry: OrderEntry) => boolean) | undefined {
  const checks: Array<(entry: OrderEntry) => boolean> = []
  for (const [name, wanted] of Object.entries(query.anyOf)) {
    if (wanted.length === 0) continue
    const values = new Set(wanted.map((value) => value.toLowerCase()))
    if (name === 'status') {
      if (!skipStatus)
        checks.push((entry) => entry.status !== undefined && values.has(entry.status))
      continue
    }
    const slots = FOLDED_FILTERS[name]
    if (!slots) continue
    checks.push((entry) => slots.some((slot) => values.has(slotValue(entry, slot))))
  }
  const { reference, cartReference, paymentId, dateFrom, dateTo, search } = query
  if (cartReference !== undefined) checks.push((entry) => entry.cartReference === cartReference)
  if (reference !== undefined) checks.push((entry) => entry.reference === reference)
  if (paymentId !== undefined) checks.push((entry) => entry.paymentIds.includes(paymentId))
  if (dateFrom !== undefined) {
    const from = Date.parse(dateFrom)
    checks.push((entry) => entry.createdMs >= from)
  }
  if (dateTo !== undefined) {
    const to = Date.parse(dateTo)
    checks.push((entry) => entry.createdMs <= to)
  }
  if (search !== undefined && search !== '') {
    const needle = search.toLowerCase()
    checks.push((entry) => searchMatches(entry, needle))
  }
  if (checks.length === 0) return undefined
  return (entry) => checks.every((check) => check(entry))
}

/**
 * Sums totals as the list reports them: whole cents added exactly, so the figure does not
 * depend on the order of the additions; a total with a fraction of a cent is added as is.
 */
export class TotalSum {
  count = 0
  cents = 0
  fractional = 0

  add(total: number): void {
    this.count++
    const cents = Math.round(total * 100)
    if (cents / 100 === total) this.cents += cents
    else this.fractional += total
  }

  remove(total: number): void {
    this.count--
    const cents = Math.round(total * 100)
    if (cents / 100 === total) this.cents -= cents
    else this.fractional -= total
  }

  /** Adds the count and totals of `other` (a sum over entries not in this one). */
  merge(other: TotalSum): void {
    this.count += other.count
    this.cents += other.cents
    this.fractional += other.fractional
  }

  /** The rounded sum (`pagination.valueSum`). */
  value(): number {
    return roundMoney(this.cents / 100 + this.fractional)
  }

  static of(entries: Iterable<OrderEntry>): TotalSum {
    const sum = new TotalSum()
    for (const entry of entries) sum.add(entry.total)
    return sum
  }
}
