import { createRequire } from 'node:module'
import { setupServer } from 'msw/node'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createHandlers,
  createOrderApi,
  createStore,
  type MockStore,
  orderApiDocument,
  ResponseContractError,
} from '../../src/index.ts'
import { bindStoreInternals, storeInternals } from '../../src/store/index.ts'
import {
  BASE_URL,
  createApiClient,
  TENANT,
  tenantHeaders,
  useMockApi,
} from '../support/mock-api.ts'
import { expectProblem, expectViolations } from '../support/problem-assertions.ts'

/** The documented playground server of a customer (MSW answers it in-process). */
const NORCE_URL = 'https://customer-slug.api-se.playground.norce.tech/checkout/order'
const LOOPBACK = 'http://127.0.0.1:3'
const ORDERS_PATH = '/checkout/order/api/v0/checkout/orders'
const MIB = 1024 * 1024

const ORDER_BODY = {
  culture: 'sv-SE',
  currency: 'SEK',
  country: 'SE',
  cart: {
    items: [
      { name: 'Thing', quantity: 1, total: { includingVat: 100, excludingVat: 80 }, vatRate: 0.25 },
    ],
    total: { includingVat: 100, excludingVat: 80 },
  },
}

interface Reply {
  status: number
  headers: Headers
  body: any
}

/** A request with `fetch` to a full URL (any origin, any prefix). */
async function call(
  url: string,
  {
    method = 'GET',
    headers = tenantHeaders(),
    body,
  }: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {},
): Promise<Reply> {
  const response = await fetch(url, { method, headers, ...(body !== undefined && { body }) })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  }
}

function json(body: unknown): { method: string; headers: Record<string, string>; body: string } {
  return {
    method: 'POST',
    headers: { ...tenantHeaders(), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }
}

/** A documented example of `openapi/order.yaml`, by response component and name. */
function documentedExample(response: string, name: string): unknown {
  const components = orderApiDocument.components as unknown as {
    responses: Record<
      string,
      { content: Record<string, { examples: Record<string, { value: unknown }> }> }
    >
  }
  return components.responses[response]?.content['application/problem+json']?.examples[name]?.value
}

/** MSW reports a request no handler answered on the console; keep it out of the test output. */
function silenceConsoleError() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined)
}

/**
 * How fetch fails for a request no handler takes under `onUnhandledRequest: 'error'`: msw 2
 * refuses to bypass it; msw 3 reports it and lets it go on, to the closed loopback port 3 (so
 * "fetch failed"). Either way nothing is answered and nothing leaves the machine.
 */
const MSW_MAJOR = Number(createRequire(import.meta.url)('msw/package.json').version.split('.')[0])
const UNHANDLED =
  MSW_MAJOR >= 3 ? /fetch failed/ : /Cannot bypass a request when using the "error" strategy/

afterEach(() => {
  vi.restoreAllMocks()
})

