import { normaliseCallback, normaliseHook } from '../domain/order-projection.ts'
import type { Callback, Hook, Notification, Order } from '../domain/types.ts'
import { invalidRequest, ProblemError } from '../problems/index.ts'
import { compileNotificationSchema } from '../validation/notification-schema.ts'
import type { OperationDeps } from './operation-deps.ts'
import type { OperationHandler } from './operation-types.ts'
import { changeOrder } from './order-access.ts'

type CallbackList = 'hooks' | 'notifications' | 'validations'

const NOT_FOUND = {
  hooks: 'hook-not-found',
  notifications: 'notification-not-found',
  validations: 'validation-not-found',
} as const

/**
 * Registering and removing hooks, notifications and validation callbacks. They stay
 * writable until the order reaches a final state (DECISIONS 6); new ones get `oc_` ids.
 */
export function createCallbackRegistryOperations({
  lifecycle,
}: OperationDeps): Record<string, OperationHandler> {
  const window = (what: string) => ({ window: 'open', what }) as const

  const remove =
    (list: CallbackList, param: string): OperationHandler =>
    async (call) => {
      const id = call.params[param] ?? ''
      await changeOrder(call, lifecycle, window(list), (order) => {
        const entries = order[list] as Array<{ id?: string }> | undefined
        if (!entries?.some((entry) => entry.id === id)) throw notFound(list, id, order)
        order[list] = entries.filter((entry) => entry.id !== id) as never
      })
      return { status: 200 }
    }

  return {
    async CreateCheckoutOrderHook(call) {
      const hook = normaliseHook(call.body as Hook)
      await changeOrder(call, lifecycle, window('hooks'), (order) => {
        order.hooks = [...(order.hooks ?? []), { ...hook, id: call.store.nextId('callback') }]
      })
      return { status: 200 }
    },
    DeleteCheckoutOrderHook: remove('hooks', 'hook_id'),

    async CreateCheckoutOrderNotification(call) {
      const notification = checkedNotification(call.body as Notification)
      await changeOrder(call, lifecycle, window('notifications'), (order) => {
        const id = notification.id ?? call.store.nextId('callback')
        order.notifications = [
          ...(order.notifications ?? []).filter((existing) => existing.id !== id),
          { ...notification, id },
        ]
      })
      return { status: 200 }
    },
    DeleteCheckoutOrderNotification: remove('notifications', 'notification_id'),

    async CreateCheckoutOrderValidation(call) {
      const callback = normaliseCallback(call.body as Callback)
      await changeOrder(call, lifecycle, window('validations'), (order) => {
        order.validations = [
          ...(order.validations ?? []),
          { ...callback, id: call.store.nextId('callback') },
        ]
      })
      return { status: 200 }
    },

    async UpdateCheckoutOrderValidation(call) {
      const id = call.params.validation_id ?? ''
      const callback = normaliseCallback(call.body as Callback)
      await changeOrder(call, lifecycle, window('validations'), (order) => {
        if (!order.validations?.some((entry) => entry.id === id))
          throw notFound('validations', id, order)
        order.validations = order.validations.map((entry) =>
          entry.id === id ? { ...callback, id } : entry,
        )
      })
      return { status: 200 }
    },
    RemoveCheckoutOrderValidation: remove('validations', 'validation_id'),
  }
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
