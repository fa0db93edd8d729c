import type { OutboundOptions, OwnListenerCheck } from './outbound-call.ts'
import type { AdapterConfigurations } from './url-template.ts'

/** How the mock makes its outbound calls (hooks, validations, notifications). */
export interface CallbackSettings {
  /** Configurations by adapterId, for `{configuration.*}` / `{config.*}` in callback URLs. */
  adapters: AdapterConfigurations
  /** Hosts callbacks may reach; `undefined` allows all (MSW catches them in tests). */
  allowedHosts: readonly string[] | undefined
  /** Time-out of each hook and validation call, in ms (default 5,000). */
  timeoutMs: number
  /** Most hooks one change may call, patches included (a bound against loops). */
  maxHookCalls: number
  /** The standalone server's own listener, never called unless allowed exactly (decision 81). */
  isOwnListener?: OwnListenerCheck | undefined
}

export const DEFAULT_CALLBACK_TIMEOUT_MS = 5_000
export const DEFAULT_MAX_HOOK_CALLS = 16

/** What every outbound call of these settings passes to `postJson`. */
export function outboundOptions(settings: CallbackSettings): OutboundOptions {
  return {
    ...(settings.allowedHosts && { allowedHosts: settings.allowedHosts }),
    timeoutMs: settings.timeoutMs,
    ...(settings.isOwnListener && { isOwnListener: settings.isOwnListener }),
  }
}
