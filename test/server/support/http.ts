import { price } from '../../../src/domain/money.ts'
/** The demo tenant's headers for a call to the standalone server. */
export function demoHeaders(
  tenant: { merchant: string; channel: string } = {
    merchant: 'thingsandstuff',
    channel: 'thingsandstuff-se',
  },
  token = 'demo-token',
): Record<string, string> {
  return {
    authorization: `Bearer ${token}`,
    'x-merchant': tenant.merchant,
    'x-channel': tenant.channel,
  }
}

export interface Reply<Body = any> {
  status: number
  headers: Headers
  body: Body
  text: string
}

/** One HTTP call; a JSON body is sent as JSON, `raw` as given. */
export async function call<Body = any>(
  url: string,
  init: {
    method?: string
    headers?: Record<string, string>
    json?: unknown
    raw?: string | Uint8Array
  } = {},
): Promise<Reply<Body>> {
  const headers = { ...init.headers }
  let body: string | Uint8Array | undefined = init.raw
  if (init.json !== undefined) {
    body = JSON.stringify(init.json)
    headers['content-type'] ??= 'application/json'
  }
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    ...(body !== undefined && { body: body as BodyInit }),
  })
  const text = await response.text()
  let parsed: unknown
  try {
    parsed = text ? JSON.parse(text) : undefined
  } catch {
    parsed = text
  }
  return { status: response.status, headers: response.headers, body: parsed as Body, text }
}

/**
 * A whole checkout over HTTP, as a storefront and its adapters make it: create, cart,
 * customer, shipping, payment, validate, then processing → accepted → completed.
 * `apiBase` is e.g. `http://127.0.0.1:4010/checkout/order/api/v0/checkout/orders`.
 * Resolves with the order id; throws at the first unexpected status.
 */
export async function runCheckout(
  apiBase: string,
  headers: Record<string, string> = demoHeaders(),
): Promise<string> {
  const step = async (
    name: string,
    expected: number,
    method: string,
    path: string,
    json?: unknown,
  ) => {
    const reply = await call(`${apiBase}${path}`, { method, headers, json })
    if (reply.status !== expected) {
      throw new Error(
        `checkout step "${name}": expected ${expected}, got ${reply.status} ${reply.text}`,
      )
    }
    return reply
  }
  const created = await step('create', 201, 'POST', '', {
    culture: 'sv-SE',
    currency: 'SEK',
    country: 'SE',
  })
  // v1 answers the id as a bare JSON string, v0 as `{ id }` (decision 51).
  const id = (typeof created.body === 'string' ? created.body : created.body.id) as string
  await step('cart', 200, 'PUT', `/${id}/cart`, {
    reference: 'cart-1',
    items: [
      {
        reference: 'item-1',
        sku: 'T001',
        name: 'Thing',
        quantity: 2,
        price: price(12.5, 10),
        total: price(25, 20),
        vatRate: 0.25,
      },
    ],
    total: price(25, 20),
  })
  const address = {
    type: 'person',
    givenName: 'Bill',
    familyName: 'Billsson',
    streetAddress: 'Billroad 10',
    postalCode: '411 23',
    city: 'Göteborg',
    country: 'se',
    email: 'bill@example.com',
  }
  await step('billing', 200, 'PUT', `/${id}/customer/billing`, address)
  await step('shipping address', 200, 'PUT', `/${id}/customer/shipping`, address)
  await step('shipping', 201, 'POST', `/${id}/shippings`, {
    reference: 'home-delivery',
    name: 'Home delivery',
    total: price(7.5, 6),
    vatRate: 0.25,
  })
  await step('payment', 201, 'POST', `/${id}/payments`, {
    reference: 'payment-1',
    name: 'Card',
    type: 'default',
    amount: 32.5,
    state: 'intent',
  })
  const validation = await step('validate', 200, 'POST', `/${id}/validate`, {})
  if (JSON.stringify(validation.body) !== '[]') {
    throw new Error(`checkout step "validate": expected [], got ${validation.text}`)
  }
  for (const currentStatus of ['processing', 'accepted', 'completed']) {
    await step(currentStatus, 200, 'PUT', `/${id}/state`, { currentStatus })
  }
  return id
}
