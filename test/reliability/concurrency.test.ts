import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { price } from '../../src/domain/money.ts'
import { call, demoHeaders } from '../server/support/http.ts'
import { useServer } from '../server/support/in-process.ts'

const orders = '/api/v0/checkout/orders'
const CONCURRENT = 200
const RACES = 20

/**
 * Cart number `n`: 1 to 4 items, every one tagged `update-<n>`, prices and totals consistent
 * with each other, so a cart stitched from two requests is told apart from any sent one.
 */
function taggedCart(n: number) {
  const items = Array.from({ length: 1 + (n % 4) }, (_, index) => {
    const quantity = 1 + ((n + index) % 3)
    const unit = 10 + n
    return {
      reference: `update-${n}`,
      sku: `sku-${n}-${index}`,
      name: `Thing ${n}.${index}`,
      quantity,
      price: price(unit * 1.25, unit),
      total: price(unit * 1.25 * quantity, unit * quantity),
      vatRate: 0.25,
    }
  })
  const sum = (pick: (item: (typeof items)[number]) => number) =>
    items.reduce((total, item) => total + pick(item), 0)
  return {
    reference: `update-${n}`,
    items,
    total: price(
      sum((item) => item.total.includingVat),
      sum((item) => item.total.excludingVat),
    ),
  }
}

/**
 * A loopback adapter approving every hook call after 0-3 ms. With it, every change waits on
 * the network between reading the order and storing it: without the per-order lock, writes
 * would then interleave and lose each other (without hooks a change runs in one tick).
 */
let adapter: Server
let adapterUrl: string
let hookCalls = 0
beforeAll(async () => {
  adapter = createServer((request, response) => {
    request.resume()
    request.on('end', () => {
      hookCalls++
      setTimeout(() => response.writeHead(204).end(), hookCalls % 4)
    })
  })
  await new Promise<void>((resolve) => adapter.listen(0, '127.0.0.1', resolve))
  adapterUrl = `http://127.0.0.1:${(adapter.address() as { port: number }).port}/hook`
})
afterAll(async () => {
  adapter.closeAllConnections()
  await new Promise((resolve) => adapter.close(resolve))
})

