import { createHash } from 'node:crypto'
import { cartTotalOf } from '../domain/order-totals.ts'
import { ORDER_CONTRACT_FINGERPRINT } from '../generated/order-contract-fingerprint.ts'
import { ENTRY_FIELDS_LAYOUT, orderEntryFields } from '../store/index.ts'

let fingerprint: string | undefined

/**
 * What a snapshot's orders and index were made with (decision 165): the generated v0
 * validators the orders were checked against (a hash made by `npm run generate`), the index
 * layout, and the code deriving the index values. A snapshot whose fingerprint differs was
 * written by another version: its orders are checked and derived again.
 *
 * @example
 * snapshotFingerprint() // '3f0c...' (32 hex digits)
 */
export function snapshotFingerprint(): string {
  fingerprint ??= createHash('sha256')
    .update(ORDER_CONTRACT_FINGERPRINT)
    .update(`\n${ENTRY_FIELDS_LAYOUT.join(',')}\n`)
    .update(orderEntryFields.toString())
    .update(cartTotalOf.toString())
    .digest('hex')
    .slice(0, 32)
  return fingerprint
}
