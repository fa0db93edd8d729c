import { cartTotalOf } from '../domain/order-totals.ts'
import type { Address, Order } from '../domain/types.ts'

/**
 * What the store keeps of one order: its JSON text (the one copy; also the v0 answer) and the
 * few derived values the list indexes sort and filter on, so a list never parses an order it
 * does not answer. Built once per stored version of the order; never changed.
 */
export interface OrderEntry {
  readonly id: string
  /** `JSON.stringify(order)`: the stored order. */
  readonly text: string
  readonly merchant: string
  readonly channel: string
  /** `state.currentStatus`, lower-cased (list filters compare case-insensitively). */
  readonly status: string | undefined
  /** The sort keys of `order_by`, as the list compares them. */
  readonly created: string
  readonly cartTotal: number
  /** `Date.parse(created)`: what `date_from`/`date_to` compare (NaN without `created`). */
  readonly createdMs: number
  /** `total.includingVat` (0 when absent): what `valueSum` adds up. */
  readonly total: number
  readonly reference: string | undefined
  readonly cartReference: string | undefined
  readonly paymentIds: readonly string[]
  /** The lower-cased values of the case-insensitive filters and of `search`: see `SLOTS`. */
  readonly folded: readonly string[]
  /** The `SEARCH_SLOTS` values joined by U+0001: one string for `search` to look into. */
  readonly haystack: string
}

/** Where each case-insensitive value sits in `OrderEntry.folded` ('' when absent). */
export const SLOTS = {
  country: 0,
  billingCountry: 1,
  billingEmail: 2,
  billingName: 3,
  billingGivenName: 4,
  billingFamilyName: 5,
  billingPhone: 6,
  shippingCountry: 7,
  shippingEmail: 8,
  shippingName: 9,
  shippingGivenName: 10,
  shippingFamilyName: 11,
  shippingPhone: 12,
  id: 13,
  reference: 14,
  cartReference: 15,
} as const

/** The list filters matched case-insensitively against any of their slots (DECISIONS 12). */
export const FOLDED_FILTERS: Readonly<Record<string, readonly number[]>> = {
  countries: [SLOTS.country],
  billing_countries: [SLOTS.billingCountry],
  billing_emails: [SLOTS.billingEmail],
  billing_names: [SLOTS.billingName, SLOTS.billingGivenName, SLOTS.billingFamilyName],
  billing_phones: [SLOTS.billingPhone],
  shipping_countries: [SLOTS.shippingCountry],
  shipping_emails: [SLOTS.shippingEmail],
  shipping_names: [SLOTS.shippingName, SLOTS.shippingGivenName, SLOTS.shippingFamilyName],
  shipping_phones: [SLOTS.shippingPhone],
}

/** What joins the values of `OrderEntry.haystack`. */
export const HAYSTACK_SEPARATOR = '\u0001'

/** The values `search` looks into (a substring, case-insensitive). */
export const SEARCH_SLOTS: readonly number[] = [
  SLOTS.id,
  SLOTS.reference,
  SLOTS.cartReference,
  SLOTS.billingName,
  SLOTS.billingEmail,
  SLOTS.billingPhone,
  SLOTS.shippingName,
  SLOTS.shippingEmail,
  SLOTS.shippingPhone,
]

/** The full name a list filters and sorts on: given and family name, space-separated. */
function fullName(address: Address | undefined): string {
  return [address?.givenName, address?.familyName].filter(Boolean).join(' ')
}

/**
 * The entry of `order` (already checked against the contract), with `text` its JSON.
 *
 * @example
 * const entry = createOrderEntry(order, JSON.stringify(order))
 */
export function createOrderEntry(order: Order, text: string): OrderEntry {
  const billing = order.customer?.billing
  const shipping = order.customer?.shipping
  const created = order.created ?? ''
  const lower = (value: string | undefined) => (value === undefined ? '' : value.toLowerCase())
  const folded = [
    lower(order.country),
    lower(billing?.country),
    lower(billing?.email),
    fullName(billing).toLowerCase(),
    lower(billing?.givenName),
    lower(billing?.familyName),
    lower(billing?.phone),
    lower(shipping?.country),
    lower(shipping?.email),
    fullName(shipping).toLowerCase(),
    lower(shipping?.givenName),
    lower(shipping?.familyName),
    lower(shipping?.phone),
    lower(order.id),
    lower(order.reference),
    lower(order.cart?.reference),
  ]
  return {
    id: order.id as string,
    text,
    merchant: order.merchant,
    channel: order.channel,
    status: order.state?.currentStatus?.toLowerCase(),
    created,
    cartTotal: cartTotalOf(order.cart).includingVat,
    createdMs: Date.parse(created),
    total: order.total?.includingVat ?? 0,
    reference: order.reference,
    cartReference: order.cart?.reference,
    paymentIds: (order.payments ?? []).flatMap((payment) =>
      payment.id === undefined ? [] : [payment.id],
    ),
    folded,
    haystack: SEARCH_SLOTS.map((slot) => folded[slot]).join(HAYSTACK_SEPARATOR),
  }
}

/** The key of a tenant's index. */
export function tenantKey(merchant: string, channel: string): string {
  return `${merchant}\u0000${channel}`
}
