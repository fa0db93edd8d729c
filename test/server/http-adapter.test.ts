import { Agent, request as httpRequest } from 'node:http'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createFactories } from '../../src/factories/index.ts'
import { MAX_BODY_BYTES } from '../../src/operations/index.ts'
import { orderEntryFields, storeInternals } from '../../src/store/index.ts'
import { call, demoHeaders } from './support/http.ts'
import { useServer } from './support/in-process.ts'

const orders = '/api/v0/checkout/orders'
const keepAliveAgent = new Agent({ keepAlive: true, maxSockets: 1 })
afterAll(() => keepAliveAgent.destroy())

describe('the node:http adapter', () => {
  const mock = useServer()

  it('serves the Order API at the root, under /checkout/order and on v0 and v1', async () => {
    const { url } = mock.server
    const created = await call(`${url}/checkout/order${orders}`, {
      method: 'POST',
      headers: demoHeaders(),
      json: { culture: 'sv-SE', currency: 'SEK', country: 'SE' },
    })
    expect(created.status).toBe(201)
    expect(created.headers.get('location')).toBe(
      `/checkout/order/api/v0/checkout/orders/${created.body.id}`,
    )
    for (const path of [
      `/api/v0/checkout/orders/${created.body.id}`,
      `/api/v1/checkout/orders/${created.body.id}`,
      `/checkout/order/api/v1/checkout/orders/${created.body.id}`,
    ]) {
      const read = await call(`${url}${path}`, { headers: demoHeaders() })
      expect(read.status, path).toBe(200)
      expect(read.body.id).toBe(created.body.id)
    }
  })

  it('passes repeated query parameters as arrays (list filters)', async () => {
    const list = await call(
      `${mock.server.url}${orders}?status=checkout&status=completed&limit=100`,
      {
        headers: demoHeaders(),
      },
    )
    expect(list.status).toBe(200)
    const statuses = new Set(list.body.data.map((order: any) => order.state.currentStatus))
    expect([...statuses].sort()).toEqual(['checkout', 'completed'])
  })

  it('forwards the Notification event log to the core', async () => {
    const events = await call(
      `${mock.server.url}/checkout/notification/api/v1/events?order_id=o_none`,
      { headers: demoHeaders() },
    )
    expect(events.status).toBe(200)
    expect(events.headers.get('content-type')).toMatch(/^application\/json/)
  })

  it('answers 413 for a body over 1 MiB', async () => {
    const big = JSON.stringify({ reference: 'x'.repeat(MAX_BODY_BYTES) })
    const reply = await call(`${mock.server.url}${orders}`, {
      method: 'POST',
      headers: { ...demoHeaders(), 'content-type': 'application/json' },
      raw: big,
    })
    expect(reply.status).toBe(413)
    expect(reply.body).toMatchObject({ code: 'payload-too-large', status: 413 })
  })

  it('answers 415 for a body that is not JSON', async () => {
    const reply = await call(`${mock.server.url}${orders}`, {
      method: 'POST',
      headers: { ...demoHeaders(), 'content-type': 'text/plain' },
      raw: 'culture=sv-SE',
    })
    expect(reply.status).toBe(415)
    expect(reply.headers.get('content-type')).toBe('application/problem+json')
    expect(reply.body.code).toBe('unsupported-media-type')
  })

  it('answers 400 malformed-json for broken JSON', async () => {
    const reply = await call(`${mock.server.url}${orders}`, {
      method: 'POST',
      headers: { ...demoHeaders(), 'content-type': 'application/json' },
      raw: '{"culture": "sv-SE",',
    })
    expect(reply.status).toBe(400)
    expect(reply.body.code).toBe('malformed-json')
  })

  it('reads a chunked body (no content-length)', async () => {
    const { status, body } = await rawRequest(mock.server.url, {
      method: 'POST',
      path: orders,
      headers: { ...demoHeaders(), 'content-type': 'application/json' },
      chunks: ['{"culture":', '"sv-SE","currency":"SEK",', '"country":"SE"}'],
    })
    expect(status).toBe(201)
    expect(JSON.parse(body).id).toMatch(/^o_/)
  })

  it('keeps connections alive', async () => {
    const reply = await rawRequest(mock.server.url, { method: 'GET', path: '/__admin/health' })
    expect(reply.headers.connection).toBe('keep-alive')
    expect(reply.headers['keep-alive']).toMatch(/timeout=\d+/)
    expect(reply.reusedSocket).toBe(false)
    const again = await rawRequest(mock.server.url, { method: 'GET', path: '/__admin/health' })
    expect(again.reusedSocket).toBe(true)
  })

  it('answers 414 for an absurdly long URL and 401 without a token', async () => {
    const long = await call(`${mock.server.url}${orders}?search=${'x'.repeat(9000)}`, {
      headers: demoHeaders(),
    })
    expect(long.status).toBe(414)
    expect(long.body.code).toBe('uri-too-long')
    const anonymous = await call(`${mock.server.url}${orders}`)
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer')
  })

  it('answers unknown paths with a problem, not a crash', async () => {
    const reply = await call(`${mock.server.url}/nothing/here`, { headers: demoHeaders() })
    expect(reply.status).toBe(404)
    expect(reply.body.code).toBe('route-not-found')
  })

  it('answers 500 with a problem naming the failure when the mock itself fails, and goes on', async () => {
    // An order whose build fails on its first read (an --orders order the factories got
    // wrong: decision 175), stored beside the others.
    const order = createFactories({ seed: 5, ...mock.server.tenant }).buildOrder()
    storeInternals(mock.server.store).insertPrepared([
      {
        fields: orderEntryFields(order),
        json: {
          build: () => {
            throw new Error(`order ${order.id} breaks the contract: Order/currency must match`)
          },
        },
      },
    ])
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      for (const path of [`${orders}/${order.id}`, `${orders}?search=${order.id}`]) {
        const reply = await call(`${mock.server.url}${path}`, { headers: demoHeaders() })
        expect(reply.status, path).toBe(500)
        expect(reply.headers.get('content-type')).toBe('application/problem+json')
        expect(reply.body).toMatchObject({ status: 500, code: 'internal-error' })
        expect(reply.body.detail).toContain(`order ${order.id} breaks the contract`)
      }
      expect(errors).toHaveBeenCalledTimes(2)
    } finally {
      errors.mockRestore()
    }
    // The server goes on serving.
    const created = await call(`${mock.server.url}${orders}`, {
      method: 'POST',
      headers: demoHeaders(),
      json: { culture: 'sv-SE', currency: 'SEK', country: 'SE' },
    })
    expect(created.status).toBe(201)
    const read = await call(`${mock.server.url}${orders}/${created.body.id}`, {
      headers: demoHeaders(),
    })
    expect(read.status).toBe(200)
  })
})

