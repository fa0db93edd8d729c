import type { ApiVersion } from '../domain/api-version.ts'
import type { OperationDescription } from '../validation/index.ts'

export type { ApiVersion }

/** A request path resolved to an operation of the contract. */
interface RouteMatch {
  operationId: string
  /** Path parameters under their documented names (v0 snake_case, v1 camelCase). */
  params: Record<string, string>
  /** The API version segment of the URL: `v0` (documented) or `v1` (same shape). */
  version: ApiVersion
  /** Everything before `/api/v{n}/`: `''`, `/checkout/order`, `/proxy/order`, ... */
  prefix: string
}

export type RouteResult =
  | { kind: 'match'; match: RouteMatch }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' }

interface CompiledRoute {
  operationId: string
  method: string
  /** Literal segments as strings, parameters as `{ name }`. */
  segments: Array<string | { name: string }>
}

/** Where a service's paths start in a URL, and how its documented paths begin. */
export interface ServiceRoot {
  /** The root as regular-expression source, e.g. `/api/(v0|v1)/checkout/orders`; group 1 is the API version. */
  path: string
  /** Finds the service root in a URL path (`path` ending at a `/` or the end). */
  root: RegExp
  /** The documented prefix of every path in the contract, stripped before matching. */
  documented: RegExp
}

/** The Order API: `/api/v0|v1/checkout/orders`, behind any prefix (DECISIONS 1). */
export const ORDER_API_ROOT: ServiceRoot = serviceRoot(
  '/api/(v0|v1)/checkout/orders',
  '/api/v0/checkout/orders',
)

/** The Notification service's event log: `/checkout/notification/api/v1/events`. */
export const EVENT_LOG_ROOT: ServiceRoot = serviceRoot(
  '/checkout/notification/api/(v1)/events',
  '/api/v1/events',
)

function serviceRoot(path: string, documented: string): ServiceRoot {
  return { path, root: new RegExp(`${path}(?=/|$)`), documented: new RegExp(`^${documented}`) }
}

/**
 * The Order API of one version: `/api/v0/...` routed with `openapi/order.yaml` (snake_case
 * path parameters), `/api/v1/...` with `openapi/order-v1.yaml` (camelCase), behind any prefix.
 */
export const ORDER_API_ROOTS: Record<ApiVersion, ServiceRoot> = {
  v0: serviceRoot('/api/(v0)/checkout/orders', '/api/v0/checkout/orders'),
  v1: serviceRoot('/api/(v1)/checkout/orders', '/api/v1/checkout/orders'),
}

/**
 * Compiles the documented paths once into a matcher that accepts them under `/api/v0/` and
 * `/api/v1/`, behind any prefix (`https://{slug}.api-se.playground.norce.tech/checkout/order`,
 * `/proxy/order`, or none), DECISIONS 1.
 *
 * @example
 * const matchRoute = compileRoutes(getOrderApiValidator().operations)
 * matchRoute('GET', '/checkout/order/api/v1/checkout/orders/o_abc')
 * // → { kind: 'match', match: { operationId: 'GetCheckoutOrder', params: { order_id: 'o_abc' }, version: 'v1', ... } }
 */
export function compileRoutes(
  operations: ReadonlyMap<string, OperationDescription>,
  service: ServiceRoot = ORDER_API_ROOT,
): (method: string, pathname: string) => RouteResult {
  const routes: CompiledRoute[] = []
  for (const operation of operations.values()) {
    const rest = operation.path.replace(service.documented, '')
    routes.push({
      operationId: operation.operationId,
      method: operation.method.toUpperCase(),
      segments: rest
        .split('/')
        .filter((segment) => segment !== '')
        .map((segment) => (segment.startsWith('{') ? { name: segment.slice(1, -1) } : segment)),
    })
  }
  // Bucket by segment count: a path only ever needs to be compared with routes of its length.
  const byLength = new Map<number, CompiledRoute[]>()
  for (const route of routes) {
    const bucket = byLength.get(route.segments.length) ?? []
    bucket.push(route)
    byLength.set(route.segments.length, bucket)
  }

  return (method, pathname) => {
    const root = service.root.exec(pathname)
    if (!root) return { kind: 'not-found' }
    const segments = pathname
      .slice(root.index + root[0].length)
      .split('/')
      .filter((segment) => segment !== '')
    const allowed: string[] = []
    for (const route of byLength.get(segments.length) ?? []) {
      const params = matchSegments(route.segments, segments)
      if (!params) continue
      if (route.method !== method.toUpperCase()) {
        allowed.push(route.method)
        continue
      }
      return {
        kind: 'match',
        match: {
          operationId: route.operationId,
          params,
          version: (root[1] ?? 'v1') as ApiVersion,
          prefix: pathname.slice(0, root.index),
        },
      }
    }
    return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' }
  }
}

function matchSegments(
  pattern: CompiledRoute['segments'],
  segments: string[],
): Record<string, string> | undefined {
  const params: Record<string, string> = {}
  for (let index = 0; index < pattern.length; index++) {
    const expected = pattern[index]
    const actual = segments[index] as string
    if (expected === undefined) return undefined
    if (typeof expected === 'string') {
      if (expected !== actual) return undefined
    } else {
      params[expected.name] = safeDecode(actual)
    }
  }
  return params
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
