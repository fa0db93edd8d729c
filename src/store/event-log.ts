import { cloneJson } from '../domain/clone-json.ts'
import type { components } from '../generated/notification-api.ts'
import { getNotificationApiValidator } from '../validation/index.ts'

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

/** Most notification events a store keeps; the oldest go first (decision 86). */
export const MAX_EVENTS = 10_000
/**
 * Most the kept events may hold together, as JSON characters; the order of one change is
 * counted once however many events share it (decision 86).
 */
export const MAX_EVENT_CHARS = 64 * 1024 * 1024

/** An event without its order: what filters and pages look at (read-only, not a copy). */
type EventSummary = Omit<NotificationEvent, 'payload'>

/** @internal The writing side, for the callbacks stage. */
export interface EventLogWriter extends EventLog {
  /**
   * Records an event. Events whose `payload.order` is the same object (one change, one
   * version) share one stored copy of it.
   */
  record(event: NotificationEvent): Promise<void>
  /** Changes an event's status and deliveries (its payload stays as recorded). */
  update(eventId: string, change: (event: EventSummary) => void): Promise<void>
  /** The summary of one event (not a copy), without reading its order. */
  summaryOf(eventId: string): EventSummary | undefined
  /** The summaries of the kept events, oldest first, for filtering without copying orders. */
  summaries(): readonly EventSummary[]
  /** The payload as JSON text, as it is delivered. */
  payloadText(eventId: string): string | undefined
  recordCall(entry: CallbackJournalEntry): void
  clear(): void
}

/** One change's order in one version, as JSON, shared by the events it triggered. */
interface SharedOrder {
  text: string
  users: number
}

interface StoredEvent {
  summary: EventSummary
  notification: NotificationEvent['payload']['notification']
  order: SharedOrder
  /** JSON characters of the summary and payload notification (the order is counted apart). */
  chars: number
}

export function createEventLog(): EventLogWriter {
  const stored = new Map<string, StoredEvent>()
  const sharedOrders = new WeakMap<object, SharedOrder>()
  let chars = 0
  let calls: CallbackJournalEntry[] = []
  const waiters = new Set<{ filter: EventFilter; resolve: (event: NotificationEvent) => void }>()

  const materialise = (entry: StoredEvent): NotificationEvent => ({
    ...cloneJson(entry.summary),
    payload: { notification: cloneJson(entry.notification), order: JSON.parse(entry.order.text) },
  })

  const selects = (summary: EventSummary, filter: EventFilter) =>
    (filter.orderId === undefined || summary.orderId === filter.orderId) &&
    (filter.notificationId === undefined || summary.notification.id === filter.notificationId) &&
    (filter.scope === undefined || summary.notification.scope === filter.scope) &&
    (filter.merchant === undefined || summary.merchant === filter.merchant)

  const settled = (summary: EventSummary, filter: EventFilter) =>
    selects(summary, filter) &&
    (filter.status === undefined ? summary.status !== 'pending' : summary.status === filter.status)

  const settle = (entry: StoredEvent) => {
    for (const waiter of waiters) {
      if (settled(entry.summary, waiter.filter)) {
        waiters.delete(waiter)
        waiter.resolve(materialise(entry))
      }
    }
  }

  const check = (schemaName: string, value: unknown, what: string) => {
    const violations = getNotificationApiValidator().validateSchema(schemaName, value)
    if (violations.length > 0) {
      const listed = violations.map((violation) => `${violation.location} ${violation.message}`)
      throw new Error(`Failed to record ${what}: it breaks the contract (${listed.join('; ')}).`)
    }
  }

  const sizeOf = (entry: Omit<StoredEvent, 'chars' | 'order'>) =>
    JSON.stringify(entry.summary).length + JSON.stringify(entry.notification).length

  function evict(): void {
    for (const [eventId, entry] of stored) {
      if (stored.size <= MAX_EVENTS && chars <= MAX_EVENT_CHARS) return
      stored.delete(eventId)
      chars -= entry.chars
      if (--entry.order.users === 0) chars -= entry.order.text.length
    }
  }

  const list: EventLog['list'] = (filter = {}) =>
    [...stored.values()]
      .filter(
        (entry) =>
          selects(entry.summary, filter) &&
          (filter.status === undefined || entry.summary.status === filter.status),
      )
      .map(materialise)

  return {
    list,
    get: (eventId) => {
      const entry = stored.get(eventId)
      return entry && materialise(entry)
    },
    waitFor(filter, { timeoutMs = 5_000 } = {}) {
      for (const entry of stored.values()) {
        if (settled(entry.summary, filter)) return Promise.resolve(materialise(entry))
      }
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
      const { payload, ...summary } = event
      check('NotificationEvent', event, 'an event')
      let order = sharedOrders.get(payload.order as object)
      if (!order) {
        order = { text: JSON.stringify(payload.order ?? {}), users: 0 }
        if (payload.order) sharedOrders.set(payload.order, order)
      }
      const entry = {
        summary: cloneJson(summary),
        notification: cloneJson(payload.notification),
        order,
      }
      const entryChars = sizeOf(entry)
      if (order.users++ === 0) chars += order.text.length
      chars += entryChars
      stored.set(event.id, { ...entry, chars: entryChars })
      evict()
      const kept = stored.get(event.id)
      if (kept) settle(kept)
    },
    async update(eventId, change) {
      const entry = stored.get(eventId)
      if (!entry) throw new Error(`Failed to update event ${eventId}: it is not recorded.`)
      const summary = cloneJson(entry.summary)
      change(summary)
      check(
        'NotificationEvent',
        { ...summary, payload: { notification: entry.notification } },
        'an event',
      )
      const updated = { summary, notification: entry.notification, order: entry.order }
      const updatedChars = sizeOf(updated)
      chars += updatedChars - entry.chars
      stored.set(eventId, { ...updated, chars: updatedChars })
      evict()
      const kept = stored.get(eventId)
      if (kept) settle(kept)
    },
    summaryOf: (eventId) => stored.get(eventId)?.summary,
    summaries: () => [...stored.values()].map((entry) => entry.summary),
    payloadText(eventId) {
      const entry = stored.get(eventId)
      if (!entry) return undefined
      return `{"notification":${JSON.stringify(entry.notification)},"order":${entry.order.text}}`
    },
    recordCall(entry) {
      calls.push(cloneJson(entry))
      if (calls.length > 10_000) calls = calls.slice(-5_000)
    },
    clear() {
      stored.clear()
      chars = 0
      calls = []
    },
  }
}
