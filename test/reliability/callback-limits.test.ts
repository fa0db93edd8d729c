import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from '../../src/server/index.ts'
import {
  createEventLog,
  MAX_EVENT_CHARS,
  MAX_EVENTS,
  type NotificationEvent,
} from '../../src/store/event-log.ts'
import { call, demoHeaders, type Reply } from '../server/support/http.ts'

const orders = '/api/v0/checkout/orders'
/** Every callback is refused on its URL (not on the allow-list): no traffic leaves the test. */
const REFUSED = 'http://localhost:9'

let mock: MockServer
beforeEach(async () => {
  mock = await startMockServer({ port: 0, allowedCallbackHosts: ['127.0.0.1:1'] })
})
afterEach(() => mock.close())

const send = (method: string, path: string, json?: unknown): Promise<Reply> =>
  call(`${mock.url}${orders}${path}`, {
    method,
    headers: demoHeaders(),
    ...(json !== undefined && { json }),
  })

function heapMeter(): () => number {
  setFlagsFromString('--expose_gc')
  const gc = runInNewContext('gc') as () => void
  return () => {
    gc()
    gc()
    return process.memoryUsage().heapUsed
  }
}

describe('callbacks per order are capped', () => {
  it('finding 6: 50 notifications on a big order: each change stores the order once, not once per event', {
    timeout: 120_000,
  }, async () => {
    const heap = heapMeter()
    // 1,000 small objects (~40 KB of JSON): copies of it are objects, not one shared string.
    const rows = Array.from({ length: 1_000 }, (_, index) => ({ n: index, label: `row ${index}` }))
    const id = (await send('POST', '', { attributes: { rows } })).body.id as string
    for (let index = 0; index < 50; index++) {
      const reply = await send('POST', `/${id}/notifications`, {
        id: `n${index}`,
        scope: '/attributes/step',
        invoke: `${REFUSED}/notify/${index}`,
      })
      expect(reply.status, reply.text).toBe(200)
    }
    const before = heap()
    const started = performance.now()
    for (let step = 0; step < 20; step++) {
      expect((await send('PATCH', `/${id}/attributes`, { step })).status).toBe(200)
    }
    const changesMs = performance.now() - started
    await mock.store.events.waitFor({ orderId: id, notificationId: 'n49', status: 'refused' })
    const grown = heap() - before
    const events = mock.store.events.list({ orderId: id })
    expect(events).toHaveLength(1_000)
    // Every event still serves its whole order.
    expect(
      (events.at(-1)?.payload.order as { attributes?: { rows: unknown[] } } | undefined)?.attributes
        ?.rows,
    ).toEqual(rows)
    const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
    console.info(
      `notification events: 20 changes × 50 notifications of a 40 KB order: heap +${mib(grown)} MiB, ${Math.round(changesMs)} ms for the 20 changes`,
    )
    // One copy per change is ~1 MiB; one per event was ~100 MiB.
    expect(grown).toBeLessThan(25 * 1024 * 1024)
  })

  it('finding 6: the 51st hook, notification or validation is 409 callback-limit-reached', async () => {
    const id = (await send('POST', '', {})).body.id as string
    const bodies = {
      hooks: (index: number) => ({ subscribeTo: '/cart', invoke: `${REFUSED}/h/${index}` }),
      notifications: (index: number) => ({
        id: `n${index}`,
        scope: '/cart',
        invoke: `${REFUSED}/n`,
      }),
      validations: (index: number) => ({ adapterId: `a${index}`, url: `${REFUSED}/v/${index}` }),
    }
    for (const [list, body] of Object.entries(bodies)) {
      for (let index = 0; index < 50; index++) {
        expect((await send('POST', `/${id}/${list}`, body(index))).status).toBe(200)
      }
      const refused = await send('POST', `/${id}/${list}`, body(50))
      expect(refused.status).toBe(409)
      expect(refused.body.code).toBe('callback-limit-reached')
      expect(refused.body.detail).toContain(`already holds 50 ${list}, the most the mock keeps`)
    }
    // Re-registering a notification under its id replaces it: still allowed at the cap.
    expect((await send('POST', `/${id}/notifications`, bodies.notifications(7))).status).toBe(200)
    const stored = mock.store.getOrder(id)
    expect([
      stored?.hooks?.length,
      stored?.notifications?.length,
      stored?.validations?.length,
    ]).toEqual([50, 50, 50])
    // Creating an order with 51 is a 400 naming the rule.
    const created = await send('POST', '', {
      hooks: Array.from({ length: 51 }, (_, index) => bodies.hooks(index)),
    })
    expect(created.status).toBe(400)
    expect(JSON.stringify(created.body.errors)).toContain('maxItems')
  })
})

describe('the event log is bounded', () => {
  const event = (index: number, order: Record<string, unknown>): NotificationEvent => ({
    id: `00000000-0000-7000-8000-${String(index).padStart(12, '0')}`,
    createdAt: '2026-12-01T00:00:00.000Z',
    merchant: 'm',
    channel: 'c',
    orderId: `o_${index}`,
    notification: { id: 'n', scope: '/cart', invoke: 'http://localhost:9' },
    payload: { notification: { id: 'n', scope: '/cart', invoke: 'http://localhost:9' }, order },
    status: 'pending',
    deliveries: [],
  })

  it(`finding 6: it keeps the newest ${MAX_EVENTS} events`, async () => {
    const log = createEventLog()
    const order = { id: 'o' }
    for (let index = 0; index < MAX_EVENTS + 50; index++) await log.record(event(index, order))
    const kept = log.summaries()
    expect(kept).toHaveLength(MAX_EVENTS)
    expect(kept[0]?.orderId).toBe('o_50')
    expect(log.get(event(49, order).id)).toBeUndefined()
  })

  it(`finding 6: it keeps at most ${MAX_EVENT_CHARS / 1024 / 1024} MiB of orders, oldest first`, async () => {
    const log = createEventLog()
    const halfMiB = 'y'.repeat(512 * 1024)
    for (let index = 0; index < 160; index++)
      await log.record(event(index, { blob: `${index}${halfMiB}` }))
    const kept = log.summaries()
    expect(kept.length).toBeLessThan(128)
    expect(kept.length).toBeGreaterThan(120)
    expect(kept.at(-1)?.orderId).toBe('o_159')
    expect(log.payloadText(kept.at(-1)?.id as string)).toContain('"order":{"blob":"159')
  })
})
