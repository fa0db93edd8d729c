import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { price } from '../../src/domain/money.ts'
import { createFactories } from '../../src/factories/index.ts'
import type { Order, OrderPaginationSet, OrderStatus } from '../../src/index.ts'
import { getOrderApiValidator } from '../../src/validation/index.ts'
import { createApiClient, OTHER_TENANT, TENANT, useMockApi } from '../support/mock-api.ts'
import { VALID_BODIES } from '../support/valid-bodies.ts'
import {
  ACCEPTED_TOKENS,
  expectProblem,
  expectViolations,
  itAnswersTheCommonErrors,
  OVERSIZED_JSON,
} from './order-errors.ts'

const NOW = '2026-02-01T12:00:00.000Z'
const ORDER_ID = /^o_[A-Za-z]{26}$/
const ITEM_ID = /^ci_[A-Za-z]{26}$/
const item = (name: string, includingVat: number, excludingVat: number) => ({
  name,
  quantity: 1,
  total: price(includingVat, excludingVat),
  vatRate: 0.25,
})

const mock = useMockApi({ tokens: ACCEPTED_TOKENS })
const api = createApiClient()
const factories = () =>
  createFactories({ seed: 11, merchant: TENANT.merchant, channel: TENANT.channel })

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(NOW))
})
afterEach(() => {
  vi.useRealTimers()
})

/** Seeds one factory-built order of TENANT in `status`; answers it as stored. */
async function seedOrder(status: OrderStatus, overrides: Partial<Order> = {}): Promise<Order> {
  const order = factories().buildOrder({ state: { currentStatus: status }, ...overrides } as never)
  await mock.store.seed([order])
  return order
}

