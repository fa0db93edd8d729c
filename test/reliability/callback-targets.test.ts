import { createServer } from 'node:net'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from '../../src/server/index.ts'
import { call, demoHeaders, type Reply } from '../server/support/http.ts'
import { type CallbackTarget, startCallbackTarget } from './support/callback-target.ts'

const orders = '/api/v0/checkout/orders'

/** A: allowed (it answers with redirects). B: not allowed, where the redirects point. */
let allowed: CallbackTarget
let notAllowed: CallbackTarget
let mock: MockServer
beforeAll(async () => {
  allowed = await startCallbackTarget()
  notAllowed = await startCallbackTarget()
})
afterAll(async () => {
  await allowed.stop()
  await notAllowed.stop()
})
beforeEach(() => {
  allowed.reset()
  notAllowed.reset()
})
afterEach(() => mock?.close())

const send = (method: string, path: string, json?: unknown): Promise<Reply> =>
  call(`${mock.url}${orders}${path}`, {
    method,
    headers: demoHeaders(),
    ...(json !== undefined && { json }),
  })

async function createOrder(): Promise<string> {
  const created = await send('POST', '', {})
  expect(created.status).toBe(201)
  return created.body.id as string
}

describe('the mock never calls its own listener', () => {
  it("finding 2: a hook or notification at the mock's own port is refused; nothing is reset", async () => {
    mock = await startMockServer({ port: 0, callbackTimeoutMs: 2_000 }) // default: loopback hosts
    const id = await createOrder()
    const ordersBefore = mock.store.listOrders().length
    const own = [
      `http://127.0.0.1:${mock.port}`,
      `http://localhost:${mock.port}`,
      `http://[::1]:${mock.port}`,
    ]
    for (const base of own) {
      const hooked = await send('POST', `/${id}/hooks`, {
        subscribeTo: '/attributes',
        invoke: `${base}/__admin/reset`,
      })
      expect(hooked.status).toBe(200)
      const reply = await send('PATCH', `/${id}/attributes`, { gift: true })
      expect(reply.status, reply.text).toBe(409)
      expect(reply.body.code).toBe('hook-rejected')
      expect(reply.body.detail).toContain("is the mock's own listener")
      const hookId = mock.store.getOrder(id)?.hooks?.[0]?.id
      expect((await send('DELETE', `/${id}/hooks/${hookId}`)).status).toBe(200)
    }
    expect(
      (
        await send('POST', `/${id}/notifications`, {
          scope: '/attributes',
          invoke: `${own[0]}/__admin/reset`,
        })
      ).status,
    ).toBe(200)
    expect((await send('PATCH', `/${id}/attributes`, { gift: true })).status).toBe(200)
    const event = await mock.store.events.waitFor({ orderId: id })
    expect(event.status).toBe('refused')
    expect(event.deliveries[0]?.error).toContain("is the mock's own listener")
    // Nothing was reset: the acknowledged write and every order are there.
    expect(mock.store.getOrder(id)?.attributes).toEqual({ gift: true })
    expect(mock.store.listOrders().length).toBe(ordersBefore)
    expect(mock.store.events.journal().map((entry) => entry.outcome)).toEqual([
      'refused',
      'refused',
      'refused',
    ])
  })

  it('finding 2: an allow-list entry naming its exact host:port allows it', async () => {
    const port = await freePort()
    mock = await startMockServer({
      port,
      allowedCallbackHosts: [`127.0.0.1:${port}`],
      callbackTimeoutMs: 2_000,
    })
    const id = await createOrder()
    await send('POST', `/${id}/notifications`, {
      scope: '/attributes',
      invoke: `http://127.0.0.1:${port}/__admin/health`,
    })
    expect((await send('PATCH', `/${id}/attributes`, { a: 1 })).status).toBe(200)
    const event = await mock.store.events.waitFor({ orderId: id })
    // Health takes no POST (405), but the call was made: it was allowed.
    expect(event.deliveries[0]?.outcome).toBe('failed')
    expect(event.deliveries[0]?.status).toBe(405)
  })
})

describe('callback calls do not follow redirects', () => {
  it('finding 3: a 307 from an allowed host is the outcome; the host it points to is never reached', async () => {
    mock = await startMockServer({
      port: 0,
      allowedCallbackHosts: [`127.0.0.1:${allowed.port}`],
      callbackTimeoutMs: 2_000,
    })
    const elsewhere = `${notAllowed.url}/stolen`
    allowed.answer = () => ({ status: 307, headers: { location: elsewhere } })
    const id = await createOrder()
    await send('POST', `/${id}/hooks`, { subscribeTo: '/attributes', invoke: `${allowed.url}/h` })
    await send('POST', `/${id}/validations`, { adapterId: 'v', url: `${allowed.url}/v` })
    await send('POST', `/${id}/notifications`, { scope: '/cart', invoke: `${allowed.url}/n` })

    const patched = await send('PATCH', `/${id}/attributes`, { gift: true })
    expect(patched.status).toBe(409)
    expect(patched.body.detail).toContain(
      `it answered 307, a redirect to ${elsewhere}, which the mock does not follow`,
    )
    const validated = await send('POST', `/${id}/validate`, {})
    expect(validated.body).toContainEqual({ code: 'validation-callback-failed', adapterId: 'v' })

    const hookId = mock.store.getOrder(id)?.hooks?.[0]?.id
    await send('DELETE', `/${id}/hooks/${hookId}`)
    expect((await send('PUT', `/${id}/cart`, { items: [] })).status).toBe(200)
    const event = await mock.store.events.waitFor({ orderId: id })
    expect(event.status).toBe('failed')
    expect(event.deliveries).toMatchObject([
      { outcome: 'failed', status: 307, url: `${allowed.url}/n` },
    ])
    expect(event.deliveries[0]?.error).toContain(`a redirect to ${elsewhere}`)

    // The journal shows the hop; the host not allowed got no connection at all.
    expect(
      mock.store.events.journal().map((entry) => [entry.kind, entry.status, entry.error]),
    ).toEqual([
      ['hook', 307, `it answered 307, a redirect to ${elsewhere}, which the mock does not follow`],
      [
        'validation',
        307,
        `it answered 307, a redirect to ${elsewhere}, which the mock does not follow`,
      ],
    ])
    expect(allowed.requests.map((request) => request.path)).toEqual(['/h', '/v', '/n'])
    expect(notAllowed.connections).toBe(0)
  })
})

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}
