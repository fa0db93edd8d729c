import { cartTotalOf } from '../domain/order-totals.ts'
import type { Cart } from '../domain/types.ts'

/**
 * Warns (console.warn) when a cart with items arrives without `total`. The mock then counts
 * the sum of the item totals (decision 7); Norce stores the cart total a client sends, so a
 * client that leaves it out would see a different `order.total` against the live API
 * (decision 109).
 */
export function warnOnCartWithoutTotal(orderId: string | undefined, cart: Cart | undefined): void {
  if (!cart || cart.total !== undefined || (cart.items ?? []).length === 0) return
  const { includingVat } = cartTotalOf(cart)
  console.warn(
    `norce-checkout-mock: order ${orderId}: the cart has ${cart.items?.length} item(s) but no total. order.total is the cart total as sent plus live shippings; without one the mock counts the sum of the item totals (${includingVat} incl. VAT). Send cart.total: Norce stores it as sent.`,
  )
}
