import { base, da, de, en, fi, type LocaleDefinition, nb_NO, sv } from '@faker-js/faker'

/** A market the factories build orders for: culture, currency and country always agree. */
export interface Market {
  culture: string
  currency: string
  country: string
  /** Standard VAT rate of the country. */
  vatRate: number
  /** Typical prices in the currency are this many times the SEK figure (EUR ≈ 0.1). */
  priceScale: number
  /** Unit name for countable items, as shops in the market write it. */
  unit: string
  /** Faker locale data for names, streets and cities. */
  locale: LocaleDefinition[]
  /** Builds a plausible phone number from digits drawn by the caller. */
  phone: (digit: () => number) => string
  /** Formats a postal code as the country's post does. */
  postalCode: (digit: () => number) => string
  carriers: readonly string[]
}

const digits = (digit: () => number, count: number) => {
  let text = ''
  for (let index = 0; index < count; index++) text += digit()
  return text
}

export const MARKETS = {
  SE: {
    culture: 'sv-SE',
    currency: 'SEK',
    country: 'SE',
    vatRate: 0.25,
    priceScale: 1,
    unit: 'st',
    locale: [sv, en, base],
    phone: (digit) =>
      `+46 7${[0, 2, 3, 6][digit() % 4]} ${digits(digit, 3)} ${digits(digit, 2)} ${digits(digit, 2)}`,
    postalCode: (digit) => `${1 + (digit() % 9)}${digits(digit, 2)} ${digits(digit, 2)}`,
    carriers: [
      'PostNord MyPack Home',
      'PostNord MyPack Collect',
      'Budbee Home',
      'Instabox',
      'DHL Service Point',
    ],
  },
  NO: {
    culture: 'nb-NO',
    currency: 'NOK',
    country: 'NO',
    vatRate: 0.25,
    priceScale: 1,
    unit: 'stk',
    locale: [nb_NO, en, base],
    phone: (digit) =>
      `+47 ${[4, 9][digit() % 2]}${digits(digit, 2)} ${digits(digit, 2)} ${digits(digit, 3)}`,
    postalCode: (digit) => digits(digit, 4),
    carriers: ['Posten Pakke i postkassen', 'Bring Hjemlevering', 'Helthjem', 'PostNord Pickup'],
  },
  DK: {
    culture: 'da-DK',
    currency: 'DKK',
    country: 'DK',
    vatRate: 0.25,
    priceScale: 0.7,
    unit: 'stk',
    locale: [da, en, base],
    phone: (digit) =>
      `+45 ${2 + (digit() % 2)}${digit()} ${digits(digit, 2)} ${digits(digit, 2)} ${digits(digit, 2)}`,
    postalCode: (digit) => `${1 + (digit() % 9)}${digits(digit, 3)}`,
    carriers: ['GLS Pakkeshop', 'PostNord Hjemmelevering', 'DAO Pakkeshop', 'Bring Home'],
  },
  FI: {
    culture: 'fi-FI',
    currency: 'EUR',
    country: 'FI',
    vatRate: 0.255,
    priceScale: 0.1,
    unit: 'kpl',
    locale: [fi, en, base],
    phone: (digit) => `+358 4${digit() % 2 === 0 ? 0 : 5} ${digits(digit, 3)} ${digits(digit, 4)}`,
    postalCode: (digit) => `${digits(digit, 3)}${digit() % 2 === 0 ? '00' : '10'}`,
    carriers: [
      'Posti Kotiinkuljetus',
      'Posti Pakettiautomaatti',
      'Matkahuolto Lähellä',
      'DB Schenker',
    ],
  },
  DE: {
    culture: 'de-DE',
    currency: 'EUR',
    country: 'DE',
    vatRate: 0.19,
    priceScale: 0.1,
    unit: 'Stk',
    locale: [de, en, base],
    phone: (digit) => `+49 15${digit()} ${digits(digit, 7)}`,
    postalCode: (digit) => `${1 + (digit() % 9)}${digits(digit, 4)}`,
    carriers: ['DHL Paket', 'Hermes Paketshop', 'DPD Classic', 'GLS Paket'],
  },
} as const satisfies Record<string, Market>

export type MarketCode = keyof typeof MARKETS
export const MARKET_CODES = Object.keys(MARKETS) as MarketCode[]

/** The market whose country, culture or currency matches, if any (country wins). */
export function findMarket(hint: {
  country?: string | undefined
  culture?: string | undefined
  currency?: string | undefined
}): MarketCode | undefined {
  const country = hint.country?.toUpperCase()
  if (country && country in MARKETS) return country as MarketCode
  const culture = hint.culture?.toLowerCase()
  const byCulture = MARKET_CODES.find((code) => MARKETS[code].culture.toLowerCase() === culture)
  if (byCulture) return byCulture
  const currency = hint.currency?.toUpperCase()
  return MARKET_CODES.find((code) => MARKETS[code].currency === currency)
}
