import { describe, expect, it } from 'vitest'
import { ORDER_STATUSES } from '../../src/domain/order-status.ts'
import { createFactories, MARKET_CODES, MARKETS } from '../../src/factories/index.ts'
import { getOrderApiValidator } from '../../src/validation/index.ts'
import { brokenOrderRules } from './consistency-rules.ts'

const { validateSchema } = getOrderApiValidator()
const SEEDS = 500

const BUILDERS = [
  ['buildCart', 'Cart'],
  ['buildItem', 'Item'],
  ['buildDiscount', 'Discount'],
  ['buildLogistics', 'Logistics'],
  ['buildCustomer', 'Customer'],
  ['buildAddress', 'Address'],
  ['buildConsent', 'Consent'],
  ['buildShipping', 'Shipping'],
  ['buildPayment', 'Payment'],
  ['buildPaymentTransaction', 'PaymentTransaction'],
  ['buildHook', 'Hook'],
  ['buildValidation', 'Callback'],
  ['buildNotification', 'Notification'],
] as const

describe('factories', () => {
  it(`build spec-valid orders that keep every consistency rule, for ${SEEDS} seeds × every status`, () => {
    const failures: string[] = []
    for (let seed = 1; seed <= SEEDS; seed++) {
      const market = MARKET_CODES[seed % MARKET_CODES.length]
      const { buildOrder } = createFactories({ seed, locale: market })
      for (const status of ORDER_STATUSES) {
        const order = buildOrder({ state: { currentStatus: status } })
        const problems = [
          ...validateSchema('Order', order).map((v) => `${v.location} ${v.message}`),
          ...brokenOrderRules(order),
        ]
        if (problems.length > 0) failures.push(`seed ${seed} ${status}: ${problems.join('; ')}`)
      }
    }
    expect(failures.slice(0, 10)).toEqual([])
  })

  it(`make every other builder's output valid against its schema, for ${SEEDS} seeds`, () => {
    const failures: string[] = []
    for (let seed = 1; seed <= SEEDS; seed++) {
      const factories = createFactories({ seed })
      for (const [builder, schema] of BUILDERS) {
        const value = factories[builder]()
        for (const violation of validateSchema(schema, value)) {
          failures.push(`seed ${seed} ${builder}: ${violation.location} ${violation.message}`)
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([])
  })

  it('the consistency check fails on a wrong total', () => {
    const order = createFactories({ seed: 7 }).buildOrder({ state: { currentStatus: 'accepted' } })
    const broken = structuredClone(order)
    if (broken.cart?.items?.[0]?.total)
      broken.cart.items[0].total.includingVat = (broken.cart.items[0].total.includingVat ?? 0) + 1
    expect(brokenOrderRules(order)).toEqual([])
    expect(brokenOrderRules(broken)).toContain('cart.items[0].total != originalTotal − discounts')
  })

  it('gives deep-equal, byte-identical output for the same seed, dates included', () => {
    const build = (seed: number) => {
      const { buildOrder, buildCart, buildNotification } = createFactories({ seed })
      return [
        buildOrder({ state: { currentStatus: 'completed' } }),
        buildCart(),
        buildNotification(),
      ]
    }
    expect(build(42)).toEqual(build(42))
    expect(JSON.stringify(build(42))).toBe(JSON.stringify(build(42)))
    expect(JSON.stringify(build(42))).not.toBe(JSON.stringify(build(43)))
  })

  it('restarts every random source on seed(n): what a fresh createFactories({ seed: n }) gives', () => {
    const build = (factories: ReturnType<typeof createFactories>) => [
      factories.buildOrder({ state: { currentStatus: 'completed' } }),
      factories.buildOrder({ country: 'NO' }),
      factories.buildCustomer(),
      factories.buildPayment(),
    ]
    const reused = createFactories({ seed: 1, locale: 'DK' })
    build(reused) // draws from the root stream and from two markets' streams
    for (const seed of [42, 0, 2 ** 32 - 1]) {
      reused.seed(seed)
      expect(JSON.stringify(build(reused))).toBe(
        JSON.stringify(build(createFactories({ seed, locale: 'DK' }))),
      )
    }
    reused.seed(7)
    const seven = JSON.stringify(build(reused))
    reused.seed(8)
    expect(JSON.stringify(build(reused))).not.toBe(seven)
  })

  it('does not depend on the clock or on global Faker state', async () => {
    const first = JSON.stringify(createFactories({ seed: 5 }).buildOrder())
    const { faker } = await import('@faker-js/faker')
    faker.seed(999)
    faker.number.int()
    expect(JSON.stringify(createFactories({ seed: 5 }).buildOrder())).toBe(first)
  })

  it('uses the reference date for every generated date', () => {
    const order = createFactories({ seed: 3, refDate: '2030-06-01T00:00:00Z' }).buildOrder()
    expect(order.created?.startsWith('2030-')).toBe(true)
  })

  it('recomputes derived totals after an item override', () => {
    const { buildOrder } = createFactories({ seed: 11 })
    const order = buildOrder({
      cart: {
        items: [{ quantity: 3, price: { excludingVat: 100 }, vatRate: 0.25, discounts: [] }],
      },
      shippings: [{ total: { excludingVat: 40 }, vatRate: 0.25 }],
      state: { currentStatus: 'accepted' },
    })
    const item = order.cart?.items?.[0]
    expect(item?.price).toEqual({ includingVat: 125, excludingVat: 100 })
    expect(item?.originalTotal).toEqual({ includingVat: 375, excludingVat: 300 })
    expect(item?.total).toEqual({ includingVat: 375, excludingVat: 300 })
    expect(order.cart?.total).toEqual({ includingVat: 375, excludingVat: 300 })
    expect(order.total).toEqual({ includingVat: 425, excludingVat: 340 })
    expect(order.payments?.reduce((sum, payment) => sum + (payment.amount ?? 0), 0)).toBe(425)
    expect(brokenOrderRules(order)).toEqual([])
  })

  it('lets an override win over a generated value and remove a field', () => {
    const order = createFactories({ seed: 2 }).buildOrder({
      reference: 'my-ref',
      customer: undefined,
      country: 'FI',
    })
    expect(order.reference).toBe('my-ref')
    expect(order).not.toHaveProperty('customer')
    expect([order.culture, order.currency, order.country]).toEqual(['fi-FI', 'EUR', 'FI'])
  })

  it.each(MARKET_CODES)(
    "builds %s orders in the market's culture, currency and country",
    (code) => {
      const order = createFactories({ seed: 8, locale: code }).buildOrder({
        state: { currentStatus: 'accepted' },
      })
      const { culture, currency, country } = MARKETS[code]
      expect([order.culture, order.currency, order.country]).toEqual([culture, currency, country])
      expect(order.customer?.billing?.country).toBe(country)
    },
  )

  it('build cancelled and refunded payments, alone and on an order whose other payments still cover its total (decision 65)', () => {
    const factories = createFactories({ seed: 9 })
    for (const state of ['cancelled', 'refunded'] as const) {
      const payment = factories.buildPayment({ state })
      expect(payment.state).toBe(state)
      expect(validateSchema('Payment', payment)).toEqual([])
      const order = factories.buildOrder({
        state: { currentStatus: 'completed' },
        payments: [{ state }, {}],
      })
      expect(order.payments?.map((entry) => entry.state)).toEqual([state, 'captured'])
      expect(order.payments?.[1]?.amount).toBe(order.total?.includingVat)
      expect(validateSchema('Order', order)).toEqual([])
      expect(brokenOrderRules(order)).toEqual([])
    }
  })

  it('names unknown locales', () => {
    expect(() => createFactories({ seed: 1, locale: 'xx-XX' })).toThrow(/unknown locale "xx-XX"/)
  })
})
