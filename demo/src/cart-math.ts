import type { Cart, Item, Price } from 'norce-checkout-mock'
import { multiplyPrice, roundMoney, subtractPrice, sumPrices } from 'norce-checkout-mock'

/** A price from its amount including VAT: what a shop's price list holds. */
export function priceFromIncludingVat(includingVat: number, vatRate: number): Required<Price> {
  return { includingVat, excludingVat: roundMoney(includingVat / (1 + vatRate)) }
}

/**
 * The item with a new quantity, its totals recomputed as the shop platform would: the unit
 * price times the quantity, less its discounts (scaled with the quantity).
 */
export function withQuantity(item: Item, quantity: number): Item {
  const before = item.quantity && item.quantity > 0 ? item.quantity : 1
  const unit = item.price ?? multiplyPrice(item.originalTotal ?? item.total ?? {}, 1 / before)
  const discounts = item.discounts?.map((discount) => ({
    ...discount,
    ...(discount.value && { value: multiplyPrice(discount.value, quantity / before) }),
  }))
  const originalTotal = multiplyPrice(unit, quantity)
  const total = subtractPrice(originalTotal, sumPrices((discounts ?? []).map((d) => d.value)))
  return {
    ...item,
    quantity,
    price: unit,
    originalTotal,
    total,
    ...(discounts && { discounts }),
  }
}

/**
 * The cart holding `items`, as the kit's factories build carts: `discounts` lists the item
 * discounts (others are kept), the total is the sum of the item totals.
 */
export function withItems(cart: Cart, items: Item[]): Cart {
  const other = (cart.discounts ?? []).filter((discount) => discount.type !== 'item')
  const itemLevel = items.flatMap((item) => item.discounts ?? [])
  const total = sumPrices(items.map((item) => item.total))
  return { ...cart, items, discounts: [...other, ...itemLevel], total }
}
