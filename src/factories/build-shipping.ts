import { roundMoney } from '../domain/money.ts'
import type { Shipping } from '../domain/types.ts'
import { completePrice } from './build-cart.ts'
import { applyOverrides, type DeepPartial } from './deep-partial.ts'
import type { FactoryContext } from './factory-context.ts'
import type { MarketCode } from './markets.ts'

/** A shipping with a carrier of the market and a consistent price. */
export function buildShipping(
  context: FactoryContext,
  override: DeepPartial<Shipping> = {},
  marketCode: MarketCode = context.defaultMarket,
): Shipping {
  const { random } = context
  const market = context.market(marketCode)
  const vatRate = (override.vatRate as number | undefined) ?? market.vatRate
  const carrierName = random.pick(market.carriers)
  const space = carrierName.indexOf(' ')
  const carrier = space === -1 ? carrierName : carrierName.slice(0, space)
  const generated: Shipping = {
    id: context.id('shipping'),
    merchant: context.merchant,
    channel: context.channelFor(marketCode),
    state: 'intent',
    reference: random.uuid(),
    tmsReference: random.uuid(),
    adapterId: 'ingrid-shipping-adapter',
    name: carrierName,
    total: { includingVat: 0, excludingVat: 0 },
    vatRate,
    deliveryDetails: {
      carrier,
      carrierProductId: `${carrier.toLowerCase()}-${random.digits(3)}`,
      class: random.pick(['standard', 'express', 'economy']),
      product: { reference: random.alphanumeric(10), name: carrierName },
    },
    attributes: {},
  }
  const { total, ...rest } = override
  const shipping = applyOverrides(generated, rest)
  shipping.total = completePrice(total, vatRate, () =>
    roundMoney(random.pick([39, 49, 59, 79, 99]) * market.priceScale),
  )
  return shipping
}
