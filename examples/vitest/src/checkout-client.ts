// The app's checkout client: plain fetch against the Norce Checkout Order API. Nothing in it
// knows about the mock; the tests point it at any base URL and MSW answers.

export interface Money {
  includingVat: number
  excludingVat: number
}

export interface CartItem {
  name: string
  sku?: string
  quantity: number
  /** The line's total (unit price times quantity). */
  total: Money
  vatRate?: number
}

export interface Consent {
  id: string
  text: string
  checked: boolean
  required: boolean
}

/** What the app reads of an order. */
export interface CheckoutOrder {
  id: string
  state: { currentStatus: string }
  cart?: { items: CartItem[]; total?: Money }
  total?: Money
  consents?: Consent[]
}

/** A problem+json answer the API gave, as an error. */
export class CheckoutError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { code?: string; detail?: string; title?: string },
  ) {
    super(`${status} ${problem.code ?? ''}: ${problem.detail ?? problem.title ?? ''}`)
  }
}

export function createCheckoutClient(options: {
  baseUrl: string
  token: string
  merchant: string
  channel: string
}) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${options.baseUrl}/api/v0/checkout/orders${path}`, {
      method,
      headers: {
        authorization: `Bearer ${options.token}`,
        'x-merchant': options.merchant,
        'x-channel': options.channel,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })
    const text = await response.text()
    const data = text ? JSON.parse(text) : undefined
    if (!response.ok) throw new CheckoutError(response.status, data ?? {})
    return data as T
  }

  return {
    async createOrder(market: { culture: string; currency: string; country: string }) {
      const { id } = await call<{ id: string }>('POST', '', market)
      return id
    },
    getOrder: (id: string) => call<CheckoutOrder>('GET', `/${id}`),
    /** Sends the cart with its total: the API stores the total as sent, it does not add up items. */
    updateCart: (id: string, items: CartItem[]) =>
      call<void>('PUT', `/${id}/cart`, { items, total: sumOf(items.map((item) => item.total)) }),
    addConsent: (id: string, consent: Consent) => call<void>('POST', `/${id}/consents`, consent),
    checkConsent: (id: string, consent: Consent) =>
      call<void>('PATCH', `/${id}/consents`, [{ ...consent, checked: true }]),
    setStatus: (id: string, currentStatus: string) =>
      call<void>('PUT', `/${id}/state`, { currentStatus }),
    notifyOn: (id: string, scope: string, invoke: string) =>
      call<void>('POST', `/${id}/notifications`, { scope, invoke }),
  }
}

function sumOf(amounts: Money[]): Money {
  const cents = (pick: (money: Money) => number) =>
    amounts.reduce((sum, money) => sum + Math.round(pick(money) * 100), 0) / 100
  return { includingVat: cents((m) => m.includingVat), excludingVat: cents((m) => m.excludingVat) }
}
