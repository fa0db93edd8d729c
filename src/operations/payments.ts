import { cloneJson } from '../domain/clone-json.ts'
import { paymentStateAfterAction, paymentStateRule } from '../domain/payment-state.ts'
import type {
  Order,
  Payment,
  PaymentAction,
  PaymentState,
  PaymentTransaction,
} from '../domain/types.ts'
import { ProblemError } from '../problems/index.ts'
import type { StoreInternals } from '../store/index.ts'
import type { OperationDeps } from './operation-deps.ts'
import type { OperationCall, OperationHandler } from './operation-types.ts'
import { assertEditable, changeLockedOrder, changeOrder, requireOrder } from './order-access.ts'

/**
 * Payments live on the order (`order.payments`) and are removed softly (`state: removed`);
 * their transactions are kept beside the order. Writable until a final state (DECISIONS 6).
 * Payment states follow the rules of decision 65 (`cancelled`, `refunded`).
 */
export function createPaymentOperations({
  lifecycle,
}: OperationDeps): Record<string, OperationHandler> {
  const window = { window: 'open', what: 'payments' } as const
  // Captures, refunds and their transactions come after completion (decision 29).
  const afterPayment = { window: 'after-payment', what: 'payments' } as const
  return {
    GetOrderPayments: (call) => ({
      status: 200,
      body: cloneJson(requireOrder(call).payments ?? []),
    }),

    async CreateOrderPayment(call) {
      const body = (call.body ?? {}) as Payment
      const id = await changeOrder(call, lifecycle, window, (order) => {
        const payment = ownedPayment(order, body, call.store.nextId('payment'), call.store)
        order.payments = [...(order.payments ?? []), payment]
        return payment.id as string
      })
      return { status: 201, body: { id }, headers: { location: `${call.path}/${id}` } }
    },

    GetOrderPayment: (call) => ({
      status: 200,
      body: cloneJson(requirePayment(requireOrder(call), call)),
    }),

    async UpdateOrderPayment(call) {
      const body = (call.body ?? {}) as Payment
      const updated = await changeOrder(call, lifecycle, afterPayment, (order) => {
        const existing = requirePayment(order, call)
        const payment = ownedPayment(
          order,
          { ...body, actions: body.actions ?? existing.actions },
          existing.id as string,
          call.store,
        )
        assertPaymentStateChange(order, existing, payment.state as PaymentState)
        order.payments = (order.payments ?? []).map((entry) =>
          entry.id === existing.id ? payment : entry,
        )
        return payment
      })
      return { status: 200, body: cloneJson(updated) }
    },

    async AddPaymentAction(call) {
      const actions = call.body as PaymentAction[]
      await changeOrder(call, lifecycle, afterPayment, (order) => {
        const existing = requirePayment(order, call)
        const added = actions.map((action) => ({ ...action, id: call.store.nextId('action') }))
        order.payments = (order.payments ?? []).map((entry) =>
          entry.id === existing.id
            ? { ...entry, actions: [...(entry.actions ?? []), ...added] }
            : entry,
        )
      })
      return { status: 200 }
    },

    async ExecutePaymentAction(call) {
      const actionId = call.params.action_id ?? ''
      await call.store.lock.run(call.params.order_id ?? '', async () => {
        const order = requireOrder(call)
        assertEditable(order, 'after-payment', 'payments')
        const payment = requirePayment(order, call)
        const action = (payment.actions ?? []).find((candidate) => candidate.id === actionId)
        if (!action) {
          throw new ProblemError(
            'action-not-found',
            `Payment action with id:${actionId} not found on payment ${payment.id}.`,
          )
        }
        // A capture, cancel or refund puts the payment in its state (decision 65), as the PSP
        // adapter would report it; the change runs through hooks like any other.
        const implied = paymentStateAfterAction(action.type)
        if (implied !== undefined && implied !== payment.state) {
          await changeLockedOrder(call, lifecycle, afterPayment, (draft) => {
            const current = requirePayment(draft, call)
            assertPaymentStateChange(draft, current, implied)
            draft.payments = (draft.payments ?? []).map((entry) =>
              entry.id === current.id ? { ...entry, state: implied } : entry,
            )
          })
        }
        // The mock records the execution as a successful `paymentAction` transaction.
        await call.store.addTransaction({
          orderId: order.id as string,
          paymentId: payment.id as string,
          transaction: {
            event: 'paymentAction',
            pspEvent: action.type,
            amount: payment.amount,
            isSuccess: true,
            created: call.store.now().toISOString(),
            paymentAction: cloneJson(action),
          },
        })
      })
      return { status: 200 }
    },

    GetTransactionsForOrderPayment(call) {
      const order = requireOrder(call)
      const payment = requirePayment(order, call)
      return {
        status: 200,
        body: cloneJson(call.store.transactionsOf(order.id as string, payment.id as string)),
      }
    },

    async AddTransactionForOrderPayment(call) {
      const transaction = await call.store.lock.run(call.params.order_id ?? '', async () => {
        const order = requireOrder(call)
        assertEditable(order, 'after-payment', 'payments')
        const payment = requirePayment(order, call)
        const stored: PaymentTransaction = {
          ...((call.body ?? {}) as PaymentTransaction),
          created: call.store.now().toISOString(),
        }
        await call.store.addTransaction({
          orderId: order.id as string,
          paymentId: payment.id as string,
          transaction: stored,
        })
        return stored
      })
      return { status: 200, body: cloneJson(transaction) }
    },
  }
}

/** A payment with the fields the order owns: id, order id, tenant, and defaults. */
function ownedPayment(order: Order, body: Payment, id: string, store: StoreInternals): Payment {
  return {
    ...body,
    id,
    orderId: order.id,
    merchant: order.merchant,
    channel: order.channel,
    currency: body.currency ?? order.currency,
    state: body.state ?? 'intent',
    ...(body.actions && {
      actions: body.actions.map((action) => ({
        ...action,
        id: action.id ?? store.nextId('action'),
      })),
    }),
  } as Payment
}

/** A 409 `illegal-transition` when the payment may not move to `to` (decision 65). */
function assertPaymentStateChange(order: Order, payment: Payment, to: PaymentState): void {
  const from = (payment.state ?? 'intent') as PaymentState
  const rule = paymentStateRule(from, to)
  if (rule !== undefined) {
    throw new ProblemError(
      'illegal-transition',
      `Payment ${payment.id} on order ${order.id} cannot move from ${from} to ${to}: ${rule}.`,
    )
  }
}

function requirePayment(order: Order, call: OperationCall): Payment {
  const paymentId = call.params.payment_id ?? ''
  const payment = (order.payments ?? []).find((candidate) => candidate.id === paymentId)
  if (!payment)
    throw new ProblemError(
      'payment-not-found',
      `Payment with id:${paymentId} not found on order ${order.id}.`,
    )
  return payment
}
