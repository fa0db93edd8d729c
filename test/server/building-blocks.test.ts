import { describe, expect, it } from 'vitest'
import { createFactories } from '../../src/factories/index.ts'
import { createCorsPolicy, isPreflight } from '../../src/server/cors.ts'
import { busiestTenant, DEMO_TENANT, findDemoTenant } from '../../src/server/demo-data.ts'
import { createRequestJournal } from '../../src/server/request-journal.ts'
import { createRequestLog, levelOf } from '../../src/server/request-log.ts'
import { splitUrl } from '../../src/server/split-url.ts'
import { findSnapshotViolations } from '../../src/server/validate-snapshot.ts'
import { createStore, storeInternals } from '../../src/store/index.ts'

describe('splitUrl', () => {
  it('splits the path from the query and collects repeated parameters', () => {
    expect(splitUrl('/api/v0/checkout/orders')).toEqual({
      path: '/api/v0/checkout/orders',
      query: {},
    })
    expect(splitUrl('/o?status=a&status=b&status=c&limit=5&q=%C3%A5+x')).toEqual({
      path: '/o',
      query: { status: ['a', 'b', 'c'], limit: '5', q: 'å x' },
    })
    expect(splitUrl('http://127.0.0.1:4010/api?x=1')).toEqual({ path: '/api', query: { x: '1' } })
  })
})

describe('createRequestJournal', () => {
  it('is a ring buffer that describes entries when read', () => {
    const journal = createRequestJournal(2, (method, path) => `${method}${path}`)
    for (const status of [200, 404, 201]) {
      journal.record({
        time: 0,
        method: 'GET',
        path: `/${status}`,
        status,
        ms: 1.234,
        body: undefined,
      })
    }
    expect(journal.size).toBe(2)
    expect(journal.list().map((entry) => entry.status)).toEqual([404, 201])
    expect(journal.list(1)).toEqual([
      {
        time: '1970-01-01T00:00:00.000Z',
        method: 'GET',
        path: '/201',
        status: 201,
        ms: 1.23,
        operationId: 'GET/201',
      },
    ])
  })
})

describe('createRequestLog', () => {
  it('maps statuses to levels and filters below the level', async () => {
    expect([200, 302, 404, 500].map(levelOf)).toEqual(['info', 'info', 'warn', 'error'])
    const written: string[] = []
    const log = createRequestLog({ level: 'error', write: (text) => written.push(text) })
    expect(log.wants(404)).toBe(false)
    log.write({ method: 'GET', path: '/', status: 404, ms: 1 })
    log.write({ method: 'GET', path: '/', status: 500, ms: 1 })
    log.flush()
    expect(written).toHaveLength(1)
    expect(JSON.parse(written[0] as string)).toMatchObject({ level: 'error', status: 500 })
  })

  it('writes nothing when silent', () => {
    const log = createRequestLog({ level: 'silent', write: () => expect.fail('wrote') })
    expect(log.wants(500)).toBe(false)
    log.write({ method: 'GET', path: '/', status: 500, ms: 1 })
    log.flush()
  })
})

describe('createCorsPolicy', () => {
  it('reuses one header object for every response', () => {
    const cors = createCorsPolicy('*')
    expect(cors.headersFor('http://a.test')).toBe(cors.headersFor(undefined))
  })

  it('adds nothing when off', () => {
    expect(createCorsPolicy(false).headersFor('http://a.test')).toEqual({})
  })

  it('tells a preflight from an API call with OPTIONS', () => {
    expect(isPreflight('OPTIONS', { 'access-control-request-method': 'PUT' })).toBe(true)
    expect(isPreflight('OPTIONS', {})).toBe(false)
  })
})

describe('findSnapshotViolations', () => {
  it('accepts an empty store and refuses what is not a snapshot', () => {
    expect(findSnapshotViolations({ orders: [], transactions: [] })).toEqual([])
    expect(findSnapshotViolations({ orders: [] })).toEqual([])
    expect(findSnapshotViolations([])).toEqual([
      expect.objectContaining({ location: 'body', keyword: 'type' }),
    ])
    expect(findSnapshotViolations({ orders: {}, transactions: 1 })).toEqual([
      { location: 'body/orders', keyword: 'type', message: 'must be array' },
      { location: 'body/transactions', keyword: 'type', message: 'must be array' },
    ])
  })
})

describe('the demo tenant (the one holding the most orders)', () => {
  const a = { merchant: 'm', channel: 'a' }
  const b = { merchant: 'm', channel: 'b' }

  it('is the busiest, the first of a tie, or the demo tenant of no orders', () => {
    expect(findDemoTenant([a, b, b])).toEqual(b)
    expect(findDemoTenant([a, b, b, a])).toEqual(a)
    expect(findDemoTenant([])).toEqual(DEMO_TENANT)
    expect(
      busiestTenant([
        { ...a, count: 2 },
        { ...b, count: 3 },
      ]),
    ).toEqual(b)
  })

  it('is found the same from a store’s tenant counts, kept as orders come and go', async () => {
    const build = (tenant: typeof a, seed: number) =>
      createFactories({ seed, ...tenant }).buildOrder()
    const orders = [build(a, 1), build(b, 2), build(b, 3), build(a, 4), build(b, 5)]
    const store = createStore()
    await store.seed(orders)
    const internals = storeInternals(store)
    expect([...internals.tenantCounts()]).toEqual([
      { ...a, count: 2 },
      { ...b, count: 3 },
    ])
    expect(busiestTenant(internals.tenantCounts())).toEqual(findDemoTenant(orders))
    internals.deleteOrder(orders[1]?.id as string)
    internals.deleteOrder(orders[2]?.id as string)
    expect([...internals.tenantCounts()]).toEqual([
      { ...a, count: 2 },
      { ...b, count: 1 },
    ])
    expect(busiestTenant(internals.tenantCounts())).toEqual(a)
  })
})
