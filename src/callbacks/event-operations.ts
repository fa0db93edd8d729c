import type { operations } from '../generated/notification-api.ts'
import type { OperationCall, OperationTable } from '../operations/index.ts'
import { ProblemError } from '../problems/index.ts'
import type { NotificationEvent } from '../store/index.ts'
import type { Notifier } from './notifications.ts'

/** The Notification service's event log (`openapi/notification.yaml`), per merchant. */
export function createEventOperations(notifier: Notifier): OperationTable<operations> {
  const requireEvent = (call: OperationCall<unknown, { event_id: string }>): NotificationEvent => {
    const eventId = call.params.event_id
    const event = call.store.events.get(eventId)
    if (!event || event.merchant !== call.tenant.merchant) {
      throw new ProblemError('event-not-found', `Event with id:${eventId} not found.`)
    }
    return event
  }

  return {
    GetEvents(call) {
      const { query } = call
      const orderId = query.order_id ?? query.orderId
      // Filtered and paged on summaries: only the page's events are copied whole.
      const matches = call.store.events
        .summaries()
        .filter(
          (event) =>
            event.merchant === call.tenant.merchant &&
            (orderId === undefined || event.orderId === orderId) &&
            (query.channel === undefined || event.channel === query.channel) &&
            (query.adapter_id === undefined || event.notification.adapterId === query.adapter_id) &&
            (query.reference === undefined || event.notification.reference === query.reference),
        )
        .reverse()
      const offset = Number(query.offset ?? 0)
      const limit = Number(query.limit ?? 10)
      const data = matches
        .slice(offset, offset + limit)
        .flatMap((event) => call.store.events.get(event.id) ?? [])
      return {
        status: 200,
        body: { data, pagination: { offset, limit, size: data.length, totalSize: matches.length } },
      }
    },

    GetEvent: (call) => ({ status: 200, body: requireEvent(call) }),

    async RetryEvent(call) {
      const event = requireEvent(call)
      await notifier.redeliver(call.store, event.id)
      return { status: 200 }
    },
  }
}
