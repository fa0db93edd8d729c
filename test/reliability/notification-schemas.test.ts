import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from '../../src/server/index.ts'
import { createNotificationSchemas } from '../../src/validation/notification-schema.ts'
import { call, demoHeaders, type Reply } from '../server/support/http.ts'

const orders = '/api/v0/checkout/orders'
const tenantB = { merchant: 'merchant-b', channel: 'channel-b' }

let mock: MockServer
beforeEach(async () => {
  // Notifications go to a loopback port nobody listens on: delivery fails fast, and is not
  // what these tests are about.
  mock = await startMockServer({ port: 0, callbackTimeoutMs: 1_000 })
})
afterEach(() => mock.close())

const send = (
  method: string,
  path: string,
  json?: unknown,
  tenant?: { merchant: string; channel: string },
): Promise<Reply> =>
  call(`${mock.url}${orders}${path}`, {
    method,
    headers: demoHeaders(tenant),
    ...(json !== undefined && { json }),
  })

async function createOrder(tenant?: { merchant: string; channel: string }): Promise<string> {
  const created = await send('POST', '', {}, tenant)
  expect(created.status).toBe(201)
  return created.body.id as string
}

const notification = (schema: object, id = 'watch') => ({
  id,
  scope: '/attributes/name',
  invoke: 'http://127.0.0.1:9/notify',
  schema,
})

describe('notification schema patterns run in linear time', () => {
  it('finding 5: a catastrophic pattern is matched while another request is answered meanwhile', {
    timeout: 120_000,
  }, async () => {
    const id = await createOrder()
    // `^(a+)+$` on 26 a's and a b: ~2^26 backtracking steps in a backtracking engine (seconds).
    const registered = await send(
      'POST',
      `/${id}/notifications`,
      notification({ type: 'string', pattern: '^(a+)+$' }),
    )
    expect(registered.status).toBe(200)

    let longestGapMs = 0
    let last = performance.now()
    const ticker = setInterval(() => {
      const now = performance.now()
      longestGapMs = Math.max(longestGapMs, now - last)
      last = now
    }, 10)
    try {
      const started = performance.now()
      const [patched, health] = await Promise.all([
        send('PATCH', `/${id}/attributes`, { name: `${'a'.repeat(26)}b` }),
        (async () => {
          await new Promise((resolve) => setTimeout(resolve, 5))
          const reply = await call(`${mock.url}/__admin/health`)
          return { reply, ms: performance.now() - started }
        })(),
      ])
      expect(patched.status).toBe(200)
      expect(health.reply.status).toBe(200)
      // A matching value still fires, a non-matching one does not.
      expect((await send('PATCH', `/${id}/attributes`, { name: 'aaaa' })).status).toBe(200)
      await mock.store.events.waitFor({ orderId: id }, { timeoutMs: 10_000 })
      expect(mock.store.events.list({ orderId: id })).toHaveLength(1)
      expect(health.ms).toBeLessThan(1_500)
      expect(longestGapMs).toBeLessThan(1_500)
    } finally {
      clearInterval(ticker)
    }
  })

  it('finding 5: a pattern RE2 cannot run in linear time (a backreference) is refused at registration', async () => {
    const id = await createOrder()
    const reply = await send(
      'POST',
      `/${id}/notifications`,
      notification({ type: 'string', pattern: '^(a)\\1$' }),
    )
    expect(reply.status).toBe(400)
    expect(reply.text).toContain('not a valid JSON Schema (2020-12)')
  })
})

describe('notification schemas belong to their notification', () => {
  it("finding 18: $ids are not shared across tenants: B may reuse A's $id and cannot $ref A's schema", async () => {
    const a = await createOrder()
    const b = await createOrder(tenantB)
    const $id = 'https://schemas.example/status.json'
    const registeredA = await send(
      'POST',
      `/${a}/notifications`,
      notification({ $id, type: 'string', enum: ['secret-of-a'] }),
    )
    expect(registeredA.status).toBe(200)
    const reused = await send(
      'POST',
      `/${b}/notifications`,
      notification({ $id, type: 'string', minLength: 1 }),
      tenantB,
    )
    expect(reused.status, reused.text).toBe(200)
    const referenced = await send(
      'POST',
      `/${b}/notifications`,
      notification({ $ref: $id }, 'peek'),
      tenantB,
    )
    expect(referenced.status).toBe(400)
    expect(referenced.text).toContain($id)
    // Each order's schema is its own: B's accepts what A's refuses.
    expect((await send('PATCH', `/${b}/attributes`, { name: 'anything' }, tenantB)).status).toBe(
      200,
    )
    await mock.store.events.waitFor({ orderId: b })
    expect((await send('PATCH', `/${a}/attributes`, { name: 'anything' })).status).toBe(200)
    expect(mock.store.events.list({ orderId: a })).toEqual([])
  })
})