describe('GetCheckoutOrders', () => {
  const id = (letter: string) => `o_${letter.repeat(26)}`

  /**
   * Five orders of TENANT (A oldest … E newest), one of another merchant and one of another
   * channel of the same merchant. Carts have distinct totals and no shippings, so each order
   * total is its cart total.
   */
  async function seedList(): Promise<Record<'A' | 'B' | 'C' | 'D' | 'E', Order>> {
    const own = factories()
    const address = (
      givenName: string,
      familyName: string,
      email: string,
      phone: string,
      country: string,
    ) => ({
      type: 'person' as const,
      givenName,
      familyName,
      email,
      phone,
      country,
    })
    const build = (
      letter: string,
      status: OrderStatus,
      month: number,
      total: number,
      rest: object,
    ) =>
      own.buildOrder({
        id: id(letter),
        created: `2025-0${month}-10T09:00:00.000Z`,
        lastModified: `2025-0${month}-10T09:00:00.000Z`,
        state: { currentStatus: status },
        reference: `ref-${letter.toLowerCase()}`,
        cart: { reference: `cart-${letter.toLowerCase()}`, total: price(total, total * 0.8) },
        shippings: [],
        ...rest,
      } as never)
    const orders = {
      A: build('A', 'checkout', 1, 300, {
        country: 'SE',
        customer: {
          billing: address(
            'Alice',
            'Andersson',
            'alice.andersson@example.com',
            '+46 70 111 11 11',
            'SE',
          ),
          shipping: address('Bo', 'Berg', 'bo.berg@example.com', '+46 70 222 22 22', 'SE'),
        },
      }),
      B: build('B', 'processing', 2, 100, {
        country: 'NO',
        customer: {
          billing: address(
            'Cecilia',
            'Carlsen',
            'cecilia.carlsen@example.no',
            '+47 400 00 001',
            'NO',
          ),
          shipping: address(
            'Cecilia',
            'Carlsen',
            'cecilia.carlsen@example.no',
            '+47 400 00 001',
            'DK',
          ),
        },
      }),
      C: build('C', 'accepted', 3, 500, {
        country: 'SE',
        customer: {
          billing: address('Dan', 'Dahl', 'dan.dahl@example.com', '+46 70 333 33 33', 'SE'),
          shipping: address('Dan', 'Dahl', 'dan.dahl@example.com', '+46 70 333 33 33', 'FI'),
        },
      }),
      D: build('D', 'completed', 4, 200, { country: 'DK', customer: undefined }),
      E: build('E', 'removed', 5, 400, {
        country: 'FI',
        customer: {
          billing: address(
            'Alicia',
            'Andersson',
            'a.andersson@example.com',
            '+358 40 000 0005',
            'FI',
          ),
          shipping: address(
            'Alicia',
            'Andersson',
            'a.andersson@example.com',
            '+358 40 000 0005',
            'FI',
          ),
        },
      }),
    }
    const foreign = createFactories({ seed: 12, ...OTHER_TENANT }).buildOrder({
      id: id('F'),
      reference: 'ref-a',
      customer: {
        billing: address(
          'Alice',
          'Andersson',
          'alice.andersson@example.com',
          '+46 70 111 11 11',
          'SE',
        ),
      },
    })
    const otherChannel = createFactories({
      seed: 13,
      merchant: TENANT.merchant,
      channel: 'thingsandstuff-no',
    }).buildOrder({
      id: id('G'),
      reference: 'ref-a',
    })
    await mock.store.seed([...Object.values(orders), foreign, otherChannel])
    for (const [letter, total] of [
      ['A', 300],
      ['B', 100],
      ['C', 500],
      ['D', 200],
      ['E', 400],
    ] as const) {
      expect(orders[letter].total?.includingVat, `order ${letter} total`).toBe(total)
    }
    return orders
  }

  async function list(query: string): Promise<OrderPaginationSet> {
    const reply = await api.get<OrderPaginationSet>(query)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.headers.get('content-type')).toBe('application/json')
    return reply.body
  }

  async function listIds(query: string): Promise<string[]> {
    return (await list(query)).data.map((order) => order.id ?? '')
  }

  const ids = (letters: string) => [...letters].map(id)

  it('lists every order of the tenant, newest first, with default paging and the value sum', async () => {
    await seedList()
    const page = await list('')
    expect(page.data.map((order) => order.id)).toEqual(ids('EDCBA'))
    expect(page.pagination).toEqual({ offset: 0, limit: 10, size: 5, valueSum: 1500, totalSize: 5 })
  })

  it('answers each listed order as stored', async () => {
    const orders = await seedList()
    const page = await list('?reference=ref-c')
    expect(page.data).toEqual([orders.C])
  })

  it("never lists another merchant's or another channel's orders", async () => {
    await seedList()
    expect(await listIds('?reference=ref-a')).toEqual(ids('A'))
    expect(await listIds('?search=andersson')).toEqual(ids('EA'))
    const foreign = await createApiClient({ tenant: OTHER_TENANT }).get<OrderPaginationSet>('')
    expect(foreign.body.data.map((order) => order.id)).toEqual(ids('F'))
    expect(foreign.body.pagination.totalSize).toBe(1)
    const channel = await createApiClient({
      tenant: { ...TENANT, channel: 'thingsandstuff-no' },
    }).get('')
    expect(channel.body.data.map((order: Order) => order.id)).toEqual(ids('G'))
  })

  it('lists orders with the v1 field names through v1', async () => {
    const orderId = await api.createOrder({
      hooks: [{ subscribeTo: '/cart', invoke: 'http://127.0.0.1:3/hook' }],
    })
    const reply = await api.request('GET', '', { version: 'v1' })
    expect(reply.status).toBe(200)
    expect(reply.body.data.map((order: Order) => order.id)).toEqual([orderId])
    expect(reply.body.data[0].hooks).toEqual([
      { id: expect.stringMatching(/^oc_/), scope: '/cart', invoke: 'http://127.0.0.1:3/hook' },
    ])
  })

  it('answers 200 with empty data and zero pagination when nothing matches', async () => {
    await seedList()
    const reply = await api.get('?reference=no-such-reference')
    expect(reply.status).toBe(200)
    expect(reply.body).toEqual({
      data: [],
      pagination: { offset: 0, limit: 10, size: 0, valueSum: 0, totalSize: 0 },
    })
  })

  it('answers 200 with empty data when the store is empty', async () => {
    expect(await list('')).toEqual({
      data: [],
      pagination: { offset: 0, limit: 10, size: 0, valueSum: 0, totalSize: 0 },
    })
  })

  describe('filters', () => {
    it('filters by one status', async () => {
      await seedList()
      expect(await listIds('?status=processing')).toEqual(ids('B'))
    })

    it('filters by repeated status parameters, matching any of them', async () => {
      await seedList()
      expect(await listIds('?status=checkout&status=accepted&status=removed')).toEqual(ids('ECA'))
    })

    it('matches status case-insensitively', async () => {
      await seedList()
      expect(await listIds('?status=Checkout')).toEqual(ids('A'))
      expect(await listIds('?status=COMPLETED&status=Declined')).toEqual(ids('D'))
    })

    it('answers 400 naming query/status/1 for an unknown status', async () => {
      await seedList()
      expectViolations(await api.get('?status=checkout&status=paid'), [
        { location: 'query/status/1', keyword: 'enum' },
      ])
    })

    it('filters by order countries, case-insensitively, matching any of them', async () => {
      await seedList()
      expect(await listIds('?countries=se')).toEqual(ids('CA'))
      expect(await listIds('?countries=NO&countries=dk')).toEqual(ids('DB'))
    })

    it('filters by billing countries', async () => {
      await seedList()
      expect(await listIds('?billing_countries=no')).toEqual(ids('B'))
      expect(await listIds('?billing_countries=SE&billing_countries=FI')).toEqual(ids('ECA'))
    })

    it('filters by billing emails, case-insensitively', async () => {
      await seedList()
      expect(
        await listIds(
          '?billing_emails=ALICE.Andersson@Example.com&billing_emails=dan.dahl@example.com',
        ),
      ).toEqual(ids('CA'))
      expect(await listIds('?billing_emails=bo.berg@example.com')).toEqual([])
    })

    it('filters by billing names: the full name, the given name or the family name', async () => {
      await seedList()
      expect(await listIds('?billing_names=alice%20andersson')).toEqual(ids('A'))
      expect(await listIds('?billing_names=Andersson')).toEqual(ids('EA'))
      expect(await listIds('?billing_names=DAN&billing_names=Carlsen')).toEqual(ids('CB'))
      expect(await listIds('?billing_names=Ali')).toEqual([])
    })

    it('filters by billing phones', async () => {
      await seedList()
      expect(await listIds('?billing_phones=%2B46%2070%20333%2033%2033')).toEqual(ids('C'))
      expect(await listIds('?billing_phones=%2B46%2070%20222%2022%2022')).toEqual([])
    })

    it('filters by shipping countries', async () => {
      await seedList()
      expect(await listIds('?shipping_countries=dk')).toEqual(ids('B'))
      expect(await listIds('?shipping_countries=FI')).toEqual(ids('EC'))
    })

    it('filters by shipping emails, case-insensitively', async () => {
      await seedList()
      expect(await listIds('?shipping_emails=BO.BERG@example.com')).toEqual(ids('A'))
      expect(await listIds('?shipping_emails=alice.andersson@example.com')).toEqual([])
    })

    it('filters by shipping names', async () => {
      await seedList()
      expect(await listIds('?shipping_names=Bo%20Berg')).toEqual(ids('A'))
      expect(await listIds('?shipping_names=berg&shipping_names=alicia')).toEqual(ids('EA'))
      expect(await listIds('?shipping_names=Alice')).toEqual([])
    })

    it('filters by shipping phones', async () => {
      await seedList()
      expect(await listIds('?shipping_phones=%2B46%2070%20222%2022%2022')).toEqual(ids('A'))
    })

    it('filters by cart reference', async () => {
      await seedList()
      expect(await listIds('?cart_reference=cart-b')).toEqual(ids('B'))
      expect(await listIds('?cart_reference=cart')).toEqual([])
    })

    it('filters by order reference', async () => {
      await seedList()
      expect(await listIds('?reference=ref-d')).toEqual(ids('D'))
      expect(await listIds('?reference=ref')).toEqual([])
    })

    it('filters by payment id', async () => {
      const orders = await seedList()
      const paymentId = orders.C.payments?.[0]?.id
      expect(paymentId).toMatch(/^p_/)
      expect(await listIds(`?payment_id=${paymentId}`)).toEqual(ids('C'))
      expect(await listIds('?payment_id=p_unknown')).toEqual([])
    })

    it('filters by creation date, both bounds inclusive', async () => {
      await seedList()
      expect(await listIds('?date_from=2025-03-10T09:00:00Z')).toEqual(ids('EDC'))
      expect(await listIds('?date_to=2025-02-10T09:00:00Z')).toEqual(ids('BA'))
      expect(await listIds('?date_from=2025-02-01T00:00:00Z&date_to=2025-04-10T09:00:00Z')).toEqual(
        ids('DCB'),
      )
      expect(
        await listIds('?date_from=2025-03-10T09:00:00.001Z&date_to=2025-04-10T08:59:59Z'),
      ).toEqual([])
    })

    it('answers 400 naming query/date_from for a date that is not a date-time', async () => {
      await seedList()
      expectViolations(await api.get('?date_from=yesterday'), [
        { location: 'query/date_from', keyword: 'format' },
      ])
    })

    it('searches ids, references, names, emails and phones, case-insensitively, as substrings', async () => {
      await seedList()
      expect(await listIds('?search=ANDERSSON')).toEqual(ids('EA'))
      expect(await listIds('?search=cart-b')).toEqual(ids('B'))
      expect(await listIds('?search=ref-c')).toEqual(ids('C'))
      expect(await listIds('?search=example.no')).toEqual(ids('B'))
      expect(await listIds('?search=bo%20berg')).toEqual(ids('A'))
      expect(await listIds('?search=333%2033')).toEqual(ids('C'))
      expect(await listIds(`?search=${'D'.repeat(10)}`)).toEqual(ids('D'))
      expect(await listIds('?search=nobody')).toEqual([])
    })

    it('combines filters with AND', async () => {
      await seedList()
      expect(await listIds('?billing_names=Andersson&countries=SE')).toEqual(ids('A'))
      expect(await listIds('?status=checkout&status=removed&search=alicia')).toEqual(ids('E'))
      expect(await listIds('?status=processing&countries=SE')).toEqual([])
    })

    it('sets valueSum to the sum of the filtered orders’ totals, across all pages', async () => {
      await seedList()
      const page = await list('?status=checkout&status=accepted&status=removed&limit=1')
      expect(page.data.map((order) => order.id)).toEqual(ids('E'))
      expect(page.pagination).toEqual({
        offset: 0,
        limit: 1,
        size: 1,
        valueSum: 1200,
        totalSize: 3,
      })
    })

    it('sums order totals, which include the shippings that are not removed, rounded to cents', async () => {
      const own = factories()
      await mock.store.seed([
        own.buildOrder({
          cart: { total: price(10.1, 8.08) },
          shippings: [
            { state: 'intent', total: price(0.2, 0.16) },
            { state: 'removed', total: price(99, 79.2) },
          ],
        }),
        own.buildOrder({ cart: { total: price(20.2, 16.16) }, shippings: [] }),
      ])
      const page = await list('')
      expect(page.data.map((order) => order.total?.includingVat).sort()).toEqual([10.3, 20.2])
      expect(page.pagination.valueSum).toBe(30.5)
    })
  })

  describe('paging', () => {
    it('pages with offset and limit, reporting the page size and the total size', async () => {
      await seedList()
      expect(await list('?limit=2')).toMatchObject({
        pagination: { offset: 0, limit: 2, size: 2, totalSize: 5 },
      })
      expect(await listIds('?limit=2')).toEqual(ids('ED'))
      expect(await listIds('?offset=2&limit=2')).toEqual(ids('CB'))
      const last = await list('?offset=4&limit=2')
      expect(last.data.map((order) => order.id)).toEqual(ids('A'))
      expect(last.pagination).toEqual({
        offset: 4,
        limit: 2,
        size: 1,
        valueSum: 1500,
        totalSize: 5,
      })
    })

    it('answers empty data past the last order, still counting every match', async () => {
      await seedList()
      const page = await list('?offset=10')
      expect(page).toEqual({
        data: [],
        pagination: { offset: 10, limit: 10, size: 0, valueSum: 1500, totalSize: 5 },
      })
    })

    it('returns at most 10 orders by default', async () => {
      const own = factories()
      await mock.store.seed(Array.from({ length: 12 }, () => own.buildOrder({ shippings: [] })))
      const page = await list('')
      expect(page.data).toHaveLength(10)
      expect(page.pagination).toMatchObject({ offset: 0, limit: 10, size: 10, totalSize: 12 })
    })

    it('accepts a limit of 100', async () => {
      await seedList()
      expect((await list('?limit=100')).pagination).toMatchObject({ limit: 100, size: 5 })
    })

    it('answers 400 naming query/limit above 100, below 1 or not an integer', async () => {
      expectViolations(await api.get('?limit=101'), [
        { location: 'query/limit', keyword: 'maximum' },
      ])
      expectViolations(await api.get('?limit=0'), [{ location: 'query/limit', keyword: 'minimum' }])
      expectViolations(await api.get('?limit=ten'), [{ location: 'query/limit', keyword: 'type' }])
    })

    it('answers 400 naming query/offset below 0', async () => {
      expectViolations(await api.get('?offset=-1'), [
        { location: 'query/offset', keyword: 'minimum' },
      ])
    })

    it('lists every violation of the query at once', async () => {
      const reply = await api.get('?limit=500&offset=-3&order_by=price')
      const errors = expectProblem(reply, 400, 'validation-failed').errors ?? []
      expect(errors.map((error) => error.location).sort()).toEqual([
        'query/limit',
        'query/offset',
        'query/order_by',
      ])
    })
  })

  describe('sorting', () => {
    const cases: Array<[string, string, string]> = [
      ['created', 'asc', 'ABCDE'],
      ['created', 'desc', 'EDCBA'],
      ['billingEmail', 'asc', 'DEABC'],
      ['billingEmail', 'desc', 'CBAED'],
      ['billingName', 'asc', 'DAEBC'],
      ['billingName', 'desc', 'CBEAD'],
      ['cartTotal', 'asc', 'BDAEC'],
      ['cartTotal', 'desc', 'CEADB'],
    ]
    for (const [orderBy, direction, expected] of cases) {
      it(`sorts by ${orderBy} ${direction}`, async () => {
        await seedList()
        expect(await listIds(`?order_by=${orderBy}&order_by_direction=${direction}`)).toEqual(
          ids(expected),
        )
      })
    }

    it('sorts descending when only order_by is given', async () => {
      await seedList()
      expect(await listIds('?order_by=cartTotal')).toEqual(ids('CEADB'))
    })

    it('sorts by created when only order_by_direction is given', async () => {
      await seedList()
      expect(await listIds('?order_by_direction=asc')).toEqual(ids('ABCDE'))
    })

    it('sorts by cartTotal using the sum of the item totals when a cart has no total', async () => {
      const itemsOnly = await api.createOrder({
        cart: { items: [item('A', 20, 16), item('B', 30, 24)] },
      })
      const withTotal = await api.createOrder({
        cart: { items: [item('C', 99, 79.2)], total: price(30, 24) },
      })
      const noCart = await api.createOrder({})
      expect(await listIds('?order_by=cartTotal&order_by_direction=asc')).toEqual([
        noCart,
        withTotal,
        itemsOnly,
      ])
      expect(await listIds('?order_by=cartTotal&order_by_direction=desc')).toEqual([
        itemsOnly,
        withTotal,
        noCart,
      ])
    })

    it('sorts before paging', async () => {
      await seedList()
      expect(await listIds('?order_by=cartTotal&order_by_direction=asc&offset=1&limit=3')).toEqual(
        ids('DAE'),
      )
    })

    it('answers 400 naming query/order_by and query/order_by_direction for unknown values', async () => {
      const reply = await api.get('?order_by=total&order_by_direction=up')
      const errors = expectProblem(reply, 400, 'validation-failed').errors ?? []
      expect(errors.map(({ location, keyword }) => ({ location, keyword }))).toEqual(
        expect.arrayContaining([
          { location: 'query/order_by', keyword: 'enum' },
          { location: 'query/order_by_direction', keyword: 'enum' },
        ]),
      )
      expect(errors).toHaveLength(2)
    })
  })

  describe('errors', () => {
    it('answers 401 without an Authorization header', async () => {
      expectProblem(await api.get('', { authorization: '' }), 401, 'unauthorized')
    })

    it('answers 401 when the bearer token is not accepted', async () => {
      expectProblem(await api.get('', { authorization: 'Bearer stolen' }), 401, 'unauthorized')
    })

    it('answers 400 naming header/x-channel when it is missing', async () => {
      expectViolations(await api.get('', { 'x-channel': '' }), [
        { location: 'header/x-channel', keyword: 'required' },
      ])
    })
  })
})

