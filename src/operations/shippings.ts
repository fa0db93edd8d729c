import { cloneJson } from '../domain/clone-json.ts'
import type { Order, Shipping } from '../domain/types.ts'
import { ProblemError } from '../problems/index.ts'
import type { OperationDeps } from './operation-deps.ts'
import type { OperationCall, OperationHandler } from './operation-types.ts'
import { changeOrder, requireOrder } from './order-access.ts'

/**
 * Shippings live on the order and are removed softly (`state: removed`), which takes them out
 * of `order.total` (DECISIONS 7). Writable until a final state (DECISIONS 6).
 */
export function createShippingOperations({
  lifecycle,
}: OperationDeps): Record<string, OperationHandler> {
  const window = { window: 'open', what: 'shippings' } as const
  return {
    GetOrderShippings: (call) => ({
      status: 200,
      body: cloneJson(requireOrder(call).shippings ?? []),
    }),

    async CreateOrderShipping(call) {
      const body = call.body as Shipping
      const id = await changeOrder(call, lifecycle, window, (order) => {
        const shipping = ownedShipping(order, body, call.store.nextId('shipping'))
        order.shippings = [...(order.shippings ?? []), shipping]
        return shipping.id as string
      })
      return { status: 201, body: { id }, headers: { location: `${call.path}/${id}` } }
    },

    GetOrderShipping: (call) => ({
      status: 200,
      body: cloneJson(requireShipping(requireOrder(call), call)),
    }),

    async UpdateOrderShipping(call) {
      const body = call.body as Shipping
      const updated = await changeOrder(call, lifecycle, window, (order) => {
        const existing = requireShipping(order, call)
        const shipping = ownedShipping(order, body, existing.id as string)
        order.shippings = (order.shippings ?? []).map((entry) =>
          entry.id === existing.id ? shipping : entry,
        )
        return shipping
      })
      return { status: 200, body: cloneJson(updated) }
    },
  }
}

function ownedShipping(order: Order, body: Shipping, id: string): Shipping {
  return {
    ...body,
    id,
    orderId: order.id,
    merchant: order.merchant,
    channel: order.channel,
    state: body.state ?? 'intent',
  }
}

function requireShipping(order: Order, call: OperationCall): Shipping {
  const shippingId = call.params.shipping_id ?? ''
  const shipping = (order.shippings ?? []).find((candidate) => candidate.id === shippingId)
  if (!shipping)
    throw new ProblemError(
      'shipping-not-found',
      `Shipping with id:${shippingId} not found on order ${order.id}.`,
    )
  return shipping
}
