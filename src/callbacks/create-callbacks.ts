import type { operations as EventLogOperations } from '../generated/notification-api.ts'
import type { OperationDeps, OperationTable } from '../operations/index.ts'
import {
  type CallbackSettings,
  DEFAULT_CALLBACK_TIMEOUT_MS,
  DEFAULT_MAX_HOOK_CALLS,
} from './callback-settings.ts'
import { createEventOperations } from './event-operations.ts'
import { createNotifier } from './notifications.ts'
import { runHooks } from './run-hooks.ts'
import { runValidationCallbacks } from './run-validations.ts'

/**
 * The callbacks stage: hooks before a change is stored, notifications after it, validation
 * callbacks on validate, and the event log's operations.
 */
export function createCallbacks(settings: Partial<CallbackSettings> = {}): {
  deps: OperationDeps
  eventOperations: OperationTable<EventLogOperations>
} {
  const resolvedSettings: CallbackSettings = {
    adapters: settings.adapters ?? {},
    allowedHosts: settings.allowedHosts,
    timeoutMs: settings.timeoutMs ?? DEFAULT_CALLBACK_TIMEOUT_MS,
    maxHookCalls: settings.maxHookCalls ?? DEFAULT_MAX_HOOK_CALLS,
    isOwnListener: settings.isOwnListener,
  }
  const notifier = createNotifier(resolvedSettings)
  return {
    deps: {
      lifecycle: {
        beforeCommit: (call, before, after) =>
          before ? runHooks(call, before, after, resolvedSettings) : Promise.resolve(after),
        afterCommit(call, before, after) {
          void notifier.notify(call, before, after).catch((error: unknown) => {
            console.error('norce-checkout-mock: failed to record a notification event:', error)
          })
        },
      },
      runValidationCallbacks: (call, order) =>
        runValidationCallbacks(call, order, resolvedSettings),
    },
    eventOperations: createEventOperations(notifier),
  }
}
