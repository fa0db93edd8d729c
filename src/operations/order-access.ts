import { cloneJson } from '../domain/clone-json.ts'
import { isFinalStatus } from '../domain/order-status.ts'
import { deriveOrderTotal } from '../domain/order-totals.ts'
import type { Order, WritableOrder } from '../domain/types.ts'
import { ProblemError } from '../problems/index.ts'
import type { OperationCall } from './operation-types.ts'
import type { OrderLifecycle } from './order-lifecycle.ts'

/**
 * When an order accepts a change (DECISIONS 6): `checkout` for what the customer edits (cart,
 * customer, consents, reference); `open` (any non-final state) for what adapters add;
 * `after-payment` (also `completed`, not `declined`/`removed`) for captures and refunds on
 * existing payments, which come after completion (decision 29).
 */
export type EditWindow = 'checkout' | 'open' | 'after-payment'

/** The order named by `order_id`, if the caller's tenant owns it; else a 404 (DECISIONS 9). */
export function requireOrder(call: OperationCall): Order {
  const orderId = call.params.order_id ?? ''
  const order = call.store.findOrder(orderId)
  if (!order || order.merchant !== call.tenant.merchant || order.channel !== call.tenant.channel) {
    throw new ProblemError('order-not-found', `Order with id:${orderId} not found.`)
  }
  return order
}

export function assertEditable(order: Order, window: EditWindow, what: string): void {
  const status = order.state?.currentStatus ?? 'checkout'
  const open =
    window === 'checkout'
      ? status === 'checkout'
      : window === 'after-payment'
        ? status !== 'declined' && status !== 'removed'
        : !isFinalStatus(status)
  if (!open) {
    const rule =
      window === 'checkout'
        ? 'can only change in checkout'
        : `cannot change once the order is ${status}`
    throw new ProblemError(
      'order-locked',
      `Order ${order.id} is in state ${status}; ${what} ${rule}.`,
    )
  }
}

/**
 * Changes one order under its lock: checks tenant and edit window, lets `change` edit a copy,
 * derives `total` and `lastModified`, runs the lifecycle (hooks) and stores the result.
 * If anything throws, nothing is stored.
 */
export async function changeOrder<Result>(
  call: OperationCall,
  lifecycle: OrderLifecycle,
  { window, what }: { window: EditWindow | 'any'; what: string },
  change: (draft: WritableOrder) => Result,
): Promise<Result> {
  const orderId = call.params.order_id ?? ''
  return call.store.lock.run(orderId, () =>
    changeLockedOrder(call, lifecycle, { window, what }, change),
  )
}

/** `changeOrder` for a caller that already holds the order's lock. */
export async function changeLockedOrder<Result>(
  call: OperationCall,
  lifecycle: OrderLifecycle,
  { window, what }: { window: EditWindow | 'any'; what: string },
  change: (draft: WritableOrder) => Result,
): Promise<Result> {
  const before = requireOrder(call)
  if (window !== 'any') assertEditable(before, window, what)
  const draft: WritableOrder = cloneJson(before)
  const result = change(draft)
  draft.total = deriveOrderTotal(draft)
  draft.lastModified = call.store.now().toISOString()
  const after = await lifecycle.beforeCommit(call, before, draft)
  after.total = deriveOrderTotal(after)
  await call.store.replaceOrder(after)
  lifecycle.afterCommit(call, before, after)
  return result
}
