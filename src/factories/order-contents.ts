import type { OrderStatus, PaymentState, ShippingState } from '../domain/types.ts'

/** What the payments of an order in each status look like. */
export const PAYMENT_STATE_BY_STATUS: Record<OrderStatus, PaymentState> = {
  checkout: 'intent',
  processing: 'processing',
  accepted: 'reserved',
  completed: 'captured',
  declined: 'declined',
  removed: 'removed',
}

/** What the live shipping of an order in each status looks like. */
export const SHIPPING_STATE_BY_STATUS: Record<OrderStatus, ShippingState> = {
  checkout: 'intent',
  processing: 'intent',
  accepted: 'confirmed',
  completed: 'confirmed',
  declined: 'failed',
  removed: 'intent',
}

/** Orders past the customer's part of the checkout carry a full set of contents. */
export function needsFullContents(status: OrderStatus): boolean {
  return (
    status === 'processing' ||
    status === 'accepted' ||
    status === 'completed' ||
    status === 'declined'
  )
}
