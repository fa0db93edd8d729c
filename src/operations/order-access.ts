import { cloneJson } from '../domain/clone-json.ts'
import { DEFAULT_MERCHANT } from '../domain/demo-tenant.ts'
import { isFinalStatus } from '../domain/order-status.ts'
import { deriveOrderTotal } from '../domain/order-totals.ts'
import type { Order, WritableOrder } from '../domain/types.ts'
import { ProblemError } from '../problems/index.ts'
import { boundedOrderTotal } from './bounded-total.ts'
import type { OperationCall } from './operation-types.ts'
import type { OrderLifecycle } from './order-lifecycle.ts'

/**
 * When an order accepts a change (DECISIONS 6): `checkout` for what the customer edits (cart,
 * customer, consents, reference); `open` (any non-final state) for what adapters add;
 * `after-payment` (also `completed`, not `declined`/`removed`) for captures and refunds on
 * existing payments, which come after completion (decision 29).
 */
export type EditWindow = 'checkout' | 'open' | 'after-payment'

/** A call of an operation under `/orders/{order_id}`: the body is the operation's business. */
export type OrderCall = OperationCall<unknown, { order_id: string }>

/** The order named by `order_id`, if the caller's tenant owns it; else a 404 (DECISIONS 9). */
export function requireOrder(call: OrderCall): Order {
  const orderId = call.params.order_id
  const order = call.store.findOrder(orderId)
  if (!order || order.merchant !== call.tenant.merchant || order.channel !== call.tenant.channel) {
    // One text whether the order is missing or another tenant's: nothing about the owner leaks.
    throw new ProblemError(
      'order-not-found',
      `Order with id:${orderId} not found for x-merchant ${call.tenant.merchant}, x-channel ${call.tenant.channel}. It may not exist, or belong to another merchant or channel (orders built by the factories belong to merchant ${DEFAULT_MERCHANT} unless given merchant and channel).`,
    )
  }
  return order
}

export function assertEditable(order: Order, editWindow: EditWindow, what: string): void {
  const status = order.state?.currentStatus ?? 'checkout'
  const open =
    editWindow === 'checkout'
      ? status === 'checkout'
      : editWindow === 'after-payment'
        ? status !== 'declined' && status !== 'removed'
        : !isFinalStatus(status)
  if (!open) {
    const rule =
      editWindow === 'checkout'
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
  call: OrderCall,
  lifecycle: OrderLifecycle,
  { window: editWindow, what }: { window: EditWindow | 'any'; what: string },
  change: (draft: WritableOrder) => Result,
): Promise<Result> {
  return call.store.lock.run(call.params.order_id, () =>
    changeLockedOrder(call, lifecycle, { window: editWindow, what }, change),
  )
}

/** `changeOrder` for a caller that already holds the order's lock. */
export async function changeLockedOrder<Result>(
  call: OrderCall,
  lifecycle: OrderLifecycle,
  { window: editWindow, what }: { window: EditWindow | 'any'; what: string },
  change: (draft: WritableOrder) => Result,
): Promise<Result> {
  const before = requireOrder(call)
  if (editWindow !== 'any') assertEditable(before, editWindow, what)
  const draft: WritableOrder = cloneJson(before)
  const result = change(draft)
  draft.total = boundedOrderTotal(draft)
  draft.lastModified = call.store.now().toISOString()
  const after = await lifecycle.beforeCommit(call, before, draft)
  after.total = deriveOrderTotal(after)
  await call.store.replaceOrder(after)
  lifecycle.afterCommit(call, before, after)
  return result
}
