import type { Order } from 'norce-checkout-mock'
import { h, panel } from '../dom.ts'
import { formatMoney } from '../format.ts'
import { orderFigures } from '../order-figures.ts'

/** Totals: the derived `order.total` and what the payments cover. */
export function renderSummary(order: Order): HTMLElement {
  const figures = orderFigures(order)
  const row = (label: string, amount: number, testid: string, strong = false) =>
    h(
      'tr',
      { class: strong ? 'strong' : '' },
      h('th', {}, label),
      h('td', { class: 'number', testid }, formatMoney(amount, order)),
    )
  return panel(
    'Totals',
    'totals',
    h(
      'table',
      { class: 'figures' },
      h(
        'tbody',
        {},
        row('Cart', figures.cart, 'cart-total'),
        row('Shipping', figures.shipping, 'shipping-total'),
        row('Order total', figures.total, 'order-total', true),
        row('of which VAT', figures.vat, 'vat'),
        row('Paid', figures.paid, 'paid'),
        row('Left to pay', figures.leftToPay, 'left-to-pay', true),
      ),
    ),
  )
}
