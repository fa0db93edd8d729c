import { MAX_BODY_DEPTH, parseJsonText } from '../operations/index.ts'
import type { StoreSnapshot } from '../store/index.ts'
import { getOrderApiValidator, type Violation } from '../validation/index.ts'

const SNAPSHOT_KEYS = new Set(['orders', 'transactions'])
/**
 * The key a state file's snapshot adds to an export (decision 125): the sequence number of
 * the last journal record it holds. Taken off before a state file is checked here.
 */
export const SEQUENCE_KEY = 'journalSequence'

/**
 * Deepest nesting of a state import or state file (issue 15, finding 14): the request limit
 * (64) plus the levels an order puts around a request body (`payments/0/...`) and a snapshot
 * puts around an order (`orders/0/...`), with room to spare. An export always imports.
 */
export const MAX_SNAPSHOT_DEPTH = MAX_BODY_DEPTH + 8

/**
 * Parses a state import or state file under the rules of a request body: nesting at most
 * {@link MAX_SNAPSHOT_DEPTH}, no `__proto__` keys, valid JSON; else the 400 problem, before
 * anything is replaced.
 *
 * @example
 * parseSnapshotText('{"orders":[],"transactions":[]}') // { orders: [], transactions: [] }
 */
export function parseSnapshotText(text: string): unknown {
  return parseJsonText(text, MAX_SNAPSHOT_DEPTH)
}

/**
 * Checks a whole store snapshot (an admin import or a state file) against the contract
 * before anything is replaced, and returns every violation: each order against the `Order`
 * schema, each transaction against `PaymentTransaction`, ids present and unique, every
 * transaction pointing at an order of the snapshot. Locations read like request violations:
 * `body/orders/3/cart/items/0/quantity`.
 *
 * @example
 * findSnapshotViolations({ orders: [{ merchant: 'm' }], transactions: [] })
 * // [{ location: 'body/orders/0/channel', keyword: 'required', message: 'is required' }, ...]
 */
export function findSnapshotViolations(value: unknown): Violation[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [
      {
        location: 'body',
        keyword: 'type',
        message: 'must be an object { orders: Order[], transactions: StoredTransaction[] }',
      },
    ]
  }
  const snapshot = value as Record<string, unknown>
  const violations: Violation[] = []
  for (const key of Object.keys(snapshot)) {
    if (!SNAPSHOT_KEYS.has(key)) {
      violations.push({
        location: `body/${key}`,
        keyword: 'additionalProperties',
        message:
          key === SEQUENCE_KEY
            ? "is a state file's own key: a state file is not an export (its journal, <file>.journal, may hold later changes); import what GET /__admin/state answers instead (decision 125)"
            : 'is not a documented property',
      })
    }
  }
  const orderIds = new Map<string, number>()
  if (!Array.isArray(snapshot.orders)) {
    violations.push({ location: 'body/orders', keyword: 'type', message: 'must be array' })
  } else {
    snapshot.orders.forEach((order: unknown, index) => {
      violations.push(...orderViolations(order, `body/orders/${index}`, index, orderIds))
    })
  }
  if (snapshot.transactions !== undefined && !Array.isArray(snapshot.transactions)) {
    violations.push({ location: 'body/transactions', keyword: 'type', message: 'must be array' })
  } else {
    for (const [index, record] of ((snapshot.transactions as unknown[]) ?? []).entries()) {
      violations.push(...transactionViolations(record, `body/transactions/${index}`, orderIds))
    }
  }
  return violations
}

/**
 * The violations of one snapshot order at `at` (`body/orders/3`): the `Order` schema, and an
 * id present and not among `orderIds` (id → index of the order holding it), where a free id
 * is then added with `index`.
 *
 * @example
 * orderViolations({ merchant: 'm' }, 'body/orders/0', 0, new Map()) // [..., { location: 'body/orders/0/id', ... }]
 */
export function orderViolations(
  order: unknown,
  at: string,
  index: number,
  orderIds: Map<string, number>,
): Violation[] {
  const violations: Violation[] = []
  for (const violation of getOrderApiValidator().validateSchema('Order', order)) {
    violations.push({ ...violation, location: violation.location.replace(/^body/, at) })
  }
  const id = (order as { id?: unknown } | null)?.id
  if (typeof id !== 'string' || id === '') {
    violations.push({ location: `${at}/id`, keyword: 'required', message: 'is required' })
  } else if (orderIds.has(id)) {
    violations.push({
      location: `${at}/id`,
      keyword: 'uniqueItems',
      message: `duplicates the id of body/orders/${orderIds.get(id)}`,
    })
  } else {
    orderIds.set(id, index)
  }
  return violations
}

/** The snapshot with its optional parts filled in; call after `findSnapshotViolations` is empty. */
export function toStoreSnapshot(value: unknown): StoreSnapshot {
  const snapshot = value as Partial<StoreSnapshot>
  return { orders: snapshot.orders ?? [], transactions: snapshot.transactions ?? [] }
}

/**
 * The violations of one stored transaction at `at` (`body/transactions/0`): its shape, the
 * `PaymentTransaction` schema, and an `orderId` among `orderIds`.
 *
 * @example
 * transactionViolations({ orderId: 'o_1' }, 'body/transactions/0', new Map())
 */
export function transactionViolations(
  record: unknown,
  at: string,
  orderIds: ReadonlyMap<string, number>,
): Violation[] {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return [
      {
        location: at,
        keyword: 'type',
        message: 'must be an object { orderId, paymentId, transaction }',
      },
    ]
  }
  const { orderId, paymentId, transaction, ...rest } = record as Record<string, unknown>
  const violations: Violation[] = Object.keys(rest).map((key) => ({
    location: `${at}/${key}`,
    keyword: 'additionalProperties',
    message: 'is not a documented property',
  }))
  if (typeof orderId !== 'string') {
    violations.push({ location: `${at}/orderId`, keyword: 'type', message: 'must be string' })
  } else if (!orderIds.has(orderId)) {
    violations.push({
      location: `${at}/orderId`,
      keyword: 'reference',
      message: `must name an order of the snapshot, got "${orderId}"`,
    })
  }
  if (typeof paymentId !== 'string') {
    violations.push({ location: `${at}/paymentId`, keyword: 'type', message: 'must be string' })
  }
  for (const violation of getOrderApiValidator().validateSchema(
    'PaymentTransaction',
    transaction,
  )) {
    violations.push({
      ...violation,
      location: violation.location.replace(/^body/, `${at}/transaction`),
    })
  }
  return violations
}
