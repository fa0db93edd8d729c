import { type SetupServerApi, setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import type { HandlerOptions } from '../../src/handlers/index.ts'
import { createHandlers, createStore, type MockStore } from '../../src/index.ts'

/** Loopback, port 3 (closed; not on fetch's bad-port list): a request escaping MSW fails here. */
export const BASE_URL = 'http://127.0.0.1:3/checkout/order'
export const TENANT = { merchant: 'thingsandstuff', channel: 'thingsandstuff-se' } as const
export const OTHER_TENANT = { merchant: 'someone-else', channel: 'thingsandstuff-se' } as const

export interface ApiReply<Body = unknown> {
  status: number
  headers: Headers
  body: Body
}

export interface ApiClient {
  request<Body = any>(
    method: string,
    path: string,
    options?: {
      body?: unknown
      headers?: Record<string, string>
      version?: 'v0' | 'v1'
      rawBody?: string
    },
  ): Promise<ApiReply<Body>>
  get<Body = any>(path: string, headers?: Record<string, string>): Promise<ApiReply<Body>>
  post<Body = any>(
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiReply<Body>>
  put<Body = any>(
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiReply<Body>>
  patch<Body = any>(
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiReply<Body>>
  delete<Body = any>(path: string, headers?: Record<string, string>): Promise<ApiReply<Body>>
  /** Creates an order and answers its id. */
  createOrder(body?: unknown, headers?: Record<string, string>): Promise<string>
}

/** Headers of a tenant's authorised call. */
export function tenantHeaders(
  tenant: { merchant: string; channel: string } = TENANT,
): Record<string, string> {
  return {
    authorization: 'Bearer test-token',
    'x-merchant': tenant.merchant,
    'x-channel': tenant.channel,
  }
}

/** A client for the mock over `fetch`, as a frontend would call it. */
export function createApiClient({
  version = 'v0',
  tenant = TENANT,
}: {
  version?: 'v0' | 'v1'
  tenant?: { merchant: string; channel: string }
} = {}): ApiClient {
  const request: ApiClient['request'] = async (method, path, options = {}) => {
    const url = `${BASE_URL}/api/${options.version ?? version}/checkout/orders${path}`
    const headers: Record<string, string> = { ...tenantHeaders(tenant), ...options.headers }
    let body: string | undefined = options.rawBody
    if (options.body !== undefined) {
      body = JSON.stringify(options.body)
      headers['content-type'] ??= 'application/json'
    }
    for (const [name, value] of Object.entries(headers)) if (value === '') delete headers[name]
    const response = await fetch(url, { method, headers, ...(body !== undefined && { body }) })
    const text = await response.text()
    return {
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : undefined,
    }
  }
  return {
    request,
    get: (path, headers) => request('GET', path, { ...(headers && { headers }) }),
    post: (path, body, headers) => request('POST', path, { body, ...(headers && { headers }) }),
    put: (path, body, headers) => request('PUT', path, { body, ...(headers && { headers }) }),
    patch: (path, body, headers) => request('PATCH', path, { body, ...(headers && { headers }) }),
    delete: (path, headers) => request('DELETE', path, { ...(headers && { headers }) }),
    async createOrder(body = {}, headers) {
      const reply = await request('POST', '', { body, ...(headers && { headers }) })
      if (reply.status !== 201)
        throw new Error(`create failed: ${reply.status} ${JSON.stringify(reply.body)}`)
      // v1 answers the id as a bare JSON string, v0 as `{ id }` (decision 51).
      if (version === 'v1') {
        if (typeof reply.body !== 'string') throw new Error('v1 create answered no string id')
        return reply.body
      }
      return reply.body.id as string
    },
  }
}

/**
 * Installs MSW with the mock's handlers for the calling test file. Every test gets a fresh
 * store; every response is checked against openapi/order.yaml.
 */
export function useMockApi(options: Omit<HandlerOptions, 'store'> = {}): {
  readonly store: MockStore
  /** Adds handlers for this test (e.g. an adapter receiving callbacks); reset after it. */
  use: SetupServerApi['use']
} {
  let store = createStore({ seed: 1 })
  const server = setupServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    store = createStore({ seed: 1 })
    server.resetHandlers(...createHandlers({ store, validateResponses: true, ...options }))
  })
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return {
    get store() {
      return store
    },
    use: (...handlers) => server.use(...handlers),
  }
}
