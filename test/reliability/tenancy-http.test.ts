import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseServeArgs } from '../../src/cli/parse-serve-args.ts'
import { SERVE_HELP } from '../../src/cli/serve-help.ts'
import { price } from '../../src/domain/money.ts'
import { ADMIN_ROUTES } from '../../src/server/admin-routes.ts'
import { type MockServer, startMockServer } from '../../src/server/index.ts'
import {
  getNotificationApiValidator,
  getOrderApiValidator,
  type OperationDescription,
} from '../../src/validation/index.ts'
import { call, type Reply } from '../server/support/http.ts'
import { useServer } from '../server/support/in-process.ts'
import { VALID_BODIES } from '../support/valid-bodies.ts'

const TOKEN = 'tenancy-token'
const OWNER = { merchant: 'thingsandstuff', channel: 'thingsandstuff-se' }
const OTHER_MERCHANT = { merchant: 'someone-else', channel: 'thingsandstuff-se' }
const OTHER_CHANNEL = { merchant: 'thingsandstuff', channel: 'another-channel' }
const EVENT_LOG = '/checkout/notification'

const headersOf = (tenant: { merchant: string; channel: string }, token = TOKEN) => ({
  authorization: `Bearer ${token}`,
  'x-merchant': tenant.merchant,
  'x-channel': tenant.channel,
})

interface Operation {
  operationId: string
  method: string
  /** The path on the server: the Order API at the root, the event log under its base path. */
  path: string
  eventLog: boolean
}

const toOperation =
  (eventLog: boolean) =>
  (operation: OperationDescription): Operation => ({
    operationId: operation.operationId,
    method: operation.method.toUpperCase(),
    path: eventLog ? `${EVENT_LOG}${operation.path}` : operation.path,
    eventLog,
  })
const OPERATIONS: Operation[] = [
  ...[...getOrderApiValidator().operations.values()].map(toOperation(false)),
  ...[...getNotificationApiValidator().operations.values()].map(toOperation(true)),
]

/** Everything that identifies the owner's order: none of it may reach a stranger. */
type Owned = Record<
  | 'order_id'
  | 'consent_id'
  | 'hook_id'
  | 'notification_id'
  | 'validation_id'
  | 'payment_id'
  | 'action_id'
  | 'shipping_id'
  | 'event_id'
  | 'reference'
  | 'itemName'
  | 'email'
  | 'paymentReference',
  string
>

let server: MockServer
let serial = 0
beforeAll(async () => {
  server = await startMockServer({
    port: 0,
    host: '127.0.0.1',
    tokens: [TOKEN],
    validateResponses: true,
  })
})
afterAll(() => server.close())

async function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  json?: unknown,
): Promise<Reply> {
  return call(`${server.url}${path}`, { method, headers, ...(json !== undefined && { json }) })
}

