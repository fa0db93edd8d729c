import type { Order } from 'norce-checkout-mock'
import type { Actions } from '../app-types.ts'
import { h } from '../dom.ts'
import { formatPrice, formatTime } from '../format.ts'
import { statusBadge } from './status-badge.ts'

/** The demo tenant's orders: one row each, a click opens it. */
export function renderOrderList(orders: readonly Order[], actions: Actions): HTMLElement {
  const counts = new Map<string, number>()
  for (const order of orders) {
    const status = order.state?.currentStatus ?? 'checkout'
    counts.set(status, (counts.get(status) ?? 0) + 1)
  }
  return h(
    'section',
    { class: 'panel order-list', testid: 'order-list' },
    h('h2', {}, `${orders.length} orders`),
    h(
      'p',
      { class: 'muted' },
      [...counts].map(([status, count]) =>
        h('span', { class: 'count' }, statusBadge(status), ` ${count}`),
      ),
    ),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Order', 'Reference', 'Status', 'Items', 'Total', 'Modified'].map((title) =>
            h('th', {}, title),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        orders.map((order) =>
          h(
            'tr',
            {
              testid: 'order-row',
              'data-order-id': order.id,
              'data-status': order.state?.currentStatus,
              onclick: () => actions.openOrder(order.id as string),
            },
            h('td', {}, h('button', { class: 'link' }, order.id)),
            h('td', {}, order.reference ?? '–'),
            h('td', {}, statusBadge(order.state?.currentStatus)),
            h('td', { class: 'number' }, String(order.cart?.items?.length ?? 0)),
            h('td', { class: 'number' }, formatPrice(order.total, order)),
            h('td', {}, formatTime(order.lastModified)),
          ),
        ),
      ),
    ),
  )
}
