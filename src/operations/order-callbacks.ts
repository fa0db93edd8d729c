import { normaliseCallback, normaliseHook } from '../domain/order-projection.ts'
import type { Notification, Order } from '../domain/types.ts'
import { invalidRequest, ProblemError } from '../problems/index.ts'
import { getOrderApiValidator } from '../validation/index.ts'
import { compileNotificationSchema } from '../validation/notification-schema.ts'
import { sentIdPolicy } from './new-ids.ts'
import type { OperationDeps } from './operation-deps.ts'
import type { OrderOperationTable } from './operation-types.ts'
import { changeOrder } from './order-access.ts'

type CallbackList = 'hooks' | 'notifications' | 'validations'

const NOT_FOUND = {
  hooks: 'hook-not-found',
  notifications: 'notification-not-found',
  validations: 'validation-not-found',
} as const

/**
 * The most entries of `list` an order holds: the contract's `Order.<list>.maxItems` (50,
 * decision 86). Registering one more is `409 callback-limit-reached`, not a store failure.
 */
function maxEntries(list: CallbackList): number {
  const order = getOrderApiValidator().document.components?.schemas?.Order as
    | { properties?: Record<string, { maxItems?: number }> }
    | undefined
  const max = order?.properties?.[list]?.maxItems
  if (max === undefined) throw new Error(`Failed to read Order.${list}.maxItems from the contract.`)
  return max
}

/** Throws `callback-limit-reached` when `entries` is longer than the order may hold. */
function assertWithinLimit(list: CallbackList, entries: readonly unknown[], order: Order): void {
  const max = maxEntries(list)
  if (entries.length > max) {
    throw new ProblemError(
      'callback-limit-reached',
      `Order ${order.id} already holds ${max} ${list}, the most the mock keeps per order; remove one first.`,
    )
  }
}

/**
 * Registering and removing hooks, notifications and validation callbacks. They stay
 * writable until the order reaches a final state (DECISIONS 6); new ones get `oc_` ids.
 */
export function createCallbackRegistryOperations({ lifecycle }: OperationDeps) {
  const openFor = (what: CallbackList) => ({ window: 'open', what }) as const

  return {
    async CreateCheckoutOrderHook(call) {
      const hook = normaliseHook(call.body)
      await changeOrder(call, lifecycle, openFor('hooks'), (order) => {
        const hooks = [...(order.hooks ?? []), { ...hook, id: call.store.nextId('callback') }]
        assertWithinLimit('hooks', hooks, order)
        order.hooks = hooks
      })
      return { status: 200 }
    },
    async DeleteCheckoutOrderHook(call) {
      await changeOrder(call, lifecycle, openFor('hooks'), (order) => {
        order.hooks = withoutEntry(order, 'hooks', order.hooks, call.params.hook_id)
      })
      return { status: 200 }
    },

    async CreateCheckoutOrderNotification(call) {
      const notification = checkedNotification(call.body)
      await changeOrder(call, lifecycle, openFor('notifications'), (order) => {
        const keep = sentIdPolicy(
          call,
          (order.notifications ?? []).map((existing) => existing.id),
        )
        const id = keep(notification.id) ?? call.store.nextId('callback')
        const notifications = [
          ...(order.notifications ?? []).filter((existing) => existing.id !== id),
          { ...notification, id },
        ]
        assertWithinLimit('notifications', notifications, order)
        order.notifications = notifications
      })
      return { status: 200 }
    },
    async DeleteCheckoutOrderNotification(call) {
      const id = call.params.notification_id
      await changeOrder(call, lifecycle, openFor('notifications'), (order) => {
        order.notifications = withoutEntry(order, 'notifications', order.notifications, id)
      })
      return { status: 200 }
    },

    async CreateCheckoutOrderValidation(call) {
      const callback = normaliseCallback(call.body)
      await changeOrder(call, lifecycle, openFor('validations'), (order) => {
        const validations = [
          ...(order.validations ?? []),
          { ...callback, id: call.store.nextId('callback') },
        ]
        assertWithinLimit('validations', validations, order)
        order.validations = validations
      })
      return { status: 200 }
    },

    async UpdateCheckoutOrderValidation(call) {
      const id = call.params.validation_id
      const callback = normaliseCallback(call.body)
      await changeOrder(call, lifecycle, openFor('validations'), (order) => {
        if (!order.validations?.some((entry) => entry.id === id))
          throw notFound('validations', id, order)
        order.validations = order.validations.map((entry) =>
          entry.id === id ? { ...callback, id } : entry,
        )
      })
      return { status: 200 }
    },
    async RemoveCheckoutOrderValidation(call) {
      const id = call.params.validation_id
      await changeOrder(call, lifecycle, openFor('validations'), (order) => {
        order.validations = withoutEntry(order, 'validations', order.validations, id)
      })
      return { status: 200 }
    },
  } satisfies Partial<OrderOperationTable>
}

/** The list without the entry `id`; a 404 when it has no such entry. */
function withoutEntry<Entry extends { readonly id?: string }>(
  order: Order,
  list: CallbackList,
  entries: Entry[] | undefined,
  id: string,
): Entry[] {
  if (!entries?.some((entry) => entry.id === id)) throw notFound(list, id, order)
  return entries.filter((entry) => entry.id !== id)
}

function notFound(list: CallbackList, id: string, order: Order): ProblemError {
  const noun = list.slice(0, -1)
  return new ProblemError(
    NOT_FOUND[list],
    `${noun[0]?.toUpperCase()}${noun.slice(1)} with id:${id} not found on order ${order.id}.`,
  )
}

/** A notification whose `schema` compiles: a broken one would never fire, so it is a 400 now. */
export function checkedNotification(notification: Notification, location = 'body'): Notification {
  if (notification.schema) {
    try {
      compileNotificationSchema(notification.schema)
    } catch (error) {
      throw invalidRequest(`${location}/schema`, 'schema', (error as Error).message)
    }
  }
  return notification
}