/** An order of OWNER with one of every sub-resource and a recorded event, over HTTP. */
async function createOwnedOrder(): Promise<Owned> {
  serial++
  const secret = `secret-${serial}-${Math.random().toString(36).slice(2)}`
  const owner = headersOf(OWNER)
  const expectOk = (reply: Reply, status = 200) => {
    expect(reply.status, reply.text).toBe(status)
    return reply
  }
  const orders = '/api/v0/checkout/orders'
  const created = expectOk(
    await send('POST', orders, owner, {
      culture: 'sv-SE',
      currency: 'SEK',
      country: 'SE',
      reference: `${secret}-reference`,
      cart: {
        items: [{ name: `${secret}-item`, quantity: 1, total: price(10, 8), vatRate: 0.25 }],
      },
      customer: { billing: { email: `${secret}@example.test`, givenName: 'Owner' } },
    }),
    201,
  )
  const id = created.body.id as string
  const base = `${orders}/${id}`
  expectOk(await send('POST', `${base}/consents`, owner, { id: 'ci_terms', required: true }))
  expectOk(
    await send('POST', `${base}/notifications`, owner, {
      scope: '/reference',
      // Not an allowed host: recorded as refused, never contacted.
      invoke: 'http://notify.example.test/{order_id}',
    }),
  )
  expectOk(
    await send('POST', `${base}/validations`, owner, { url: 'http://validate.example.test/' }),
  )
  const paymentId = expectOk(
    await send('POST', `${base}/payments`, owner, {
      amount: 10,
      reference: `${secret}-payment`,
    }),
    201,
  ).body.id as string
  expectOk(
    await send('POST', `${base}/payments/${paymentId}/actions`, owner, [
      { adapterId: 'psp', type: 'capture', url: 'http://127.0.0.1:3/capture' },
    ]),
  )
  expectOk(
    await send('POST', `${base}/payments/${paymentId}/transactions`, owner, {
      event: 'capture',
      pspEvent: `${secret}-transaction`,
    }),
  )
  const shippingId = expectOk(
    await send('POST', `${base}/shippings`, owner, { total: price(5, 4), vatRate: 0.25 }),
    201,
  ).body.id as string
  // Changing the reference fires the notification: an event in the owner's event log.
  expectOk(await send('PUT', `${base}/reference`, owner, `${secret}-reference-2`))
  const event = await server.store.events.waitFor({ orderId: id })
  // Hooks last: a hook on /cart would be called by the owner's own cart changes.
  expectOk(
    await send('POST', `${base}/hooks`, owner, {
      subscribeTo: '/cart',
      invoke: 'http://hook.example.test/',
    }),
  )
  const order = server.store.getOrder(id)
  return {
    order_id: id,
    consent_id: 'ci_terms',
    hook_id: order?.hooks?.[0]?.id ?? '',
    notification_id: order?.notifications?.[0]?.id ?? '',
    validation_id: order?.validations?.[0]?.id ?? '',
    payment_id: paymentId,
    action_id: order?.payments?.[0]?.actions?.[0]?.id ?? '',
    shipping_id: shippingId,
    event_id: event.id,
    reference: secret,
    itemName: `${secret}-item`,
    email: `${secret}@example.test`,
    paymentReference: `${secret}-payment`,
  }
}

function urlOf(operation: Operation, owned: Owned): string {
  const path = operation.path.replace(
    /\{(\w+)\}/g,
    (_, name: string) => owned[name as keyof Owned] ?? name,
  )
  // Lists are asked for the owner's order by name: the filter must not cross tenants.
  if (operation.operationId === 'GetEvents') return `${path}?order_id=${owned.order_id}`
  return path
}

async function callOperation(
  operation: Operation,
  path: string,
  headers: Record<string, string>,
): Promise<Reply> {
  return send(operation.method, path, headers, VALID_BODIES[operation.operationId])
}

/** Every owned value the caller did not put in its own URL: none may be in the answer. */
function expectNoSecrets(reply: Reply, owned: Owned, path: string): void {
  for (const [name, value] of Object.entries(owned)) {
    if (value === '' || path.includes(value) || name === 'consent_id') continue
    expect(reply.text, `${name} leaked`).not.toContain(value)
  }
  // The secret prefix covers every owned string at once (reference, item, email, payment).
  expect(reply.text).not.toContain(owned.reference)
}

/** The owner's view of its order and its events: strangers must not change either. */
function ownerState(owned: Owned) {
  return {
    order: server.store.getOrder(owned.order_id),
    events: server.store.events.list({ orderId: owned.order_id }),
    transactions: server.store
      .snapshot()
      .transactions.filter((record) => record.orderId === owned.order_id),
  }
}

