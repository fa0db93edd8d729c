import type { Order, Payment, PaymentState } from 'norce-checkout-mock'
import { canChangePaymentState, isFinalStatus } from 'norce-checkout-mock'
import type { Actions } from '../app-types.ts'
import { PAYMENT_METHODS } from '../catalogue.ts'
import { h, panel } from '../dom.ts'
import { formatMoney } from '../format.ts'
import { orderFigures } from '../order-figures.ts'
import { statusBadge } from './status-badge.ts'

/**
 * Payments, as a payment adapter would add them: a method and an amount (prefilled with what
 * is left to pay). Removing one sets its state to `removed`. Open until a final state. Capture,
 * cancel and refund move a payment the way its PSP adapter would (decision 65); they stay
 * available after completion (after-payment, decision 29), offered only where the payment
 * state rules allow them.
 */
export function renderPayments(order: Order, actions: Actions): HTMLElement {
  const payments = order.payments ?? []
  const status = order.state?.currentStatus ?? 'checkout'
  const open = !isFinalStatus(status)
  const afterPayment = status !== 'declined' && status !== 'removed'
  const left = Math.max(0, orderFigures(order).leftToPay)

  const method = h(
    'select',
    { testid: 'payment-method', 'aria-label': 'Payment method' },
    PAYMENT_METHODS.map((entry) => h('option', { value: entry.adapterId }, entry.name)),
  )
  const amount = h('input', {
    type: 'number',
    step: '0.01',
    min: '0',
    value: left.toFixed(2),
    testid: 'payment-amount',
    'aria-label': 'Amount',
  })
  const add = () => {
    const chosen =
      PAYMENT_METHODS.find((entry) => entry.adapterId === method.value) ?? PAYMENT_METHODS[0]
    return actions.change(`${chosen.name} payment added`, (client) =>
      client.addPayment(order.id as string, {
        adapterId: chosen.adapterId,
        name: chosen.name,
        type: 'default',
        amount: Number(amount.value),
        state: 'intent',
      }),
    )
  }

  return panel(
    'Payment',
    'payment',
    payments.length === 0
      ? h('p', { class: 'muted' }, 'No payments yet.')
      : h(
          'ul',
          { class: 'plain' },
          payments.map((payment) =>
            h(
              'li',
              { class: payment.state === 'removed' ? 'removed' : '', testid: 'payment-entry' },
              `${payment.name ?? payment.adapterId ?? payment.id} · ${formatMoney(payment.amount, order)} `,
              statusBadge(payment.state),
              afterPayment ? stateButtons(order, payment, actions) : undefined,
              open && canMove(payment, 'removed')
                ? h(
                    'button',
                    {
                      class: 'icon',
                      'aria-label': `Remove payment ${payment.id}`,
                      onclick: () =>
                        actions.change('Payment removed', (client) =>
                          client.updatePayment(order.id as string, {
                            ...payment,
                            state: 'removed',
                          }),
                        ),
                    },
                    '✕',
                  )
                : undefined,
            ),
          ),
        ),
    open
      ? h(
          'div',
          { class: 'row' },
          method,
          amount,
          h('button', { class: 'primary', testid: 'add-payment', onclick: add }, 'Add payment'),
        )
      : undefined,
  )
}

/** The PSP moves the demo offers, as [label, state the payment goes to]. */
const MOVES: ReadonlyArray<readonly [string, PaymentState]> = [
  ['Capture', 'captured'],
  ['Cancel', 'cancelled'],
  ['Refund', 'refunded'],
]

function canMove(payment: Payment, to: PaymentState): boolean {
  const from = payment.state ?? 'intent'
  return from !== to && from !== 'removed' && canChangePaymentState(from, to)
}

/** Capture, cancel and refund buttons for the moves the payment state rules allow. */
function stateButtons(order: Order, payment: Payment, actions: Actions): HTMLElement[] {
  return MOVES.filter(([, to]) => canMove(payment, to)).map(([label, to]) =>
    h(
      'button',
      {
        class: 'small',
        testid: `payment-${to}`,
        'aria-label': `${label} payment ${payment.id}`,
        onclick: () =>
          actions.change(`Payment ${to}`, (client) =>
            client.updatePayment(order.id as string, { ...payment, state: to }),
          ),
      },
      label,
    ),
  )
}