describe.each([
  { hooked: false, title: 'without hooks' },
  { hooked: true, title: 'with a hook on every write that answers after 0-3 ms' },
])('concurrent writes to one order over HTTP, $title', { timeout: 60_000 }, ({ hooked }) => {
  const mock = useServer()
  const api = (path = '') => `${mock.server.url}${orders}${path}`

  async function createOrder(): Promise<string> {
    const created = await call(api(), {
      method: 'POST',
      headers: demoHeaders(),
      json: { culture: 'sv-SE', currency: 'SEK', country: 'SE' },
    })
    expect(created.status).toBe(201)
    const id = created.body.id as string
    if (hooked) {
      for (const subscribeTo of ['/attributes', '/cart', '/state']) {
        const hook = await call(api(`/${id}/hooks`), {
          method: 'POST',
          headers: demoHeaders(),
          json: { subscribeTo, invoke: adapterUrl },
        })
        expect(hook.status).toBe(200)
      }
    }
    return id
  }

  /** Every write of the test called its hook (and nothing else did). */
  function expectHookCalls(writes: number): void {
    const calls = mock.server.store.events.journal().filter((entry) => entry.kind === 'hook')
    expect(calls).toHaveLength(hooked ? writes : 0)
    expect(calls.every((entry) => entry.status === 204)).toBe(true)
  }

  it(`keeps all ${CONCURRENT} attribute keys patched at once (no lost update)`, async () => {
    const id = await createOrder()
    const replies = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, n) =>
        call(api(`/${id}/attributes`), {
          method: 'PATCH',
          headers: demoHeaders(),
          json: { [`key-${n}`]: { n, tag: `patch-${n}` } },
        }),
      ),
    )
    expect(replies.map((reply) => reply.status)).toEqual(Array(CONCURRENT).fill(200))

    const order = await call(api(`/${id}`), { headers: demoHeaders() })
    const expected = Object.fromEntries(
      Array.from({ length: CONCURRENT }, (_, n) => [`key-${n}`, { n, tag: `patch-${n}` }]),
    )
    expect(order.body.attributes).toEqual(expected)
    // And the store agrees with what HTTP answers.
    expect(mock.server.store.getOrder(id)?.attributes).toEqual(expected)
    expectHookCalls(CONCURRENT)
  })

  it(`ends with exactly one of ${CONCURRENT} carts sent at once, never a mix, total derived from it`, async () => {
    const id = await createOrder()
    const sent = Array.from({ length: CONCURRENT }, (_, n) => taggedCart(n))
    const replies = await Promise.all(
      sent.map((cart) =>
        call(api(`/${id}/cart`), { method: 'PUT', headers: demoHeaders(), json: cart }),
      ),
    )
    expect(replies.map((reply) => reply.status)).toEqual(Array(CONCURRENT).fill(200))

    const order = (await call(api(`/${id}`), { headers: demoHeaders() })).body
    const tag = order.cart.reference as string
    expect(tag).toMatch(/^update-\d+$/)
    const winner = sent[Number(tag.slice('update-'.length))]
    // Item ids are given by the mock; everything else is exactly what the winner sent.
    const stored = order.cart.items.map(({ id: itemId, ...item }: { id: string }) => {
      expect(itemId).toMatch(/^ci_[A-Za-z]{26}$/)
      return item
    })
    expect(stored).toEqual(winner?.items)
    expect(order.cart.total).toEqual(winner?.total)
    expect(order.total).toEqual(winner?.total)
    // Item ids are unique: no item was added twice by two interleaved writes.
    const ids = order.cart.items.map((item: { id: string }) => item.id)
    expect(new Set(ids).size).toBe(ids.length)
    expectHookCalls(CONCURRENT)
  })

  it(`lets one of two clients racing to completed win and answers the other 409, ${RACES} times`, async () => {
    const outcomes: string[] = []
    for (let race = 0; race < RACES; race++) {
      const id = await createOrder()
      const [first, second] = await Promise.all(
        // One client on v0, the other on v1: the same order either way.
        ['v0', 'v1'].map((version) =>
          call(`${mock.server.url}/api/${version}/checkout/orders/${id}/state`, {
            method: 'PUT',
            headers: demoHeaders(),
            json: { currentStatus: 'completed' },
          }),
        ),
      )
      const statuses = [first?.status, second?.status].sort()
      outcomes.push(statuses.join('/'))
      expect(statuses).toEqual([200, 409])
      const loser = first?.status === 409 ? first : second
      expect(loser?.headers.get('content-type')).toBe('application/problem+json')
      expect(loser?.body).toMatchObject({
        code: 'illegal-transition',
        detail: `Order ${id} is already completed.`,
      })
      // The winner's transition is the only one recorded.
      const order = mock.server.store.getOrder(id)
      expect(order?.state?.currentStatus).toBe('completed')
      expect(
        order?.state?.transitions?.filter((transition) => transition.status === 'completed'),
      ).toHaveLength(1)
    }
    expect(outcomes).toEqual(Array(RACES).fill('200/409'))
    // Only the winner's change reached the hook: the loser was refused before calling it.
    expectHookCalls(RACES)
  })

  it('keeps attributes and carts written at the same time apart: each write lands whole', async () => {
    const id = await createOrder()
    const writes = Array.from({ length: CONCURRENT }, (_, n) =>
      n % 2 === 0
        ? call(api(`/${id}/attributes`), {
            method: 'PATCH',
            headers: demoHeaders(),
            json: { [`key-${n}`]: n },
          })
        : call(api(`/${id}/cart`), { method: 'PUT', headers: demoHeaders(), json: taggedCart(n) }),
    )
    const replies = await Promise.all(writes)
    expect(replies.every((reply) => reply.status === 200)).toBe(true)
    const order = mock.server.store.getOrder(id)
    expect(Object.keys(order?.attributes ?? {})).toHaveLength(CONCURRENT / 2)
    const tag = order?.cart?.reference ?? ''
    const winner = taggedCart(Number(tag.slice('update-'.length)))
    expect(order?.cart?.items?.map((item) => item.reference)).toEqual(winner.items.map(() => tag))
    expect(order?.total).toEqual(winner.total)
    expectHookCalls(CONCURRENT)
  })
})