describe('tenancy over HTTP, every operation of the Order API and the event log', () => {
  it('covers every operation of both contracts (the Order API and the event log)', () => {
    // Derived from the contracts: a new operation is covered without an edit here.
    expect(OPERATIONS.filter((operation) => !operation.eventLog).length).toBeGreaterThan(0)
    expect(
      OPERATIONS.filter((operation) => operation.eventLog).map((op) => op.operationId),
    ).toEqual(['GetEvents', 'GetEvent', 'RetryEvent'])
  })

  it.each(OPERATIONS.map((operation) => [operation.operationId, operation] as const))(
    '%s: another merchant (and, on the Order API, another channel) gets 404 or nothing, never the data',
    async (operationId, operation) => {
      const owned = await createOwnedOrder()
      const before = ownerState(owned)
      // The event log is per merchant (decision 23): another channel of the same merchant is
      // the same tenant there.
      const strangers = operation.eventLog ? [OTHER_MERCHANT] : [OTHER_MERCHANT, OTHER_CHANNEL]
      for (const stranger of strangers) {
        const path = urlOf(operation, owned)
        const reply = await callOperation(operation, path, headersOf(stranger))
        if (operationId === 'GetCheckoutOrders') {
          expect(reply.status).toBe(200)
          expect(reply.body).toMatchObject({
            data: [],
            pagination: { size: 0, totalSize: 0, valueSum: 0 },
          })
        } else if (operationId === 'GetEvents') {
          expect(reply.status).toBe(200)
          expect(reply.body).toEqual({
            data: [],
            pagination: { offset: 0, limit: 10, size: 0, totalSize: 0 },
          })
        } else if (operationId === 'CreateCheckoutOrder') {
          expect(reply.status).toBe(201)
          expect(Object.keys(reply.body)).toEqual(['id'])
        } else {
          expect(reply.status, reply.text).toBe(404)
          expect(reply.headers.get('content-type')).toBe('application/problem+json')
          expect(reply.body.code).toBe(operation.eventLog ? 'event-not-found' : 'order-not-found')
        }
        expectNoSecrets(reply, owned, path)
      }
      expect(ownerState(owned)).toEqual(before)
    },
  )

  it.each(OPERATIONS.map((operation) => [operation.operationId, operation] as const))(
    '%s: no token, an empty bearer, a Basic credential or an unknown token gets 401 and changes nothing',
    async (_operationId, operation) => {
      const owned = await createOwnedOrder()
      const before = ownerState(owned)
      const path = urlOf(operation, owned)
      const { authorization: _token, ...withoutToken } = headersOf(OWNER)
      for (const authorization of [
        undefined,
        'Bearer ',
        'Basic dGVuYW5jeTp0b2tlbg==',
        'Bearer not-the-token',
        TOKEN,
      ]) {
        const headers =
          authorization === undefined ? withoutToken : { ...withoutToken, authorization }
        const reply = await callOperation(operation, path, headers)
        expect(reply.status, `${authorization}: ${reply.text}`).toBe(401)
        expect(reply.headers.get('content-type')).toBe('application/problem+json')
        expect(reply.headers.get('www-authenticate')).toBe('Bearer')
        expect(reply.body).toMatchObject({ status: 401, code: 'unauthorized' })
        expectNoSecrets(reply, owned, path)
      }
      expect(ownerState(owned)).toEqual(before)
    },
  )

  it("keeps another tenant's orders out of every list page and filter", async () => {
    const owned = await createOwnedOrder()
    const lists = [
      '/api/v0/checkout/orders?limit=100',
      `/api/v1/checkout/orders?limit=100&reference=${owned.reference}-reference-2`,
      '/api/v0/checkout/orders?limit=100&status=checkout&order_by=created',
      `${EVENT_LOG}/api/v1/events?limit=100`,
    ]
    for (const stranger of [OTHER_MERCHANT, OTHER_CHANNEL]) {
      for (const path of lists) {
        const reply = await send('GET', path, headersOf(stranger))
        expect(reply.status).toBe(200)
        if (!(path.startsWith(EVENT_LOG) && stranger === OTHER_CHANNEL)) {
          expectNoSecrets(reply, owned, '')
        }
        for (const order of reply.body.data) {
          if (path.startsWith(EVENT_LOG)) expect(order.merchant).toBe(stranger.merchant)
          else expect(order).toMatchObject(stranger)
        }
      }
    }
    // The owner does see them: the lists above would have shown the data.
    const own = await send('GET', lists[1] as string, headersOf(OWNER))
    expect(own.body.data.map((order: { id: string }) => order.id)).toEqual([owned.order_id])
  })
})

