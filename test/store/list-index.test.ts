import { describe, expect, it } from 'vitest'
import { createSeededRandom, type SeededRandom } from '../../src/domain/seeded-random.ts'
import type { Order } from '../../src/domain/types.ts'
import { createFactories } from '../../src/factories/index.ts'
import { toListQuery } from '../../src/operations/list-orders.ts'
import { createStore, type StoreInternals, storeInternals } from '../../src/store/index.ts'
import { scanListOrders } from './support/scan-list-orders.ts'

const TENANTS = [
  { merchant: 'index-a', channel: 'index-a-se' },
  { merchant: 'index-b', channel: 'index-b-no' },
]
const STATUSES = ['checkout', 'processing', 'accepted', 'completed', 'declined', 'removed']
const EMAILS = ['ann@example.com', 'Ann@Example.com', 'bo@example.com', 'cy@example.com']
const NAMES = [
  ['Ann', 'Berg'],
  ['ann', 'berg'],
  ['Bo', 'Ek'],
  ['Cy', 'Berg'],
  ['Åsa', 'Öst'],
]
const PRICES = [10, 10, 99.5, 125, 0.1, 1037.5, 12.345]

/**
 * GetCheckoutOrders served from the store's indexes gives exactly what the old scan gave
 * (kept as the oracle, test/store/support/scan-list-orders.ts) for random queries over two
 * tenants whose orders are created, changed (status, customer, cart) and deleted.
 */
describe('the list indexes', () => {
  it('answer every random query as the scan did, through creates, changes and deletes', async () => {
    const random = createSeededRandom(1616)
    const store = createStore({ seed: 3 })
    const internals = storeInternals(store)
    const factories = TENANTS.map((tenant, index) =>
      createFactories({ seed: 40 + index, ...tenant }),
    )
    const build = (tenantIndex: number) =>
      vary(factories[tenantIndex]?.buildOrder() as Order, random)
    // A bulk load (lists sorted in one go), then single changes (binary-search inserts).
    await store.seed(Array.from({ length: 160 }, (_, index) => build(index % 2)))
    let queries = 0
    for (let round = 0; round < 40; round++) {
      for (let step = 0; step < 6; step++) await change(internals, random, build)
      if (round === 20) await store.seed(Array.from({ length: 70 }, () => build(random.int(0, 1))))
      const orders = internals.allOrders()
      for (let index = 0; index < 25; index++) {
        const tenant = TENANTS[random.int(0, 1)] as (typeof TENANTS)[number]
        const query = randomQuery(random, orders)
        const expected = scanListOrders(orders, { query, tenant })
        const found = internals.queryOrders(toListQuery(query, tenant))
        expect(
          {
            ids: found.orders.map((order) => order.id),
            totalSize: found.totalSize,
            valueSum: found.valueSum,
          },
          JSON.stringify(query),
        ).toEqual({
          ids: expected.ids,
          totalSize: expected.pagination.totalSize,
          valueSum: expected.pagination.valueSum,
        })
        queries++
      }
    }
    expect(queries).toBe(1000)
  })

  it('leaves nothing of a refused or deleted order in the indexes', async () => {
    const tenant = TENANTS[0] as (typeof TENANTS)[number]
    const store = createStore()
    const internals = storeInternals(store)
    const order = createFactories({ seed: 5, ...tenant }).buildOrder({
      state: { currentStatus: 'checkout' },
    })
    await store.seed([order])
    await expect(
      internals.replaceOrder({
        ...order,
        currency: 'KRONOR',
        state: { currentStatus: 'accepted' },
      }),
    ).rejects.toThrow()
    const byStatus = (status: string) =>
      internals.queryOrders(toListQuery({ status: [status] }, tenant)).totalSize
    expect([byStatus('checkout'), byStatus('accepted')]).toEqual([1, 0])
    internals.deleteOrder(order.id as string)
    const email = order.customer?.billing?.email as string
    expect(internals.queryOrders(toListQuery({ billing_emails: [email] }, tenant))).toEqual({
      orders: [],
      totalSize: 0,
      valueSum: 0,
    })
  })
})

/** Gives built orders colliding keys: shared emails and names in other cases, equal totals, odd times. */
function vary(order: Order, random: SeededRandom): Order {
  const [givenName, familyName] = random.pick(NAMES) as [string, string]
  const billing = order.customer?.billing
  if (billing && random.next() < 0.8) {
    billing.email = random.pick(EMAILS)
    billing.givenName = givenName
    billing.familyName = familyName
  }
  if (order.customer && random.next() < 0.1) delete order.customer.billing
  if (random.next() < 0.3) order.state = { currentStatus: random.pick(STATUSES) as never }
  if (random.next() < 0.5 && order.total) order.total.includingVat = random.pick(PRICES)
  const times = order as { created?: string }
  if (random.next() < 0.4)
    times.created = `2026-0${random.int(1, 3)}-1${random.int(0, 2)}T10:00:00.000Z`
  // The second tenant holds times that do not sort as text (an offset, no milliseconds).
  if (order.merchant === 'index-b' && random.next() < 0.2)
    times.created = '2026-02-10T12:00:00+02:00'
  if (random.next() < 0.2) order.reference = random.pick(['R-1', 'r-1', 'R-2'])
  // A value holding the character the index joins values with.
  if (random.next() < 0.05) order.reference = 'R\u0001b'
  return order
}

