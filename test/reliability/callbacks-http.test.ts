import { createServer, type IncomingMessage, type Server } from 'node:http'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { parseServeArgs } from '../../src/cli/parse-serve-args.ts'
import { SERVE_HELP } from '../../src/cli/serve-help.ts'
import { price } from '../../src/domain/money.ts'
import { type MockServer, startMockServer } from '../../src/server/index.ts'
import { call, demoHeaders, type Reply } from '../server/support/http.ts'

const orders = '/api/v0/checkout/orders'
/** Short, so a hanging target costs the test little; the default is 5 s. */
const CALLBACK_TIMEOUT_MS = 1_500

/** A loopback listener that counts connections and requests; `/hang` never answers. */
interface Listener {
  server: Server
  port: number
  connections: number
  requests: string[]
  /** Resolves with the next request's path once it has fully arrived. */
  nextRequest(): Promise<string>
}

async function startListener(): Promise<Listener> {
  const waiting: Array<(path: string) => void> = []
  const listener: Listener = {
    server: createServer((request: IncomingMessage, response) => {
      request.resume()
      request.on('end', () => {
        const path = request.url ?? '/'
        listener.requests.push(path)
        for (const resolve of waiting.splice(0)) resolve(path)
        if (path.startsWith('/hang')) return // never answers
        response.writeHead(204).end()
      })
    }),
    port: 0,
    connections: 0,
    requests: [],
    nextRequest: () => new Promise((resolve) => waiting.push(resolve)),
  }
  listener.server.on('connection', () => {
    listener.connections++
  })
  await new Promise<void>((resolve) => listener.server.listen(0, '127.0.0.1', resolve))
  listener.port = (listener.server.address() as { port: number }).port
  return listener
}

async function stopListener(listener: Listener): Promise<void> {
  listener.server.closeAllConnections()
  await new Promise((resolve) => listener.server.close(resolve))
}

/** A: on the allow-list. B: a loopback listener that is not. */
let allowed: Listener
let notAllowed: Listener
let mock: MockServer
beforeAll(async () => {
  allowed = await startListener()
  notAllowed = await startListener()
})
afterAll(async () => {
  await stopListener(allowed)
  await stopListener(notAllowed)
})
beforeEach(async () => {
  allowed.connections = 0
  allowed.requests = []
  notAllowed.connections = 0
  notAllowed.requests = []
  mock = await startMockServer({
    port: 0,
    host: '127.0.0.1',
    allowedCallbackHosts: [`127.0.0.1:${allowed.port}`],
    callbackTimeoutMs: CALLBACK_TIMEOUT_MS,
    validateResponses: true,
  })
})
afterEach(() => mock.close())

const api = (path: string) => `${mock.url}${orders}${path}`
const send = (method: string, path: string, json?: unknown): Promise<Reply> =>
  call(api(path), { method, headers: demoHeaders(), ...(json !== undefined && { json }) })

/** An order the built-in checks pass (one item, one payment covering the total). */
async function createPayableOrder(): Promise<string> {
  const created = await send('POST', '', {
    culture: 'sv-SE',
    currency: 'SEK',
    country: 'SE',
    cart: { items: [{ name: 'Thing', quantity: 1, total: price(10, 8), vatRate: 0.25 }] },
  })
  expect(created.status).toBe(201)
  const id = created.body.id as string
  expect((await send('POST', `/${id}/payments`, { amount: 10 })).status).toBe(201)
  return id
}

