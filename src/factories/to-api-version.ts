import { projectOrder } from '../domain/order-projection.ts'
import type { Order } from '../domain/types.ts'
import type * as V1 from '../generated/order-v1-api.ts'
import { projectToContract } from '../validation/index.ts'

/** Names of the schemas of the v1 contract (`openapi/order-v1.yaml`). */
export type V1SchemaName = keyof V1.components['schemas']

/**
 * A built order as a v1 client receives it: only the fields `openapi/order-v1.yaml` declares
 * (no `Item.logistics`, payment `merchant`, ...) and v1's names (`Hook.scope`,
 * `Validation.invoke`), read from the contract, as the mock answers it on `/api/v1`
 * (decision 67).
 *
 * @example
 * import { createFactories, toV1Order } from 'norce-checkout-mock/factories'
 *
 * const order = toV1Order(createFactories({ seed: 1 }).buildOrder())
 * 'valueSum' in order // false; order is a V1.Order
 */
export function toV1Order(order: Order): V1.Order {
  return projectOrder(order, 'v1') as V1.Order
}

/**
 * Any built value as v1's schema `schemaName` declares it: the fields the v1 contract lacks
 * are left out, nothing is added or renamed.
 *
 * @example
 * import { createFactories, toV1 } from 'norce-checkout-mock/factories'
 *
 * const payment = toV1('Payment', createFactories({ seed: 1 }).buildPayment())
 * 'merchant' in payment // false
 */
export function toV1<Name extends V1SchemaName>(
  schemaName: Name,
  value: unknown,
): V1.components['schemas'][Name] {
  return projectToContract('v1', schemaName, value) as V1.components['schemas'][Name]
}