describe('CreateCheckoutOrder', () => {
  const cart = {
    reference: 'our-first-cart',
    items: [
      { reference: 'cart-item-no-1', sku: 'T001', ...item('Thing', 12.5, 10) },
      { id: 'ci_keptByTheClient', ...item('Stuff', 25, 20) },
    ],
    total: price(37.5, 30),
  }

  it('answers 201 with the new id and a Location header', async () => {
    const reply = await api.post('', { culture: 'sv-SE', currency: 'SEK', country: 'SE', cart })
    expect(reply.status).toBe(201)
    expect(reply.headers.get('content-type')).toBe('application/json')
    expect(Object.keys(reply.body)).toEqual(['id'])
    expect(reply.body.id).toMatch(ORDER_ID)
    expect(reply.headers.get('location')).toBe(
      `/checkout/order/api/v0/checkout/orders/${reply.body.id}`,
    )
    expect(mock.store.getOrder(reply.body.id)?.id).toBe(reply.body.id)
  })

  it('answers the id as a bare JSON string with a Location under /api/v1 when created through v1', async () => {
    const reply = await api.request('POST', '', { body: {}, version: 'v1' })
    expect(reply.status).toBe(201)
    expect(reply.headers.get('content-type')).toBe('application/json')
    expect(reply.body).toMatch(/^o_[A-Za-z]{26}$/)
    expect(reply.headers.get('location')).toBe(
      `/checkout/order/api/v1/checkout/orders/${reply.body}`,
    )
    expect(mock.store.getOrder(reply.body)?.state?.currentStatus).toBe('checkout')
  })

  it('answers a Location that names the order when the path ends with a slash', async () => {
    const reply = await api.post('/', {})
    expect(reply.status).toBe(201)
    expect(reply.headers.get('location')).toBe(
      `/checkout/order/api/v0/checkout/orders/${reply.body.id}`,
    )
  })

  it('gives every new order a new id', async () => {
    const first = await api.createOrder({})
    const second = await api.createOrder({})
    expect(second).toMatch(ORDER_ID)
    expect(second).not.toBe(first)
    expect(mock.store.listOrders()).toHaveLength(2)
  })

  it('stores the order in checkout with one transition at the creation time', async () => {
    const orderId = await api.createOrder({
      culture: 'sv-SE',
      currency: 'SEK',
      country: 'SE',
      cart,
    })
    expect(mock.store.getOrder(orderId)).toMatchObject({
      id: orderId,
      merchant: TENANT.merchant,
      channel: TENANT.channel,
      created: NOW,
      lastModified: NOW,
      state: { currentStatus: 'checkout', transitions: [{ status: 'checkout', timeStamp: NOW }] },
      culture: 'sv-SE',
      currency: 'SEK',
      country: 'SE',
      shippings: [],
      payments: [],
      consents: [],
      validations: [],
      hooks: [],
      notifications: [],
      attributes: {},
    })
  })

  it('takes merchant and channel from the headers, ignoring the read-only values of the body', async () => {
    const orderId = await api.createOrder({
      merchant: 'evil-merchant',
      channel: 'evil-channel',
      culture: 'sv-SE',
    })
    const stored = mock.store.getOrder(orderId)
    expect(stored?.merchant).toBe(TENANT.merchant)
    expect(stored?.channel).toBe(TENANT.channel)
    expect(
      (
        await createApiClient({
          tenant: { merchant: 'evil-merchant', channel: 'evil-channel' },
        }).get(`/${orderId}`)
      ).status,
    ).toBe(404)
  })

  it('ignores the other read-only fields of the body: id, dates, transitions, shippings, payments and total', async () => {
    const orderId = await api.createOrder({
      id: 'o_chosenByTheClientXXXXXXXXXX',
      created: '2020-01-01T00:00:00Z',
      lastModified: '2020-01-01T00:00:00Z',
      state: {
        currentStatus: 'checkout',
        transitions: [{ status: 'completed', timeStamp: '2020-01-01T00:00:00Z' }],
      },
      shippings: [{ total: price(49, 39.2), vatRate: 0.25 }],
      payments: [{ amount: 5 }],
      total: price(1, 1),
      cart,
    })
    expect(orderId).not.toBe('o_chosenByTheClientXXXXXXXXXX')
    expect(mock.store.getOrder('o_chosenByTheClientXXXXXXXXXX')).toBeUndefined()
    expect(mock.store.getOrder(orderId)).toMatchObject({
      created: NOW,
      lastModified: NOW,
      state: { currentStatus: 'checkout', transitions: [{ status: 'checkout', timeStamp: NOW }] },
      shippings: [],
      payments: [],
      total: price(37.5, 30),
    })
  })

  it('stores the cart as sent, giving new items ci_ ids and keeping the ids sent', async () => {
    const orderId = await api.createOrder({ cart })
    const stored = mock.store.getOrder(orderId)?.cart
    expect(stored?.items?.[0]?.id).toMatch(ITEM_ID)
    expect(stored).toEqual({
      ...cart,
      items: [{ ...cart.items[0], id: stored?.items?.[0]?.id }, cart.items[1]],
    })
  })

  it('gives the child items of a bundle ci_ ids too', async () => {
    const orderId = await api.createOrder({
      cart: {
        items: [
          {
            name: 'Bundle',
            productType: 'bundle',
            quantity: 1,
            items: [item('Part', 5, 4), { id: 'ci_part', ...item('Other', 5, 4) }],
          },
        ],
      },
    })
    const bundle = mock.store.getOrder(orderId)?.cart?.items?.[0]
    expect(bundle?.id).toMatch(ITEM_ID)
    expect(bundle?.items?.[0]?.id).toMatch(ITEM_ID)
    expect(bundle?.items?.[1]?.id).toBe('ci_part')
  })

  it('derives the order total from the cart total', async () => {
    const orderId = await api.createOrder({
      cart: { items: [item('Thing', 12.5, 10)], total: price(100, 80) },
    })
    expect(mock.store.getOrder(orderId)?.total).toEqual(price(100, 80))
  })

  it('derives the order total from the item totals when the cart has no total', async () => {
    const orderId = await api.createOrder({
      cart: { items: [item('A', 0.1, 0.08), item('B', 0.2, 0.16)] },
    })
    expect(mock.store.getOrder(orderId)?.total).toEqual(price(0.3, 0.24))
  })

  it('creates an empty order without a body, with a zero total', async () => {
    const reply = await api.request('POST', '')
    expect(reply.status).toBe(201)
    const stored = mock.store.getOrder(reply.body.id)
    expect(stored?.total).toEqual(price(0, 0))
    expect(stored?.cart).toBeUndefined()
    expect(stored?.customer).toBeUndefined()
  })

  it('fills customer.type from the billing type', async () => {
    const orderId = await api.createOrder({
      customer: {
        billing: { type: 'organization', organizationName: 'Storm' },
        shipping: { givenName: 'Kim' },
      },
    })
    expect(mock.store.getOrder(orderId)?.customer).toEqual({
      type: 'organization',
      billing: { type: 'organization', organizationName: 'Storm' },
      shipping: { givenName: 'Kim' },
    })
  })

  it('fills customer.type with person when no type is sent', async () => {
    const orderId = await api.createOrder({ customer: { billing: { givenName: 'Henrikinho' } } })
    expect(mock.store.getOrder(orderId)?.customer).toEqual({
      type: 'person',
      billing: { givenName: 'Henrikinho' },
    })
  })

  it('stores enum values sent in another case in their documented case', async () => {
    const orderId = await api.createOrder({
      state: { currentStatus: 'Checkout' },
      customer: { type: 'Organization', billing: { type: 'Person' } },
    })
    const stored = mock.store.getOrder(orderId)
    expect(stored?.state?.currentStatus).toBe('checkout')
    expect(stored?.customer).toEqual({ type: 'organization', billing: { type: 'person' } })
  })

  it('keeps consent ids, attributes and the reference sent', async () => {
    const orderId = await api.createOrder({
      reference: 'external-1',
      consents: [{ id: 'ci_terms', required: true, checked: false, text: 'Terms' }],
      attributes: { giftWrap: true, note: null },
    })
    expect(mock.store.getOrder(orderId)).toMatchObject({
      reference: 'external-1',
      consents: [{ id: 'ci_terms', required: true, checked: false, text: 'Terms' }],
      attributes: { giftWrap: true, note: null },
    })
  })

  it('stores hooks sent with the v1 scope alias under subscribeTo, with oc_ ids', async () => {
    const orderId = await api.createOrder({
      hooks: [{ scope: '/cart', invoke: 'http://127.0.0.1:3/hook' }],
      validations: [{ invoke: 'http://127.0.0.1:3/validate' }],
    })
    const stored = mock.store.getOrder(orderId)
    expect(stored?.hooks).toEqual([
      {
        id: expect.stringMatching(/^oc_[A-Za-z]{26}$/),
        subscribeTo: '/cart',
        invoke: 'http://127.0.0.1:3/hook',
      },
    ])
    expect(stored?.validations).toEqual([
      { id: expect.stringMatching(/^oc_[A-Za-z]{26}$/), url: 'http://127.0.0.1:3/validate' },
    ])
  })

  it('creates the order in checkout whatever state the body sends (decision 66)', async () => {
    for (const status of ['processing', 'completed', 'declined', 'Completed']) {
      const reply = await api.post('', { state: { currentStatus: status }, cart })
      expect(reply.status).toBe(201)
      const order = mock.store.getOrder(reply.body.id)
      expect(order?.state?.currentStatus).toBe('checkout')
      expect(order?.state?.transitions?.map((transition) => transition.status)).toEqual([
        'checkout',
      ])
    }
  })

  it('answers 400 naming an unknown field, and stores nothing', async () => {
    expectViolations(await api.post('', { culture: 'sv-SE', colour: 'red' }), [
      { location: 'body/colour', keyword: 'additionalProperties' },
    ])
    expect(mock.store.listOrders()).toEqual([])
  })

  it('answers 400 listing every violation of the body at once', async () => {
    const reply = await api.post('', {
      currency: 'kronor',
      cart: { items: [{ name: 'Thing', quantity: '2' }, { quantiy: 1 }] },
    })
    const errors = expectProblem(reply, 400, 'validation-failed').errors ?? []
    expect(errors.map(({ location, keyword }) => `${location} ${keyword}`).sort()).toEqual([
      'body/cart/items/0/quantity type',
      'body/cart/items/1/quantiy additionalProperties',
      'body/currency pattern',
    ])
    expect(mock.store.listOrders()).toEqual([])
  })

  it('answers 400 for a body that is not an object', async () => {
    expectViolations(await api.post('', ['order']), [{ location: 'body', keyword: 'type' }])
  })

  it('answers 401 without an Authorization header, and stores nothing', async () => {
    expectProblem(await api.post('', { cart }, { authorization: '' }), 401, 'unauthorized')
    expect(mock.store.listOrders()).toEqual([])
  })

  it('answers 401 when the bearer token is not accepted, and stores nothing', async () => {
    expectProblem(
      await api.post('', { cart }, { authorization: 'Bearer stolen' }),
      401,
      'unauthorized',
    )
    expect(mock.store.listOrders()).toEqual([])
  })

  it('answers 400 naming header/x-merchant when it is missing', async () => {
    expectViolations(await api.post('', { cart }, { 'x-merchant': '' }), [
      { location: 'header/x-merchant', keyword: 'required' },
    ])
    expect(mock.store.listOrders()).toEqual([])
  })

  it('answers 413 for a body over 1 MiB', async () => {
    const reply = await api.request('POST', '', {
      rawBody: OVERSIZED_JSON,
      headers: { 'content-type': 'application/json' },
    })
    expectProblem(reply, 413, 'payload-too-large')
    expect(mock.store.listOrders()).toEqual([])
  })

  it('answers 415 for a body that is not sent as JSON', async () => {
    const reply = await api.request('POST', '', {
      rawBody: JSON.stringify({ cart }),
      headers: { 'content-type': 'text/plain' },
    })
    expectProblem(reply, 415, 'unsupported-media-type')
    expect(mock.store.listOrders()).toEqual([])
  })

  it('accepts a +json content type with parameters', async () => {
    const reply = await api.request('POST', '', {
      rawBody: JSON.stringify({ culture: 'sv-SE' }),
      headers: { 'content-type': 'application/merge-patch+json; charset=utf-8' },
    })
    expect(reply.status).toBe(201)
    expect(mock.store.getOrder(reply.body.id)?.culture).toBe('sv-SE')
  })
})

