import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { price } from '../../src/domain/money.ts'
import { createApiClient, TENANT, useMockApi } from '../support/mock-api.ts'

const ADAPTER = 'http://127.0.0.1:3/adapter'

/** An order that can walk to completed: an item, a shipping and a payment covering the total. */
async function createPayableOrder(api: ReturnType<typeof createApiClient>): Promise<string> {
  const id = await api.createOrder({
    cart: { items: [{ name: 'Thing', quantity: 1, total: price(100, 80), vatRate: 0.25 }] },
  })
  await api.post(`/${id}/payments`, { amount: 100 })
  return id
}

/** Collects what an adapter receives at `url`, answering `status`. */
function receiver(url: string, status = 204) {
  const received: Array<{ url: string; body: any; at: number }> = []
  const handler = http.post(url, async ({ request }) => {
    received.push({ url: request.url, body: await request.json(), at: performance.now() })
    return new HttpResponse(null, { status })
  })
  return { received, handler }
}

describe('notifications', () => {
  const mock = useMockApi({ adapters: { jetshop_adapter: { adapter: { internalUrl: ADAPTER } } } })
  const api = createApiClient()

  it('fire exactly once, only at completed, to the templated URL, with { notification, order }', async () => {
    const { received, handler } = receiver(`${ADAPTER}/orders/:orderId/completed`)
    mock.use(handler)
    const id = await createPayableOrder(api)
    const notification = {
      adapterId: 'jetshop_adapter',
      reference: 'export-on-complete',
      scope: '/state/currentStatus',
      schema: { const: 'completed' },
      invoke: '{configuration.adapter.internalUrl}/orders/{order.id}/completed',
      version: 'v0',
    }
    expect((await api.post(`/${id}/notifications`, notification)).status).toBe(200)

    for (const status of ['processing', 'accepted']) {
      expect((await api.put(`/${id}/state`, { currentStatus: status })).status).toBe(200)
    }
    await api.patch(`/${id}/attributes`, { exported: false })
    expect(mock.store.events.list({ orderId: id })).toEqual([])

    expect((await api.put(`/${id}/state`, { currentStatus: 'completed' })).status).toBe(200)
    const event = await mock.store.events.waitFor({ orderId: id, scope: '/state/currentStatus' })

    expect(event.status).toBe('delivered')
    expect(received).toHaveLength(1)
    expect(received[0]?.url).toBe(`${ADAPTER}/orders/${id}/completed`)
    expect(received[0]?.body).toMatchObject({
      notification: { ...notification, id: expect.stringMatching(/^oc_/) },
      order: { id, merchant: TENANT.merchant, state: { currentStatus: 'completed' } },
    })
    expect(event.deliveries).toEqual([
      expect.objectContaining({
        attempt: 1,
        url: `${ADAPTER}/orders/${id}/completed`,
        outcome: 'delivered',
        status: 204,
      }),
    ])
    // Later changes that leave the status alone do not fire it again.
    await api.patch(`/${id}/attributes`, { exported: true })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(received).toHaveLength(1)
  })

  it('honour delay: nothing before it, the delivery after it', async () => {
    const { received, handler } = receiver(`${ADAPTER}/delayed/:orderId`)
    mock.use(handler)
    const id = await api.createOrder({})
    await api.post(`/${id}/notifications`, {
      scope: '/reference',
      invoke: `${ADAPTER}/delayed/{order_id}`,
      delay: 150,
    })
    const changedAt = performance.now()
    await api.put(`/${id}/reference`, 'ref-1')
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(received).toHaveLength(0)
    expect(mock.store.events.list({ orderId: id })).toEqual([
      expect.objectContaining({ status: 'pending', deliveries: [] }),
    ])
    const event = await mock.store.events.waitFor({ orderId: id })
    expect(event.status).toBe('delivered')
    expect(received).toHaveLength(1)
    expect((received[0]?.at ?? 0) - changedAt).toBeGreaterThanOrEqual(145)
  })

  it("send the order in the notification's version (v1: hooks echo scope)", async () => {
    const { received, handler } = receiver(`${ADAPTER}/v1/:orderId`)
    mock.use(handler)
    const id = await api.createOrder({})
    await api.post(`/${id}/hooks`, { subscribeTo: '/cart', invoke: `${ADAPTER}/hook` })
    mock.use(http.post(`${ADAPTER}/hook`, () => new HttpResponse(null, { status: 204 })))
    await api.post(`/${id}/notifications`, {
      scope: '/reference',
      invoke: `${ADAPTER}/v1/{order_id}`,
      version: 'v1',
    })
    await api.put(`/${id}/reference`, 'v1-ref')
    await mock.store.events.waitFor({ orderId: id })
    expect(received[0]?.body.order.hooks[0]).toMatchObject({ scope: '/cart' })
    expect(received[0]?.body.order.hooks[0]).not.toHaveProperty('subscribeTo')
  })

  it('record a target that answers an error as failed, and retry redelivers', async () => {
    let answer = 503
    const received: number[] = []
    mock.use(
      http.post(`${ADAPTER}/flaky`, () => {
        received.push(answer)
        return new HttpResponse('busy', { status: answer })
      }),
    )
    const id = await api.createOrder({})
    await api.post(`/${id}/notifications`, { scope: '/reference', invoke: `${ADAPTER}/flaky` })
    await api.put(`/${id}/reference`, 'r')
    const failed = await mock.store.events.waitFor({ orderId: id })
    expect(failed).toMatchObject({
      status: 'failed',
      deliveries: [{ attempt: 1, status: 503, response: 'busy', outcome: 'failed' }],
    })

    answer = 200
    const events = await eventLog('GET', `?order_id=${id}`)
    expect(events.status).toBe(200)
    expect(events.body.data.map((event: { id: string }) => event.id)).toEqual([failed.id])
    const retried = await eventLog('POST', `/${failed.id}/retry`)
    expect(retried.status).toBe(200)
    const after = await eventLog('GET', `/${failed.id}`)
    expect(after.body).toMatchObject({
      status: 'delivered',
      deliveries: [
        { attempt: 1, outcome: 'failed' },
        { attempt: 2, outcome: 'delivered', status: 200 },
      ],
    })
    expect(received).toEqual([503, 200])
  })

  it('are readable per merchant only, with order_id and its orderId alias', async () => {
    mock.use(http.post(`${ADAPTER}/ok`, () => new HttpResponse(null, { status: 204 })))
    const id = await api.createOrder({})
    await api.post(`/${id}/notifications`, { scope: '/reference', invoke: `${ADAPTER}/ok` })
    await api.put(`/${id}/reference`, 'r')
    const event = await mock.store.events.waitFor({ orderId: id })
    expect((await eventLog('GET', `?orderId=${id}`)).body.data).toHaveLength(1)
    expect((await eventLog('GET', '?order_id=o_none')).body).toEqual({
      data: [],
      pagination: { offset: 0, limit: 10, size: 0, totalSize: 0 },
    })
    expect((await eventLog('GET', '', { 'x-merchant': 'someone-else' })).body.data).toEqual([])
    const stranger = await eventLog('GET', `/${event.id}`, { 'x-merchant': 'someone-else' })
    expect(stranger).toMatchObject({ status: 404, body: { code: 'event-not-found' } })
    expect(JSON.stringify(stranger.body)).not.toContain(id)
    expect((await eventLog('GET', '', { 'x-merchant': '' })).status).toBe(400)
    expect((await eventLog('GET', '', { authorization: '' })).status).toBe(401)
  })
})