describe('compiled notification schemas are freed', () => {
  it('finding 9: re-registering 200 schemas and a reset leave the heap where it was', {
    timeout: 120_000,
  }, async () => {
    setFlagsFromString('--expose_gc')
    const gc = runInNewContext('gc') as () => void
    const heap = () => {
      gc()
      gc()
      return process.memoryUsage().heapUsed
    }
    // Each schema is ~40 KB (a long description): kept forever, 200 of them hold ~16 MiB.
    const schemaFor = (round: number) => ({
      $id: `https://schemas.example/round-${round}.json`,
      description: `round ${round}: ${'a schema kept by nobody '.repeat(1_700)}`,
      type: 'string',
      anyOf: [{ minLength: 1 }, { maxLength: 40 + round }],
    })
    const id = await createOrder()
    // Warm up: every code path once, so what is measured is what stays.
    for (let round = 0; round < 10; round++) {
      expect(
        (await send('POST', `/${id}/notifications`, notification(schemaFor(-round)))).status,
      ).toBe(200)
      await send('PATCH', `/${id}/attributes`, { name: `r-${round}` })
    }
    const before = heap()
    for (let round = 0; round < 200; round++) {
      const reply = await send('POST', `/${id}/notifications`, notification(schemaFor(round)))
      expect(reply.status).toBe(200)
      // Every 20th round a change is matched against the schema (compiled and kept while used).
      if (round % 20 === 0) await send('PATCH', `/${id}/attributes`, { name: `r${round}-1x` })
    }
    const grown = heap() - before
    expect(
      (
        await call(`${mock.url}/__admin/reset`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(200)
    const afterReset = heap() - before
    const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
    console.info(
      `notification schemas: heap +${mib(grown)} MiB after 200 re-registrations, ${mib(afterReset)} MiB after reset`,
    )
    // Freed, what stays is noise (and a few KB per compiled schema Ajv or V8 keep).
    expect(grown).toBeLessThan(4 * 1024 * 1024)
    expect(afterReset).toBeLessThan(4 * 1024 * 1024)
  })
})

describe('the per-store schema registry', () => {
  it('finding 9: a compiled schema is freed when its notification, its order or the store goes', () => {
    const schemas = createNotificationSchemas()
    const a = { type: 'string', minLength: 1 }
    const b = { type: 'string', maxLength: 3 }
    const watch = (schema: Record<string, unknown>, id = 'n1') => ({
      id,
      scope: '/attributes',
      invoke: 'x',
      schema,
    })
    schemas.track('o1', [watch(a), watch(b, 'n2')])
    schemas.track('o2', [watch(a)])
    expect(schemas.matches(a, 'x')).toBe(true)
    expect(schemas.matches(b, 'long')).toBe(false)
    expect(schemas.compiledCount()).toBe(2)
    schemas.track('o1', [watch(a)]) // n2 removed: b is no one's
    expect(schemas.compiledCount()).toBe(1)
    schemas.forget('o1') // o1 deleted: o2 still uses a
    expect(schemas.compiledCount()).toBe(1)
    schemas.track('o2', []) // a removed
    expect(schemas.compiledCount()).toBe(0)
    // A schema no stored notification uses is compiled for the call, never kept.
    expect(schemas.matches(b, 'ok')).toBe(true)
    expect(schemas.compiledCount()).toBe(0)
    schemas.track('o3', [watch(b)])
    schemas.matches(b, 'ok')
    schemas.clear() // reset or import
    expect(schemas.compiledCount()).toBe(0)
  })
})
