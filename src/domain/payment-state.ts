import type { PaymentState } from './types.ts'

/**
 * Payment states the money has not moved in yet: a PSP can still void the payment
 * (`cancelled`). After `captured` or `credited` money has moved and only a `refund` undoes it.
 */
const NOT_TAKEN: readonly PaymentState[] = [
  'intent',
  'processing',
  'pending',
  'confirmed',
  'reserved',
  'failed',
  'declined',
]

/**
 * The payment state rules of decision 65, as `to ← allowed from`. States not listed as keys
 * may follow any state except `cancelled` and `refunded` (see `FINAL_AFTER`).
 */
const ONLY_AFTER: Partial<Record<PaymentState, readonly PaymentState[]>> = {
  cancelled: NOT_TAKEN,
  refunded: ['captured', 'credited'],
}

/** What may follow `cancelled` and `refunded`: `removed` clears a voided attempt; nothing else. */
const FINAL_AFTER: Partial<Record<PaymentState, readonly PaymentState[]>> = {
  cancelled: ['removed'],
  refunded: [],
}

/**
 * Whether a payment in state `from` may be put in state `to` (decision 65). The same state
 * again is always allowed (PUT replaces the payment; its amount may change, say).
 *
 * @example
 * import { canChangePaymentState } from 'norce-checkout-mock'
 *
 * canChangePaymentState('reserved', 'cancelled') // true: voided before capture
 * canChangePaymentState('captured', 'cancelled') // false: captured money is refunded
 * canChangePaymentState('captured', 'refunded') // true
 * canChangePaymentState('refunded', 'intent') // false: refunded is final
 */
export function canChangePaymentState(from: PaymentState, to: PaymentState): boolean {
  if (from === to) return true
  const after = FINAL_AFTER[from]
  if (after) return after.includes(to)
  const before = ONLY_AFTER[to]
  return before ? before.includes(from) : true
}

/** Why `from → to` is refused, for a 409 detail; `undefined` when it is allowed. */
export function paymentStateRule(from: PaymentState, to: PaymentState): string | undefined {
  if (canChangePaymentState(from, to)) return undefined
  if (from === 'refunded') return 'refunded is final'
  if (from === 'cancelled') return 'a cancelled payment can only be removed'
  if (to === 'refunded') return 'only a captured or credited payment can be refunded'
  return 'a captured or credited payment is refunded, not cancelled'
}

/**
 * The state an executed payment action of `type` puts its payment in: `capture` → `captured`,
 * `cancel` → `cancelled`, `refund` → `refunded` (matched case-insensitively); other actions
 * leave the state alone.
 *
 * @example
 * paymentStateAfterAction('Refund') // 'refunded'
 * paymentStateAfterAction('extend-authorization') // undefined
 */
export function paymentStateAfterAction(type: string): PaymentState | undefined {
  switch (type.trim().toLowerCase()) {
    case 'capture':
      return 'captured'
    case 'cancel':
      return 'cancelled'
    case 'refund':
      return 'refunded'
    default:
      return undefined
  }
}

/**
 * Whether a payment in `state` counts towards covering the order total (Validate, DECISIONS
 * 4): a `removed`, `cancelled` or `refunded` payment covers nothing (decision 65).
 *
 * @example
 * import { paymentCovers } from 'norce-checkout-mock'
 *
 * paymentCovers('reserved') // true
 * paymentCovers('cancelled') // false
 */
export function paymentCovers(state: PaymentState | undefined): boolean {
  return state !== 'removed' && state !== 'cancelled' && state !== 'refunded'
}