describe('http behaviour', () => {
  const mock = useMockApi()
  const api = createApiClient()
  const v1 = createApiClient({ version: 'v1' })

  describe('routing', () => {
    it('answers under the absolute Norce playground URL', async () => {
      const created = await call(`${NORCE_URL}/api/v0/checkout/orders`, json(ORDER_BODY))
      expect(created.status).toBe(201)
      expect(created.headers.get('location')).toBe(`${ORDERS_PATH}/${created.body.id}`)
      expect(mock.store.getOrder(created.body.id)?.merchant).toBe(TENANT.merchant)
      const read = await call(`${NORCE_URL}/api/v1/checkout/orders/${created.body.id}`)
      expect(read.status).toBe(200)
      expect(read.body.id).toBe(created.body.id)
    })

    it('answers under a /proxy/order prefix and with no prefix at all, on the same store', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const proxied = await call(`${LOOPBACK}/proxy/order/api/v1/checkout/orders/${orderId}`)
      expect(proxied.status).toBe(200)
      expect(proxied.body.total).toEqual({ includingVat: 100, excludingVat: 80 })
      const bare = await call(`${LOOPBACK}/api/v0/checkout/orders/${orderId}/payments`)
      expect(bare).toMatchObject({ status: 200, body: [] })
    })

    it('names the prefix the request used in Location and instance', async () => {
      const created = await call(`${LOOPBACK}/proxy/order/api/v1/checkout/orders`, json(ORDER_BODY))
      expect(typeof created.body).toBe('string')
      expect(created.headers.get('location')).toBe(
        `/proxy/order/api/v1/checkout/orders/${created.body}`,
      )
      const missing = await call(`${LOOPBACK}/proxy/order/api/v1/checkout/orders/o_unknown`)
      expect(missing.body.instance).toBe('/proxy/order/api/v1/checkout/orders/o_unknown')
    })

    it('serves v0 and v1 on the same store: a change through one is seen through the other', async () => {
      const orderId = await v1.createOrder(ORDER_BODY)
      const shipping = await api.post(`/${orderId}/shippings`, {
        total: { includingVat: 12.5, excludingVat: 10 },
        vatRate: 0.25,
      })
      expect(shipping.status).toBe(201)
      const seen = await v1.get(`/${orderId}`)
      expect(seen.body.shippings.map((entry: { id: string }) => entry.id)).toEqual([
        shipping.body.id,
      ])
      expect(seen.body.total).toEqual({ includingVat: 112.5, excludingVat: 90 })
      // The same order; v1 leaves out what its contract lacks (shipping merchant/channel).
      const v0Body = (await api.get(`/${orderId}`)).body
      expect(v0Body.shippings[0]).toMatchObject({ merchant: TENANT.merchant })
      expect(seen.body.shippings[0]).not.toHaveProperty('merchant')
      const { shippings: v0Shippings, ...v0Rest } = v0Body
      const { shippings: v1Shippings, ...v1Rest } = seen.body
      expect(v1Rest).toEqual(v0Rest)
      const { merchant: _merchant, channel: _channel, ...shared } = v0Shippings[0]
      expect(v1Shippings).toEqual([shared])
    })

    it('answers 404 route-not-found for an unknown sub-path of an order', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.get(`/${orderId}/invoices`)
      expectProblem(reply, 404, 'route-not-found')
      expect(reply.body.detail).toContain(`matches GET ${ORDERS_PATH}/${orderId}/invoices.`)
      expectProblem(await api.get(`/${orderId}/payments/p_x/actions/pa_y`), 404, 'route-not-found')
    })

    it('does not handle paths outside /api/v0|v1/checkout/orders (fetch fails, nothing escapes)', async () => {
      const errors = silenceConsoleError()
      await expect(call(`${LOOPBACK}/checkout/order/api/v2/checkout/orders`)).rejects.toThrow(
        UNHANDLED,
      )
      await expect(call(`${LOOPBACK}/checkout/order/api/v0/checkout/carts`)).rejects.toThrow(
        UNHANDLED,
      )
      // msw 2 reports it on console.error; msw 3 reports it its own way.
      if (MSW_MAJOR < 3) {
        expect(errors.mock.calls.flat().join(' ')).toContain('without a matching request handler')
      }
    })

    it('answers 405 with an Allow header for a method the path does not take', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const payments = await api.request('DELETE', `/${orderId}/payments`)
      expectProblem(payments, 405, 'method-not-allowed')
      expect(payments.headers.get('allow')).toBe('GET, POST')
      expect(payments.body.detail).toBe(
        `DELETE is not allowed on ${ORDERS_PATH}/${orderId}/payments; use GET, POST.`,
      )
      const hook = await api.request('GET', `/${orderId}/hooks/oc_x`)
      expectProblem(hook, 405, 'method-not-allowed')
      expect(hook.headers.get('allow')).toBe('DELETE')
      const validation = await api.request('PATCH', `/${orderId}/validations/oc_x`)
      expect(validation.headers.get('allow')).toBe('PUT, DELETE')
    })
  })

  describe('authentication', () => {
    it('answers 401 with WWW-Authenticate: Bearer without an Authorization header', async () => {
      const reply = await api.request('GET', '', { headers: { authorization: '' } })
      expectProblem(reply, 401, 'unauthorized')
      expect(reply.headers.get('www-authenticate')).toBe('Bearer')
      expect(reply.body.detail).toBe('Send an Authorization: Bearer <token> header.')
    })

    it('answers 401 for Basic credentials and for an empty bearer token', async () => {
      expectProblem(
        await api.request('GET', '', { headers: { authorization: 'Basic dXNlcjpwYXNz' } }),
        401,
        'unauthorized',
      )
      expectProblem(
        await api.request('GET', '', { headers: { authorization: 'Bearer ' } }),
        401,
        'unauthorized',
      )
    })

    it('answers 401 before validating anything else, and stores nothing', async () => {
      const reply = await api.request('POST', '', {
        headers: { authorization: '', 'x-merchant': '' },
        rawBody: 'not json',
      })
      expectProblem(reply, 401, 'unauthorized')
      expect(mock.store.listOrders()).toEqual([])
    })

    it('accepts any non-empty bearer token by default, whatever the case of the scheme', async () => {
      const reply = await api.request('POST', '', {
        body: ORDER_BODY,
        headers: { authorization: 'bearer anything-at-all' },
      })
      expect(reply.status).toBe(201)
    })
  })

  describe('tenant headers', () => {
    it('answers 400 naming header/x-merchant when it is missing, and stores nothing', async () => {
      const reply = await api.request('POST', '', {
        body: ORDER_BODY,
        headers: { 'x-merchant': '' },
      })
      expectViolations(reply, ['header/x-merchant', 'required'])
      expect(reply.body.detail).toBe(
        'The request broke 1 rule of the contract: header/x-merchant is required.',
      )
      expect(mock.store.listOrders()).toEqual([])
    })

    it('answers 400 naming header/x-merchant and header/x-channel when they are empty', async () => {
      const reply = await call(`${BASE_URL}/api/v0/checkout/orders`, {
        headers: { authorization: 'Bearer t', 'x-merchant': '', 'x-channel': '' },
      })
      expectViolations(reply, ['header/x-merchant', 'minLength'], ['header/x-channel', 'minLength'])
    })

    it('answers 400 naming header/x-channel alone when only it is missing', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      expectViolations(await api.get(`/${orderId}`, { 'x-channel': '' }), [
        'header/x-channel',
        'required',
      ])
    })
  })

  describe('request bodies', () => {
    it('answers 413 payload-too-large for a body over 1 MiB, and stores nothing', async () => {
      const text = JSON.stringify({ ...ORDER_BODY, reference: 'x'.repeat(MIB) })
      const reply = await api.request('POST', '', {
        rawBody: text,
        headers: { 'content-type': 'application/json' },
      })
      expectProblem(reply, 413, 'payload-too-large')
      expect(reply.body.detail).toBe(
        `The request body is ${text.length} bytes; the limit is ${MIB} bytes.`,
      )
      expect(mock.store.listOrders()).toEqual([])
    })

    it('accepts a body of exactly 1 MiB', async () => {
      const frame = JSON.stringify({ reference: '' })
      const text = JSON.stringify({ reference: 'x'.repeat(MIB - frame.length) })
      expect(text.length).toBe(MIB)
      const reply = await api.request('POST', '', {
        rawBody: text,
        headers: { 'content-type': 'application/json' },
      })
      expect(reply.status).toBe(201)
      expect(mock.store.getOrder(reply.body.id)?.reference).toHaveLength(MIB - frame.length)
    })

    it('answers 415 unsupported-media-type for a text/plain body, and stores nothing', async () => {
      const reply = await api.request('POST', '', {
        rawBody: JSON.stringify(ORDER_BODY),
        headers: { 'content-type': 'text/plain' },
      })
      expectProblem(reply, 415, 'unsupported-media-type')
      expect(reply.body.detail).toBe(
        'Content-Type text/plain is not supported; send the body as application/json.',
      )
      expect(mock.store.listOrders()).toEqual([])
    })

    it('answers 415 for a JSON body sent without a Content-Type', async () => {
      const reply = await call(`${BASE_URL}/api/v0/checkout/orders`, {
        method: 'POST',
        body: new Blob([JSON.stringify(ORDER_BODY)]),
      })
      expectProblem(reply, 415, 'unsupported-media-type')
      expect(reply.body.detail).toBe(
        'Content-Type (none) is not supported; send the body as application/json.',
      )
    })

    it('accepts application/json with a charset and any +json media type', async () => {
      const charset = await api.request('POST', '', {
        rawBody: JSON.stringify(ORDER_BODY),
        headers: { 'content-type': 'application/json; charset=utf-8' },
      })
      expect(charset.status).toBe(201)
      const vendor = await api.request('POST', '', {
        rawBody: JSON.stringify(ORDER_BODY),
        headers: { 'content-type': 'application/vnd.norce+json' },
      })
      expect(vendor.status).toBe(201)
    })

    it('answers 400 malformed-json for a body that is not JSON', async () => {
      const reply = await api.request('POST', '', {
        rawBody: '{"culture": "sv-SE",}',
        headers: { 'content-type': 'application/json' },
      })
      expectProblem(reply, 400, 'malformed-json')
      expect(reply.body.detail).toMatch(/^The request body is not valid JSON: /)
      expect(reply.body.errors).toBeUndefined()
      expect(mock.store.listOrders()).toEqual([])
    })

    it('treats an empty body as no body, whatever its Content-Type', async () => {
      const reply = await api.request('POST', '', {
        rawBody: '',
        headers: { 'content-type': 'text/plain' },
      })
      expect(reply.status).toBe(201)
    })

    it('answers 400 body/requestBody to a body sent where the operation takes none, whatever its type or size', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const before = mock.store.snapshot()
      for (const [rawBody, contentType] of [
        ['{"a":1}', 'application/json'],
        ['hello', 'text/plain'],
        ['x'.repeat(MIB + 1), 'text/plain'],
      ] as const) {
        const reply = await api.request('DELETE', `/${orderId}`, {
          rawBody,
          headers: { 'content-type': contentType },
        })
        expectViolations(reply, ['body', 'requestBody'])
      }
      expect(mock.store.snapshot()).toEqual(before)
    })
  })

  describe('Prefer header', () => {
    it('code=404 answers the documented example without touching the order', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const before = mock.store.snapshot()
      const reply = await api.get(`/${orderId}`, { prefer: 'code=404' })
      expectProblem(reply, 404, 'order-not-found')
      expect(reply.body).toEqual(documentedExample('NotFound', 'order-not-found'))
      const removed = await api.put(
        `/${orderId}/state`,
        { currentStatus: 'removed' },
        { prefer: 'code=404' },
      )
      expect(removed.status).toBe(404)
      expect(mock.store.snapshot()).toEqual(before)
    })

    it('code=201 on a create answers the documented example id and stores nothing', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.post(`/${orderId}/payments`, { amount: 100 }, { prefer: 'code=201' })
      expect(reply.status).toBe(201)
      expect(reply.body).toEqual({ id: 'p_KBiXuYjvYxsezKCQAMuuSKGDaT' })
      expect(mock.store.getOrder(orderId)?.payments).toEqual([])
    })

    it('code=200 on a no-content operation answers 200 without a body and stores nothing', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.post(
        `/${orderId}/hooks`,
        { invoke: `${LOOPBACK}/hook` },
        { prefer: 'code=200' },
      )
      expect(reply.status).toBe(200)
      expect(reply.body).toBeUndefined()
      expect(mock.store.getOrder(orderId)?.hooks).toEqual([])
    })

    it('code=409 answers the first documented conflict, even for an order that does not exist', async () => {
      const reply = await api.put(
        '/o_unknown/state',
        { currentStatus: 'completed' },
        { prefer: 'code=409' },
      )
      expectProblem(reply, 409, 'order-locked')
      expect(reply.body).toEqual(documentedExample('Conflict', 'order-locked'))
    })

    it('example=<name> picks a named example of the first success status', async () => {
      const reply = await api.get('/o_yClTSySjyAuuBjmiBlHCjuEcTf', {
        prefer: 'example=bruno-created-order',
      })
      expect(reply.status).toBe(200)
      const documented = (
        orderApiDocument.paths['/api/v0/checkout/orders/{order_id}'] as unknown as {
          get: {
            responses: {
              '200': {
                content: { 'application/json': { examples: Record<string, { value: unknown }> } }
              }
            }
          }
        }
      ).get.responses['200'].content['application/json'].examples['bruno-created-order']?.value
      expect(reply.body).toEqual(documented)
      expect(reply.body.id).toBe('o_yClTSySjyAuuBjmiBlHCjuEcTf')
    })

    it('code and example combine, and a quoted example name is accepted', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.get(`/${orderId}/payments/p_x`, {
        prefer: 'code=404, example="not-found"',
      })
      expectProblem(reply, 404, 'payment-not-found')
      expect(reply.body).toEqual(documentedExample('NotFound', 'not-found'))
    })

    it('example=<name> finds an example of any documented media type (Validate 400 as a problem)', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const failed = await api.post(`/${orderId}/validate`, {}, { prefer: 'code=400' })
      expect(failed.status).toBe(400)
      expect(failed.headers.get('content-type')).toBe('application/json')
      expect(failed.body).toEqual([
        { code: 'payments-do-not-cover-total' },
        { code: 'validation-callback-failed', adapterId: 'onhand_verify' },
      ])
      const problem = await api.post(
        `/${orderId}/validate`,
        {},
        { prefer: 'code=400, example=missing-tenant-header' },
      )
      expectProblem(problem, 400, 'validation-failed')
      expect(problem.body.errors).toEqual([
        { location: 'header/x-channel', keyword: 'required', message: 'is required' },
      ])
    })

    it('answers 400 naming header/prefer for an unknown example, and changes nothing', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const before = mock.store.snapshot()
      const reply = await api.post(
        `/${orderId}/payments`,
        { amount: 1 },
        { prefer: 'example=no-such-example' },
      )
      expectViolations(reply, ['header/prefer', 'example'])
      expect(reply.body.errors[0].message).toBe(
        'asks for example "no-such-example", which CreateOrderPayment 201 does not have (it has: example)',
      )
      expect(mock.store.snapshot()).toEqual(before)
    })

    it('answers 400 naming header/prefer for a status the operation does not document', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const teapot = await api.get(`/${orderId}`, { prefer: 'code=418' })
      expectViolations(teapot, ['header/prefer', 'code'])
      expect(teapot.body.errors[0].message).toBe(
        'asks for 418, which GetCheckoutOrder does not document (documented: 200, 400, 401, 404)',
      )
      expectViolations(await api.get(`/${orderId}/payments`, { prefer: 'code=409' }), [
        'header/prefer',
        'code',
      ])
    })

    it('answers 400 naming header/prefer for an unusable code, example or delay, instead of running the operation', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const before = mock.store.snapshot()
      expectViolations(await api.post(`/${orderId}/payments`, {}, { prefer: 'code=4o4' }), [
        'header/prefer',
        'code',
      ])
      expectViolations(await api.post(`/${orderId}/payments`, {}, { prefer: 'delay=soon' }), [
        'header/prefer',
        'delay',
      ])
      expectViolations(await api.post(`/${orderId}/payments`, {}, { prefer: 'example=' }), [
        'header/prefer',
        'example',
      ])
      expect(mock.store.snapshot()).toEqual(before)
    })

    it('ignores preferences the mock does not know (RFC 7240)', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.post(
        `/${orderId}/payments`,
        { amount: 1 },
        { prefer: 'return=minimal, respond-async' },
      )
      expect(reply.status).toBe(201)
      expect(mock.store.getOrder(orderId)?.payments).toHaveLength(1)
    })

    it('does not bypass authentication or request validation', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      expectProblem(
        await api.get(`/${orderId}`, { prefer: 'code=200', authorization: '' }),
        401,
        'unauthorized',
      )
      expectViolations(await api.get(`/${orderId}`, { prefer: 'code=200', 'x-merchant': '' }), [
        'header/x-merchant',
        'required',
      ])
      expectViolations(
        await api.post(`/${orderId}/payments`, { amount: 'x' }, { prefer: 'code=201' }),
        ['body/amount', 'type'],
      )
    })

    it('delay=50 answers no sooner than 50 ms, and still runs the operation', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const started = performance.now()
      const reply = await api.post(`/${orderId}/payments`, { amount: 1 }, { prefer: 'delay=50' })
      const elapsed = performance.now() - started
      expect(reply.status).toBe(201)
      // Node timers may fire up to 1 ms early against performance.now (ms-granular loop time).
      expect(elapsed).toBeGreaterThanOrEqual(49)
      expect(mock.store.getOrder(orderId)?.payments?.map((payment) => payment.id)).toEqual([
        reply.body.id,
      ])
    })

    it('delay combines with code', async () => {
      const started = performance.now()
      const reply = await api.get('/o_unknown', { prefer: 'code=404; delay=30' })
      expect(performance.now() - started).toBeGreaterThanOrEqual(29)
      expectProblem(reply, 404, 'order-not-found')
    })
  })
})

