import { normaliseCallback, normaliseHook, serializeOrder } from '../domain/order-projection.ts'
import type { Callback, Consent, Hook, Notification, Order } from '../domain/types.ts'
import type { operations } from '../generated/order-api.ts'
import { boundedOrderTotal } from './bounded-total.ts'
import { warnOnCartWithoutTotal } from './cart-total-warning.ts'
import { completeCustomer } from './fill-customer.ts'
import { listOrders } from './list-orders.ts'
import { sentIdPolicy, withItemIds } from './new-ids.ts'
import type { OperationDeps } from './operation-deps.ts'
import type { CallOf, OrderOperationTable } from './operation-types.ts'
import { changeOrder, requireOrder } from './order-access.ts'
import { checkedNotification } from './order-callbacks.ts'

/** The order itself: list, create, read, delete, attributes and reference. */
export function createOrderOperations({ lifecycle }: OperationDeps) {
  return {
    GetCheckoutOrders: (call) => ({ status: 200, body: listOrders(call) }),

    async CreateCheckoutOrder(call) {
      const order = newOrder(call)
      await call.store.insertOrder(
        order,
        call.version === 'v0' && !call.checkStoredOrders ? { check: derivedParts(order) } : {},
      )
      warnOnCartWithoutTotal(order.id, call.body?.cart)
      lifecycle.afterCommit(call, undefined, order)
      return {
        status: 201,
        // v1 answers the id as a bare JSON string, v0 `{ id }` (DECISIONS 2, decision 51).
        body: call.version === 'v1' ? order.id : { id: order.id },
        headers: { location: `${call.path.replace(/\/+$/, '')}/${order.id}` },
      }
    },

    GetCheckoutOrder: (call) => ({
      status: 200,
      serialized: serializeOrder(requireOrder(call), call.version),
    }),

    async DeleteCheckoutOrder(call) {
      await call.store.lock.run(call.params.order_id, () => {
        requireOrder(call)
        call.store.deleteOrder(call.params.order_id)
      })
      return { status: 204 }
    },

    async PatchCheckoutOrderAttributes(call) {
      await changeOrder(call, lifecycle, { window: 'open', what: 'attributes' }, (order) => {
        order.attributes = { ...order.attributes, ...call.body }
      })
      return { status: 200 }
    },

    async UpdateCheckoutOrderReference(call) {
      await changeOrder(call, lifecycle, { window: 'checkout', what: 'the reference' }, (order) => {
        order.reference = call.body
      })
      return { status: 200 }
    },
  } satisfies Partial<OrderOperationTable>
}

/**
 * What of a new v0 order the store still checks against `Order` (decision 176): what
 * `newOrder` derives from the body (customer, consents, callbacks) or computes (total), the
 * tenant and the timestamp. The rest is right already:
 * - `cart`, `reference`, `culture`, `currency`, `country` and `attributes` are the body's,
 *   which passed v0's request check a moment ago (for these the request and response views of
 *   `Order` differ only in enum case, which that check normalises in place: a test holds it),
 *   the cart with nothing added but item ids, strings (`createId`, or a sent id checked
 *   as a string);
 * - `id` is a `createId` string; `lastModified` and the one transition's `timeStamp` are the
 *   very string `created` is; `state` and the empty `shippings` and `payments` are constants.
 * On v1 (a body checked against v1's contract) and with `validateResponses` the whole order
 * is checked.
 */
function derivedParts(order: Order): Partial<Order> {
  const part: Record<string, unknown> = {}
  for (const key of DERIVED_PARTS) if (order[key] !== undefined) part[key] = order[key]
  return part as Partial<Order>
}

/** See `derivedParts`. */
const DERIVED_PARTS = [
  'merchant',
  'channel',
  'created',
  'customer',
  'consents',
  'validations',
  'hooks',
  'notifications',
  'total',
] as const satisfies ReadonlyArray<keyof Order>

/**
 * A new order from a create body: server-owned fields (id, merchant, channel, dates, state,
 * shippings, payments, total) are set by the mock; their values in the body are ignored. An
 * order is created in checkout whatever `state` the body sends (decision 66).
 */
function newOrder(call: CallOf<operations['CreateCheckoutOrder']>): Order {
  const body: Partial<Order> = call.body ?? {}
  const { store } = call
  const now = store.now().toISOString()
  // A new order holds no ids yet: on v1 every read-only id sent is replaced (decision 67).
  const keep = sentIdPolicy(call)
  const cart = body.cart && { ...body.cart, items: withItemIds(body.cart.items, store, keep) ?? [] }
  const order: Order = {
    id: store.nextId('order'),
    merchant: call.tenant.merchant,
    channel: call.tenant.channel,
    ...(body.reference !== undefined && { reference: body.reference }),
    created: now,
    lastModified: now,
    state: { currentStatus: 'checkout', transitions: [{ status: 'checkout', timeStamp: now }] },
    ...(body.culture !== undefined && { culture: body.culture }),
    ...(body.currency !== undefined && { currency: body.currency }),
    ...(body.country !== undefined && { country: body.country }),
    ...(cart && { cart }),
    shippings: [],
    payments: [],
    ...(body.customer && { customer: completeCustomer(body.customer) }),
    consents: (body.consents ?? []).map((consent: Consent) => ({
      ...consent,
      id: keep(consent.id) ?? store.nextId('cartItem'),
    })),
    validations: (body.validations ?? []).map((callback: Callback) => ({
      ...normaliseCallback(callback),
      id: store.nextId('callback'),
    })),
    hooks: (body.hooks ?? []).map((hook: Hook) => ({
      ...normaliseHook(hook),
      id: store.nextId('callback'),
    })),
    notifications: (body.notifications ?? []).map((notification: Notification, index) => ({
      ...checkedNotification(notification, `body/notifications/${index}`),
      id: keep(notification.id) ?? store.nextId('callback'),
    })),
    total: { includingVat: 0, excludingVat: 0 },
    attributes: body.attributes ?? {},
  }
  order.total = boundedOrderTotal(order)
  return order
}
