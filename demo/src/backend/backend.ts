import type { Endpoints } from '../api/checkout-client.ts'

/** What the page runs against: the service worker in this page, or a standalone server. */
export interface Backend {
  kind: 'worker' | 'server'
  /** Shown in the header. */
  label: string
  endpoints: Endpoints
  /** Back to the seeded demo orders. */
  reset(): Promise<void>
}

/** `?server=http://127.0.0.1:4010` picks the standalone server; no parameter, the worker. */
export function readServerParameter(search: string): string | undefined {
  const value = new URLSearchParams(search).get('server')
  if (value === null || value.trim() === '') return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(
      `Failed to read ?server=${value}: it is not a URL. Hint: ?server=http://127.0.0.1:4010`,
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`Failed to read ?server=${value}: use an http(s) URL.`)
  return url.href.replace(/\/+$/, '')
}

/** The endpoints of a mock on `origin`: the Order API under `/checkout/order`, the event log. */
export function endpointsAt(origin: string): Endpoints {
  return {
    orderApi: `${origin}/checkout/order`,
    eventLog: `${origin}/checkout/notification/api/v1/events`,
  }
}
