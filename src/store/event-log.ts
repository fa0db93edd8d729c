import { Collection } from '@msw/data'
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { cloneJson } from '../domain/clone-json.ts'
import type { components } from '../generated/notification-api.ts'
import { getNotificationApiValidator } from '../validation/index.ts'
import { createContractSchema } from './contract-schema.ts'

/**
 * One notification the mock sent (or is sending) about an order change, with its delivery
 * attempts: what the notification event log (`GET /checkout/notification/api/v1/events`) and
 * `store.events` hold. Generated from `openapi/notification.yaml`.
 *
 * @example
 * import type { NotificationEvent } from 'norce-checkout-mock'
 *
 * const event: NotificationEvent = await mock.store.events.waitFor({ orderId, scope: '/state/currentStatus' })
 * event.status // 'delivered'
 */
export type NotificationEvent = components['schemas']['NotificationEvent']

/**
 * One try at delivering a {@link NotificationEvent}: when, to which URL, and how it ended.
 *
 * @example
 * const [first] = event.deliveries
 * first?.outcome // 'delivered'
 * first?.status // 204
 */
export type DeliveryAttempt = components['schemas']['DeliveryAttempt']

/**
 * One hook or validation callback call the mock made (notifications are in the events):
 * what `store.events.journal()` and `GET /__admin/callbacks` list.
 *
 * @example
 * import type { CallbackJournalEntry } from 'norce-checkout-mock'
 *
 * const calls: CallbackJournalEntry[] = mock.store.events.journal()
 * calls.filter((call) => call.kind === 'validation' && call.outcome !== 'answered')
 */
export interface CallbackJournalEntry {
  time: string
  kind: 'hook' | 'validation'
  orderId: string
  callbackId?: string
  adapterId?: string
  url: string
  outcome: 'answered' | 'failed' | 'refused'
  status?: number
  durationMs: number
  error?: string
}

/**
 * Which notification events to list or wait for: every field given must match.
 *
 * @example
 * import type { EventFilter } from 'norce-checkout-mock'
 *
 * const statusChanges: EventFilter = { orderId, scope: '/state/currentStatus' }
 * mock.store.events.list(statusChanges)
 */
export interface EventFilter {
  orderId?: string
  notificationId?: string
  /** The notification's `scope`, e.g. `/state/currentStatus`. */
  scope?: string
  merchant?: string
  status?: NotificationEvent['status']
}

/**
 * The notification event log and the callback journal of a store.
 *
 * @example
 * await api.put(`/orders/${id}/state`, { currentStatus: 'completed' })
 * const event = await store.events.waitFor({ orderId: id, scope: '/state/currentStatus' })
 * event.status // 'delivered'
 */
export interface EventLog {
  /** Copies of the recorded events, oldest first. */
  list(filter?: EventFilter): NotificationEvent[]
  get(eventId: string): NotificationEvent | undefined
  /**
   * Resolves with the first event matching `filter` whose latest delivery attempt has ended
   * (already recorded, or when it is); rejects after `timeoutMs` (default 5,000) naming what
   * was recorded instead. No sleeps needed in tests.
   */
  waitFor(filter: EventFilter, options?: { timeoutMs?: number }): Promise<NotificationEvent>
  /** Copies of the hook and validation calls made, oldest first. */
  journal(): CallbackJournalEntry[]
}

/** @internal The writing side, for the callbacks stage. */
export interface EventLogWriter extends EventLog {
  record(event: NotificationEvent): Promise<void>
  update(eventId: string, change: (event: NotificationEvent) => void): Promise<void>
  recordCall(entry: CallbackJournalEntry): void
  clear(): void
}

export function createEventLog(): EventLogWriter {
  // Created on first use: most stores never record an event, and compiling the event log's
  // contract costs ~80 ms at start.
  let collection: Collection<StandardSchemaV1<NotificationEvent>> | undefined
  const events = {
    get: () =>
      (collection ??= new Collection({
        schema: createContractSchema<NotificationEvent>(
          'NotificationEvent',
          getNotificationApiValidator(),
        ),
      })),
    // In recording order: a replaced event keeps its place.
    all: (): NotificationEvent[] => [...byId.values()],
  }
  const byId = new Map<string, NotificationEvent>()
  let calls: CallbackJournalEntry[] = []
  const waiters = new Set<{ filter: EventFilter; resolve: (event: NotificationEvent) => void }>()

  const matches = (event: NotificationEvent, filter: EventFilter) =>
    (filter.orderId === undefined || event.orderId === filter.orderId) &&
    (filter.notificationId === undefined || event.notification.id === filter.notificationId) &&
    (filter.scope === undefined || event.notification.scope === filter.scope) &&
    (filter.merchant === undefined || event.merchant === filter.merchant) &&
    (filter.status === undefined ? event.status !== 'pending' : event.status === filter.status)

  const settle = (event: NotificationEvent) => {
    for (const waiter of waiters) {
      if (matches(event, waiter.filter)) {
        waiters.delete(waiter)
        waiter.resolve(cloneJson(event))
      }
    }
  }

  const list: EventLog['list'] = (filter = {}) =>
    cloneJson(
      events
        .all()
        .filter(
          (event) =>
            (filter.orderId === undefined || event.orderId === filter.orderId) &&
            (filter.notificationId === undefined ||
              event.notification.id === filter.notificationId) &&
            (filter.scope === undefined || event.notification.scope === filter.scope) &&
            (filter.merchant === undefined || event.merchant === filter.merchant) &&
            (filter.status === undefined || event.status === filter.status),
        ),
    )

  return {
    list,
    get: (eventId) => {
      const event = byId.get(eventId)
      return event && cloneJson(event)
    },
    waitFor(filter, { timeoutMs = 5_000 } = {}) {
      const done = events.all().find((event) => matches(event, filter))
      if (done) return Promise.resolve(cloneJson(done))
      return new Promise((resolve, reject) => {
        const waiter = {
          filter,
          resolve: (event: NotificationEvent) => {
            clearTimeout(timer)
            resolve(event)
          },
        }
        const timer = setTimeout(() => {
          waiters.delete(waiter)
          const seen = list().map(
            (event) => `${event.orderId} ${event.notification.scope} ${event.status}`,
          )
          reject(
            new Error(
              `Failed to wait for a notification event matching ${JSON.stringify(filter)}: none within ${timeoutMs} ms. Recorded: ${seen.length === 0 ? 'none' : seen.join('; ')}.`,
            ),
          )
        }, timeoutMs)
        waiters.add(waiter)
      })
    },
    journal: () => cloneJson(calls),
    async record(event) {
      const stored = (await events.get().create(cloneJson(event))) as NotificationEvent
      byId.set(event.id, stored)
      settle(stored)
    },
    async update(eventId, change) {
      const previous = byId.get(eventId)
      if (!previous) throw new Error(`Failed to update event ${eventId}: it is not recorded.`)
      const next = cloneJson(previous)
      change(next)
      // A new record replaces the old one, not `Collection.update`: that copies with the global
      // `structuredClone`, whose copies are of another realm under Jest (decision 105).
      const stored = (await events.get().create(next)) as NotificationEvent
      events.get().delete(previous as never)
      byId.set(eventId, stored)
      settle(stored)
    },
    recordCall(entry) {
      calls.push(cloneJson(entry))
      if (calls.length > 10_000) calls = calls.slice(-5_000)
    },
    clear() {
      collection?.clear()
      byId.clear()
      calls = []
    },
  }
}
