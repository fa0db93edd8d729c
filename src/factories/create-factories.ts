import type {
  Address,
  Callback,
  Cart,
  Consent,
  Customer,
  Discount,
  Hook,
  Item,
  Logistics,
  Notification,
  Order,
  Payment,
  PaymentTransaction,
  Shipping,
} from '../domain/types.ts'
import { buildHook, buildNotification, buildValidation } from './build-callbacks.ts'
import { buildCart, buildDiscount, buildItem, buildLogistics } from './build-cart.ts'
import { buildAddress, buildConsent, buildCustomer } from './build-customer.ts'
import { buildOrder } from './build-order.ts'
import { buildPayment, buildPaymentTransaction } from './build-payment.ts'
import { buildShipping } from './build-shipping.ts'
import type { DeepPartial } from './deep-partial.ts'
import { createFactoryContext, type FactoryOptions } from './factory-context.ts'

/** Builders of realistic Order API data sharing one seeded random source. */
export interface Factories {
  /**
   * Restarts every random source, as Faker's `faker.seed(n)` does: what the builders give next
   * is what they would give first from `createFactories({ ...options, seed })`, at a fraction
   * of its cost. For a reproducible item `n` of a long run, built out of order.
   *
   * @example
   * const factories = createFactories({ seed: 1 })
   * factories.seed(42)
   * factories.buildOrder() // deep-equals createFactories({ seed: 42 }).buildOrder()
   */
  seed(seed: number): void
  /** An order consistent by construction; `{ state: { currentStatus } }` picks its status. */
  buildOrder(overrides?: DeepPartial<Order>): Order
  buildCart(overrides?: DeepPartial<Cart>): Cart
  buildItem(overrides?: DeepPartial<Item>): Item
  buildDiscount(overrides?: DeepPartial<Discount>): Discount
  buildLogistics(overrides?: DeepPartial<Logistics>): Logistics
  buildCustomer(overrides?: DeepPartial<Customer>): Customer
  buildAddress(overrides?: DeepPartial<Address>): Address
  buildConsent(overrides?: DeepPartial<Consent>): Consent
  buildShipping(overrides?: DeepPartial<Shipping>): Shipping
  buildPayment(overrides?: DeepPartial<Payment>): Payment
  buildPaymentTransaction(overrides?: DeepPartial<PaymentTransaction>): PaymentTransaction
  buildHook(overrides?: DeepPartial<Hook>): Hook
  /** A validation callback (the 0.1 `Callback` schema). */
  buildValidation(overrides?: DeepPartial<Callback>): Callback
  buildNotification(overrides?: DeepPartial<Notification>): Notification
}

/**
 * Creates the data builders. Nothing is seeded globally: the same `seed` (and `refDate`)
 * always gives byte-identical output, whatever else runs in the process.
 *
 * Overrides win over generated values; derived values (item totals, the cart total, the
 * order total, payment amounts) are then recomputed, unless the override sets them itself.
 *
 * @example
 * import { createFactories } from 'norce-checkout-mock/factories'
 *
 * const { buildOrder } = createFactories({ seed: 42 })
 * const order = buildOrder({ state: { currentStatus: 'accepted' }, country: 'NO' })
 * order.currency // 'NOK'
 * order.payments.reduce((sum, p) => sum + p.amount, 0) === order.total.includingVat // true
 */
export function createFactories(options: FactoryOptions): Factories {
  const context = createFactoryContext(options)
  return {
    seed: (seed) => context.reseed(seed),
    buildOrder: (overrides) => buildOrder(context, overrides),
    buildCart: (overrides) => buildCart(context, overrides),
    buildItem: (overrides) => buildItem(context, overrides),
    buildDiscount: (overrides) => buildDiscount(context, overrides),
    buildLogistics: (overrides) => buildLogistics(context, overrides),
    buildCustomer: (overrides) => buildCustomer(context, overrides),
    buildAddress: (overrides) => buildAddress(context, overrides),
    buildConsent: (overrides) => buildConsent(context, overrides),
    buildShipping: (overrides) => buildShipping(context, overrides),
    buildPayment: (overrides) => buildPayment(context, overrides),
    buildPaymentTransaction: (overrides) => buildPaymentTransaction(context, overrides),
    buildHook: (overrides) => buildHook(context, overrides),
    buildValidation: (overrides) => buildValidation(context, overrides),
    buildNotification: (overrides) => buildNotification(context, overrides),
  }
}
