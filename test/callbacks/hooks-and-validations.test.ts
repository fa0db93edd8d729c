import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { price } from '../../src/domain/money.ts'
import { createApiClient, useMockApi } from '../support/mock-api.ts'

const ADAPTER = 'http://127.0.0.1:3/adapter'
const cart = (quantity: number) => ({
  items: [{ name: 'Thing', quantity, total: price(10 * quantity, 8 * quantity), vatRate: 0.25 }],
})

describe('hooks', () => {
  const mock = useMockApi()
  const api = createApiClient()

  it('are called with the proposed order, and their JSON Patch lands in the stored order', async () => {
    const calls: any[] = []
    mock.use(
      http.post(`${ADAPTER}/cart-hook/:orderId`, async ({ request }) => {
        calls.push(await request.json())
        return HttpResponse.json([
          { op: 'add', path: '/attributes/stockChecked', value: true },
          { op: 'replace', path: '/cart/items/0/name', value: 'Thing (in stock)' },
        ])
      }),
    )
    const id = await api.createOrder({ cart: cart(1) })
    await api.post(`/${id}/hooks`, {
      adapterId: 'stock_adapter',
      subscribeTo: '/cart',
      invoke: `${ADAPTER}/cart-hook/{order_id}`,
    })
    expect((await api.put(`/${id}/cart`, cart(2))).status).toBe(200)

    expect(calls).toHaveLength(1)
    expect(calls[0].cart.items[0].quantity).toBe(2)
    const stored = mock.store.getOrder(id)
    expect(stored?.attributes).toEqual({ stockChecked: true })
    expect(stored?.cart?.items?.[0]).toMatchObject({ name: 'Thing (in stock)', quantity: 2 })
    expect(stored?.total).toEqual(price(20, 16))
    expect(mock.store.events.journal()).toEqual([
      expect.objectContaining({
        kind: 'hook',
        orderId: id,
        adapterId: 'stock_adapter',
        outcome: 'answered',
        status: 200,
      }),
    ])
  })

  it('answering 400 reject the change: the client gets 409 naming the hook, the order stays as it was', async () => {
    mock.use(
      http.post(`${ADAPTER}/deny`, () =>
        HttpResponse.json({ reason: 'no stock' }, { status: 400 }),
      ),
    )
    const id = await api.createOrder({ cart: cart(1) })
    await api.post(`/${id}/hooks`, {
      adapterId: 'stock_adapter',
      subscribeTo: '/cart',
      invoke: `${ADAPTER}/deny`,
    })
    const hookId = mock.store.getOrder(id)?.hooks?.[0]?.id
    const before = mock.store.getOrder(id)

    const reply = await api.put(`/${id}/cart`, cart(5))
    expect(reply.status).toBe(409)
    expect(reply.body).toMatchObject({ code: 'hook-rejected' })
    expect(reply.body.detail).toContain(hookId)
    expect(reply.body.detail).toContain('stock_adapter')
    expect(reply.body.detail).toContain('400')
    expect(mock.store.getOrder(id)).toEqual(before)
  })

  it('are not called for changes outside their scope, nor for the adapter that makes the change (x-adapterid)', async () => {
    let calls = 0
    mock.use(
      http.post(`${ADAPTER}/state-hook`, () => {
        calls++
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const id = await api.createOrder({ cart: cart(1) })
    await api.post(`/${id}/hooks`, {
      adapterId: 'external_reserve',
      scope: '/state',
      invoke: `${ADAPTER}/state-hook`,
    })
    await api.put(`/${id}/reference`, 'not-state')
    expect(calls).toBe(0)
    await api.put(
      `/${id}/state`,
      { currentStatus: 'removed' },
      { 'x-adapterid': 'external_reserve' },
    )
    expect(calls).toBe(0)
    expect(mock.store.getOrder(id)?.state?.currentStatus).toBe('removed')

    const other = await api.createOrder({ cart: cart(1) })
    await api.post(`/${other}/hooks`, {
      adapterId: 'external_reserve',
      scope: '/state',
      invoke: `${ADAPTER}/state-hook`,
    })
    await api.put(
      `/${other}/state`,
      { currentStatus: 'removed' },
      { 'x-adapterid': 'another_adapter' },
    )
    expect(calls).toBe(1)
  })

  it('cascade through patches to further hooks, with a bound against loops', async () => {
    const order: string[] = []
    mock.use(
      http.post(`${ADAPTER}/first`, () => {
        order.push('first')
        return HttpResponse.json([{ op: 'replace', path: '/reference', value: 'patched-by-first' }])
      }),
      http.post(`${ADAPTER}/second`, () => {
        order.push('second')
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const id = await api.createOrder({ cart: cart(1), reference: 'start' })
    await api.post(`/${id}/hooks`, { subscribeTo: '/reference', invoke: `${ADAPTER}/second` })
    await api.post(`/${id}/hooks`, { subscribeTo: '/cart', invoke: `${ADAPTER}/first` })
    expect((await api.put(`/${id}/cart`, cart(3))).status).toBe(200)
    expect(order).toEqual(['first', 'second'])
    expect(mock.store.getOrder(id)?.reference).toBe('patched-by-first')
  })

  it('may not patch what identifies the order, nor break the contract', async () => {
    mock.use(
      http.post(`${ADAPTER}/steal`, () =>
        HttpResponse.json([{ op: 'replace', path: '/merchant', value: 'thief' }]),
      ),
      http.post(`${ADAPTER}/break`, () =>
        HttpResponse.json([{ op: 'add', path: '/cart/items/0/quantity', value: 'many' }]),
      ),
    )
    for (const target of ['steal', 'break']) {
      const id = await api.createOrder({ cart: cart(1) })
      await api.post(`/${id}/hooks`, { subscribeTo: '/cart', invoke: `${ADAPTER}/${target}` })
      const reply = await api.put(`/${id}/cart`, cart(2))
      expect(reply.status).toBe(409)
      expect(reply.body.detail).toMatch(
        target === 'steal'
          ? /may not change \/merchant/
          : /breaks the contract: \/cart\/items\/0\/quantity/,
      )
      expect(mock.store.getOrder(id)?.cart?.items?.[0]?.quantity).toBe(1)
    }
  })
})

describe('validation callbacks', () => {
  const mock = useMockApi({ callbackTimeoutMs: 200 })
  const api = createApiClient()

  async function validatableOrder(): Promise<string> {
    const id = await api.createOrder({ cart: cart(1) })
    await api.post(`/${id}/payments`, { amount: 10 })
    return id
  }

  it('that fail make validate answer 400 with their adapterId; passing ones add nothing', async () => {
    const seen: string[] = []
    mock.use(
      http.post(`${ADAPTER}/ok/:orderId`, ({ params }) => {
        seen.push(`ok ${params.orderId}`)
        return new HttpResponse(null, { status: 200 })
      }),
      http.post(`${ADAPTER}/no`, () => new HttpResponse('out of stock', { status: 400 })),
    )
    const id = await validatableOrder()
    await api.post(`/${id}/validations`, {
      adapterId: 'onhand_verify',
      url: `${ADAPTER}/ok/{order_id}`,
    })
    expect(await api.post(`/${id}/validate`, {})).toMatchObject({ status: 200, body: [] })
    await api.post(`/${id}/validations`, { adapterId: 'fail_verify', invoke: `${ADAPTER}/no` })
    const reply = await api.post(`/${id}/validate`, {})
    expect(reply.status).toBe(400)
    expect(reply.headers.get('content-type')).toBe('application/json')
    expect(reply.body).toEqual([{ code: 'validation-callback-failed', adapterId: 'fail_verify' }])
    expect(seen).toEqual([`ok ${id}`, `ok ${id}`])
  })

  it('report the ValidationError[] a failing validator answers with, and time-outs', async () => {
    mock.use(
      http.post(`${ADAPTER}/detailed`, () =>
        HttpResponse.json([{ code: 'voucher-expired', adapterId: 'voucher_adapter' }], {
          status: 400,
        }),
      ),
      http.post(`${ADAPTER}/slow`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 1_000))
        return new HttpResponse(null, { status: 200 })
      }),
    )
    const id = await validatableOrder()
    await api.post(`/${id}/validations`, {
      adapterId: 'voucher_adapter',
      url: `${ADAPTER}/detailed`,
    })
    await api.post(`/${id}/validations`, { adapterId: 'slow_adapter', url: `${ADAPTER}/slow` })
    const reply = await api.post(`/${id}/validate`, {})
    expect(reply.status).toBe(400)
    expect(reply.body).toEqual([
      { code: 'voucher-expired', adapterId: 'voucher_adapter' },
      { code: 'validation-callback-timeout', adapterId: 'slow_adapter' },
    ])
    expect(
      mock.store.events.journal().map((entry) => [entry.kind, entry.adapterId, entry.outcome]),
    ).toEqual([
      ['validation', 'voucher_adapter', 'answered'],
      ['validation', 'slow_adapter', 'failed'],
    ])
  })

  it('run after the built-in checks, and their failures add up', async () => {
    mock.use(http.post(`${ADAPTER}/no`, () => new HttpResponse(null, { status: 500 })))
    const id = await api.createOrder({ cart: cart(1) })
    await api.post(`/${id}/validations`, { adapterId: 'fail_verify', url: `${ADAPTER}/no` })
    expect((await api.post(`/${id}/validate`)).body).toEqual([
      { code: 'payments-do-not-cover-total' },
      { code: 'validation-callback-failed', adapterId: 'fail_verify' },
    ])
  })
})

describe('callbacks to hosts that are not allowed', () => {
  const mock = useMockApi({ allowedCallbackHosts: ['127.0.0.1:3'] })
  const api = createApiClient()

  it('are refused and never contacted: notifications, hooks and validations', async () => {
    let contacted = 0
    mock.use(
      http.post('http://127.0.0.1:4/*', () => {
        contacted++
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const id = await api.createOrder({ cart: cart(1) })
    await api.post(`/${id}/notifications`, {
      scope: '/reference',
      invoke: 'http://127.0.0.1:4/notify',
    })
    await api.put(`/${id}/reference`, 'r')
    const event = await mock.store.events.waitFor({ orderId: id })
    expect(event).toMatchObject({
      status: 'refused',
      deliveries: [
        {
          outcome: 'refused',
          error: expect.stringContaining('127.0.0.1:4 is not an allowed callback host'),
        },
      ],
    })

    await api.post(`/${id}/validations`, {
      adapterId: 'far_away',
      url: 'http://127.0.0.1:4/validate',
    })
    await api.post(`/${id}/payments`, { amount: 10 })
    expect((await api.post(`/${id}/validate`)).body).toEqual([
      { code: 'validation-callback-refused', adapterId: 'far_away' },
    ])

    await api.post(`/${id}/hooks`, { subscribeTo: '/cart', invoke: 'http://127.0.0.1:4/hook' })
    const rejected = await api.put(`/${id}/cart`, cart(2))
    expect(rejected.status).toBe(409)
    expect(rejected.body.detail).toContain('not an allowed callback host')
    expect(contacted).toBe(0)
  })
})
