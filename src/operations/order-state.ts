import { canTransition, needsRequiredConsents } from '../domain/order-status.ts'
import { ProblemError } from '../problems/index.ts'
import type { OperationDeps } from './operation-deps.ts'
import type { OrderOperationTable } from './operation-types.ts'
import { changeOrder } from './order-access.ts'

/** UpdateCheckoutOrderState: the state machine of DECISIONS 5. */
export function createStateOperations({ lifecycle }: OperationDeps) {
  return {
    async UpdateCheckoutOrderState(call) {
      const requested = call.body.currentStatus
      await changeOrder(call, lifecycle, { window: 'any', what: 'the state' }, (order) => {
        const current = order.state?.currentStatus ?? 'checkout'
        // Asking for the current status again is no transition: of two clients racing the same
        // move, one wins and the other learns it lost (409), decision 27.
        if (current === requested) {
          throw new ProblemError('illegal-transition', `Order ${order.id} is already ${current}.`)
        }
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
        const previous = order.state?.transitions ?? []
        // Transitions are history: each one later than the last, even within one millisecond.
        const last = Date.parse(previous.at(-1)?.timeStamp ?? '') || 0
        const time = Math.max(call.store.now().getTime(), last + 1)
        const transitions = [
          ...previous,
          { status: requested, timeStamp: new Date(time).toISOString() },
        ]
        order.state = { currentStatus: requested, transitions }
      })
      return { status: 200 }
    },
  } satisfies Partial<OrderOperationTable>
}
