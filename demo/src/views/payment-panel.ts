import type { Order } from 'norce-checkout-mock'
import { isFinalStatus } from '../../../src/domain/order-status.ts'
import type { Actions } from '../app-types.ts'
import { PAYMENT_METHODS } from '../catalogue.ts'
import { h, panel } from '../dom.ts'
import { formatMoney } from '../format.ts'
import { orderFigures } from '../order-figures.ts'
import { statusBadge } from './status-badge.ts'

/**
 * Payments, as a payment adapter would add them: a method and an amount (prefilled with what
 * is left to pay). Removing one sets its state to `removed`. Open until a final state.
 */
export function renderPayments(order: Order, actions: Actions): HTMLElement {
  const payments = order.payments ?? []
  const open = !isFinalStatus(order.state?.currentStatus ?? 'checkout')
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
              open && payment.state !== 'removed'
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
