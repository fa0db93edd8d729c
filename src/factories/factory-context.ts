import { DEFAULT_MERCHANT } from '../domain/demo-tenant.ts'
import { ID_PREFIX, type IdKind } from '../domain/ids.ts'
import { createSeededRandom, type SeededRandom } from '../domain/seeded-random.ts'
import { type LocaleText, localeText } from './locale-text.ts'
import { MARKET_CODES, MARKETS, type Market, type MarketCode } from './markets.ts'

/** Documented reference date of the 0.1 docs build: the default "now" of every factory. */
export const DEFAULT_REF_DATE = '2026-01-12T08:21:29.000Z'

export interface FactoryOptions {
  /** Seed of every random draw: the same seed gives byte-identical output. */
  seed: number
  /** "Now" for generated dates (ISO string or Date). Defaults to the 0.1 docs build date. */
  refDate?: string | Date | undefined
  /** Default market, by country (`SE`, `NO`, `DK`, `FI`, `DE`) or culture (`nb-NO`). */
  locale?: string | undefined
  /** Merchant of built orders, payments and shippings. Defaults to `thingsandstuff`. */
  merchant?: string | undefined
  /** Channel of built orders. Defaults to `<merchant>-<country>` (a channel per market). */
  channel?: string | undefined
}

/** Shared state of one `createFactories` call: seeded random sources and defaults. */
export interface FactoryContext {
  /** The root random source: numbers, picks and ids (fast, seeded). */
  random: SeededRandom
  /** Names, streets, cities and products from Faker's locale data of a market. */
  textFor(market: MarketCode): MarketText
  market(code: MarketCode): Market
  id(kind: IdKind): string
  /** A digit 0–9 from the root random source. */
  digit(): number
  refTime: number
  defaultMarket: MarketCode
  merchant: string
  channelFor(market: MarketCode): string
  /** Restarts every random source: what follows is what a context of `seed` would draw. */
  reseed(seed: number): void
}

/** {@link LocaleText} of one market, bound to the market's own random stream. */
type MarketText = { [Kind in keyof LocaleText]: () => string }

export function createFactoryContext(options: FactoryOptions): FactoryContext {
  let seed = options.seed
  const random = createSeededRandom(seed)
  /** Each market's text and the stream it draws from, made when the market is first used. */
  const markets = new Map<MarketCode, { text: MarketText; stream: SeededRandom }>()
  // Each market draws from its own stream, derived from the seed, so the output of one
  // market does not depend on which other markets were built before it.
  const marketSeed = (code: MarketCode) => seed * 7919 + MARKET_CODES.indexOf(code) + 1
  const refTime = new Date(options.refDate ?? DEFAULT_REF_DATE).getTime()
  if (Number.isNaN(refTime)) {
    throw new Error(
      `Failed to create factories: refDate "${String(options.refDate)}" is not a date.`,
    )
  }
  const defaultMarket = resolveLocale(options.locale)
  const merchant = options.merchant ?? DEFAULT_MERCHANT

  return {
    random,
    textFor(code) {
      let market = markets.get(code)
      if (!market) {
        const locale = localeText(MARKETS[code].locale)
        const stream = createSeededRandom(marketSeed(code))
        market = {
          stream,
          text: {
            firstName: () => locale.firstName(stream),
            lastName: () => locale.lastName(stream),
            streetAddress: () => locale.streetAddress(stream),
            city: () => locale.city(stream),
            productName: () => locale.productName(stream),
            companyName: () => locale.companyName(stream),
          },
        }
        markets.set(code, market)
      }
      return market.text
    },
    market: (code) => MARKETS[code],
    id: (kind) => `${ID_PREFIX[kind]}${random.letters(26)}`,
    digit: () => random.int(0, 9),
    refTime,
    defaultMarket,
    merchant,
    channelFor: (code) => options.channel ?? `${merchant}-${code.toLowerCase()}`,
    reseed(next) {
      seed = next
      random.reseed(seed)
      for (const [code, { stream }] of markets) stream.reseed(marketSeed(code))
    },
  }
}

function resolveLocale(locale: string | undefined): MarketCode {
  if (locale === undefined) return 'SE'
  const upper = locale.toUpperCase()
  const code = MARKET_CODES.find(
    (candidate) => candidate === upper || MARKETS[candidate].culture.toUpperCase() === upper,
  )
  if (!code) {
    throw new Error(
      `Failed to create factories: unknown locale "${locale}". Use one of ${MARKET_CODES.map((c) => `${c} (${MARKETS[c].culture})`).join(', ')}.`,
    )
  }
  return code
}
