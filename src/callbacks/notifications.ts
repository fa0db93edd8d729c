import { cloneJson } from '../domain/clone-json.ts'
import { projectOrder } from '../domain/order-projection.ts'
import type { Notification, Order } from '../domain/types.ts'
import type { OperationCall } from '../operations/operation-types.ts'
import type { NotificationEvent, StoreInternals } from '../store/index.ts'
import {
  createNotificationSchemas,
  type NotificationSchemas,
} from '../validation/notification-schema.ts'
import { type CallbackSettings, outboundOptions } from './callback-settings.ts'
import { postJson } from './outbound-call.ts'
import { changedAt, valueAt } from './scope-value.ts'
import { expandUrlTemplate } from './url-template.ts'

/** How much of a target's answer a delivery attempt keeps (the event log is for reading). */
const MAX_RESPONSE_CHARS = 2_000

/**
 * Fires the notifications a stored change triggers (DECISIONS 10–11): each whose value at
 * `scope` changed and now matches its `schema` gets an event (recorded at once, `pending`),
 * delivered after `delay` ms as `{ notification, order }` in the notification's version.
 */
export function createNotifier(settings: CallbackSettings) {
  /** Per store: pending deliveries and compiled schemas, dropped with the store. */
  const perStore = new WeakMap<
    StoreInternals,
    { timers: Set<ReturnType<typeof setTimeout>>; schemas: NotificationSchemas }
  >()

  function stateOf(store: StoreInternals) {
    let state = perStore.get(store)
    if (!state) {
      const created = {
        timers: new Set<ReturnType<typeof setTimeout>>(),
        schemas: createNotificationSchemas(),
      }
      // A reset store forgets its pending deliveries (nothing fires into the next test) and
      // its compiled schemas.
      store.onReset(() => {
        for (const timer of created.timers) clearTimeout(timer)
        created.timers.clear()
        created.schemas.clear()
      })
      store.onOrderDeleted((orderId) => created.schemas.forget(orderId))
      perStore.set(store, created)
      state = created
    }
    return state
  }

  async function deliver(
    store: StoreInternals,
    eventId: string,
    order: Order | undefined,
    notification: Notification,
  ): Promise<void> {
    const event = store.events.summaryOf(eventId)
    const payload = store.events.payloadText(eventId)
    if (!event || payload === undefined) return // evicted before its delivery
    const firstUrl = event.deliveries[0]?.url
    let url = firstUrl ?? notification.invoke
    let result: Awaited<ReturnType<typeof postJson>>
    try {
      if (!firstUrl)
        url = expandUrlTemplate(notification.invoke, order ?? ({ id: event.orderId } as Order), {
          adapterId: notification.adapterId,
          configurations: settings.adapters,
        })
      result = await postJson(url, payload, outboundOptions(settings))
    } catch (error) {
      result = {
        outcome: 'failed',
        failure: 'not-sent',
        durationMs: 0,
        error: (error as Error).message,
      }
    }
    const delivered =
      result.outcome === 'answered' &&
      result.status !== undefined &&
      result.status >= 200 &&
      result.status <= 299
    const outcome = delivered ? 'delivered' : result.outcome === 'refused' ? 'refused' : 'failed'
    await store.events.update(eventId, (stored) => {
      stored.deliveries.push({
        attempt: stored.deliveries.length + 1,
        time: store.now().toISOString(),
        url,
        outcome,
        ...(result.status !== undefined && { status: result.status }),
        ...(result.body !== undefined && { response: result.body.slice(0, MAX_RESPONSE_CHARS) }),
        durationMs: result.durationMs,
        ...(result.error
          ? { error: result.error }
          : !delivered &&
            result.status !== undefined && { error: `the target answered ${result.status}` }),
      })
      stored.status = outcome
    })
  }

  return {
    /** After a change is stored: record and schedule the triggered notifications. */
    async notify(call: OperationCall, before: Order | undefined, after: Order): Promise<void> {
      const { schemas, timers } = stateOf(call.store)
      if (after.id) schemas.track(after.id, after.notifications)
      if (!before) return
      // One projection per version for every event of this change: stored once (decision 86).
      const projected = new Map<string, Record<string, unknown>>()
      for (const notification of after.notifications ?? []) {
        const { scope } = notification
        if (!scope || !changedAt(before, after, scope)) continue
        let matches: boolean
        try {
          matches = schemas.matches(notification.schema, valueAt(after, scope))
        } catch {
          matches = false
        }
        if (!matches) continue
        const version = notification.version ?? 'v0'
        let order = projected.get(version)
        if (!order) {
          order = projectOrder(after, version) as Record<string, unknown>
          projected.set(version, order)
        }
        const snapshot = cloneJson(notification)
        const event: NotificationEvent = {
          id: call.store.nextEventId(),
          createdAt: call.store.now().toISOString(),
          merchant: after.merchant,
          channel: after.channel,
          orderId: after.id ?? '',
          notification: { ...snapshot, id: snapshot.id ?? '', scope },
          payload: {
            notification: { ...snapshot, id: snapshot.id ?? '', scope },
            order,
          },
          status: 'pending',
          deliveries: [],
        }
        await call.store.events.record(event)
        const timer = setTimeout(() => {
          timers.delete(timer)
          void deliver(call.store, event.id, after, notification)
        }, notification.delay ?? 0)
        timers.add(timer)
      }
    },

    /** How many notification schemas are compiled for `store` (for tests). */
    compiledSchemas: (store: StoreInternals): number =>
      perStore.get(store)?.schemas.compiledCount() ?? 0,

    /** Delivers a recorded event again (the event log's retry), to the same URL. */
    redeliver(store: StoreInternals, eventId: string): Promise<void> {
      const event = store.events.summaryOf(eventId)
      if (!event) return Promise.resolve()
      return deliver(store, eventId, undefined, event.notification as Notification)
    },
  }
}

export type Notifier = ReturnType<typeof createNotifier>