describe('callbacks to hosts that are not allowed', () => {
  it('never contacts them: validation, hook and notification are refused and recorded', async () => {
    const id = await createPayableOrder()
    const other = `http://127.0.0.1:${notAllowed.port}`
    // Same address as the allowed host, other port; and the allowed port under another name.
    const targets = [`${other}/validate`, `http://localhost:${allowed.port}/validate`]
    for (const [index, url] of targets.entries()) {
      expect(
        (await send('POST', `/${id}/validations`, { adapterId: `v${index}`, url })).status,
      ).toBe(200)
    }
    expect(
      (await send('POST', `/${id}/hooks`, { subscribeTo: '/attributes', invoke: `${other}/hook` }))
        .status,
    ).toBe(200)
    expect(
      (
        await send('POST', `/${id}/notifications`, {
          scope: '/state/currentStatus',
          invoke: `${other}/notify/{order_id}`,
        })
      ).status,
    ).toBe(200)

    const validated = await send('POST', `/${id}/validate`, {})
    expect(validated.status).toBe(400)
    expect(validated.body).toEqual([
      { code: 'validation-callback-refused', adapterId: 'v0' },
      { code: 'validation-callback-refused', adapterId: 'v1' },
    ])

    const patched = await send('PATCH', `/${id}/attributes`, { gift: true })
    expect(patched.status).toBe(409)
    expect(patched.body.code).toBe('hook-rejected')
    expect(patched.body.detail).toContain(
      `127.0.0.1:${notAllowed.port} is not an allowed callback host (allowed: 127.0.0.1:${allowed.port})`,
    )
    expect(mock.store.getOrder(id)?.attributes).toEqual({})

    expect((await send('PUT', `/${id}/state`, { currentStatus: 'completed' })).status).toBe(200)
    const event = await mock.store.events.waitFor({ orderId: id })
    expect(event.status).toBe('refused')
    expect(event.deliveries).toMatchObject([
      { attempt: 1, outcome: 'refused', url: `${other}/notify/${id}` },
    ])
    // The event log over HTTP says the same.
    const log = await call(`${mock.url}/checkout/notification/api/v1/events?order_id=${id}`, {
      headers: demoHeaders(),
    })
    expect(log.body.data.map((entry: { status: string }) => entry.status)).toEqual(['refused'])

    expect(
      mock.store.events
        .journal()
        .map((entry) => `${entry.kind} ${entry.outcome} ${entry.url}`)
        .sort(),
    ).toEqual(
      [
        `hook refused ${other}/hook`,
        `validation refused ${other}/validate`,
        `validation refused http://localhost:${allowed.port}/validate`,
      ].sort(),
    )
    // Not a single connection reached either listener.
    expect(notAllowed.connections).toBe(0)
    expect(allowed.connections).toBe(0)
  })
})