describe('GetCheckoutOrder', () => {
  it('answers the stored order', async () => {
    const order = await seedOrder('accepted')
    const reply = await api.get(`/${order.id}`)
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toBe('application/json')
    expect(reply.body).toEqual(order)
  })

  it('answers an order created through the API with its derived total', async () => {
    const orderId = await api.createOrder({
      cart: { items: [item('Thing', 12.5, 10)], total: price(12.5, 10) },
    })
    const reply = await api.get(`/${orderId}`)
    expect(reply.body).toEqual(mock.store.getOrder(orderId))
    expect(reply.body.total).toEqual(price(12.5, 10))
  })

  it('answers hooks and validations in the v1 field names through v1 and in the 0.1 names through v0', async () => {
    const orderId = await api.createOrder({
      hooks: [{ subscribeTo: '/cart', invoke: 'http://127.0.0.1:3/hook' }],
      validations: [{ url: 'http://127.0.0.1:3/validate' }],
    })
    const v0 = (await api.get(`/${orderId}`)).body
    expect(v0.hooks).toEqual([expect.objectContaining({ subscribeTo: '/cart' })])
    expect(v0.validations).toEqual([
      expect.objectContaining({ url: 'http://127.0.0.1:3/validate' }),
    ])
    const v1 = (await api.request('GET', `/${orderId}`, { version: 'v1' })).body
    expect(v1.hooks).toEqual([
      { id: v0.hooks[0].id, scope: '/cart', invoke: 'http://127.0.0.1:3/hook' },
    ])
    expect(v1.validations).toEqual([
      { id: v0.validations[0].id, invoke: 'http://127.0.0.1:3/validate' },
    ])
  })

  it('answers 404 for an order of another channel of the same merchant', async () => {
    const orderId = await api.createOrder({ reference: 'secret' })
    const reply = await createApiClient({
      tenant: { ...TENANT, channel: 'thingsandstuff-no' },
    }).get(`/${orderId}`)
    const problem = expectProblem(reply, 404, 'order-not-found')
    expect(problem.instance).toBe(`/checkout/order/api/v0/checkout/orders/${orderId}`)
    expect(JSON.stringify(reply.body)).not.toContain('secret')
  })

  itAnswersTheCommonErrors({
    mock,
    api,
    method: 'GET',
    path: (orderId) => `/${orderId}`,
    prepare: () => api.createOrder({}),
  })
})

