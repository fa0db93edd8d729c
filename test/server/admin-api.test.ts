import { describe, expect, it } from 'vitest'
import { call, demoHeaders } from './support/http.ts'
import { useServer } from './support/in-process.ts'

const orders = '/api/v0/checkout/orders'

describe('the admin API', () => {
  const mock = useServer()
  // State-changing admin requests must be application/json (issue 15, finding 4).
  const admin = (path: string, init: Parameters<typeof call>[1] = {}) =>
    call(`${mock.server.url}/__admin${path}`, {
      ...init,
      headers: {
        ...(init.method && init.method !== 'GET' && { 'content-type': 'application/json' }),
        ...init.headers,
      },
    })

  describe('GET /__admin/health', () => {
    it('answers ok with the number of stored orders', async () => {
      const reply = await admin('/health')
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual({ status: 'ok', orders: mock.server.store.listOrders().length })
    })
  })

  describe('GET /__admin', () => {
    it('lists the admin endpoints', async () => {
      const reply = await admin('')
      expect(reply.body.routes.map((route: any) => `${route.method} ${route.path}`)).toContain(
        'PUT /__admin/state',
      )
    })
  })

  describe('POST /__admin/reset', () => {
    it('goes back to the seeded start state, and ids start over from the seed', async () => {
      const before = await admin('/state')
      const created = await call(`${mock.server.url}${orders}`, {
        method: 'POST',
        headers: demoHeaders(),
        json: {},
      })
      expect(created.status).toBe(201)
      const reset = await admin('/reset', { method: 'POST' })
      expect(reset.status).toBe(200)
      expect(reset.body).toEqual({ status: 'reset', orders: before.body.orders.length })
      expect((await admin('/state')).body).toEqual(before.body)
      const again = await call(`${mock.server.url}${orders}`, {
        method: 'POST',
        headers: demoHeaders(),
        json: {},
      })
      expect(again.body.id).toBe(created.body.id)
    })
  })

  describe('GET and PUT /__admin/state', () => {
    it('round-trips: an export imported elsewhere serves the same orders', async () => {
      const id = (
        await call(`${mock.server.url}${orders}`, {
          method: 'POST',
          headers: demoHeaders(),
          json: { reference: 'exported' },
        })
      ).body.id
      const exported = await admin('/state')
      expect(exported.status).toBe(200)
      expect(Object.keys(exported.body)).toEqual(['orders', 'transactions'])

      await admin('/reset', { method: 'POST' })
      expect(
        (await call(`${mock.server.url}${orders}/${id}`, { headers: demoHeaders() })).status,
      ).toBe(404)

      const imported = await admin('/state', { method: 'PUT', json: exported.body })
      expect(imported.status).toBe(200)
      expect(imported.body).toEqual({
        status: 'imported',
        orders: exported.body.orders.length,
        transactions: exported.body.transactions.length,
      })
      expect((await admin('/state')).body).toEqual(exported.body)
      const read = await call(`${mock.server.url}${orders}/${id}`, { headers: demoHeaders() })
      expect(read.body).toMatchObject({ id, reference: 'exported' })
    })

    it('hands out no id that the imported state already holds', async () => {
      const first = await call(`${mock.server.url}${orders}`, {
        method: 'POST',
        headers: demoHeaders(),
        json: {},
      })
      const exported = (await admin('/state')).body
      await admin('/reset', { method: 'POST' })
      await admin('/state', { method: 'PUT', json: exported })
      const next = await call(`${mock.server.url}${orders}`, {
        method: 'POST',
        headers: demoHeaders(),
        json: {},
      })
      expect(next.status).toBe(201)
      expect(next.body.id).not.toBe(first.body.id)
    })

    it('refuses an invalid import whole, with every violation, and changes nothing', async () => {
      const before = (await admin('/state')).body
      const [good, second] = before.orders
      const invalid = {
        orders: [
          good,
          { ...second, state: { currentStatus: 'shipped' }, total: 'lots' },
          { ...good },
          { merchant: 'm', channel: 'c' },
        ],
        transactions: [{ orderId: 'o_unknown', paymentId: 'p_x', transaction: {} }],
        extra: true,
      }
      const reply = await admin('/state', { method: 'PUT', json: invalid })
      expect(reply.status).toBe(400)
      expect(reply.headers.get('content-type')).toBe('application/problem+json')
      expect(reply.body.code).toBe('validation-failed')
      const locations = reply.body.errors.map((error: any) => error.location)
      expect(locations).toEqual(
        expect.arrayContaining([
          'body/extra',
          'body/orders/1/state/currentStatus',
          'body/orders/1/total',
          'body/orders/2/id',
          'body/orders/3/id',
          'body/transactions/0/orderId',
        ]),
      )
      expect((await admin('/state')).body).toEqual(before)
    })

    it('refuses a state file (its journalSequence) and says to import an export instead', async () => {
      const exported = (await admin('/state')).body
      const reply = await admin('/state', {
        method: 'PUT',
        json: { journalSequence: 3, ...exported },
      })
      expect(reply.status).toBe(400)
      expect(reply.body.errors).toEqual([
        expect.objectContaining({
          location: 'body/journalSequence',
          message: expect.stringContaining('import what GET /__admin/state answers instead'),
        }),
      ])
    })

    it('refuses a non-JSON import with 415 and broken JSON with 400', async () => {
      const text = await admin('/state', {
        method: 'PUT',
        headers: { 'content-type': 'text/plain' },
        raw: '{}',
      })
      expect(text.status).toBe(415)
      const broken = await admin('/state', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        raw: '{"orders": [',
      })
      expect(broken.status).toBe(400)
      expect(broken.body.code).toBe('malformed-json')
    })

    it('refuses a "__proto__" key and a too deeply nested import, as the Order API does', async () => {
      const before = (await admin('/state')).body
      const json = { 'content-type': 'application/json' }
      const proto = await admin('/state', {
        method: 'PUT',
        headers: json,
        raw: '{"orders": [], "transactions": [], "__proto__": {"polluted": true}}',
      })
      expect(proto.status).toBe(400)
      expect(proto.body.errors[0]).toMatchObject({ location: 'body', keyword: 'propertyNames' })
      const deep = await admin('/state', {
        method: 'PUT',
        headers: json,
        raw: `{"orders": ${'['.repeat(100)}${']'.repeat(100)}, "transactions": []}`,
      })
      expect(deep.status).toBe(400)
      expect(deep.body.errors[0]).toMatchObject({ location: 'body', keyword: 'maxDepth' })
      expect((await admin('/state')).body).toEqual(before)
    })
  })

  describe('GET /__admin/requests', () => {
    it('shows the last requests, with operation ids and the violations of 4xx answers', async () => {
      await call(`${mock.server.url}${orders}?limit=1`, { headers: demoHeaders() })
      await call(`${mock.server.url}/checkout/order${orders}`, {
        method: 'POST',
        headers: demoHeaders(),
        json: { cart: { items: [{ name: 'Thing', quantity: '2' }] } },
      })
      const journal = await admin('/requests')
      expect(journal.status).toBe(200)
      expect(journal.body.requests).toEqual([
        {
          time: expect.any(String),
          method: 'GET',
          path: orders,
          status: 200,
          ms: expect.any(Number),
          operationId: 'GetCheckoutOrders',
        },
        {
          time: expect.any(String),
          method: 'POST',
          path: `/checkout/order${orders}`,
          status: 400,
          ms: expect.any(Number),
          operationId: 'CreateCheckoutOrder',
          problem: {
            code: 'validation-failed',
            detail: expect.stringContaining('body/cart/items/0/quantity'),
            errors: [
              expect.objectContaining({ location: 'body/cart/items/0/quantity', keyword: 'type' }),
            ],
          },
        },
      ])
      expect((await admin('/requests?limit=1')).body.requests).toHaveLength(1)
      expect((await admin('/requests', { method: 'DELETE' })).status).toBe(204)
      expect((await admin('/requests')).body.requests).toEqual([])
    })
  })

  describe('GET /__admin/callbacks', () => {
    it('lists the hook and validation calls the mock made, refused ones included', async () => {
      const created = await call(`${mock.server.url}${orders}`, {
        method: 'POST',
        headers: demoHeaders(),
        json: {},
      })
      const id = created.body.id as string
      await call(`${mock.server.url}${orders}/${id}/validations`, {
        method: 'POST',
        headers: demoHeaders(),
        json: { adapterId: 'far_away', url: 'http://192.0.2.1/validate' },
      })
      await call(`${mock.server.url}${orders}/${id}/validate`, {
        method: 'POST',
        headers: demoHeaders(),
        json: {},
      })
      const journal = await admin('/callbacks')
      expect(journal.status).toBe(200)
      expect(journal.body.calls).toEqual([
        expect.objectContaining({
          kind: 'validation',
          orderId: id,
          adapterId: 'far_away',
          outcome: 'refused',
          url: 'http://192.0.2.1/validate',
        }),
      ])
    })
  })

  it('answers unknown admin paths with 404 and wrong methods with 405', async () => {
    expect((await admin('/nope')).body.code).toBe('route-not-found')
    const wrong = await admin('/reset')
    expect(wrong.status).toBe(405)
    expect(wrong.headers.get('allow')).toBe('POST')
  })
})

describe('the request journal', () => {
  const mock = useServer({ journalSize: 3 })

  it('keeps only the newest requests', async () => {
    for (const id of ['o_1', 'o_2', 'o_3', 'o_4', 'o_5']) {
      await call(`${mock.server.url}${orders}/${id}`, { headers: demoHeaders() })
    }
    const { requests } = (await call(`${mock.server.url}/__admin/requests`)).body
    expect(requests.map((entry: any) => entry.path)).toEqual([
      `${orders}/o_3`,
      `${orders}/o_4`,
      `${orders}/o_5`,
    ])
  })
})
