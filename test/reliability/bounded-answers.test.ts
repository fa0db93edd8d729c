import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES } from '../../src/operations/parse-body.ts'
import { MAX_VIOLATIONS } from '../../src/validation/index.ts'
import { call, demoHeaders, type Reply } from '../server/support/http.ts'
import { useServer } from '../server/support/in-process.ts'

const orders = '/api/v0/checkout/orders'
const price = (includingVat: number, excludingVat: number) => ({ includingVat, excludingVat })

function expectProblem(reply: Reply, status: number, code: string): void {
  expect(reply.status, reply.text.slice(0, 500)).toBe(status)
  expect(reply.headers.get('content-type')).toBe('application/problem+json')
  expect(reply.body).toMatchObject({ status, code })
}

/** `items` cart items, each carrying `keys` unknown properties: items × keys violations. */
function cartWithUnknownKeys(items: number, keys: number) {
  return {
    items: Array.from({ length: items }, (_, index) => ({
      ...Object.fromEntries(
        Array.from({ length: keys }, (_, key) => [
          `${index === 0 ? 'k' : ''}${key.toString(36)}`,
          0,
        ]),
      ),
    })),
  }
}

// Issue 15: answers and what the server keeps about them cost a bounded amount, whatever the
// request held (findings 7, 11, 12, 15).
describe('bounded answers (issue 15)', () => {
  const mock = useServer()
  const url = (path: string) => `${mock.server.url}${path}`
  const create = (json: unknown) =>
    call(url(orders), { method: 'POST', headers: demoHeaders(), json })

  afterEach(async () => {
    const health = await call(url('/__admin/health'))
    expect(health.status).toBe(200)
  })

  it('finding 12: a body of 500 items × 250 unknown keys answers 400 listing 100 violations and a count of the rest, not 500', async () => {
    const body = JSON.stringify({ culture: 'sv-SE', cart: cartWithUnknownKeys(500, 250) })
    expect(Buffer.byteLength(body)).toBeLessThan(MAX_BODY_BYTES)
    expect(Buffer.byteLength(body)).toBeGreaterThan(800 * 1024)
    const reply = await call(url(orders), {
      method: 'POST',
      headers: { ...demoHeaders(), 'content-type': 'application/json' },
      raw: body,
    })
    expectProblem(reply, 400, 'validation-failed')
    expect(reply.body.errors).toHaveLength(MAX_VIOLATIONS + 1)
    expect(reply.body.errors[0]).toEqual({
      location: 'body/cart/items/0/k0',
      keyword: 'additionalProperties',
      message: 'is not a documented property',
    })
    expect(reply.body.errors.at(-1)).toEqual({
      location: 'body',
      keyword: 'truncated',
      message: `${500 * 250 - MAX_VIOLATIONS} more violations not listed`,
    })
    expect(reply.body.detail).toMatch(/^The request broke 125000 rules of the contract: /)
    expect(reply.text.length).toBeLessThan(64 * 1024)
  })

  it('finding 7: problems and journal entries stay small: 40 bodies of 10,000 violations each, and the journal still answers', async () => {
    const created = await create({ culture: 'sv-SE', currency: 'SEK', country: 'SE' })
    expect(created.status).toBe(201)
    const cart = url(`${orders}/${created.body.id}/cart`)
    // Long property names: before the cap each problem carried 10,000 of them (MBs).
    const items = Array.from({ length: 100 }, (_, index) => ({
      reference: `i${index}`,
      ...Object.fromEntries(
        Array.from({ length: 100 }, (_, key) => [`${'n'.repeat(60)}${key}`, 0]),
      ),
    }))
    setFlagsFromString('--expose_gc')
    const gc = runInNewContext('gc') as () => void
    const heap = () => {
      gc()
      gc()
      return process.memoryUsage().heapUsed
    }
    const before = heap()
    const sizes: number[] = []
    for (let round = 0; round < 40; round++) {
      const reply = await call(cart, { method: 'PUT', headers: demoHeaders(), json: { items } })
      expectProblem(reply, 400, 'validation-failed')
      expect(reply.body.errors).toHaveLength(MAX_VIOLATIONS + 1)
      sizes.push(reply.text.length)
    }
    expect(Math.max(...sizes)).toBeLessThan(64 * 1024)
    // What the journal keeps of 40 such problems (the server runs in this process): a few
    // MiB, where every problem used to hold its 10,000 violations (~2 MiB each).
    const kept = heap() - before
    console.info(
      `journal of 40 problems of 10,000 violations: heap +${(kept / 2 ** 20).toFixed(1)} MiB`,
    )
    expect(kept).toBeLessThan(16 * 2 ** 20)
    // A 2 MB detail (a long query value quoted back) is cut too.
    const long = await call(url(`${orders}?limit=${'9'.repeat(7000)}`), {
      headers: demoHeaders(),
    })
    expectProblem(long, 400, 'validation-failed')
    expect(long.text.length).toBeLessThan(8 * 1024)

    const journal = await call(url('/__admin/requests'))
    expect(journal.status).toBe(200)
    const entries = journal.body.requests.filter(
      (entry: { status: number }) => entry.status === 400,
    )
    expect(entries).toHaveLength(41)
    for (const entry of entries) {
      expect(entry.problem.errors.length).toBeLessThanOrEqual(MAX_VIOLATIONS + 1)
      expect(entry.problem.detail.length).toBeLessThanOrEqual(2_000)
    }
    expect(journal.body.requests[1].problem.errors.at(-1)).toMatchObject({ keyword: 'truncated' })
    expect(journal.text.length).toBeLessThan(41 * 64 * 1024)
  })

  it('finding 11: an amount past the contract maximum (1.8e306) is a 400 naming the field, not a 500; 500 items at the maximum are a 400 too', async () => {
    const created = await create({ culture: 'sv-SE', currency: 'SEK', country: 'SE' })
    const cart = url(`${orders}/${created.body.id}/cart`)
    const huge = await call(cart, {
      method: 'PUT',
      headers: demoHeaders(),
      json: {
        items: [{ reference: 'a', quantity: 1, total: price(1.8e306, 1.8e306), vatRate: 0.25 }],
      },
    })
    expectProblem(huge, 400, 'validation-failed')
    expect(huge.body.errors).toEqual([
      {
        location: 'body/items/0/total/includingVat',
        keyword: 'maximum',
        message: 'must be <= 1000000000000',
      },
      {
        location: 'body/items/0/total/excludingVat',
        keyword: 'maximum',
        message: 'must be <= 1000000000000',
      },
    ])
    // Each item at the maximum is allowed, but their sum would leave the range.
    const items = Array.from({ length: 3 }, (_, index) => ({
      reference: `i${index}`,
      quantity: 1,
      total: price(1e12, 8e11),
      vatRate: 0.25,
    }))
    const sum = await call(cart, { method: 'PUT', headers: demoHeaders(), json: { items } })
    expectProblem(sum, 400, 'validation-failed')
    expect(sum.body.errors).toEqual([
      {
        location: 'body',
        keyword: 'maximum',
        message:
          "makes the order total includingVat 3000000000000, outside the mock's money range of ±1000000000000",
      },
    ])
    // The largest allowed total works and reads back exactly.
    const one = await call(cart, {
      method: 'PUT',
      headers: demoHeaders(),
      json: { items: [items[0]] },
    })
    expect(one.status, one.text).toBe(200)
    const order = await call(url(`${orders}/${created.body.id}`), { headers: demoHeaders() })
    expect(order.body.total).toEqual(price(1e12, 8e11))
  })

  it('finding 15: limit and offset must be decimal integers in the safe range: Infinity, 1e400, 0x10, 0b11, +5 are 400', async () => {
    for (const [name, value] of [
      ['limit', 'Infinity'],
      ['limit', '-Infinity'],
      ['offset', 'Infinity'],
      ['offset', '1e400'],
      ['limit', '1e1'],
      ['limit', '0x10'],
      ['offset', '0b11'],
      ['limit', '+5'],
      ['limit', ' 5'],
      ['offset', '9007199254740993'],
      ['limit', '5.0'],
    ] as const) {
      const reply = await call(url(`${orders}?${name}=${encodeURIComponent(value)}`), {
        headers: demoHeaders(),
      })
      expectProblem(reply, 400, 'validation-failed')
      expect(reply.body.errors, `${name}=${value}`).toEqual([
        {
          location: `query/${name}`,
          keyword: 'type',
          message: `must be integer (decimal digits, at most 9007199254740991), got "${value}"`,
        },
      ])
    }
    const page = await call(url(`${orders}?limit=5&offset=007`), { headers: demoHeaders() })
    expect(page.status, page.text).toBe(200)
    expect(page.body.pagination).toMatchObject({ limit: 5, offset: 7 })
    // The admin journal's limit is as strict.
    for (const value of ['0x10', '1e3', 'Infinity', '+5']) {
      const journal = await call(url(`/__admin/requests?limit=${encodeURIComponent(value)}`))
      expectProblem(journal, 400, 'validation-failed')
    }
    expect((await call(url('/__admin/requests?limit=2'))).status).toBe(200)
  })
})
