import type { Payment, PaymentTransaction } from '../domain/types.ts'
import { applyOverrides, type DeepPartial } from './deep-partial.ts'
import type { FactoryContext } from './factory-context.ts'
import { isoTime } from './iso-time.ts'
import type { MarketCode } from './markets.ts'

const PROVIDERS = [
  { adapterId: 'klarna-checkout', name: 'Klarna' },
  { adapterId: 'walley_checkout_adapter', name: 'Walley' },
  { adapterId: 'adyen_checkout_adapter', name: 'Adyen' },
  { adapterId: 'qliro_checkout_adapter', name: 'Qliro' },
] as const

export function buildPayment(
  context: FactoryContext,
  override: DeepPartial<Payment> = {},
  marketCode: MarketCode = context.defaultMarket,
): Payment {
  const { random } = context
  const provider = random.pick(PROVIDERS)
  const generated: Payment = {
    id: context.id('payment'),
    adapterId: provider.adapterId,
    name: provider.name,
    merchant: context.merchant,
    channel: context.channelFor(marketCode),
    currency: context.market(marketCode).currency,
    type: 'default',
    amount: random.int(100, 5_000),
    state: 'intent',
    reference: random.uuid(),
    attributes: {},
  }
  return applyOverrides(generated, override)
}

const TRANSACTION_EVENTS = ['open', 'process', 'confirm', 'capture'] as const

export function buildPaymentTransaction(
  context: FactoryContext,
  override: DeepPartial<PaymentTransaction> = {},
): PaymentTransaction {
  const { random } = context
  const event = random.pick(TRANSACTION_EVENTS)
  const amount = random.int(100, 5_000)
  const generated: PaymentTransaction = {
    event,
    pspEvent: `${event.toUpperCase()}_PAYMENT`,
    amount,
    isSuccess: true,
    pspStatus: 'OK',
    requestJson: JSON.stringify({ event, amount }),
    responseJson: JSON.stringify({ status: 'OK' }),
    created: isoTime(context.refTime - random.int(1, 3_600) * 1000),
  }
  return applyOverrides(generated, override)
}