describe('CORS', () => {
  describe('with the default (any origin)', () => {
    const mock = useServer()

    it('answers a preflight with 204 and the allowed methods and headers', async () => {
      const reply = await call(`${mock.server.url}${orders}`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:3000',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type, x-merchant, x-channel',
        },
      })
      expect(reply.status).toBe(204)
      expect(reply.headers.get('access-control-allow-origin')).toBe('*')
      expect(reply.headers.get('access-control-allow-methods')).toContain('POST')
      expect(reply.headers.get('access-control-allow-headers')).toBe(
        'authorization, content-type, x-merchant, x-channel',
      )
      expect(reply.headers.get('access-control-max-age')).toBe('600')
    })

    it('lets a browser read the Location header of a create', async () => {
      const reply = await call(`${mock.server.url}${orders}`, {
        method: 'POST',
        headers: { ...demoHeaders(), origin: 'http://localhost:3000' },
        json: {},
      })
      expect(reply.status).toBe(201)
      expect(reply.headers.get('access-control-allow-origin')).toBe('*')
      expect(reply.headers.get('access-control-expose-headers')).toContain('location')
    })
  })

  describe('with one allowed origin', () => {
    const mock = useServer({ cors: ['http://localhost:3000'] })

    it('echoes the allowed origin and leaves others without CORS headers', async () => {
      // The Order API, not the admin API: that one is never shared cross-origin (issue 15).
      const allowed = await call(`${mock.server.url}${orders}?limit=1`, {
        headers: { ...demoHeaders(), origin: 'http://localhost:3000' },
      })
      expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
      expect(allowed.headers.get('vary')).toBe('Origin')
      const other = await call(`${mock.server.url}${orders}?limit=1`, {
        headers: { ...demoHeaders(), origin: 'http://evil.test' },
      })
      expect(other.headers.get('access-control-allow-origin')).toBeNull()
      const preflight = await call(`${mock.server.url}${orders}`, {
        method: 'OPTIONS',
        headers: { origin: 'http://evil.test', 'access-control-request-method': 'GET' },
      })
      expect(preflight.status).toBe(204)
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    })
  })
})

describe('the request log', () => {
  const lines: string[] = []
  const mock = useServer({ logLevel: 'warn', writeLog: (text) => lines.push(text) })

  it('writes one JSON line per request at or above the level', async () => {
    lines.length = 0
    await call(`${mock.server.url}/__admin/health`)
    await call(`${mock.server.url}${orders}/o_missing`, { headers: demoHeaders() })
    await new Promise((resolve) => setImmediate(resolve))
    const logged = lines
      .join('')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(logged).toEqual([
      {
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        level: 'warn',
        method: 'GET',
        path: `${orders}/o_missing`,
        status: 404,
        ms: expect.any(Number),
        operationId: 'GetCheckoutOrder',
      },
    ])
  })
})

/** A request over node:http itself: chunked bodies, and whether the socket was reused. */
function rawRequest(
  base: string,
  options: { method: string; path: string; headers?: Record<string, string>; chunks?: string[] },
): Promise<{
  status: number
  headers: Record<string, unknown>
  body: string
  reusedSocket: boolean
}> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${options.path}`, {
      method: options.method,
      headers: options.headers,
      agent: keepAliveAgent,
    })
    req.on('response', (res) => {
      let body = ''
      res.setEncoding('utf8').on('data', (text: string) => {
        body += text
      })
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body,
          reusedSocket: req.reusedSocket,
        }),
      )
    })
    req.on('error', reject)
    for (const chunk of options.chunks ?? []) req.write(chunk)
    req.end()
  })
}