describe('http behaviour with accepted tokens configured', () => {
  const mock = useMockApi({ tokens: ['good'] })
  const api = createApiClient()

  it('accepts a listed token', async () => {
    const reply = await api.request('POST', '', {
      body: ORDER_BODY,
      headers: { authorization: 'Bearer good' },
    })
    expect(reply.status).toBe(201)
    expect(mock.store.listOrders()).toHaveLength(1)
  })

  it('answers 401 for a token that is not listed, and stores nothing', async () => {
    const reply = await api.request('POST', '', {
      body: ORDER_BODY,
      headers: { authorization: 'Bearer test-token' },
    })
    expectProblem(reply, 401, 'unauthorized')
    expect(reply.body.detail).toBe('The bearer token is not accepted by this mock.')
    expect(reply.headers.get('www-authenticate')).toBe('Bearer')
    expect(mock.store.listOrders()).toEqual([])
  })

  it('answers 401 without a token or with Basic credentials', async () => {
    expectProblem(
      await api.request('GET', '', { headers: { authorization: '' } }),
      401,
      'unauthorized',
    )
    expectProblem(
      await api.request('GET', '', { headers: { authorization: 'Basic Z29vZA==' } }),
      401,
      'unauthorized',
    )
  })
})

describe('http behaviour with a fixed latency', () => {
  useMockApi({ latency: 40 })
  const api = createApiClient()

  it('answers no sooner than the latency', async () => {
    const started = performance.now()
    const reply = await api.request('POST', '', { body: ORDER_BODY })
    expect(reply.status).toBe(201)
    expect(performance.now() - started).toBeGreaterThanOrEqual(39)
  })

  it('adds a Prefer delay on top of the latency', async () => {
    const started = performance.now()
    const reply = await api.get('', { prefer: 'delay=60' })
    expect(reply.status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(99)
  })

  it('delays error answers too: 400, 401, 404 and 405', async () => {
    for (const [method, path, headers, status] of [
      ['GET', '', { 'x-merchant': '' }, 400],
      ['GET', '', { authorization: '' }, 401],
      ['GET', '/o_none/nowhere', {}, 404],
      ['PATCH', '', {}, 405],
    ] as const) {
      const started = performance.now()
      const reply = await api.request(method, path, { headers })
      expect(reply.status).toBe(status)
      expect(performance.now() - started).toBeGreaterThanOrEqual(39)
    }
  })
})

describe('http behaviour with a latency range', () => {
  useMockApi({ latency: { min: 30, max: 40 } })
  const api = createApiClient()

  it('answers no sooner than the lower bound', async () => {
    for (let index = 0; index < 3; index++) {
      const started = performance.now()
      expect((await api.get('')).status).toBe(200)
      expect(performance.now() - started).toBeGreaterThanOrEqual(29)
    }
  })
})

describe('http behaviour with a baseUrl', () => {
  const mock = useMockApi({ baseUrl: `${NORCE_URL}/` })

  it('answers requests under the base URL', async () => {
    const created = await call(`${NORCE_URL}/api/v0/checkout/orders`, json(ORDER_BODY))
    expect(created.status).toBe(201)
    expect(mock.store.getOrder(created.body.id)).toBeDefined()
    expect((await call(`${NORCE_URL}/api/v1/checkout/orders/${created.body.id}`)).status).toBe(200)
  })

  it('leaves another origin unanswered: fetch rejects and nothing is stored', async () => {
    silenceConsoleError()
    // Unhandled by the mock: MSW's onUnhandledRequest: 'error' applies (see UNHANDLED).
    const reply = call(`${BASE_URL}/api/v0/checkout/orders`, json(ORDER_BODY))
    await expect(reply).rejects.toThrow()
    await reply.catch((error: Error) =>
      expect(`${error.message} ${String(error.cause)}`).toMatch(UNHANDLED),
    )
    expect(mock.store.listOrders()).toEqual([])
  })
})

describe('http behaviour with validateResponses', () => {
  /**
   * A store whose reads hand the operations an order that breaks the contract (the real store
   * refuses to hold one), so only the response check stands between it and the client.
   */
  async function storeAnsweringAgainstTheContract(): Promise<{
    store: MockStore
    orderId: string
  }> {
    const store = createStore({ seed: 1 })
    const api = createOrderApi({ store })
    const created = await api.handle({
      method: 'POST',
      path: '/api/v0/checkout/orders',
      query: {},
      headers: { ...tenantHeaders(), 'content-type': 'application/json' },
      body: { culture: 'sv-SE' },
    })
    const orderId = (created.body as { id: string }).id
    const internals = storeInternals(store)
    const broken: MockStore = { ...store }
    bindStoreInternals(broken, {
      ...internals,
      findOrder: (id) => {
        const order = internals.findOrder(id)
        return order && { ...order, currency: 'KRONOR' }
      },
    })
    return { store: broken, orderId }
  }

  const read = (orderId: string) => ({
    method: 'GET',
    path: `/api/v0/checkout/orders/${orderId}`,
    query: {},
    headers: tenantHeaders(),
  })

  it('on: the operations core throws a ResponseContractError naming each violation', async () => {
    const { store, orderId } = await storeAnsweringAgainstTheContract()
    const reading = createOrderApi({ store, validateResponses: true }).handle(read(orderId))
    await expect(reading).rejects.toBeInstanceOf(ResponseContractError)
    const error = (await reading.catch((caught: unknown) => caught)) as ResponseContractError
    expect(error.violations).toEqual([
      expect.objectContaining({ location: 'body/currency', keyword: 'pattern' }),
    ])
    expect(error.message).toContain(
      'Failed to answer GetCheckoutOrder: the 200 response breaks openapi/order.yaml',
    )
  })

  it('on, through MSW: the client gets a 500 and the error is logged', async () => {
    const { store, orderId } = await storeAnsweringAgainstTheContract()
    const server = setupServer(...createHandlers({ store, validateResponses: true }))
    server.listen({ onUnhandledRequest: 'error' })
    try {
      const errors = silenceConsoleError()
      const reply = await call(`${BASE_URL}/api/v0/checkout/orders/${orderId}`, {
        headers: tenantHeaders(),
      })
      expect(reply.status).toBe(500)
      expect(JSON.stringify(reply.body)).toContain('body/currency')
      expect(errors).toHaveBeenCalled()
    } finally {
      server.close()
    }
  })

  it('off: the answer goes out unchecked', async () => {
    const { store, orderId } = await storeAnsweringAgainstTheContract()
    const reply = await createOrderApi({ store }).handle(read(orderId))
    expect(reply.status).toBe(200)
    expect(reply.body).toMatchObject({ id: orderId, currency: 'KRONOR' })
  })
})
