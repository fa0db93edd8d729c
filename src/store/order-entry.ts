import { cartTotalOf } from '../domain/order-totals.ts'
import type { Address, Order } from '../domain/types.ts'

/**
 * What the store keeps of one order: its JSON text (the one copy; also the v0 answer) and the
 * few derived values the list indexes sort and filter on, so a list never parses an order it
 * does not answer. Built once per stored version of the order; never changed.
 */
export interface OrderEntry {
  readonly id: string
  /**
   * The stored order: `JSON.stringify(order)` with its keys as tokens (`createKeyTokens`); or,
   * for an order a load stored in a hurry, that JSON as it is, or its UTF-8 bytes (a line of
   * the state file), until the table makes its keys tokens (`encodeDeferred`, decision 129:
   * the one change an entry sees; every form reads as the same JSON). Or the recipe of an
   * order not built yet (`--orders`, decision 175), replaced by its tokenised JSON when the
   * order is first read.
   */
  text: string | Uint8Array | OrderRecipe
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
  /** The sort keys `billingEmail` and `billingName` (lower-cased). */
  readonly billingEmail: string
  readonly billingName: string
  /**
   * The lower-cased values of the case-insensitive filters and of `search`, in `SLOTS`
   * order, joined by U+0001 (one string rather than sixteen: decision 138).
   */
  readonly folded: string
  /** Where the values `search` looks into end in `folded` (they come first). */
  readonly searchEnd: number
  /** The values one by one, kept only when one of them holds U+0001 itself. */
  readonly slots: readonly string[] | undefined
}

/**
 * How to build a stored order's JSON on first read: an order whose list values are known
 * (`OrderEntryFields`) but which is not built yet (decision 175). `build` must give the same
 * JSON every time, checked against the contract, its derived values those the entry was
 * stored with; it throws, naming the order and the rule, if the order breaks the contract.
 *
 * @example
 * const recipe: OrderRecipe = { build: () => JSON.stringify(buildOrder()) }
 */
export interface OrderRecipe {
  build(): string
}

/** Where each case-insensitive value sits among an entry's values ('' when absent). */
const SLOTS = {
  id: 0,
  reference: 1,
  cartReference: 2,
  billingName: 3,
  billingEmail: 4,
  billingPhone: 5,
  shippingName: 6,
  shippingEmail: 7,
  shippingPhone: 8,
  country: 9,
  billingCountry: 10,
  billingGivenName: 11,
  billingFamilyName: 12,
  shippingCountry: 13,
  shippingGivenName: 14,
  shippingFamilyName: 15,
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

/** What joins an entry's values in `OrderEntry.folded`. */
const SEPARATOR = '\u0001'

/** The values `search` looks into (a substring, case-insensitive): the first nine slots. */
const SEARCH_SLOTS: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, 8]

/** The value of `slot` of an entry. */
export function slotValue(entry: OrderEntry, slot: number): string {
  if (entry.slots) return entry.slots[slot] as string
  const { folded } = entry
  let start = 0
  for (let index = 0; index < slot; index++) start = folded.indexOf(SEPARATOR, start) + 1
  const end = folded.indexOf(SEPARATOR, start)
  return folded.slice(start, end === -1 ? folded.length : end)
}

/** Whether `needle` (lower-cased, not empty) is part of a value `search` looks into. */
export function searchMatches(entry: OrderEntry, needle: string): boolean {
  if (entry.slots || needle.includes(SEPARATOR)) {
    return SEARCH_SLOTS.some((slot) => slotValue(entry, slot).includes(needle))
  }
  // A match cannot span two values (the needle holds no separator): the first one found
  // lies in a searched value exactly when it starts before their end.
  const at = entry.folded.indexOf(needle)
  return at !== -1 && at < entry.searchEnd
}

/** The full name a list filters and sorts on: given and family name, space-separated. */
function fullName(address: Address | undefined): string {
  const given = address?.givenName
  const family = address?.familyName
  return given ? (family ? `${given} ${family}` : given) : family || ''
}

