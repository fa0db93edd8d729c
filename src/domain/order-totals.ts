import { sumPrices } from './money.ts'
import type { Cart, Order, Price } from './types.ts'

/** The cart's total, or the sum of its item totals when the cart carries none (DECISIONS 7). */
export function cartTotalOf(cart: Cart | undefined): Required<Price> {
  if (cart?.total?.includingVat !== undefined || cart?.total?.excludingVat !== undefined) {
    return sumPrices([cart.total])
  }
  return sumPrices((cart?.items ?? []).map((item) => item.total))
}

/**
 * `order.total` as the kit always derives it (DECISIONS 7): the cart total plus the totals of
 * shippings whose state is not `removed`.
 *
 * @example
 * deriveOrderTotal({ cart: { total: { includingVat: 100, excludingVat: 80 } }, shippings: [] })
 * // → { includingVat: 100, excludingVat: 80 }
 */
export function deriveOrderTotal(order: {
  cart?: Order['cart'] | undefined
  shippings?: Order['shippings'] | undefined
}): Required<Price> {
  const liveShippings = (order.shippings ?? []).filter((shipping) => shipping.state !== 'removed')
  return sumPrices([cartTotalOf(order.cart), ...liveShippings.map((shipping) => shipping.total)])
}
