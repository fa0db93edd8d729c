import type { Price } from './types.ts'

/**
 * Rounds to whole cents, half up, as the decimal figure reads: 4.5 × 1.19 = 5.355 → 5.36, even
 * though the binary product is 5.35499999… The rounding the mock uses for every total.
 *
 * @example
 * import { roundMoney } from 'norce-checkout-mock'
 *
 * roundMoney(4.5 * 1.19) // 5.36
 */
export function roundMoney(amount: number): number {
  const cents = amount * 100
  // Binary products land a hair below or above the decimal figure; a nudge far smaller than
  // a cent (but far larger than the float error at these magnitudes) restores it.
  return Math.round(cents + (cents >= 0 ? 1e-6 : -1e-6)) / 100
}

/**
 * A price from its two figures, as a request or a fixture writes it: no rounding.
 *
 * @example
 * price(125, 100) // { includingVat: 125, excludingVat: 100 }
 */
export function price(includingVat: number, excludingVat: number): Required<Price> {
  return { includingVat, excludingVat }
}

/**
 * The price of `excludingVat` at `vatRate`: `includingVat = excludingVat × (1 + vatRate)`.
 *
 * @example
 * import { priceFromExcludingVat } from 'norce-checkout-mock'
 *
 * priceFromExcludingVat(100, 0.25) // { includingVat: 125, excludingVat: 100 }
 */
export function priceFromExcludingVat(excludingVat: number, vatRate: number): Required<Price> {
  const net = roundMoney(excludingVat)
  return { includingVat: roundMoney(net * (1 + vatRate)), excludingVat: net }
}

/**
 * A price times a quantity (or any factor), both sides rounded to cents.
 *
 * @example
 * import { multiplyPrice } from 'norce-checkout-mock'
 *
 * multiplyPrice({ includingVat: 12.5, excludingVat: 10 }, 3) // { includingVat: 37.5, excludingVat: 30 }
 */
export function multiplyPrice(price: Price, factor: number): Required<Price> {
  return {
    includingVat: roundMoney((price.includingVat ?? 0) * factor),
    excludingVat: roundMoney((price.excludingVat ?? 0) * factor),
  }
}

/**
 * The sum of prices (a missing one or side counts 0), rounded to cents: how a cart's
 * `total` is the sum of its items' `total`s.
 *
 * @example
 * import { sumPrices } from 'norce-checkout-mock'
 *
 * sumPrices([{ includingVat: 10, excludingVat: 8 }, undefined, { includingVat: 2.5 }])
 * // { includingVat: 12.5, excludingVat: 8 }
 */
export function sumPrices(prices: ReadonlyArray<Price | undefined>): Required<Price> {
  let includingVat = 0
  let excludingVat = 0
  for (const price of prices) {
    includingVat += price?.includingVat ?? 0
    excludingVat += price?.excludingVat ?? 0
  }
  return { includingVat: roundMoney(includingVat), excludingVat: roundMoney(excludingVat) }
}

/**
 * `from` minus `amount`, both sides rounded to cents (a missing side counts 0).
 *
 * @example
 * import { subtractPrice } from 'norce-checkout-mock'
 *
 * subtractPrice({ includingVat: 125, excludingVat: 100 }, { includingVat: 25, excludingVat: 20 })
 * // { includingVat: 100, excludingVat: 80 }
 */
export function subtractPrice(from: Price, amount: Price): Required<Price> {
  return {
    includingVat: roundMoney((from.includingVat ?? 0) - (amount.includingVat ?? 0)),
    excludingVat: roundMoney((from.excludingVat ?? 0) - (amount.excludingVat ?? 0)),
  }
}