/** `value` lower-cased, '' when absent. */
function lower(value: string | undefined): string {
  return value === undefined ? '' : value.toLowerCase()
}

/**
 * What an entry derives from its order: everything but the text. A worker thread that builds
 * orders, or a snapshot's index, hands these over so the order need not be parsed again.
 */
export type OrderEntryFields = Omit<OrderEntry, 'text'>

/**
 * The derived values of `order` (already checked against the contract).
 *
 * @example
 * const fields = orderEntryFields(order)
 * fields.status // 'checkout'
 */
export function orderEntryFields(order: Order): OrderEntryFields {
  const billing = order.customer?.billing
  const shipping = order.customer?.shipping
  const created = order.created ?? ''
  const slots = [
    lower(order.id),
    lower(order.reference),
    lower(order.cart?.reference),
    fullName(billing).toLowerCase(),
    lower(billing?.email),
    lower(billing?.phone),
    fullName(shipping).toLowerCase(),
    lower(shipping?.email),
    lower(shipping?.phone),
    lower(order.country),
    lower(billing?.country),
    lower(billing?.givenName),
    lower(billing?.familyName),
    lower(shipping?.country),
    lower(shipping?.givenName),
    lower(shipping?.familyName),
  ]
  let searchEnd = SEARCH_SLOTS.length - 1
  for (let slot = 0; slot < SEARCH_SLOTS.length; slot++) searchEnd += (slots[slot] as string).length
  const paymentIds: string[] = []
  for (const payment of order.payments ?? [])
    if (payment.id !== undefined) paymentIds.push(payment.id)
  const folded = slots.join(SEPARATOR)
  return {
    id: order.id as string,
    merchant: order.merchant,
    channel: order.channel,
    status: order.state?.currentStatus?.toLowerCase(),
    created,
    cartTotal: cartTotalOf(order.cart).includingVat,
    createdMs: Date.parse(created),
    total: order.total?.includingVat ?? 0,
    reference: order.reference,
    cartReference: order.cart?.reference,
    paymentIds,
    billingEmail: slots[SLOTS.billingEmail] as string,
    billingName: slots[SLOTS.billingName] as string,
    folded,
    searchEnd,
    // Sixteen values joined hold fifteen separators, unless one of them holds one itself.
    slots: separatorCount(folded) === slots.length - 1 ? undefined : slots,
  }
}

/**
 * The entry of an order from its derived values and its stored text (every entry has the
 * same shape, whichever way it was made).
 *
 * @example
 * const entry = entryOf(orderEntryFields(order), JSON.stringify(order))
 */
export function entryOf(fields: OrderEntryFields, text: OrderEntry['text']): OrderEntry {
  return {
    id: fields.id,
    text,
    merchant: fields.merchant,
    channel: fields.channel,
    status: fields.status,
    created: fields.created,
    cartTotal: fields.cartTotal,
    createdMs: fields.createdMs,
    total: fields.total,
    reference: fields.reference,
    cartReference: fields.cartReference,
    paymentIds: fields.paymentIds,
    billingEmail: fields.billingEmail,
    billingName: fields.billingName,
    folded: fields.folded,
    searchEnd: fields.searchEnd,
    slots: fields.slots,
  }
}

/**
 * The entry of `order` (already checked against the contract), with `text` its JSON.
 *
 * @example
 * const entry = createOrderEntry(order, JSON.stringify(order))
 */
export function createOrderEntry(order: Order, text: string): OrderEntry {
  return entryOf(orderEntryFields(order), text)
}

/** The key of a tenant's index. */
export function tenantKey(merchant: string, channel: string): string {
  return `${merchant}\u0000${channel}`
}

function separatorCount(text: string): number {
  let count = 0
  for (let at = text.indexOf(SEPARATOR); at !== -1; at = text.indexOf(SEPARATOR, at + 1)) count++
  return count
}
