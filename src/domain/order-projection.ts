import { projectToContract } from '../validation/index.ts'
import type { ApiVersion } from './api-version.ts'
import { cloneJson } from './clone-json.ts'
import type { Callback, Hook, Order } from './types.ts'

const serializedOrders = { v0: new WeakMap<Order, string>(), v1: new WeakMap<Order, string>() }

/**
 * A stored order as JSON text for a client of `version`, serialised once per stored version
 * of the order (the store replaces an order on every change, so a cached text never goes
 * stale). The hot path of `GET .../orders/{id}`. The cache is keyed by the parsed order the
 * store hands out, and the store keeps at most 1,000 of those (decision 138): the texts of
 * orders that are no longer hot go with them.
 */
export function serializeOrder(order: Order, version: ApiVersion): string {
  const cache = serializedOrders[version]
  let text = cache.get(order)
  if (text === undefined) {
    text = JSON.stringify(version === 'v0' ? order : projectOrder(order, version))
    cache.set(order, text)
  }
  return text
}

/**
 * The order as a client of `version` sees it, as a copy. Stored orders use the 0.1 field
 * names; v1 clients get `Hook.scope` and `Validation.invoke` instead (DECISIONS 1), and only
 * the fields the v1 contract's `Order` declares (decision 67: no payment `merchant`, no
 * `Item.logistics`, ...), read from `openapi/order-v1.yaml`.
 */
export function projectOrder(order: Order, version: ApiVersion): Order {
  return projectOwnedOrder(cloneJson(order), version)
}

/**
 * `projectOrder` of an order the caller owns (a fresh copy nobody else holds): projected in
 * place where it can be, without a second copy. Do not pass a stored (shared) order.
 *
 * @example
 * const page = store.queryOrders(query).orders // fresh copies
 * page.map((order) => projectOwnedOrder(order, 'v1'))
 */
export function projectOwnedOrder(copy: Order, version: ApiVersion): Order {
  if (version === 'v0') return copy
  if (copy.hooks) copy.hooks = copy.hooks.map((hook) => projectHook(hook, version))
  if (copy.validations)
    copy.validations = copy.validations.map((callback) => projectCallback(callback, version))
  return projectToContract(version, 'Order', copy) as Order
}

function projectHook(hook: Hook, version: ApiVersion): Hook {
  if (version === 'v0' || hook.subscribeTo === undefined) return hook
  const { subscribeTo, ...rest } = hook
  return { ...rest, scope: subscribeTo }
}

function projectCallback(callback: Callback, version: ApiVersion): Callback {
  // Only a callback stored under the 0.1 name alone is renamed; one carrying both is left whole.
  if (
    version === 'v0' ||
    !('url' in callback) ||
    callback.url === undefined ||
    'invoke' in callback
  ) {
    return callback
  }
  const { url, ...rest } = callback as Callback & { url: string }
  return { ...rest, invoke: url } as Callback
}

/**
 * A hook as stored: `scope` (v1) folded into `subscribeTo` (0.1). The contract refuses a hook
 * carrying both (decision 66), so there is never a second value to lose.
 */
export function normaliseHook(hook: Hook): Hook {
  return foldAlias(hook, 'scope', 'subscribeTo') as Hook
}

/** A validation callback as stored: `invoke` (v1) folded into `url` (0.1); never both (decision 66). */
export function normaliseCallback(callback: Callback): Callback {
  return foldAlias(callback, 'invoke', 'url') as Callback
}

/**
 * Renames `alias` to `name` when only the alias is sent. With both, the value is left as sent
 * for the contract to refuse: neither value is dropped silently.
 */
function foldAlias(value: object, alias: string, name: string): object {
  const record = value as Record<string, unknown>
  if (record[alias] === undefined || record[name] !== undefined) return value
  const { [alias]: aliasValue, ...rest } = record
  return { ...rest, [name]: aliasValue }
}