describe('DeleteCheckoutOrder', () => {
  /** An order with one of every sub-resource; answers the path parameters to reach them. */
  async function createFullOrder(): Promise<Record<string, string>> {
    const orderId = await api.createOrder({
      cart: { items: [item('Thing', 10, 8)] },
      consents: [{ id: 'ci_terms', required: true, checked: false }],
      hooks: [{ subscribeTo: '/cart', invoke: 'http://127.0.0.1:3/hook' }],
      notifications: [{ scope: '/state', invoke: 'http://127.0.0.1:3/notify' }],
      validations: [{ url: 'http://127.0.0.1:3/validate' }],
    })
    const paymentId = (await api.post(`/${orderId}/payments`, { amount: 10 })).body.id as string
    expect(
      (await api.post(`/${orderId}/payments/${paymentId}/actions`, VALID_BODIES.AddPaymentAction))
        .status,
    ).toBe(200)
    expect(
      (await api.post(`/${orderId}/payments/${paymentId}/transactions`, { event: 'capture' }))
        .status,
    ).toBe(200)
    const shippingId = (await api.post(`/${orderId}/shippings`, VALID_BODIES.CreateOrderShipping))
      .body.id as string
    const stored = mock.store.getOrder(orderId)
    return {
      order_id: orderId,
      consent_id: 'ci_terms',
      hook_id: stored?.hooks?.[0]?.id ?? '',
      notification_id: stored?.notifications?.[0]?.id ?? '',
      validation_id: stored?.validations?.[0]?.id ?? '',
      payment_id: paymentId,
      action_id: stored?.payments?.[0]?.actions?.[0]?.id ?? '',
      shipping_id: shippingId,
    }
  }

  it('answers 204 with no body and forgets the order', async () => {
    const orderId = await api.createOrder({})
    const reply = await api.delete(`/${orderId}`)
    expect(reply.status).toBe(204)
    expect(reply.body).toBeUndefined()
    expect(mock.store.getOrder(orderId)).toBeUndefined()
    expect((await api.get('')).body.data).toEqual([])
  })

  it('leaves the other orders alone', async () => {
    const kept = await api.createOrder({ reference: 'kept' })
    const deleted = await api.createOrder({ reference: 'deleted' })
    const before = mock.store.getOrder(kept)
    expect((await api.delete(`/${deleted}`)).status).toBe(204)
    expect(mock.store.listOrders()).toEqual([before])
  })

  it('answers 404 afterwards on the order and on every operation under it', async () => {
    const params = await createFullOrder()
    const orderId = params.order_id ?? ''
    expect((await api.delete(`/${orderId}`)).status).toBe(204)
    const operations = [...getOrderApiValidator().operations.values()].filter((operation) =>
      operation.path.includes('{order_id}'),
    )
    // Every operation under an order, from the contract: a new one is covered without an edit.
    expect(operations.length).toBeGreaterThan(0)
    for (const operation of operations) {
      const path = operation.path
        .replace('/api/v0/checkout/orders', '')
        .replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '')
      const body = VALID_BODIES[operation.operationId]
      const reply = await api.request(
        operation.method.toUpperCase(),
        path,
        body === undefined ? {} : { body },
      )
      expect(reply.status, `${operation.operationId} ${JSON.stringify(reply.body)}`).toBe(404)
      expect(reply.body.code, operation.operationId).toBe('order-not-found')
    }
    expect(mock.store.snapshot()).toEqual({ orders: [], transactions: [] })
  })

  it('deletes the payment transactions of the order with it', async () => {
    const params = await createFullOrder()
    expect(mock.store.snapshot().transactions).toHaveLength(1)
    await api.delete(`/${params.order_id}`)
    expect(mock.store.snapshot().transactions).toEqual([])
  })

  it('deletes orders in every state, final ones included', async () => {
    for (const status of [
      'checkout',
      'processing',
      'accepted',
      'completed',
      'declined',
      'removed',
    ] as const) {
      const order = await seedOrder(status)
      expect((await api.delete(`/${order.id}`)).status, status).toBe(204)
      expect(mock.store.getOrder(order.id ?? '')).toBeUndefined()
    }
  })

  it('answers 404 when the order was already deleted', async () => {
    const orderId = await api.createOrder({})
    await api.delete(`/${orderId}`)
    expectProblem(await api.delete(`/${orderId}`), 404, 'order-not-found')
  })

  itAnswersTheCommonErrors({
    mock,
    api,
    method: 'DELETE',
    path: (orderId) => `/${orderId}`,
    prepare: () => api.createOrder({}),
  })
})

