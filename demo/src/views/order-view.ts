import type { Actions, OrderViewState } from '../app-types.ts'
import { h } from '../dom.ts'
import { renderAddresses } from './address-form.ts'
import { renderCart } from './cart-editor.ts'
import { renderConsents } from './consents-panel.ts'
import { renderEventLog } from './event-log.ts'
import { renderPayments } from './payment-panel.ts'
import { renderShipping } from './shipping-choice.ts'
import { renderStatePanel } from './state-panel.ts'
import { statusBadge } from './status-badge.ts'
import { renderSummary } from './summary-panel.ts'

/** One order: the checkout steps on the left, totals, state and event log on the right. */
export function renderOrderView(
  state: OrderViewState,
  actions: Actions,
): { element: HTMLElement; eventSlot: HTMLElement } {
  const { order } = state
  const status = order.state?.currentStatus ?? 'checkout'
  const eventSlot = h('div', { class: 'slot' }, renderEventLog(state, actions))
  const element = h(
    'article',
    { class: 'order', testid: 'order-view', 'data-order-id': order.id, 'data-status': status },
    h(
      'div',
      { class: 'order-title' },
      h(
        'button',
        { class: 'link', testid: 'back', onclick: () => actions.showList() },
        '← All orders',
      ),
      h('h1', {}, `Order ${order.id}`),
      statusBadge(status, 'order-status'),
      h(
        'span',
        { class: 'muted' },
        `ref ${order.reference ?? '–'} · ${order.culture} · ${order.currency} · ${order.channel}`,
      ),
    ),
    h(
      'div',
      { class: 'columns' },
      h(
        'div',
        { class: 'column' },
        renderCart(order, actions),
        renderConsents(order, actions),
        renderAddresses(order, actions),
        renderShipping(order, actions),
        renderPayments(order, actions),
      ),
      h(
        'div',
        { class: 'column' },
        renderSummary(order),
        renderStatePanel(state, actions),
        eventSlot,
      ),
    ),
  )
  return { element, eventSlot }
}
