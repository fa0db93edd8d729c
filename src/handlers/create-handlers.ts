import { type HttpHandler, HttpResponse, http } from 'msw'
import { createOrderApi, type OrderApiOptions } from '../api/index.ts'
import type { ApiRequest } from '../operations/index.ts'
import { EVENT_LOG_ROOT, ORDER_API_ROOT } from '../routing/index.ts'
import type { MockStore } from '../store/index.ts'

export interface HandlerOptions {
  /** The store the handlers read and change. Create one per test with `createStore()`. */
  store: MockStore
  /**
   * Only answer requests under this URL (e.g. `https://my-slug.api-se.playground.norce.tech/checkout/order`).
   * Default: any origin and any prefix before `/api/v0|v1/checkout/orders`.
   */
  baseUrl?: string
  /** Accepted bearer tokens. Default: any non-empty token. */
  tokens?: readonly string[]
  /** Delay added to every response, in ms: fixed, or a `{ min, max }` range (seeded). */
  latency?: OrderApiOptions['latency']
  /** Check every response against `openapi/order.yaml`; a violation throws (a mock bug). */
  validateResponses?: boolean
  /** Adapter configurations by adapterId, for `{configuration.*}` in callback URLs. */
  adapters?: OrderApiOptions['adapters']
  /** Hosts callbacks may reach. Default: all (your own MSW handlers receive them). */
  allowedCallbackHosts?: OrderApiOptions['allowedCallbackHosts']
  /** Time-out of hook and validation calls, ms (default 5,000). */
  callbackTimeoutMs?: number
}

const ORDER_API_PATH = `${ORDER_API_ROOT.path}(?:[/?#]|$)`
const EVENT_LOG_PATH = `${EVENT_LOG_ROOT.path}(?:[/?#]|$)`

/**
 * The URLs the handlers answer: the Order API and the Notification service's event log, on any
 * origin and behind any prefix; with a base URL, only the Order API under it (and the event
 * log on its origin). Matching, not the resolver, decides, so MSW counts every other request
 * as unhandled and its `onUnhandledRequest` applies: none slips through to the network.
 */
function mockUrlPattern(baseUrl: string | undefined): RegExp {
  if (!baseUrl) return new RegExp(`${ORDER_API_PATH}|${EVENT_LOG_PATH}`)
  const base = baseUrl.replace(/\/+$/, '')
  const origin = new URL(base).origin
  return new RegExp(
    `^(?:${escapeRegExp(base)}${ORDER_API_PATH}|${escapeRegExp(origin)}(?:/[^?#]*)?${EVENT_LOG_PATH})`,
  )
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * MSW request handlers for the whole Order Management API, over a stateful store: drop them
 * into `setupServer` (Node) or `setupWorker` (browser).
 *
 * @example
 * import { setupServer } from 'msw/node'
 * import { createHandlers, createStore } from 'norce-checkout-mock'
 *
 * const store = createStore({ seed: 1 })
 * const server = setupServer(...createHandlers({ store }))
 * server.listen()
 */
export function createHandlers(options: HandlerOptions): HttpHandler[] {
  const api = createOrderApi(options)
  return [
    http.all(mockUrlPattern(options.baseUrl), async ({ request }) => {
      const response = await api.handle(await toApiRequest(request))
      const text =
        response.serialized ?? (response.body === undefined ? null : JSON.stringify(response.body))
      return new HttpResponse(text, {
        status: response.status,
        headers: response.headers,
      })
    }),
  ]
}

/** One decoder for every request (it keeps no state between `decode` calls without `stream`). */
const UTF8 = new TextDecoder()

async function toApiRequest(request: Request): Promise<ApiRequest> {
  const url = new URL(request.url)
  const query: Record<string, string | string[]> = {}
  for (const [name, value] of url.searchParams) {
    const previous = query[name]
    query[name] =
      previous === undefined
        ? value
        : Array.isArray(previous)
          ? [...previous, value]
          : [previous, value]
  }
  const headers: Record<string, string> = {}
  request.headers.forEach((value, name) => {
    headers[name] = value
  })
  const buffer = request.body ? new Uint8Array(await request.arrayBuffer()) : new Uint8Array()
  return {
    method: request.method,
    path: url.pathname,
    query,
    headers,
    rawBody: {
      text: UTF8.decode(buffer),
      contentType: headers['content-type'],
      byteLength: buffer.byteLength,
    },
  }
}
