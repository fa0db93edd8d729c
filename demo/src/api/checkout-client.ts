import type {
  Address,
  Cart,
  Notification,
  NotificationEvent,
  Order,
  OrderPaginationSet,
  OrderStatus,
  Payment,
  Shipping,
  ValidationError,
} from 'norce-checkout-mock'
import { ApiError } from './api-error.ts'

/** Who the page calls as: the demo tenant of the fixtures and a bearer token. */
export interface Caller {
  merchant: string
  channel: string
  token: string
}

/** Where the APIs are: the Order API base (before `/api/v0`) and the event log. */
export interface Endpoints {
  /** e.g. `http://127.0.0.1:4010/checkout/order` */
  orderApi: string
  /** e.g. `http://127.0.0.1:4010/checkout/notification/api/v1/events` */
  eventLog: string
}

/** The Order API calls the checkout page makes, over `fetch`, as an app would make them. */
export interface CheckoutClient {
  listOrders(): Promise<OrderPaginationSet>
  getOrder(orderId: string): Promise<Order>
  createOrder(order: Partial<Order>): Promise<string>
  updateCart(orderId: string, cart: Cart): Promise<void>
  updateAddress(orderId: string, which: 'billing' | 'shipping', address: Address): Promise<void>
  checkConsent(orderId: string, consentId: string, checked: boolean): Promise<void>
  addShipping(orderId: string, shipping: Shipping): Promise<void>
  updateShipping(orderId: string, shipping: Shipping): Promise<void>
  addPayment(orderId: string, payment: Payment): Promise<void>
  updatePayment(orderId: string, payment: Payment): Promise<void>
  addNotification(orderId: string, notification: Notification): Promise<void>
  /** `[]` when the order is valid, else its validation errors. */
  validate(orderId: string): Promise<ValidationError[]>
  setState(orderId: string, currentStatus: OrderStatus): Promise<void>
  listEvents(orderId: string): Promise<NotificationEvent[]>
}

/**
 * Creates the page's API client.
 *
 * @example
 * const client = createCheckoutClient(
 *   { orderApi: 'http://127.0.0.1:4010/checkout/order', eventLog: '...' },
 *   { merchant: 'thingsandstuff', channel: 'thingsandstuff-se', token: 'demo-token' },
 * )
 * const { data } = await client.listOrders()
 */
export function createCheckoutClient(endpoints: Endpoints, caller: Caller): CheckoutClient {
  const orders = `${endpoints.orderApi}/api/v0/checkout/orders`
  const authorization = `Bearer ${caller.token}`

  async function call<Body>(method: string, url: string, body?: unknown): Promise<Body> {
    const headers: Record<string, string> = {
      authorization,
      'x-merchant': caller.merchant,
      'x-channel': caller.channel,
    }
    if (body !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(url, {
      method,
      headers,
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })
    const text = await response.text()
    const parsed: unknown = text ? JSON.parse(text) : undefined
    if (!response.ok) {
      // Validate answers 400 with the failures as data, not as an error.
      if (response.status === 400 && Array.isArray(parsed) && url.endsWith('/validate'))
        return parsed as Body
      throw new ApiError(method, new URL(url, location.href).pathname, response.status, parsed)
    }
    return parsed as Body
  }

  const order = (orderId: string, rest = '') => `${orders}/${encodeURIComponent(orderId)}${rest}`

  return {
    listOrders: () => call('GET', `${orders}?limit=100`),
    getOrder: (orderId) => call('GET', order(orderId)),
    createOrder: async (body) => (await call<{ id: string }>('POST', orders, body)).id,
    updateCart: (orderId, cart) => call('PUT', order(orderId, '/cart'), cart),
    updateAddress: (orderId, which, address) =>
      call('PUT', order(orderId, `/customer/${which}`), address),
    checkConsent: (orderId, consentId, checked) =>
      call('PATCH', order(orderId, `/consents/${encodeURIComponent(consentId)}`), {
        id: consentId,
        checked,
      }),
    addShipping: (orderId, shipping) => call('POST', order(orderId, '/shippings'), shipping),
    updateShipping: (orderId, { id, ...shipping }) =>
      call('PUT', order(orderId, `/shippings/${id}`), shipping),
    addPayment: (orderId, payment) => call('POST', order(orderId, '/payments'), payment),
    updatePayment: (orderId, { id, ...payment }) =>
      call('PUT', order(orderId, `/payments/${id}`), payment),
    addNotification: (orderId, notification) =>
      call('POST', order(orderId, '/notifications'), notification),
    validate: (orderId) => call('POST', order(orderId, '/validate')),
    setState: (orderId, currentStatus) => call('PUT', order(orderId, '/state'), { currentStatus }),
    listEvents: async (orderId) => {
      const url = `${endpoints.eventLog}?order_id=${encodeURIComponent(orderId)}&limit=100`
      return (await call<{ data: NotificationEvent[] }>('GET', url)).data
    },
  }
}
