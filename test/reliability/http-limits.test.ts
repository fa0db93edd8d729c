import { afterEach, describe, expect, it } from 'vitest'
import { price } from '../../src/domain/money.ts'
import { MAX_BODY_BYTES, MAX_BODY_DEPTH } from '../../src/operations/parse-body.ts'
import { MAX_URL_LENGTH } from '../../src/server/create-request-listener.ts'
import { call, demoHeaders, type Reply } from '../server/support/http.ts'
import { useServer } from '../server/support/in-process.ts'
import { rawRequest } from './support/raw-http.ts'

const orders = '/api/v0/checkout/orders'
/** The cart's documented maximum (`openapi/order.yaml`, `Cart.items.maxItems`; decision 32). */
const MAX_CART_ITEMS = 500
/** node:http's default `maxHeaderSize`: the request line and every header, together. */
const NODE_MAX_HEADER_BYTES = 16 * 1024

function cartOf(count: number) {
  const items = Array.from({ length: count }, (_, index) => ({
    reference: `item-${index}`,
    name: 'Thing',
    quantity: 1,
    price: price(1.25, 1),
    total: price(1.25, 1),
    vatRate: 0.25,
  }))
  return { items, total: price(1.25 * count, count) }
}

function expectProblem(reply: Reply, status: number, code: string): void {
  expect(reply.status, reply.text).toBe(status)
  expect(reply.headers.get('content-type')).toBe('application/problem+json')
  expect(reply.body).toMatchObject({ status, code })
}

