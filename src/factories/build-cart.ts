import {
  multiplyPrice,
  priceFromExcludingVat,
  roundMoney,
  subtractPrice,
  sumPrices,
} from '../domain/money.ts'
import type { Cart, Discount, Item, Logistics, Price } from '../domain/types.ts'
import { applyOverrides, type DeepPartial, overrides, overridesExcept } from './deep-partial.ts'
import type { FactoryContext } from './factory-context.ts'
import { isoTime } from './iso-time.ts'
import type { MarketCode } from './markets.ts'

const DAY = 86_400_000
const DELIVERY_TAGS = ['bulky', 'fragile', 'letterbox', 'cold-chain', 'age-check'] as const

export function buildLogistics(
  context: FactoryContext,
  override?: DeepPartial<Logistics>,
): Logistics {
  const { random } = context
  const generated: Logistics = {
    weight: random.int(50, 25_000),
    height: random.int(10, 800),
    width: random.int(10, 600),
    length: random.int(10, 1_200),
    tags: random.some(DELIVERY_TAGS, 0, 2),
    shippingDate: isoTime(context.refTime + random.int(1, 5) * DAY),
  }
  return applyOverrides(generated, override)
}

export function buildDiscount(
  context: FactoryContext,
  override?: DeepPartial<Discount>,
  { basis, vatRate }: { basis?: Price | undefined; vatRate?: number } = {},
): Discount {
  const { random } = context
  const share = random.pick([0.1, 0.15, 0.2])
  const rate = vatRate ?? 0.25
  const value = basis
    ? multiplyPrice(basis, share)
    : priceFromExcludingVat(random.int(10, 200), rate)
  const code = random.letters(8).toUpperCase()
  const generated: Discount = {
    type: 'item',
    name: `${Math.round(share * 100)} % off`,
    reference: `promo-${code.toLowerCase()}`,
    description: `Campaign discount, ${Math.round(share * 100)} % on the item.`,
    code,
    value,
  }
  return applyOverrides(generated, override)
}

/**
 * An item whose derived prices agree: `price.includingVat = excludingVat × (1 + vatRate)`,
 * `originalTotal = price × quantity`, `total = originalTotal − discounts`. A derived field set
 * explicitly in `override` is kept as given.
 */
export function buildItem(
  context: FactoryContext,
  override: DeepPartial<Item> = {},
  marketCode: MarketCode = context.defaultMarket,
): Item {
  const { random } = context
  const market = context.market(marketCode)
  const sku = `A${random.digits(6)}`
  const vatRate = (override.vatRate as number | undefined) ?? market.vatRate
  const quantity = (override.quantity as number | undefined) ?? random.int(1, 3)
  const generated: Item = {
    id: context.id('cartItem'),
    reference: `${sku}-${random.digits(2)}`,
    name: context.textFor(marketCode).productName(),
    sku,
    productType: 'physical',
    url: `https://shop.example.com/products/${sku}`,
    imageUrl: `https://shop.example.com/products/${sku}/images/1`,
    quantity,
    unit: market.unit,
    vatRate,
    attributes: {},
  }
  if (random.int(0, 3) === 0) generated.logistics = buildLogistics(context)
  const item = applyOverrides(generated, overridesExcept(override, DERIVED))
  item.price = completePrice(override.price, vatRate, () =>
    roundMoney(random.int(49, 1_999) * market.priceScale),
  )
  item.originalTotal = overrides(override, 'originalTotal')
    ? (override.originalTotal as Price)
    : multiplyPrice(item.price, quantity)
  if (overrides(override, 'discounts')) {
    item.discounts = (override.discounts ?? []).map((discount) =>
      buildDiscount(context, discount, { basis: item.originalTotal, vatRate }),
    )
  } else if (random.int(0, 4) === 0) {
    item.discounts = [buildDiscount(context, {}, { basis: item.originalTotal, vatRate })]
  }
  item.total = overrides(override, 'total')
    ? (override.total as Price)
    : subtractPrice(item.originalTotal, sumPrices((item.discounts ?? []).map((d) => d.value)))
  return item
}

/** A cart whose total is the sum of its items' totals; `discounts` lists the item discounts. */
export function buildCart(
  context: FactoryContext,
  override: DeepPartial<Cart> = {},
  marketCode: MarketCode = context.defaultMarket,
): Cart {
  const { random } = context
  let items: Item[]
  if (overrides(override, 'items')) {
    items = (override.items ?? []).map((item) => buildItem(context, item, marketCode))
  } else {
    items = []
    for (let count = random.int(1, 4); count > 0; count--) {
      items.push(buildItem(context, {}, marketCode))
    }
  }
  const cart: Cart = applyOverrides(
    { reference: random.digits(8), items, discounts: [], attributes: {} } as Cart,
    overridesExcept(override, DERIVED_AND_ITEMS),
  )
  cart.items = items
  if (!overrides(override, 'discounts')) {
    const discounts: Discount[] = []
    for (const item of items) if (item.discounts) discounts.push(...item.discounts)
    cart.discounts = discounts
  } else {
    cart.discounts = (override.discounts ?? []).map((discount) => buildDiscount(context, discount))
  }
  cart.total = overrides(override, 'total')
    ? (override.total as Price)
    : sumPrices(items.map((item) => item.total))
  return cart
}

/** Completes a partial price: the missing side follows from the other and the VAT rate. */
export function completePrice(
  partial: DeepPartial<Price> | undefined,
  vatRate: number,
  drawExcludingVat: () => number,
): Required<Price> {
  if (partial?.includingVat !== undefined && partial.excludingVat !== undefined) {
    return { includingVat: partial.includingVat, excludingVat: partial.excludingVat }
  }
  if (partial?.includingVat !== undefined) {
    return {
      includingVat: partial.includingVat,
      excludingVat: roundMoney(partial.includingVat / (1 + vatRate)),
    }
  }
  return priceFromExcludingVat(partial?.excludingVat ?? drawExcludingVat(), vatRate)
}

const DERIVED = ['price', 'originalTotal', 'total', 'discounts']
const DERIVED_AND_ITEMS = [...DERIVED, 'items']