describe('a callback target that never answers', () => {
  it('holds up only its own request: others answer first, and it ends in 409 naming the time-out', async () => {
    const hungId = await createPayableOrder()
    const otherId = await createPayableOrder()
    const hang = `http://127.0.0.1:${allowed.port}/hang/hook`
    expect(
      (await send('POST', `/${hungId}/hooks`, { subscribeTo: '/cart', invoke: hang })).status,
    ).toBe(200)
    const before = mock.store.getOrder(hungId)

    const finished: Record<string, number> = {}
    const timed = async (name: string, request: Promise<Reply>) => {
      const reply = await request
      finished[name] = performance.now()
      return reply
    }
    const started = performance.now()
    const arrived = allowed.nextRequest()
    const hanging = timed(
      'hanging cart',
      send('PUT', `/${hungId}/cart`, { items: [{ name: 'New', quantity: 1 }] }),
    )
    expect(await arrived).toBe('/hang/hook')

    // While the hook call waits: reads of the same order, lists, writes to another order.
    const others = await Promise.all([
      timed('GET the hung order', send('GET', `/${hungId}`)),
      timed('list', send('GET', '?limit=5')),
      timed('cart of another order', send('PUT', `/${otherId}/cart`, { items: [] })),
      timed('attributes of another order', send('PATCH', `/${otherId}/attributes`, { a: 1 })),
      timed('create', send('POST', '', {})),
      timed('health', call(`${mock.url}/__admin/health`)),
    ])
    expect(others.map((reply) => reply.status)).toEqual([200, 200, 200, 200, 201, 200])
    // The read sees the stored order, not the proposed one.
    expect(others[0]?.body.cart).toEqual(before?.cart)

    const reply = await hanging
    const hangingMs = (finished['hanging cart'] as number) - started
    for (const [name, at] of Object.entries(finished)) {
      if (name !== 'hanging cart') {
        expect(at, `${name} finished after the hanging request`).toBeLessThan(
          finished['hanging cart'] as number,
        )
      }
    }
    expect(hangingMs).toBeGreaterThanOrEqual(CALLBACK_TIMEOUT_MS - 5)
    expect(reply.status).toBe(409)
    expect(reply.body.code).toBe('hook-rejected')
    expect(reply.body.detail).toContain(
      `rejected the change: no answer within ${CALLBACK_TIMEOUT_MS} ms`,
    )
    // Nothing of the rejected change was stored.
    expect(mock.store.getOrder(hungId)).toEqual(before)

    // The time-out is in the callback journal and in the admin request journal.
    expect(mock.store.events.journal()).toMatchObject([
      {
        kind: 'hook',
        orderId: hungId,
        url: hang,
        outcome: 'failed',
        error: `no answer within ${CALLBACK_TIMEOUT_MS} ms`,
      },
    ])
    const [entry] = mock.store.events.journal()
    expect(entry?.durationMs).toBeGreaterThanOrEqual(CALLBACK_TIMEOUT_MS - 5)
    const requests = await call(`${mock.url}/__admin/requests`)
    const rejected = requests.body.requests.filter(
      (logged: { status: number }) => logged.status === 409,
    )
    expect(rejected).toMatchObject([
      {
        method: 'PUT',
        path: `${orders}/${hungId}/cart`,
        status: 409,
        operationId: 'UpdateCheckoutOrderCart',
        problem: { code: 'hook-rejected' },
      },
    ])
    expect(rejected[0].problem.detail).toContain(`no answer within ${CALLBACK_TIMEOUT_MS} ms`)
    console.info(
      `callbacks: hanging hook answered 409 after ${Math.round(hangingMs)} ms; the other requests finished ${Object.entries(
        finished,
      )
        .filter(([name]) => name !== 'hanging cart')
        .map(([name, at]) => `${name} ${Math.round(at - started)} ms`)
        .join(', ')} after it started`,
    )
  })

  it('reports a hanging validation as validation-callback-timeout and a hanging notification as failed', async () => {
    const id = await createPayableOrder()
    const hang = `http://127.0.0.1:${allowed.port}/hang`
    await send('POST', `/${id}/validations`, { adapterId: 'slow-stock', url: `${hang}/validate` })
    await send('POST', `/${id}/notifications`, {
      scope: '/attributes',
      invoke: `${hang}/notify`,
    })

    const started = performance.now()
    const [validated, patched] = await Promise.all([
      send('POST', `/${id}/validate`, {}),
      // The notification is sent after the change is stored: the answer does not wait for it.
      send('PATCH', `/${id}/attributes`, { a: 1 }),
    ])
    expect(patched.status).toBe(200)
    expect(validated.status).toBe(400)
    expect(validated.body).toEqual([
      { code: 'validation-callback-timeout', adapterId: 'slow-stock' },
    ])
    expect(performance.now() - started).toBeGreaterThanOrEqual(CALLBACK_TIMEOUT_MS - 5)

    const event = await mock.store.events.waitFor({ orderId: id }, { timeoutMs: 5_000 })
    expect(event.status).toBe('failed')
    expect(event.deliveries).toMatchObject([
      {
        outcome: 'failed',
        url: `${hang}/notify`,
        error: `no answer within ${CALLBACK_TIMEOUT_MS} ms`,
      },
    ])
    expect(mock.store.events.journal()).toMatchObject([
      {
        kind: 'validation',
        adapterId: 'slow-stock',
        outcome: 'failed',
        error: `no answer within ${CALLBACK_TIMEOUT_MS} ms`,
      },
    ])
    expect(allowed.requests.sort()).toEqual(['/hang/notify', '/hang/validate'])
  })
})

describe('--callback-timeout', () => {
  it('sets callbackTimeoutMs from 1 to 60000 ms, and the help names it', () => {
    expect(parseServeArgs(['--callback-timeout', '250'])).toEqual({
      kind: 'serve',
      options: { logLevel: 'info', callbackTimeoutMs: 250 },
    })
    for (const value of ['0', '60001', '1.5', 'soon']) {
      expect(() => parseServeArgs(['--callback-timeout', value])).toThrow(
        `--callback-timeout must be a whole number from 1 to 60000, got "${value}"`,
      )
    }
    expect(SERVE_HELP).toContain('--callback-timeout <ms>')
  })
})
