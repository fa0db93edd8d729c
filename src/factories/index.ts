export { createFactories, type Factories } from './create-factories.ts'
export type { DeepPartial } from './deep-partial.ts'
export { DEFAULT_REF_DATE, type FactoryOptions } from './factory-context.ts'
export { MARKET_CODES, MARKETS, type Market, type MarketCode } from './markets.ts'
