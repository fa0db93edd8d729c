import { createHash } from 'node:crypto'
import { ORDER_CONTRACT_FINGERPRINT } from '../generated/order-contract-fingerprint.ts'
import { SNAPSHOT_INDEX_FINGERPRINT } from '../generated/snapshot-index-fingerprint.ts'

let fingerprint: string | undefined

/**
 * What a snapshot's orders and index were made with (decision 165): the generated v0
 * validators the orders were checked against and the code deriving and encoding the index
 * values, both hashed by `npm run generate` (so the same sources give the same fingerprint in
 * every build: the CLI bundle, the package, the tests). A snapshot whose fingerprint differs
 * was written by another version: its orders are checked and derived again.
 *
 * @example
 * snapshotFingerprint() // '3f0c...' (32 hex digits)
 */
export function snapshotFingerprint(): string {
  fingerprint ??= createHash('sha256')
    .update(`${ORDER_CONTRACT_FINGERPRINT}\n${SNAPSHOT_INDEX_FINGERPRINT}`)
    .digest('hex')
    .slice(0, 32)
  return fingerprint
}
