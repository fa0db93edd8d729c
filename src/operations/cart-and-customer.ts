import type { Address, Cart } from '../domain/types.ts'
import { withAddress } from './fill-customer.ts'
import { withItemIds } from './new-ids.ts'
import type { OperationDeps } from './operation-deps.ts'
import type { OperationHandler } from './operation-types.ts'
import { changeOrder } from './order-access.ts'

/** What the customer edits during checkout: the cart and the two addresses (DECISIONS 6, 7). */
export function createCartAndCustomerOperations({
  lifecycle,
}: OperationDeps): Record<string, OperationHandler> {
  const updateAddress =
    (which: 'billing' | 'shipping'): OperationHandler =>
    async (call) => {
      await changeOrder(
        call,
        lifecycle,
        { window: 'checkout', what: `the ${which} address` },
        (order) => {
          order.customer = withAddress(order.customer, which, call.body as Address)
        },
      )
      return { status: 200 }
    }

  return {
    async UpdateCheckoutOrderCart(call) {
      const cart = call.body as Cart
      await changeOrder(call, lifecycle, { window: 'checkout', what: 'the cart' }, (order) => {
        // Prices are the platform's and are stored as sent; only order.total is derived.
        order.cart = { ...cart, items: withItemIds(cart.items, call.store) ?? [] }
      })
      return { status: 200 }
    },
    UpdateCheckoutOrderCustomerBilling: updateAddress('billing'),
    UpdateCheckoutOrderCustomerShipping: updateAddress('shipping'),
  }
}
