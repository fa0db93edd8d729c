import * as notificationValidators from '../generated/notification-validators.ts'
import * as orderV1Validators from '../generated/order-v1-validators.ts'
import * as orderValidators from '../generated/order-validators.ts'
import { notificationApiDocument, orderApiDocument, orderV1ApiDocument } from './api-documents.ts'
import {
  createValidator,
  type OpenApiValidator,
  type PrecompiledValidators,
  type RequestParts,
} from './create-openapi-validator.ts'
import type {
  ApiVersion,
  OrderApiOperationId,
  OrderApiRequestBody,
  OrderApiRequestValidation,
} from './order-api-types.ts'
import { projectToSchema } from './project-to-schema.ts'
import type { Violation } from './violation.ts'

export {
  createOpenApiValidator,
  type NormalisedRequest,
  type OpenApiValidator,
  type RequestParts,
  type RequestValidationResult,
} from './create-openapi-validator.ts'
export type { OpenApiDocument } from './openapi-types.ts'
export type { OperationDescription } from './operation-index.ts'
export {
  API_VERSIONS,
  type ApiVersion,
  type OrderApiOperationId,
  type OrderApiOperations,
  type OrderApiRequestBody,
  type OrderApiRequestValidation,
} from './order-api-types.ts'
export { MAX_VIOLATIONS, type Violation } from './violation.ts'
export { notificationApiDocument, orderApiDocument, orderV1ApiDocument }

/** Each contract with its validators compiled ahead of time (`npm run generate`, decision 145). */
const orderApiContracts: Record<
  ApiVersion,
  { document: typeof orderApiDocument; precompiled: PrecompiledValidators }
> = {
  v0: { document: orderApiDocument, precompiled: orderValidators },
  v1: { document: orderV1ApiDocument, precompiled: orderV1Validators },
}
const orderApiValidators: Partial<Record<ApiVersion, OpenApiValidator>> = {}
let notificationApiValidator: OpenApiValidator | undefined

/**
 * The validator of one version of the Order API contract (`v0`: `openapi/order.yaml`, the
 * default; `v1`: `openapi/order-v1.yaml`), made on first use and shared afterwards. Its Ajv
 * validators were compiled ahead of time, by `npm run generate` (decision 145).
 *
 * @example
 * const violations = getOrderApiValidator('v1').validateSchema('Order', order)
 */
export function getOrderApiValidator(version: ApiVersion = 'v0'): OpenApiValidator {
  const contract = orderApiContracts[version]
  if (!contract) throw new Error(`Failed to find the Order API contract "${String(version)}".`)
  orderApiValidators[version] ??= createValidator(contract.document, contract.precompiled)
  return orderApiValidators[version]
}

/**
 * The validator for `openapi/notification.yaml` (the event log), made on first use (its Ajv
 * validators compiled ahead of time, as the Order API's).
 *
 * @example
 * getNotificationApiValidator().validateSchema('NotificationEvent', event)
 */
export function getNotificationApiValidator(): OpenApiValidator {
  notificationApiValidator ??= createValidator(notificationApiDocument, notificationValidators)
  return notificationApiValidator
}

/**
 * Checks a request against its Order API operation in `version` (default `v0`) and returns
 * every violation, plus the normalised request (types coerced, defaults filled, enums in
 * their documented case). The operationId must exist in that version's contract, and a valid
 * result's body has the operation's request body type.
 *
 * @example
 * const result = validateRequest(
 *   'UpdateCheckoutOrderState',
 *   {
 *     params: { orderId: 'o_abc' },
 *     headers: { 'x-merchant': 'norce', 'x-channel': 'se' },
 *     body: { currentStatus: 'Completed' },
 *   },
 *   { version: 'v1' },
 * )
 * if (result.valid) result.request.body.currentStatus // 'completed'
 */
export function validateRequest<
  Operation extends OrderApiOperationId<V>,
  V extends ApiVersion = 'v0',
>(
  operationId: Operation,
  parts: RequestParts,
  options: { version?: V } = {},
): OrderApiRequestValidation<OrderApiRequestBody<V, Operation>> {
  return getOrderApiValidator(options.version).validateRequest(
    operationId,
    parts,
  ) as OrderApiRequestValidation<OrderApiRequestBody<V, Operation>>
}

/**
 * Checks a response against what its Order API operation documents for that status, in
 * `options.version` (default `v0`).
 *
 * @example
 * validateResponse('GetCheckoutOrder', 200, order) // [] when the order matches the v0 contract
 * validateResponse('CreateCheckoutOrder', 201, 'o_abc', { version: 'v1' }) // []
 */
export function validateResponse<V extends ApiVersion = 'v0'>(
  operationId: OrderApiOperationId<V>,
  status: number,
  body: unknown,
  options: { contentType?: string; version?: V } = {},
): Violation[] {
  const { version, ...rest } = options
  return getOrderApiValidator(version).validateResponse(operationId, status, body, rest)
}

/**
 * A copy of `value` with only what schema `schemaName` of the `version` contract declares
 * (decision 67): how one stored order is answered on a version whose contract lacks some of
 * its fields.
 *
 * @example
 * projectToContract('v1', 'Pagination', { offset: 0, limit: 10, valueSum: 25 })
 * // → { offset: 0, limit: 10 }
 */
export function projectToContract(
  version: ApiVersion,
  schemaName: string,
  value: unknown,
): unknown {
  const { document } = getOrderApiValidator(version)
  return projectToSchema(document, { $ref: `#/components/schemas/${schemaName}` }, value)
}

/**
 * The body of a successful answer of `operationId`, projected onto the schema its `version`
 * contract declares for `status` (decision 67). Bodies of statuses without a JSON schema
 * are returned as they are.
 *
 * @example
 * projectResponseBody('v1', 'GetOrderPayment', 200, payment) // without merchant and channel
 */
export function projectResponseBody(
  version: ApiVersion,
  operationId: string,
  status: number,
  body: unknown,
): unknown {
  const validator = getOrderApiValidator(version)
  const response = validator.operations.get(operationId)?.responses[String(status)]
  const schema = response?.content?.['application/json']
  return schema ? projectToSchema(validator.document, schema, body) : body
}