describe('PatchCheckoutOrderAttributes', () => {
  it('merges the sent keys into the attributes, shallowly, keeping the others', async () => {
    const orderId = await api.createOrder({
      attributes: { kept: 1, nested: { x: 1, y: 2 }, replaced: 'old' },
    })
    const reply = await api.patch(`/${orderId}/attributes`, {
      nested: { x: 9 },
      replaced: 'new',
      added: null,
    })
    expect(reply.status).toBe(200)
    expect(reply.body).toBeUndefined()
    expect(mock.store.getOrder(orderId)?.attributes).toEqual({
      kept: 1,
      nested: { x: 9 },
      replaced: 'new',
      added: null,
    })
  })

  it('changes nothing else than the attributes and lastModified', async () => {
    const orderId = await api.createOrder({
      reference: 'r',
      cart: { items: [item('Thing', 10, 8)] },
    })
    const before = mock.store.getOrder(orderId)
    vi.setSystemTime(new Date('2026-02-01T12:05:00.000Z'))
    await api.patch(`/${orderId}/attributes`, { a: 1 })
    expect(mock.store.getOrder(orderId)).toEqual({
      ...before,
      attributes: { a: 1 },
      lastModified: '2026-02-01T12:05:00.000Z',
    })
  })

  it('accepts an empty object and keeps the attributes', async () => {
    const orderId = await api.createOrder({ attributes: { a: 1 } })
    expect((await api.patch(`/${orderId}/attributes`, {})).status).toBe(200)
    expect(mock.store.getOrder(orderId)?.attributes).toEqual({ a: 1 })
  })

  for (const status of ['processing', 'accepted'] as const) {
    it(`is allowed while the order is ${status}`, async () => {
      const order = await seedOrder(status, { attributes: { adapter: 'before' } })
      expect((await api.patch(`/${order.id}/attributes`, { adapter: 'after' })).status).toBe(200)
      expect(mock.store.getOrder(order.id ?? '')?.attributes).toEqual({ adapter: 'after' })
    })
  }

  for (const status of ['completed', 'declined', 'removed'] as const) {
    it(`answers 409 order-locked once the order is ${status}, and changes nothing`, async () => {
      const order = await seedOrder(status)
      const reply = await api.patch(`/${order.id}/attributes`, { late: true })
      const problem = expectProblem(reply, 409, 'order-locked')
      expect(problem.detail).toBe(
        `Order ${order.id} is in state ${status}; attributes cannot change once the order is ${status}.`,
      )
      expect(mock.store.getOrder(order.id ?? '')).toEqual(order)
    })
  }

  it('answers 400 naming body for a body that is not an object', async () => {
    const orderId = await api.createOrder({})
    expectViolations(await api.patch(`/${orderId}/attributes`, ['a']), [
      { location: 'body', keyword: 'type' },
    ])
    expectViolations(await api.patch(`/${orderId}/attributes`, 'a'), [
      { location: 'body', keyword: 'type' },
    ])
  })

  it('answers 400 without a body', async () => {
    const orderId = await api.createOrder({})
    expectViolations(await api.request('PATCH', `/${orderId}/attributes`), [
      { location: 'body', keyword: 'required' },
    ])
  })

  itAnswersTheCommonErrors({
    mock,
    api,
    method: 'PATCH',
    path: (orderId) => `/${orderId}/attributes`,
    body: { giftWrap: true },
    prepare: () => api.createOrder({}),
    takesBody: true,
  })
})

