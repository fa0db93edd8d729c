import { notificationApiDocument, orderApiDocument } from './api-documents.ts'
import {
  createOpenApiValidator,
  type OpenApiValidator,
  type RequestParts,
  type RequestValidationResult,
} from './create-openapi-validator.ts'
import type { Violation } from './violation.ts'

export {
  createOpenApiValidator,
  type NormalisedRequest,
  type OpenApiValidator,
  type QueryValues,
  type RequestParts,
  type RequestValidationResult,
  type SchemaView,
} from './create-openapi-validator.ts'
export type { OpenApiDocument } from './openapi-types.ts'
export type { OperationDescription } from './operation-index.ts'
export type { Violation } from './violation.ts'
export { notificationApiDocument, orderApiDocument }

let orderApiValidator: OpenApiValidator | undefined
let notificationApiValidator: OpenApiValidator | undefined

/**
 * The validator for `openapi/order.yaml`, compiled on first use and shared afterwards.
 *
 * @example
 * const violations = getOrderApiValidator().validateSchema('Order', order)
 */
export function getOrderApiValidator(): OpenApiValidator {
  orderApiValidator ??= createOpenApiValidator(orderApiDocument)
  return orderApiValidator
}

/**
 * The validator for `openapi/notification.yaml` (the event log), compiled on first use.
 *
 * @example
 * getNotificationApiValidator().validateSchema('NotificationEvent', event)
 */
export function getNotificationApiValidator(): OpenApiValidator {
  notificationApiValidator ??= createOpenApiValidator(notificationApiDocument)
  return notificationApiValidator
}

/**
 * Checks a request against its Order API operation and returns every violation, plus the
 * normalised request (types coerced, defaults filled, enums in their documented case).
 *
 * @example
 * const result = validateRequest('UpdateCheckoutOrderState', {
 *   params: { order_id: 'o_abc' },
 *   headers: { 'x-merchant': 'norce', 'x-channel': 'se' },
 *   body: { currentStatus: 'Completed' },
 * })
 * result.request.body // { currentStatus: 'completed' }
 */
export function validateRequest(operationId: string, parts: RequestParts): RequestValidationResult {
  return getOrderApiValidator().validateRequest(operationId, parts)
}

/**
 * Checks a response against what its Order API operation documents for that status.
 *
 * @example
 * validateResponse('GetCheckoutOrder', 200, order) // [] when the order matches the contract
 */
export function validateResponse(
  operationId: string,
  status: number,
  body: unknown,
  options?: { contentType?: string },
): Violation[] {
  return getOrderApiValidator().validateResponse(operationId, status, body, options)
}
