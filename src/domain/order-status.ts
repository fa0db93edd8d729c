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

export const ORDER_STATUSES = Object.keys(NEXT) as OrderStatus[]

/** `completed`, `declined` and `removed` end an order's life: nothing changes after them. */
export function isFinalStatus(status: OrderStatus): boolean {
  return NEXT[status].length === 0
}

/**
 * Whether an order in `from` may move to `to` (DECISIONS 5).
 *
 * @example
 * canTransition('checkout', 'completed') // true: skipping forward is allowed
 * canTransition('completed', 'checkout') // false: completed is final
 */
export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return NEXT[from].includes(to)
}

/** Statuses that need every required consent checked (DECISIONS 5). */
export function needsRequiredConsents(status: OrderStatus): boolean {
  return status === 'processing' || status === 'accepted' || status === 'completed'
}

/** The shortest legal way from `checkout` to `status`, both ends included. */
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
