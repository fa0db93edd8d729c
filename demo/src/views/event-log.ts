import { isFinalStatus } from 'norce-checkout-mock'
import type { Actions, OrderViewState } from '../app-types.ts'
import { h, panel } from '../dom.ts'
import { formatTime } from '../format.ts'
import { statusBadge } from './status-badge.ts'

/**
 * The Notification service's event log for the order (newest first), and a button that
 * registers a notification on state changes, delivered to the page's own origin.
 */
export function renderEventLog(state: OrderViewState, actions: Actions): HTMLElement {
  const { order, events, webhookUrl } = state
  const notifications = order.notifications ?? []
  const subscribed = notifications.some((notification) => notification.invoke === webhookUrl)
  const open = !isFinalStatus(order.state?.currentStatus ?? 'checkout')

  const subscribe = () =>
    actions.change('Notification registered', (client) =>
      client.addNotification(order.id as string, {
        reference: 'demo-page',
        description: 'Demo page: order state changes',
        scope: '/state/currentStatus',
        invoke: webhookUrl,
      }),
    )

  return panel(
    'Notification events',
    'event-log',
    h(
      'div',
      { class: 'row' },
      h(
        'span',
        { class: 'muted' },
        `${notifications.length} notification${notifications.length === 1 ? '' : 's'} registered`,
      ),
      subscribed || !open
        ? undefined
        : h('button', { testid: 'subscribe', onclick: subscribe }, 'Notify on state changes'),
      h('button', { testid: 'refresh-events', onclick: () => actions.refreshEvents() }, 'Refresh'),
    ),
    events.length === 0
      ? h('p', { class: 'muted' }, 'No events yet: they appear when a notification fires.')
      : h(
          'ol',
          { class: 'events' },
          events.map((event) =>
            h(
              'li',
              { testid: 'event', 'data-status': event.status },
              h(
                'div',
                {},
                h('code', {}, event.notification.scope ?? '/'),
                ' → ',
                h('strong', {}, String(valueAt(event.payload, event.notification.scope))),
              ),
              statusBadge(event.status),
              h(
                'small',
                { class: 'muted' },
                h('time', {}, formatTime(event.createdAt)),
                ` · ${event.deliveries.length} attempt${event.deliveries.length === 1 ? '' : 's'} · POST ${pathOf(event.deliveries.at(-1)?.url)}`,
              ),
            ),
          ),
        ),
  )
}

/** The value the notification saw: `payload.order` at the scope's JSON pointer. */
function valueAt(payload: unknown, scope: string | undefined): unknown {
  let value = (payload as { order?: unknown } | undefined)?.order
  for (const token of (scope ?? '').split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~')
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  }
  return typeof value === 'object' ? JSON.stringify(value) : value
}

function pathOf(url: string | undefined): string {
  if (!url) return 'not sent yet'
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}
