import { cloneJson } from '../domain/clone-json.ts'
import { paymentStateAfterAction, paymentStateRule } from '../domain/payment-state.ts'
import type { Order, Payment, PaymentState, PaymentTransaction } from '../domain/types.ts'
import { ProblemError } from '../problems/index.ts'
import type { StoreInternals } from '../store/index.ts'
import { type IdPolicy, sentIdPolicy } from './new-ids.ts'
import type { OperationDeps } from './operation-deps.ts'
import type { OrderOperationTable } from './operation-types.ts'
import { assertEditable, changeLockedOrder, changeOrder, requireOrder } from './order-access.ts'
import { createOwnedEntryOperations, type OwnedEntries, requireEntry } from './owned-entries.ts'

const PAYMENTS: OwnedEntries<Payment, 'payment_id', Payment | undefined> = {
  noun: 'Payment',
  notFound: 'payment-not-found',
  param: 'payment_id',
  entriesOf: (order) => order.payments,
  setEntries(order, payments) {
    order.payments = payments
  },
  newId: (call) => call.store.nextId('payment'),
  own(order, body, id, call, existing) {
    const actions = body?.actions ?? existing?.actions
    // On v1 action ids are read-only: only those the payment holds are kept (decision 67).
    const keep = sentIdPolicy(
      call,
      (existing?.actions ?? []).map((action) => action.id),
    )
    const payment = ownedPayment(order, { ...body, actions }, id, call.store, keep)
    if (existing) assertPaymentStateChange(order, existing, payment.state as PaymentState)
    return payment
  },
  // Captures, refunds and their transactions come after completion (decision 29).
  windows: { create: 'open', update: 'after-payment' },
}

/**
 * Payments live on the order (`order.payments`) and are removed softly (`state: removed`);
 * their transactions are kept beside the order. Writable until a final state (DECISIONS 6).
 * Payment states follow the rules of decision 65 (`cancelled`, `refunded`).
 */
export function createPaymentOperations({ lifecycle }: OperationDeps) {
  const payments = createOwnedEntryOperations(PAYMENTS, lifecycle)
  const afterPayment = { window: 'after-payment', what: 'payments' } as const
  return {
    GetOrderPayments: payments.list,
    CreateOrderPayment: payments.create,
    GetOrderPayment: payments.read,
    UpdateOrderPayment: payments.replace,

    async AddPaymentAction(call) {
      await changeOrder(call, lifecycle, afterPayment, (order) => {
        const existing = requireEntry(PAYMENTS, order, call)
        const added = call.body.map((action) => ({ ...action, id: call.store.nextId('action') }))
        order.payments = (order.payments ?? []).map((entry) =>
          entry.id === existing.id
            ? { ...entry, actions: [...(entry.actions ?? []), ...added] }
            : entry,
        )
      })
      return { status: 200 }
    },

    async ExecutePaymentAction(call) {
      const actionId = call.params.action_id
      await call.store.lock.run(call.params.order_id, async () => {
        const order = requireOrder(call)
        assertEditable(order, 'after-payment', 'payments')
        const payment = requireEntry(PAYMENTS, order, call)
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
            const current = requireEntry(PAYMENTS, draft, call)
            assertPaymentStateChange(draft, current, implied)
            draft.payments = (draft.payments ?? []).map((entry) =>
              entry.id === current.id ? { ...entry, state: implied } : entry,
            )
          })
        }
        // The mock records the execution as a successful `paymentAction` transaction.
        await call.store.addTransaction({
          orderId: call.params.order_id,
          paymentId: call.params.payment_id,
          transaction: {
            event: 'paymentAction',
            pspEvent: action.type,
            ...(payment.amount !== undefined && { amount: payment.amount }),
            isSuccess: true,
            created: call.store.now().toISOString(),
            paymentAction: cloneJson(action),
          },
        })
      })
      return { status: 200 }
    },

    GetTransactionsForOrderPayment(call) {
      requireEntry(PAYMENTS, requireOrder(call), call)
      const { order_id: orderId, payment_id: paymentId } = call.params
      return { status: 200, body: cloneJson(call.store.transactionsOf(orderId, paymentId)) }
    },

    async AddTransactionForOrderPayment(call) {
      const transaction = await call.store.lock.run(call.params.order_id, async () => {
        const order = requireOrder(call)
        assertEditable(order, 'after-payment', 'payments')
        requireEntry(PAYMENTS, order, call)
        const stored: PaymentTransaction = {
          ...call.body,
          created: call.store.now().toISOString(),
        }
        await call.store.addTransaction({
          orderId: call.params.order_id,
          paymentId: call.params.payment_id,
          transaction: stored,
        })
        return stored
      })
      return { status: 200, body: cloneJson(transaction) }
    },
  } satisfies Partial<OrderOperationTable>
}

/** A payment with the fields the order owns: id, order id, tenant, and defaults. */
function ownedPayment(
  order: Order,
  body: Omit<Partial<Payment>, 'actions'> & { actions?: Payment['actions'] | undefined },
  id: string,
  store: StoreInternals,
  keep: IdPolicy,
): Payment {
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
        id: keep(action.id) ?? store.nextId('action'),
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