describe('the admin API with --admin-token', () => {
  const ADMIN_TOKEN = 'admin-s3cret'
  const mock = useServer({ adminToken: ADMIN_TOKEN, tokens: [TOKEN] })
  const admin = (path: string, init: Parameters<typeof call>[1] = {}) =>
    call(`${mock.server.url}/__admin${path}`, init)
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

  it('refuses every admin endpoint without the token, with a wrong one and with the API token', async () => {
    const before = mock.server.store.snapshot()
    const attempts = [
      ...ADMIN_ROUTES.map((route) => [route.method, route.path]),
      ['GET', '/__admin/nothing'],
    ]
    for (const [method, path] of attempts) {
      for (const headers of [{}, bearer('wrong'), bearer(TOKEN), { authorization: ADMIN_TOKEN }]) {
        const reply = await call(`${mock.server.url}${path}`, {
          method: method as string,
          headers,
          ...(method === 'PUT' && { json: { orders: [], transactions: [] } }),
        })
        expect(reply.status, `${method} ${path} ${JSON.stringify(headers)}`).toBe(401)
        expect(reply.headers.get('content-type')).toBe('application/problem+json')
        expect(reply.headers.get('www-authenticate')).toBe(
          'Bearer realm="norce-checkout-mock admin"',
        )
        expect(reply.body).toMatchObject({ status: 401, code: 'unauthorized' })
        expect(reply.body.detail).toContain('--admin-token')
      }
    }
    // Nothing was reset, imported or cleared.
    expect(mock.server.store.snapshot()).toEqual(before)
  })

  it('serves every admin endpoint with the token', async () => {
    const headers = bearer(ADMIN_TOKEN)
    expect((await admin('', { headers })).status).toBe(200)
    const health = await admin('/health', { headers })
    expect(health.body).toEqual({ status: 'ok', orders: mock.server.store.listOrders().length })
    const exported = await admin('/state', { headers })
    expect(exported.status).toBe(200)
    const imported = await admin('/state', { method: 'PUT', headers, json: exported.body })
    expect(imported.status, imported.text).toBe(200)
    const json = { ...headers, 'content-type': 'application/json' }
    expect((await admin('/reset', { method: 'POST', headers: json })).status).toBe(200)
    // The Order API still takes its own token, and the admin token is not one of them.
    const apiHeaders = { 'x-merchant': OWNER.merchant, 'x-channel': OWNER.channel }
    const list = `${mock.server.url}/api/v0/checkout/orders?limit=1`
    expect((await call(list, { headers: { ...apiHeaders, ...bearer(TOKEN) } })).status).toBe(200)
    const withAdminToken = await call(list, { headers: { ...apiHeaders, ...bearer(ADMIN_TOKEN) } })
    expect(withAdminToken.status).toBe(401)
    const journal = await admin('/requests', { headers })
    // Oldest first; admin requests are not journaled, so only the two API calls are there.
    expect(journal.body.requests.map((entry: { status: number }) => entry.status)).toEqual([
      200, 401,
    ])
    expect((await admin('/requests', { method: 'DELETE', headers: json })).status).toBe(204)
  })

  it('is read from --admin-token and documented in the help, which says the admin API is open without it', () => {
    expect(parseServeArgs(['--admin-token', 'a1']).kind).toBe('serve')
    expect(parseServeArgs(['--admin-token=a1'])).toEqual({
      kind: 'serve',
      options: { logLevel: 'info', adminToken: 'a1' },
    })
    expect(() => parseServeArgs(['--admin-token', 'a b'])).toThrow(
      '--admin-token must be a token without spaces',
    )
    expect(() => parseServeArgs(['--admin-token', 'a', '--admin-token', 'b'])).toThrow(
      '--admin-token is given more than once',
    )
    expect(SERVE_HELP).toContain('--admin-token <token>')
    expect(SERVE_HELP).toContain(
      'Admin API (not part of the Norce contract; open unless --admin-token is given)',
    )
    expect(mock.server.banner()).toContain('needs the --admin-token bearer token')
  })
})

describe('the admin API without --admin-token', () => {
  const mock = useServer()

  it('stays open, as a local demo wants it', async () => {
    const health = await call(`${mock.server.url}/__admin/health`)
    expect(health.status).toBe(200)
    expect(mock.server.banner()).not.toContain('--admin-token')
  })
})
