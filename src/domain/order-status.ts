import type { OrderStatus } from './types.ts'

/** DECISIONS 5: where each status may go next. Skipping forward is allowed. */
const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  checkout: ['processing', 'accepted', 'completed', 'removed'],
  processing: ['checkout', 'accepted', 'completed', 'declined', 'removed'],
  accepted: ['completed', 'declined', 'removed'],
  completed: [],
  declined: [],
  removed: [],
}

/**
 * The six order statuses, in life order (DECISIONS 5).
 *
 * @example
 * import { ORDER_STATUSES } from 'norce-checkout-mock'
 *
 * ORDER_STATUSES // ['checkout', 'processing', 'accepted', 'completed', 'declined', 'removed']
 */
export const ORDER_STATUSES = Object.keys(NEXT) as OrderStatus[]

/**
 * `completed`, `declined` and `removed` end an order's life: nothing changes after them.
 *
 * @example
 * import { isFinalStatus } from 'norce-checkout-mock'
 *
 * isFinalStatus('accepted') // false
 * isFinalStatus('declined') // true
 */
export function isFinalStatus(status: OrderStatus): boolean {
  return NEXT[status].length === 0
}

/**
 * Whether an order in `from` may move to `to` (DECISIONS 5).
 *
 * @example
 * import { canTransition } from 'norce-checkout-mock'
 *
 * canTransition('checkout', 'completed') // true: skipping forward is allowed
 * canTransition('completed', 'checkout') // false: completed is final
 */
export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return NEXT[from].includes(to)
}

/**
 * Statuses that need every required consent checked (DECISIONS 5): moving an order there
 * with a required consent unchecked gets `409`.
 *
 * @example
 * import { needsRequiredConsents } from 'norce-checkout-mock'
 *
 * needsRequiredConsents('processing') // true
 * needsRequiredConsents('removed') // false
 */
export function needsRequiredConsents(status: OrderStatus): boolean {
  return status === 'processing' || status === 'accepted' || status === 'completed'
}

/**
 * The shortest legal way from `checkout` to `status`, both ends included: the transitions a
 * test makes to bring a new order to `status`.
 *
 * @example
 * import { pathFromCheckout } from 'norce-checkout-mock'
 *
 * pathFromCheckout('accepted') // ['checkout', 'processing', 'accepted']
 */
export function pathFromCheckout(status: OrderStatus): OrderStatus[] {
  switch (status) {
    case 'checkout':
      return ['checkout']
    case 'processing':
      return ['checkout', 'processing']
    case 'accepted':
      return ['checkout', 'processing', 'accepted']
    case 'completed':
      return ['checkout', 'processing', 'accepted', 'completed']
    case 'declined':
      return ['checkout', 'processing', 'declined']
    case 'removed':
      return ['checkout', 'removed']
  }
}
