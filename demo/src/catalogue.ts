import type { Address, Order } from 'norce-checkout-mock'
import { priceFromIncludingVat } from './cart-math.ts'

/** What the demo shop knows about a market: VAT, price level, a customer to prefill. */
interface Market {
  vatRate: number
  /** Prices in the currency are this many times the SEK figure. */
  priceScale: number
  customer: Address
}

const MARKETS: Record<string, Market> = {
  SE: {
    vatRate: 0.25,
    priceScale: 1,
    customer: person(
      'Sven',
      'Svensson',
      'Drottninggatan 12',
      '111 51',
      'Stockholm',
      'SE',
      '+46 70 123 45 67',
    ),
  },
  NO: {
    vatRate: 0.25,
    priceScale: 1,
    customer: person(
      'Nora',
      'Nordmann',
      'Karl Johans gate 5',
      '0154',
      'Oslo',
      'NO',
      '+47 912 34 567',
    ),
  },
  DK: {
    vatRate: 0.25,
    priceScale: 0.7,
    customer: person(
      'Mette',
      'Hansen',
      'Strøget 20',
      '1160',
      'København K',
      'DK',
      '+45 20 12 34 56',
    ),
  },
  FI: {
    vatRate: 0.255,
    priceScale: 0.1,
    customer: person(
      'Aino',
      'Virtanen',
      'Mannerheimintie 10',
      '00100',
      'Helsinki',
      'FI',
      '+358 40 123 4567',
    ),
  },
  DE: {
    vatRate: 0.19,
    priceScale: 0.1,
    customer: person(
      'Max',
      'Mustermann',
      'Unter den Linden 7',
      '10117',
      'Berlin',
      'DE',
      '+49 151 2345 6789',
    ),
  },
}

function person(
  givenName: string,
  familyName: string,
  streetAddress: string,
  postalCode: string,
  city: string,
  country: string,
  phone: string,
): Address {
  const email = `${givenName}.${familyName}@example.com`.toLowerCase().replace(/[^a-z.@]/g, '')
  return {
    type: 'person',
    givenName,
    familyName,
    streetAddress,
    postalCode,
    city,
    country,
    phone,
    email,
  }
}

/** The market of an order (Sweden when its country is unknown to the demo). */
export function marketOf(order: Pick<Order, 'country'>): Market {
  return MARKETS[(order.country ?? 'SE').toUpperCase()] ?? (MARKETS.SE as Market)
}

/** Products the cart editor can add, priced in SEK including VAT. */
export const PRODUCTS = [
  { sku: 'DEMO-TOTE', name: 'Linen tote bag', priceSek: 249 },
  { sku: 'DEMO-MUG', name: 'Stoneware mug', priceSek: 129 },
  { sku: 'DEMO-SOCKS', name: 'Wool socks, 2-pack', priceSek: 99 },
] as const

/** Shipping options of the demo shop, priced in SEK including VAT. */
export const SHIPPING_OPTIONS = [
  { reference: 'postnord-home', name: 'PostNord MyPack Home', carrier: 'PostNord', priceSek: 59 },
  { reference: 'budbee-evening', name: 'Budbee evening delivery', carrier: 'Budbee', priceSek: 79 },
  { reference: 'instabox-locker', name: 'Instabox locker', carrier: 'Instabox', priceSek: 39 },
] as const

/** Payment methods of the demo shop: what a payment adapter would register. */
export const PAYMENT_METHODS = [
  { adapterId: 'klarna-checkout', name: 'Klarna' },
  { adapterId: 'adyen-card', name: 'Card (Adyen)' },
  { adapterId: 'swish', name: 'Swish' },
] as const

/** A SEK figure in the order's currency, as a price including and excluding VAT. */
export function localPrice(priceSek: number, order: Pick<Order, 'country'>) {
  const market = marketOf(order)
  const amount = Math.round(priceSek * market.priceScale * 100) / 100
  return priceFromIncludingVat(amount, market.vatRate)
}
