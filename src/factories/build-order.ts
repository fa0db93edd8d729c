import { roundMoney } from '../domain/money.ts'
import { needsRequiredConsents, pathFromCheckout } from '../domain/order-status.ts'
import { deriveOrderTotal } from '../domain/order-totals.ts'
import { paymentCovers } from '../domain/payment-state.ts'
import type { Order, OrderStatus, Payment, Shipping, Transition } from '../domain/types.ts'
import { buildHook, buildNotification, buildValidation } from './build-callbacks.ts'
import { buildCart } from './build-cart.ts'
import { buildConsent, buildConsentSet, buildCustomer } from './build-customer.ts'
import { buildPayment } from './build-payment.ts'
import { buildShipping } from './build-shipping.ts'
import { applyOverrides, type DeepPartial, overrides, overridesExcept } from './deep-partial.ts'
import type { FactoryContext } from './factory-context.ts'
import { isoTime } from './iso-time.ts'
import { findMarket, type MarketCode } from './markets.ts'
import {
  needsFullContents,
  PAYMENT_STATE_BY_STATUS,
  SHIPPING_STATE_BY_STATUS,
} from './order-contents.ts'

const MINUTE = 60_000
const BUILT_KEYS = [
  'state',
  'cart',
  'customer',
  'consents',
  'shippings',
  'payments',
  'hooks',
  'notifications',
  'validations',
  'total',
]

/**
 * An order consistent by construction: totals add up, payments cover the total, culture,
 * currency and country agree, and `state.transitions` is a legal path to the status.
 */
export function buildOrder(context: FactoryContext, override: DeepPartial<Order> = {}): Order {
  const { random } = context
  const market = findMarket(override) ?? context.defaultMarket
  const { culture, currency, country } = context.market(market)
  const status: OrderStatus = override.state?.currentStatus ?? 'checkout'
  const full = needsFullContents(status)
  const id = override.id ?? context.id('order')

  const created = context.refTime - random.int(60, 30 * 24 * 60) * MINUTE
  const transitions = overrides(override.state, 'transitions')
    ? ((override.state?.transitions ?? []) as Transition[])
    : buildTimeline(context, status, created)

  const cart =
    overrides(override, 'cart') && override.cart === undefined
      ? undefined
      : buildCart(context, override.cart, market)
  const customer = overrides(override, 'customer')
    ? override.customer && buildCustomer(context, override.customer, market)
    : full || random.boolean()
      ? buildCustomer(context, {}, market)
      : undefined
  const consents = overrides(override, 'consents')
    ? (override.consents ?? []).map((consent) => buildConsent(context, consent))
    : buildConsentSet(context, { allRequiredChecked: needsRequiredConsents(status) })
  const shippings = buildShippings(context, override, status, market, id)
  const total = deriveOrderTotal({ cart, shippings })
  const payments = buildPayments(context, override, status, market, id, total.includingVat)

  const createdAt = isoTime(created)
  // Built field by field, in the documented order: a literal with `...(cart && { cart })`
  // spreads in the middle takes V8's slow path for every property after the first spread.
  const order: { -readonly [Key in keyof Order]: Order[Key] } = {
    id,
    merchant: context.merchant,
    channel: context.channelFor(market),
    reference: `${random.int(100_000, 999_999)}`,
    created: createdAt,
    lastModified: transitions.at(-1)?.timeStamp ?? createdAt,
    state: { currentStatus: status, transitions },
    culture,
    currency,
    country,
  }
  if (cart) order.cart = cart
  order.shippings = shippings
  order.payments = payments
  if (customer) order.customer = customer
  order.consents = consents
  order.validations = (override.validations ?? []).map((validation) =>
    buildValidation(context, validation),
  )
  order.hooks = (override.hooks ?? []).map((hook) => buildHook(context, hook))
  order.notifications = (override.notifications ?? []).map((notification) =>
    buildNotification(context, notification),
  )
  order.total = total
  order.attributes = {}
  return applyOverrides(order, overridesExcept(override, BUILT_KEYS))
}

/** `checkout` at creation, then each step of a legal path, minutes apart. */
function buildTimeline(
  context: FactoryContext,
  status: OrderStatus,
  created: number,
): Transition[] {
  const path = pathFromCheckout(status)
  // Now and then the customer backs out of the payment step and comes back (DECISIONS 5).
  if (path[1] === 'processing' && path.length > 2 && context.random.int(0, 3) === 0) {
    path.splice(1, 0, 'processing', 'checkout')
  }
  let time = created
  return path.map((step, index) => {
    if (index > 0) time += context.random.int(1, 90) * MINUTE
    return { status: step, timeStamp: isoTime(time) }
  })
}

function buildShippings(
  context: FactoryContext,
  override: DeepPartial<Order>,
  status: OrderStatus,
  market: MarketCode,
  orderId: string,
): Shipping[] {
  const state = SHIPPING_STATE_BY_STATUS[status]
  if (overrides(override, 'shippings')) {
    return (override.shippings ?? []).map((shipping) =>
      buildShipping(context, { state, orderId, ...shipping }, market),
    )
  }
  const shippings: Shipping[] = []
  if (needsFullContents(status) && context.random.int(0, 4) === 0) {
    shippings.push(buildShipping(context, { state: 'removed', orderId }, market))
  }
  if (needsFullContents(status) || context.random.boolean()) {
    shippings.push(buildShipping(context, { state, orderId }, market))
  }
  return shippings
}

/**
 * Payments whose amounts (the ones not given in `override`) cover `orderTotal` exactly; a
 * payment overridden to `cancelled` or `refunded` keeps a generated amount and covers nothing.
 */
function buildPayments(
  context: FactoryContext,
  override: DeepPartial<Order>,
  status: OrderStatus,
  market: MarketCode,
  orderId: string,
  orderTotal: number,
): Payment[] {
  const state = PAYMENT_STATE_BY_STATUS[status]
  let partials: Array<DeepPartial<Payment>>
  if (overrides(override, 'payments')) partials = override.payments ?? []
  else if (needsFullContents(status) || context.random.int(0, 2) === 0) {
    partials = context.random.int(0, 5) === 0 && orderTotal > 100 ? [{ type: 'voucher' }, {}] : [{}]
  } else partials = []

  const payments = partials.map((partial) =>
    buildPayment(context, { state, orderId, ...partial }, market),
  )
  // Removed, cancelled and refunded payments cover nothing (decision 65).
  const open = payments.filter(
    (payment, index) => partials[index]?.amount === undefined && paymentCovers(payment.state),
  )
  const fixed = payments
    .filter((payment) => !open.includes(payment) && paymentCovers(payment.state))
    .reduce((sum, payment) => sum + (payment.amount ?? 0), 0)
  let remaining = roundMoney(orderTotal - fixed)
  open.forEach((payment, index) => {
    const last = index === open.length - 1
    payment.amount = last ? remaining : roundMoney(Math.min(remaining, Math.floor(remaining * 0.2)))
    if (payment.type === 'voucher') payment.upperLimitAmount = payment.amount
    remaining = roundMoney(remaining - payment.amount)
  })
  return payments
}
