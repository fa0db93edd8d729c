import type { operations as V0Operations } from '../generated/order-api.ts'
import type { operations as V1Operations } from '../generated/order-v1-api.ts'
import type { NormalisedRequest, RequestValidationResult } from './create-openapi-validator.ts'

/**
 * A version of the Order API: `v0` is `openapi/order.yaml` (the 0.1 documentation, paths
 * `/api/v0/...`), `v1` is `openapi/order-v1.yaml` (Norce's v1 types, paths `/api/v1/...`).
 *
 * @example
 * const version: ApiVersion = url.includes('/api/v1/') ? 'v1' : 'v0'
 */
export type ApiVersion = 'v0' | 'v1'

/** Every API version, oldest first. */
export const API_VERSIONS: readonly ApiVersion[] = ['v0', 'v1']

/**
 * The generated `operations` of a version's contract.
 *
 * @example
 * type CreateV1 = OrderApiOperations<'v1'>['CreateCheckoutOrder']
 */
export type OrderApiOperations<V extends ApiVersion = 'v0'> = V extends 'v1'
  ? V1Operations
  : V0Operations

/**
 * An operationId of a version's contract; any other string does not compile.
 *
 * @example
 * const id: OrderApiOperationId<'v1'> = 'CreateCheckoutOrder'
 * // const typo: OrderApiOperationId = 'CreateOrder' // type error
 */
export type OrderApiOperationId<V extends ApiVersion = 'v0'> = Extract<
  keyof OrderApiOperations<V>,
  string
>

type JsonBody<RequestBody> = RequestBody extends {
  content: { 'application/json': infer Body }
}
  ? Body
  : undefined

/**
 * The JSON request body an operation takes (with `undefined` when the body is optional or
 * the operation takes none).
 *
 * @example
 * type NewShipping = OrderApiRequestBody<'v1', 'CreateOrderShipping'> // V1.Shipping | undefined
 */
export type OrderApiRequestBody<
  V extends ApiVersion,
  Operation extends OrderApiOperationId<V>,
> = OrderApiOperations<V>[Operation] extends { requestBody: infer RequestBody }
  ? JsonBody<RequestBody>
  : OrderApiOperations<V>[Operation] extends { requestBody?: infer RequestBody }
    ? JsonBody<RequestBody> | undefined
    : undefined

/**
 * The result of `validateRequest` for one operation: when `valid`, the normalised body has
 * the operation's request body type.
 *
 * @example
 * const result = validateRequest('UpdateCheckoutOrderState', parts, { version: 'v1' })
 * // result: OrderApiRequestValidation<OrderApiRequestBody<'v1', 'UpdateCheckoutOrderState'>>
 * if (result.valid) console.log(result.request.body.currentStatus)
 */
export type OrderApiRequestValidation<Body> =
  | (RequestValidationResult & { valid: true; request: NormalisedRequest & { body: Body } })
  | (RequestValidationResult & { valid: false })
