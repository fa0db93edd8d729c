import type { Address } from '../domain/types.ts'
import { warnOnCartWithoutTotal } from './cart-total-warning.ts'
import { withAddress } from './fill-customer.ts'
import { itemIdsOf, sentIdPolicy, withItemIds } from './new-ids.ts'
import type { OperationDeps } from './operation-deps.ts'
import type { OperationCall, OperationResult, OrderOperationTable } from './operation-types.ts'
import { changeOrder } from './order-access.ts'

/** What the customer edits during checkout: the cart and the two addresses (DECISIONS 6, 7). */
export function createCartAndCustomerOperations({ lifecycle }: OperationDeps) {
  const updateAddress =
    (which: 'billing' | 'shipping') =>
    async (call: OperationCall<Address, { order_id: string }>): Promise<OperationResult> => {
      await changeOrder(
        call,
        lifecycle,
        { window: 'checkout', what: `the ${which} address` },
        (order) => {
          order.customer = withAddress(order.customer, which, call.body)
        },
      )
      return { status: 200 }
    }

  return {
    async UpdateCheckoutOrderCart(call) {
      const cart = call.body
      await changeOrder(call, lifecycle, { window: 'checkout', what: 'the cart' }, (order) => {
        // Prices are the platform's and are stored as sent; only order.total is derived.
        const keep = sentIdPolicy(call, itemIdsOf(order.cart?.items))
        order.cart = { ...cart, items: withItemIds(cart.items, call.store, keep) ?? [] }
      })
      warnOnCartWithoutTotal(call.params.order_id, cart)
      return { status: 200 }
    },
    UpdateCheckoutOrderCustomerBilling: updateAddress('billing'),
    UpdateCheckoutOrderCustomerShipping: updateAddress('shipping'),
  } satisfies Partial<OrderOperationTable>
}
