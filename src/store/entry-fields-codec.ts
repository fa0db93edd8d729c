import type { OrderEntryFields } from './order-entry.ts'

/**
 * The values of `OrderEntryFields` in the order an encoded entry lists them: one JSON array
 * per order, no key names (a snapshot's index, decision 165). Part of the snapshot's
 * fingerprint, so a file written with another layout is never read with this one.
 */
const ENTRY_FIELDS_LAYOUT = [
  'id',
  'merchant',
  'channel',
  'status',
  'created',
  'cartTotal',
  'createdMs',
  'total',
  'reference',
  'cartReference',
  'paymentIds',
  'billingEmail',
  'billingName',
  'folded',
  'searchEnd',
  'slots',
] as const satisfies ReadonlyArray<keyof OrderEntryFields>

/**
 * One order's derived list values as a compact JSON array (`undefined` and `NaN` as `null`),
 * read back by {@link decodeEntryFields}.
 *
 * @example
 * encodeEntryFields(orderEntryFields(order)) // '["o_1","m","c","checkout",...]'
 */
export function encodeEntryFields(fields: OrderEntryFields): string {
  return JSON.stringify(ENTRY_FIELDS_LAYOUT.map((name) => fields[name]))
}

/**
 * The fields {@link encodeEntryFields} wrote; throws when `text` is not such an array (the
 * caller then checks the order the slow way).
 *
 * @example
 * decodeEntryFields(encodeEntryFields(fields)) // equal to fields
 */
export function decodeEntryFields(text: string): OrderEntryFields {
  const values = JSON.parse(text) as unknown[]
  if (!Array.isArray(values) || values.length !== ENTRY_FIELDS_LAYOUT.length) {
    throw new Error(`an index entry must be an array of ${ENTRY_FIELDS_LAYOUT.length} values`)
  }
  const [
    id,
    merchant,
    channel,
    status,
    created,
    cartTotal,
    createdMs,
    total,
    reference,
    cartReference,
    paymentIds,
    billingEmail,
    billingName,
    folded,
    searchEnd,
    slots,
  ] = values
  if (
    typeof id !== 'string' ||
    typeof merchant !== 'string' ||
    typeof channel !== 'string' ||
    typeof folded !== 'string' ||
    typeof searchEnd !== 'number' ||
    !Array.isArray(paymentIds)
  ) {
    throw new Error('an index entry has a value of the wrong type')
  }
  return {
    id,
    merchant,
    channel,
    status: (status ?? undefined) as string | undefined,
    created: created as string,
    cartTotal: cartTotal as number,
    createdMs: createdMs === null ? Number.NaN : (createdMs as number),
    total: total as number,
    reference: (reference ?? undefined) as string | undefined,
    cartReference: (cartReference ?? undefined) as string | undefined,
    paymentIds: paymentIds as string[],
    billingEmail: billingEmail as string,
    billingName: billingName as string,
    folded,
    searchEnd,
    slots: (slots ?? undefined) as string[] | undefined,
  }
}
