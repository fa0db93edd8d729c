import { roundMoney } from '../domain/money.ts'
import { paymentCovers } from '../domain/payment-state.ts'
import type { Order, ValidationError } from '../domain/types.ts'
import type { OperationDeps } from './operation-deps.ts'
import type { OrderOperationTable } from './operation-types.ts'
import { assertEditable, requireOrder } from './order-access.ts'

/**
 * The basic requirements checked before any validation callback (DECISIONS 4): the cart has
 * an item, and when the order total is above zero the live payments (not `removed`, `cancelled`
 * or `refunded`, decision 65) cover it exactly. Built-in
 * failures carry no `adapterId` (no adapter failed).
 */
function runBuiltInChecks(order: Order): ValidationError[] {
  const failures: ValidationError[] = []
  if ((order.cart?.items ?? []).length === 0) failures.push({ code: 'cart-empty' })
  const total = order.total?.includingVat ?? 0
  if (total > 0) {
    const paid = roundMoney(
      (order.payments ?? [])
        .filter((payment) => paymentCovers(payment.state))
        .reduce((sum, payment) => sum + (payment.amount ?? 0), 0),
    )
    if (paid !== roundMoney(total)) failures.push({ code: 'payments-do-not-cover-total' })
  }
  return failures
}

export function createValidateOperations({ runValidationCallbacks }: OperationDeps) {
  return {
    async Validate(call) {
      const order = requireOrder(call)
      assertEditable(order, 'open', 'validation')
      const failures = [...runBuiltInChecks(order), ...(await runValidationCallbacks(call, order))]
      return failures.length === 0 ? { status: 200, body: [] } : { status: 400, body: failures }
    },
  } satisfies Partial<OrderOperationTable>
}