async function change(
  internals: StoreInternals,
  random: SeededRandom,
  build: (tenantIndex: number) => Order,
): Promise<void> {
  const ids = internals.allOrders().map((order) => order.id as string)
  const roll = random.next()
  if (roll < 0.25 || ids.length === 0) {
    await internals.insertOrder(build(random.int(0, 1)))
    return
  }
  const id = random.pick(ids)
  if (roll < 0.35) {
    internals.deleteOrder(id)
    return
  }
  const order = structuredClone(internals.findOrder(id) as Order)
  const what = random.int(0, 2)
  if (what === 0) order.state = { ...order.state, currentStatus: random.pick(STATUSES) as never }
  if (what === 1 && order.customer) {
    order.customer.billing = { ...order.customer.billing, email: random.pick(EMAILS) }
    order.customer.shipping = { ...order.customer.shipping, givenName: random.pick(['Ann', 'Dag']) }
  }
  if (what === 2 && order.cart) {
    order.cart.total = { includingVat: random.pick(PRICES), excludingVat: 1 }
    order.total = { includingVat: random.pick(PRICES), excludingVat: 1 }
    order.cart.reference = random.pick(['C-1', 'c-1', 'C-2'])
  }
  await internals.replaceOrder(order)
}

function randomQuery(random: SeededRandom, orders: readonly Order[]): Record<string, unknown> {
  const query: Record<string, unknown> = {}
  const some = () => random.pick(orders as Order[])
  const casing = (value: string) =>
    random.next() < 0.3 ? value.toUpperCase() : random.next() < 0.5 ? value : value.toLowerCase()
  const maybe = (chance: number, set: () => void) => {
    if (random.next() < chance) set()
  }
  maybe(0.4, () => {
    query.status = Array.from({ length: random.int(1, 3) }, () =>
      casing(random.pick([...STATUSES, 'unknown'])),
    )
  })
  maybe(0.1, () => {
    query.countries = [casing(some().country ?? 'SE'), '']
  })
  maybe(0.15, () => {
    query.billing_emails = [casing(random.pick(EMAILS))]
  })
  maybe(0.1, () => {
    const [given, family] = random.pick(NAMES) as [string, string]
    query.billing_names = [casing(random.pick([`${given} ${family}`, given, family]))]
  })
  maybe(0.05, () => {
    query.shipping_names = [casing(random.pick(['Ann', 'Dag', 'nobody']))]
  })
  maybe(0.05, () => {
    query.billing_phones = [some().customer?.billing?.phone ?? '']
  })
  maybe(0.05, () => {
    query.shipping_countries = [casing(some().customer?.shipping?.country ?? 'NO')]
  })
  maybe(0.05, () => {
    query.shipping_emails = [casing(some().customer?.shipping?.email ?? 'x@example.com')]
  })
  maybe(0.05, () => {
    query.billing_countries = [casing(some().customer?.billing?.country ?? 'SE')]
  })
  maybe(0.05, () => {
    query.shipping_phones = [some().customer?.shipping?.phone ?? '']
  })
  maybe(0.08, () => {
    query.reference = random.pick(['R-1', 'r-1', 'R-2', '', some().reference ?? ''])
  })
  maybe(0.06, () => {
    query.cart_reference = random.pick(['C-1', 'c-1', some().cart?.reference ?? ''])
  })
  maybe(0.06, () => {
    query.payment_id = some().payments?.[0]?.id ?? 'p_none'
  })
  maybe(0.15, () => {
    query.date_from = random.pick([
      '2026-01-15T00:00:00.000Z',
      '2026-02-10T10:00:00.000Z',
      '2026-02-10T11:00:00+01:00',
      some().created ?? '',
      'not a date',
    ])
  })
  maybe(0.15, () => {
    query.date_to = random.pick([
      '2026-02-28T00:00:00.000Z',
      '2026-02-10T10:00:00.000Z',
      some().created ?? '',
    ])
  })
  maybe(0.1, () => {
    const source = random.pick([
      some().id ?? '',
      some().customer?.billing?.email ?? '',
      'berg',
      'ANN B',
      'é',
      'r\u0001b',
      '\u0001',
    ])
    const start = random.int(0, Math.max(0, source.length - 2))
    query.search = source.slice(start, start + random.int(1, 6))
  })
  maybe(0.7, () => {
    query.order_by = random.pick(['created', 'billingEmail', 'billingName', 'cartTotal', ''])
  })
  maybe(0.6, () => {
    query.order_by_direction = random.pick(['asc', 'desc'])
  })
  maybe(0.5, () => {
    query.offset = random.int(0, 60)
  })
  maybe(0.7, () => {
    query.limit = random.int(1, 100)
  })
  return query
}