describe('UpdateCheckoutOrderReference', () => {
  it('stores a bare JSON string as the reference', async () => {
    const orderId = await api.createOrder({})
    const reply = await api.put(`/${orderId}/reference`, 'something-reference')
    expect(reply.status).toBe(200)
    expect(reply.body).toBeUndefined()
    expect(mock.store.getOrder(orderId)?.reference).toBe('something-reference')
  })

  it('replaces an earlier reference, and the list finds the order by it', async () => {
    const orderId = await api.createOrder({ reference: 'first' })
    await api.put(`/${orderId}/reference`, 'second')
    expect(mock.store.getOrder(orderId)?.reference).toBe('second')
    const listed = await api.get('?reference=second')
    expect(listed.body.data.map((order: Order) => order.id)).toEqual([orderId])
  })

  it('answers 400 naming body for a value that is not a string, and changes nothing', async () => {
    const orderId = await api.createOrder({ reference: 'kept' })
    for (const value of [42, { reference: 'x' }, ['x'], true, null]) {
      const reply = await api.request('PUT', `/${orderId}/reference`, {
        rawBody: JSON.stringify(value),
        headers: { 'content-type': 'application/json' },
      })
      expectViolations(reply, [{ location: 'body', keyword: 'type' }])
    }
    expect(mock.store.getOrder(orderId)?.reference).toBe('kept')
  })

  it('answers 400 naming body when the body is missing', async () => {
    const orderId = await api.createOrder({})
    expectViolations(await api.request('PUT', `/${orderId}/reference`), [
      { location: 'body', keyword: 'required' },
    ])
  })

  for (const status of ['processing', 'accepted', 'completed', 'declined', 'removed'] as const) {
    it(`answers 409 order-locked when the order is ${status}, and changes nothing`, async () => {
      const order = await seedOrder(status)
      const reply = await api.put(`/${order.id}/reference`, 'too-late')
      const problem = expectProblem(reply, 409, 'order-locked')
      expect(problem.detail).toBe(
        `Order ${order.id} is in state ${status}; the reference can only change in checkout.`,
      )
      expect(mock.store.getOrder(order.id ?? '')).toEqual(order)
    })
  }

  itAnswersTheCommonErrors({
    mock,
    api,
    method: 'PUT',
    path: (orderId) => `/${orderId}/reference`,
    body: 'a-reference',
    prepare: () => api.createOrder({}),
    takesBody: true,
  })
})
