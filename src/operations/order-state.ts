import { canTransition, needsRequiredConsents } from '../domain/order-status.ts'
import type { OrderStatus, State } from '../domain/types.ts'
import type { OperationDeps } from './operation-deps.ts'
import type { OperationHandler } from './operation-types.ts'
import { changeOrder } from './order-access.ts'
import { ProblemError } from './problem-error.ts'

/** UpdateCheckoutOrderState: the state machine of DECISIONS 5. */
export function createStateOperations({
  lifecycle,
}: OperationDeps): Record<string, OperationHandler> {
  return {
    async UpdateCheckoutOrderState(call) {
      const requested = (call.body as State).currentStatus as OrderStatus
      await changeOrder(call, lifecycle, { window: 'any', what: 'the state' }, (order) => {
        const current = order.state?.currentStatus ?? 'checkout'
        // PUT is idempotent: asking for the current status again changes nothing.
        if (current === requested) return
        if (!canTransition(current, requested)) {
          throw new ProblemError(
            'illegal-transition',
            `Order ${order.id} cannot move from ${current} to ${requested}.`,
          )
        }
        if (needsRequiredConsents(requested)) {
          const unchecked = (order.consents ?? []).filter(
            (consent) => consent.required && consent.checked !== true,
          )
          if (unchecked.length > 0) {
            throw new ProblemError(
              'consent-required',
              `Order ${order.id} cannot move to ${requested}: required consents are not checked: ${unchecked.map((consent) => consent.id).join(', ')}.`,
            )
          }
        }
        const transitions = [
          ...(order.state?.transitions ?? []),
          { status: requested, timeStamp: call.store.now().toISOString() },
        ]
        order.state = { currentStatus: requested, transitions }
      })
      return { status: 200 }
    },
  }
}
