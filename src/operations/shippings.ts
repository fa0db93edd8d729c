import type { Order, Shipping } from '../domain/types.ts'
import type { OperationDeps } from './operation-deps.ts'
import type { OrderOperationTable } from './operation-types.ts'
import { createOwnedEntryOperations, type OwnedEntries } from './owned-entries.ts'

const SHIPPINGS: OwnedEntries<Shipping, 'shipping_id'> = {
  noun: 'Shipping',
  notFound: 'shipping-not-found',
  param: 'shipping_id',
  entriesOf: (order) => order.shippings,
  setEntries(order, shippings) {
    order.shippings = shippings
  },
  newId: (call) => call.store.nextId('shipping'),
  own: (order, body, id) => ownedShipping(order, body, id),
  windows: { create: 'open', update: 'open' },
}

/**
 * Shippings live on the order and are removed softly (`state: removed`), which takes them out
 * of `order.total` (DECISIONS 7). Writable until a final state (DECISIONS 6).
 */
export function createShippingOperations({ lifecycle }: OperationDeps) {
  const shippings = createOwnedEntryOperations(SHIPPINGS, lifecycle)
  return {
    GetOrderShippings: shippings.list,
    CreateOrderShipping: shippings.create,
    GetOrderShipping: shippings.read,
    UpdateOrderShipping: shippings.replace,
  } satisfies Partial<OrderOperationTable>
}

function ownedShipping(order: Order, body: Shipping, id: string): Shipping {
  return {
    ...body,
    id,
    ...(order.id !== undefined && { orderId: order.id }),
    merchant: order.merchant,
    channel: order.channel,
    state: body.state ?? 'intent',
  }
}