async function eventLog(method: string, path: string, headers: Record<string, string> = {}) {
  const merged: Record<string, string> = {
    authorization: 'Bearer t',
    'x-merchant': TENANT.merchant,
    ...headers,
  }
  for (const [name, value] of Object.entries(merged)) if (value === '') delete merged[name]
  const response = await fetch(`http://127.0.0.1:3/checkout/notification/api/v1/events${path}`, {
    method,
    headers: merged,
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : undefined }
}

describe('notification schemas', () => {
  useMockApi()
  const api = createApiClient()

  it('that are not valid JSON Schema are refused at registration, naming body/schema', async () => {
    const id = await api.createOrder({})
    const reply = await api.post(`/${id}/notifications`, {
      scope: '/reference',
      invoke: 'http://127.0.0.1:3/n',
      schema: { type: 'no-such-type' },
    })
    expect(reply.status).toBe(400)
    expect(reply.body.errors).toEqual([
      expect.objectContaining({ location: 'body/schema', keyword: 'schema' }),
    ])
    const created = await api.post('', {
      notifications: [
        { scope: '/reference', invoke: 'http://127.0.0.1:3/n', schema: { minimum: 'x' } },
      ],
    })
    expect(created.body.errors).toEqual([
      expect.objectContaining({ location: 'body/notifications/0/schema' }),
    ])
  })
})
