import type { Price } from './types.ts'

/**
 * Rounds to whole cents, half up, as the decimal figure reads: 4.5 × 1.19 = 5.355 → 5.36, even
 * though the binary product is 5.35499999…
 */
export function roundMoney(amount: number): number {
  const cents = amount * 100
  // Binary products land a hair below or above the decimal figure; a nudge far smaller than
  // a cent (but far larger than the float error at these magnitudes) restores it.
  return Math.round(cents + (cents >= 0 ? 1e-6 : -1e-6)) / 100
}

/** The price of `excludingVat` at `vatRate`: `includingVat = excludingVat × (1 + vatRate)`. */
export function priceFromExcludingVat(excludingVat: number, vatRate: number): Required<Price> {
  const net = roundMoney(excludingVat)
  return { includingVat: roundMoney(net * (1 + vatRate)), excludingVat: net }
}

export function multiplyPrice(price: Price, factor: number): Required<Price> {
  return {
    includingVat: roundMoney((price.includingVat ?? 0) * factor),
    excludingVat: roundMoney((price.excludingVat ?? 0) * factor),
  }
}

export function sumPrices(prices: ReadonlyArray<Price | undefined>): Required<Price> {
  let includingVat = 0
  let excludingVat = 0
  for (const price of prices) {
    includingVat += price?.includingVat ?? 0
    excludingVat += price?.excludingVat ?? 0
  }
  return { includingVat: roundMoney(includingVat), excludingVat: roundMoney(excludingVat) }
}

export function subtractPrice(from: Price, amount: Price): Required<Price> {
  return {
    includingVat: roundMoney((from.includingVat ?? 0) - (amount.includingVat ?? 0)),
    excludingVat: roundMoney((from.excludingVat ?? 0) - (amount.excludingVat ?? 0)),
  }
}