describe('limits over HTTP (the standalone server)', () => {
  const mock = useServer()
  const create = (init: {
    headers?: Record<string, string>
    raw?: string | Uint8Array
    json?: unknown
  }) =>
    call(`${mock.server.url}${orders}`, {
      method: 'POST',
      ...init,
      headers: { ...demoHeaders(), ...init.headers },
    })

  // After every test the server still answers: no limit crashes or wedges it.
  afterEach(async () => {
    const health = await call(`${mock.server.url}/__admin/health`)
    expect(health.status).toBe(200)
    expect(health.body.status).toBe('ok')
  })

  it('answers 413 for a body one byte over 1 MiB, and takes one of exactly 1 MiB', async () => {
    const padding = (length: number) => JSON.stringify({ reference: 'x'.repeat(length) })
    const overhead = padding(0).length
    const exact = padding(MAX_BODY_BYTES - overhead)
    expect(Buffer.byteLength(exact)).toBe(MAX_BODY_BYTES)
    const accepted = await create({ headers: { 'content-type': 'application/json' }, raw: exact })
    expect(accepted.status, accepted.text).toBe(201)

    const over = await create({
      headers: { 'content-type': 'application/json' },
      raw: padding(MAX_BODY_BYTES - overhead + 1),
    })
    expectProblem(over, 413, 'payload-too-large')
    expect(over.body.detail).toBe(
      `The request body is ${MAX_BODY_BYTES + 1} bytes; the limit is ${MAX_BODY_BYTES} bytes.`,
    )
  })

  it('drops the connection of an upload 16 MiB past the limit instead of draining it, storing nothing', async () => {
    const before = mock.server.store.listOrders().length
    const size = MAX_BODY_BYTES + 17 * 1024 * 1024
    const reply = await rawRequest(
      mock.server.port,
      `POST ${orders} HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer t\r\nx-merchant: m\r\nx-channel: c\r\ncontent-type: application/json\r\ncontent-length: ${size}\r\nconnection: close\r\n\r\n`,
      Buffer.alloc(size, 0x20),
    )
    // Dropped mid-upload: no status line at all, the socket reset under the client.
    expect(reply.status).toBe(0)
    expect(['ECONNRESET', 'EPIPE']).toContain(reply.error)
    expect(mock.server.store.listOrders()).toHaveLength(before)
  })

  it('answers 415 for a body that is not JSON, and for one without a content type', async () => {
    const text = await create({ headers: { 'content-type': 'text/plain' }, raw: '{"a":1}' })
    expectProblem(text, 415, 'unsupported-media-type')
    const form = await create({
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      raw: 'culture=sv-SE',
    })
    expectProblem(form, 415, 'unsupported-media-type')
    // fetch labels a string body text/plain; bytes go without a content type.
    const none = await create({ raw: new TextEncoder().encode('{"culture":"sv-SE"}') })
    expectProblem(none, 415, 'unsupported-media-type')
    expect(none.body.detail).toBe(
      'Content-Type (none) is not supported; send the body as application/json.',
    )
  })

  it('answers 400 malformed-json for broken JSON, 400 maxDepth past 64 levels, 400 for __proto__', async () => {
    const broken = await create({
      headers: { 'content-type': 'application/json' },
      raw: '{"culture": "sv-SE",',
    })
    expectProblem(broken, 400, 'malformed-json')

    const nested = (depth: number) =>
      `{"attributes":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`
    const deep = await create({
      headers: { 'content-type': 'application/json' },
      raw: nested(MAX_BODY_DEPTH + 1),
    })
    expectProblem(deep, 400, 'validation-failed')
    expect(deep.body.errors).toEqual([
      {
        location: 'body',
        keyword: 'maxDepth',
        message: `nests ${MAX_BODY_DEPTH + 1} levels deep; at most ${MAX_BODY_DEPTH} are accepted`,
      },
    ])

    const proto = await create({
      headers: { 'content-type': 'application/json' },
      raw: '{"attributes":{"__proto__":{"polluted":true}}}',
    })
    expectProblem(proto, 400, 'validation-failed')
    expect(proto.body.errors).toMatchObject([{ location: 'body', keyword: 'propertyNames' }])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it(`answers 414 for a request target over ${MAX_URL_LENGTH} characters, and serves one of exactly that`, async () => {
    const target = (length: number) => {
      const start = `${orders}?reference=`
      return `${start}${'x'.repeat(length - start.length)}`
    }
    const exact = await call(`${mock.server.url}${target(MAX_URL_LENGTH)}`, {
      headers: demoHeaders(),
    })
    expect(exact.status, exact.text).toBe(200)
    expect(exact.body.data).toEqual([])

    for (const length of [MAX_URL_LENGTH + 1, 12 * 1024]) {
      const long = await call(`${mock.server.url}${target(length)}`, { headers: demoHeaders() })
      expectProblem(long, 414, 'uri-too-long')
      expect(long.body.detail).toBe(
        `The request target is ${length} characters; the limit is ${MAX_URL_LENGTH}.`,
      )
    }
    // A 414 is an API answer: the admin journal records it, with the target cut to 200 chars.
    const journal = await call(`${mock.server.url}/__admin/requests?limit=1`)
    expect(journal.body.requests[0]).toMatchObject({ status: 414 })
    expect(journal.body.requests[0].path).toHaveLength(200)
  })

  it(`answers 431 problem+json for headers over node's ${NODE_MAX_HEADER_BYTES} bytes, also when the URL is what overflows them`, async () => {
    const big = 'y'.repeat(NODE_MAX_HEADER_BYTES + 1)
    for (const head of [
      `GET ${orders} HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer t\r\nx-merchant: m\r\nx-channel: c\r\nx-padding: ${big}\r\n\r\n`,
      // Lots of small headers add up the same way.
      `GET ${orders} HTTP/1.1\r\nhost: 127.0.0.1\r\n${Array.from({ length: 400 }, (_, index) => `x-h${index}: ${'z'.repeat(40)}\r\n`).join('')}\r\n`,
      `GET ${orders}?reference=${big} HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n`,
    ]) {
      const reply = await rawRequest(mock.server.port, head)
      expect(reply.status, reply.body.slice(0, 200)).toBe(431)
      expect(reply.headers['content-type']).toBe('application/problem+json')
      expect(reply.headers.connection).toBe('close')
      expect(JSON.parse(reply.body)).toMatchObject({
        status: 431,
        code: 'headers-too-large',
        title: 'Request headers too large',
      })
    }
  })

  it('answers a request line node:http cannot parse with 400, and keeps serving', async () => {
    const reply = await rawRequest(mock.server.port, 'NOT AN HTTP REQUEST\r\n\r\n')
    expect(reply.status).toBe(400)
  })

  it(`takes a cart of ${MAX_CART_ITEMS} items and refuses ${MAX_CART_ITEMS + 1} with a 400 naming body/items maxItems`, async () => {
    const created = await create({ json: { culture: 'sv-SE', currency: 'SEK', country: 'SE' } })
    const cart = `${mock.server.url}${orders}/${created.body.id}/cart`
    const full = await call(cart, { method: 'PUT', headers: demoHeaders(), json: cartOf(500) })
    expect(full.status, full.text).toBe(200)

    const over = await call(cart, { method: 'PUT', headers: demoHeaders(), json: cartOf(501) })
    expectProblem(over, 400, 'validation-failed')
    expect(over.body.errors).toEqual([
      { location: 'body/items', keyword: 'maxItems', message: 'must NOT have more than 500 items' },
    ])
    // The refused cart changed nothing: the 500-item cart is still there.
    const order = await call(`${mock.server.url}${orders}/${created.body.id}`, {
      headers: demoHeaders(),
    })
    expect(order.body.cart.items).toHaveLength(MAX_CART_ITEMS)
    expect(order.body.total.includingVat).toBe(625)

    // The same limit on the cart inside a create body.
    const inCreate = await create({ json: { culture: 'sv-SE', cart: cartOf(501) } })
    expectProblem(inCreate, 400, 'validation-failed')
    expect(inCreate.body.errors).toMatchObject([
      { location: 'body/cart/items', keyword: 'maxItems' },
    ])
  })
})
