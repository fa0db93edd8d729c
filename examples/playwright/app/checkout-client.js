// The app's checkout client: plain fetch against the Norce Checkout Order API. Nothing in it
// knows about the mock; the tests point it at any base URL and MSW answers.

/** A problem+json answer the API gave, as an error. */
export class CheckoutError extends Error {
  constructor(status, problem) {
    super(`${status} ${problem.code ?? ''}: ${problem.detail ?? problem.title ?? ''}`)
    this.status = status
    this.problem = problem
  }
}

/**
 * @param {{ baseUrl: string, token: string, merchant: string, channel: string }} options
 */
export function createCheckoutClient(options) {
  async function call(method, path, body) {
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
    return data
  }

  return {
    async createOrder(market) {
      const { id } = await call('POST', '', market)
      return id
    },
    getOrder: (id) => call('GET', `/${id}`),
    /** Sends the cart with its total: the API stores the total as sent, it does not add up items. */
    updateCart: (id, items) =>
      call('PUT', `/${id}/cart`, { items, total: sumOf(items.map((item) => item.total)) }),
    addConsent: (id, consent) => call('POST', `/${id}/consents`, consent),
    checkConsent: (id, consent) =>
      call('PATCH', `/${id}/consents`, [{ ...consent, checked: true }]),
    setStatus: (id, currentStatus) => call('PUT', `/${id}/state`, { currentStatus }),
    notifyOn: (id, scope, invoke) => call('POST', `/${id}/notifications`, { scope, invoke }),
  }
}

function sumOf(amounts) {
  const cents = (pick) =>
    amounts.reduce((sum, money) => sum + Math.round(pick(money) * 100), 0) / 100
  return {
    includingVat: cents((money) => money.includingVat),
    excludingVat: cents((money) => money.excludingVat),
  }
}
