import {
  compileRoutes,
  EVENT_LOG_ROOT,
  ORDER_API_ROOT,
  type ServiceRoot,
} from '../routing/index.ts'
import {
  getNotificationApiValidator,
  getOrderApiValidator,
  type OpenApiValidator,
} from '../validation/index.ts'

/** Which contract an exchange belongs to. */
type TrafficApi = 'v0' | 'v1' | 'event log'

/** Where a recorded request lands in the contracts. */
export type EntryRoute =
  | {
      kind: 'operation'
      api: TrafficApi
      operationId: string
      params: Record<string, string>
      /** Everything before the API root: `https://host/checkout/order`. */
      base: string
      validator: OpenApiValidator
    }
  /** Under an API root, but no documented operation has this method and path. */
  | { kind: 'undocumented'; api: TrafficApi; base: string }
  /** Not an Order API or event-log exchange (a page, a script, a CORS preflight...). */
  | { kind: 'outside'; reason: string }

/** The v1 contract documents its paths under `/api/v1/...`. */
const ORDER_V1_ROOT: ServiceRoot = { ...ORDER_API_ROOT, documented: /^\/api\/v1\/checkout\/orders/ }

type Router = ReturnType<typeof compileRoutes>
let routers: Record<TrafficApi, { route: Router; root: ServiceRoot; validator: OpenApiValidator }>

function allRouters() {
  routers ??= {
    v0: {
      route: compileRoutes(getOrderApiValidator('v0').operations, ORDER_API_ROOT),
      root: ORDER_API_ROOT,
      validator: getOrderApiValidator('v0'),
    },
    v1: {
      route: compileRoutes(getOrderApiValidator('v1').operations, ORDER_V1_ROOT),
      root: ORDER_V1_ROOT,
      validator: getOrderApiValidator('v1'),
    },
    'event log': {
      route: compileRoutes(getNotificationApiValidator().operations, EVENT_LOG_ROOT),
      root: EVENT_LOG_ROOT,
      validator: getNotificationApiValidator(),
    },
  }
  return routers
}

/**
 * Finds the operation of a recorded request, on any host and behind any prefix: the Order
 * API by its `/api/v0|v1/checkout/orders` root (each version against its own contract), the
 * event log by `/checkout/notification/api/v1/events`.
 *
 * @example
 * routeEntry('GET', 'https://x.api-se.playground.norce.tech/checkout/order/api/v1/checkout/orders/o_1')
 * // { kind: 'operation', api: 'v1', operationId: 'GetCheckoutOrder', params: { orderId: 'o_1' }, ... }
 */
export function routeEntry(method: string, url: string): EntryRoute {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { kind: 'outside', reason: 'unreadable URLs' }
  }
  if (!/^https?:$/.test(parsed.protocol))
    return { kind: 'outside', reason: `${parsed.protocol} URLs` }
  const routes = allRouters()
  const orderRoot = ORDER_API_ROOT.root.exec(parsed.pathname)
  const eventRoot = EVENT_LOG_ROOT.root.exec(parsed.pathname)
  const api: TrafficApi | undefined = orderRoot
    ? (orderRoot[1] as 'v0' | 'v1')
    : eventRoot
      ? 'event log'
      : undefined
  if (!api) return { kind: 'outside', reason: 'other paths' }
  if (method.toUpperCase() === 'OPTIONS')
    return { kind: 'outside', reason: 'CORS preflights (OPTIONS)' }
  const root = (orderRoot ?? eventRoot) as RegExpExecArray
  const base = `${parsed.origin}${parsed.pathname.slice(0, root.index)}`
  const { route, validator } = routes[api]
  const routed = route(method, parsed.pathname)
  if (routed.kind !== 'match') return { kind: 'undocumented', api, base }
  return {
    kind: 'operation',
    api,
    operationId: routed.match.operationId,
    params: routed.match.params,
    base,
    validator,
  }
}
