import { deriveOrderTotal } from '../domain/order-totals.ts'
import type { Order, Price } from '../domain/types.ts'
import { invalidRequest } from '../problems/index.ts'
import { orderApiDocument } from '../validation/index.ts'

/**
 * The largest amount the contract allows (`Price.includingVat.maximum` in `openapi/order.yaml`,
 * issue 15 finding 11): read from the contract, not restated.
 */
const MAX_MONEY_AMOUNT: number = (() => {
  const price = orderApiDocument.components?.schemas?.Price as
    | { properties?: { includingVat?: { maximum?: number } } }
    | undefined
  const maximum = price?.properties?.includingVat?.maximum
  if (typeof maximum !== 'number') {
    throw new Error('Failed to read Price.includingVat.maximum from openapi/order.yaml.')
  }
  return maximum
})()

/**
 * `order.total` derived from cart and shippings, refused with a 400 when the sum leaves the
 * contract's money range (each amount may be within it while 500 of them add up past it).
 *
 * @example
 * order.total = boundedOrderTotal(order) // throws validation-failed past ±10^12
 */
export function boundedOrderTotal(order: Pick<Order, 'cart' | 'shippings'>): Required<Price> {
  const total = deriveOrderTotal(order)
  for (const field of ['includingVat', 'excludingVat'] as const) {
    const amount = total[field]
    if (!(Math.abs(amount) <= MAX_MONEY_AMOUNT)) {
      throw invalidRequest(
        'body',
        'maximum',
        `makes the order total ${field} ${amount}, outside the mock's money range of ±${MAX_MONEY_AMOUNT}`,
      )
    }
  }
  return total
}
