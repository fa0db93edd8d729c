import { canTransition, needsRequiredConsents } from '../../src/domain/order-status.ts'
import { paymentCovers } from '../../src/domain/payment-state.ts'
import type { Item, Order, Price } from '../../src/domain/types.ts'
import { MARKETS } from '../../src/factories/index.ts'

/** Every consistency rule of the factories issue, as a list of broken rules (empty = all hold). */
export function brokenOrderRules(order: Order): string[] {
  const broken: string[] = []
  const check = (rule: boolean, message: string) => {
    if (!rule) broken.push(message)
  }
  const cents = (value: number | undefined) => Math.round((value ?? 0) * 100)
  const samePrice = (a: Price | undefined, b: Price | undefined) =>
    cents(a?.includingVat) === cents(b?.includingVat) &&
    cents(a?.excludingVat) === cents(b?.excludingVat)
  const sum = (prices: Array<Price | undefined>) => ({
    includingVat: prices.reduce((total, price) => total + cents(price?.includingVat), 0) / 100,
    excludingVat: prices.reduce((total, price) => total + cents(price?.excludingVat), 0) / 100,
  })

  for (const value of moneyValues(order)) {
    check(
      Math.abs(value * 100 - Math.round(value * 100)) < 1e-6,
      `money ${value} has more than 2 decimals`,
    )
  }
  const items = order.cart?.items ?? []
  items.forEach((item: Item, index) => {
    const where = `cart.items[${index}]`
    const vat = item.vatRate ?? 0
    check(
      Math.abs((item.price?.includingVat ?? 0) - (item.price?.excludingVat ?? 0) * (1 + vat)) <=
        0.005 + 1e-9,
      `${where}.price.includingVat != excludingVat × (1 + vatRate)`,
    )
    check(
      cents(item.originalTotal?.includingVat) ===
        Math.round(cents(item.price?.includingVat) * (item.quantity ?? 0)) &&
        cents(item.originalTotal?.excludingVat) ===
          Math.round(cents(item.price?.excludingVat) * (item.quantity ?? 0)),
      `${where}.originalTotal != price × quantity`,
    )
    const discounts = sum((item.discounts ?? []).map((discount) => discount.value))
    check(
      cents(item.total?.includingVat) ===
        cents(item.originalTotal?.includingVat) - cents(discounts.includingVat) &&
        cents(item.total?.excludingVat) ===
          cents(item.originalTotal?.excludingVat) - cents(discounts.excludingVat),
      `${where}.total != originalTotal − discounts`,
    )
    check(/^ci_[A-Za-z]{26}$/.test(item.id ?? ''), `${where}.id ${item.id} is not ci_ + 26 letters`)
  })
  check(
    samePrice(order.cart?.total, sum(items.map((item) => item.total))),
    'cart.total != sum of item totals',
  )
  const liveShippings = (order.shippings ?? []).filter((shipping) => shipping.state !== 'removed')
  check(
    samePrice(
      order.total,
      sum([order.cart?.total, ...liveShippings.map((shipping) => shipping.total)]),
    ),
    'order.total != cart.total + live shipping totals',
  )
  const livePayments = (order.payments ?? []).filter((payment) => paymentCovers(payment.state))
  if (livePayments.length > 0) {
    const paid = livePayments.reduce((total, payment) => total + cents(payment.amount), 0)
    check(
      paid === cents(order.total?.includingVat),
      `payments ${paid / 100} do not cover total ${order.total?.includingVat}`,
    )
  }

  const market = Object.values(MARKETS).find((candidate) => candidate.country === order.country)
  check(market !== undefined, `country ${order.country} is not a known market`)
  if (market) {
    check(
      order.culture === market.culture && order.currency === market.currency,
      `culture/currency/country disagree: ${order.culture}/${order.currency}/${order.country}`,
    )
    for (const address of [order.customer?.billing, order.customer?.shipping]) {
      if (!address) continue
      check(
        address.country === market.country,
        `address country ${address.country} != ${market.country}`,
      )
      check(
        address.phone?.startsWith(market.phone(() => 0).slice(0, 4)) === true,
        `phone ${address.phone} is not a ${market.country} number`,
      )
      check(
        /^\d{4,5}$|^\d{3} \d{2}$/.test(address.postalCode ?? ''),
        `postal code ${address.postalCode}`,
      )
    }
    for (const payment of order.payments ?? [])
      check(payment.currency === market.currency, `payment currency ${payment.currency}`)
  }

  check(/^o_[A-Za-z]{26}$/.test(order.id ?? ''), `order id ${order.id}`)
  for (const payment of order.payments ?? [])
    check(/^p_[A-Za-z]{26}$/.test(payment.id ?? ''), `payment id ${payment.id}`)
  for (const shipping of order.shippings ?? [])
    check(/^s_[A-Za-z]{26}$/.test(shipping.id ?? ''), `shipping id ${shipping.id}`)
  for (const callback of [
    ...(order.hooks ?? []),
    ...(order.validations ?? []),
    ...(order.notifications ?? []),
  ]) {
    check(/^oc_[A-Za-z]{26}$/.test(callback.id ?? ''), `callback id ${callback.id}`)
  }

  const status = order.state?.currentStatus ?? 'checkout'
  const transitions = order.state?.transitions ?? []
  check(transitions[0]?.status === 'checkout', 'transitions do not start in checkout')
  check(transitions.at(-1)?.status === status, 'last transition is not the current status')
  for (let index = 1; index < transitions.length; index++) {
    const [before, after] = [transitions[index - 1], transitions[index]]
    if (!before || !after) continue
    check(
      canTransition(before.status, after.status),
      `illegal transition ${before.status} → ${after.status}`,
    )
    check(before.timeStamp < after.timeStamp, `timestamps do not increase at ${index}`)
  }
  check(
    (order.created ?? '') <= (transitions[0]?.timeStamp ?? ''),
    'created after the first transition',
  )
  if (status === 'accepted' || status === 'completed') {
    check(items.length > 0, `${status} order without items`)
    check(order.customer !== undefined, `${status} order without customer`)
    check(liveShippings.length > 0, `${status} order without a live shipping`)
    check(livePayments.length > 0, `${status} order without payments`)
  }
  if (needsRequiredConsents(status)) {
    for (const consent of order.consents ?? []) {
      check(
        !consent.required || consent.checked === true,
        `${status} order with unchecked required consent ${consent.id}`,
      )
    }
  }
  return broken
}

function moneyValues(order: Order): number[] {
  const values: number[] = []
  const visit = (value: unknown, key?: string) => {
    if (
      typeof value === 'number' &&
      (key === 'includingVat' || key === 'excludingVat' || key === 'amount')
    )
      values.push(value)
    else if (Array.isArray(value)) for (const inner of value) visit(inner)
    else if (value && typeof value === 'object')
      for (const [innerKey, inner] of Object.entries(value)) visit(inner, innerKey)
  }
  visit(order)
  return values
}
