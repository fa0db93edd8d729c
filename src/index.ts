/**
 * norce-checkout-mock: a stateful mock and contract-testing kit for the Norce Checkout
 * Order Management API, derived from `openapi/order.yaml`.
 */

export { createOrderApi, type OrderApi, type OrderApiOptions } from './api/index.ts'
// Price arithmetic, rounded as the mock rounds totals
export {
  multiplyPrice,
  priceFromExcludingVat,
  roundMoney,
  subtractPrice,
  sumPrices,
} from './domain/money.ts'
// The order state machine (DECISIONS 5)
export {
  canTransition,
  isFinalStatus,
  needsRequiredConsents,
  ORDER_STATUSES,
  pathFromCheckout,
} from './domain/order-status.ts'
// The payment state rules (decision 65)
export { canChangePaymentState, paymentCovers } from './domain/payment-state.ts'
// Order API types, generated from the contract
export type * from './domain/types.ts'
/**
 * The types generated from `openapi/order.yaml`, the v0 contract (the 0.1 documentation,
 * paths `/api/v0/...`): one type per schema (`V0.Order`, `V0.Payment`, ...) and the
 * openapi-typescript `paths`, `operations` and `components`.
 *
 * @example
 * import type { V0 } from 'norce-checkout-mock'
 * const created: V0.CreateResponse = await (await fetch(url, { method: 'POST' })).json()
 */
export type * as V0 from './generated/order-api.ts'
/**
 * The types generated from `openapi/order-v1.yaml`, the v1 contract (Norce's v1 types, paths
 * `/api/v1/...`): one type per schema (`V1.Order`, `V1.Payment`, ...) and the
 * openapi-typescript `paths`, `operations` and `components`.
 *
 * @example
 * import type { V1 } from 'norce-checkout-mock'
 * const orderId: V1.operations['CreateCheckoutOrder']['responses'][201]['content']['application/json'] =
 *   await (await fetch(url, { method: 'POST' })).json() // a bare string on v1
 */
export type * as V1 from './generated/order-v1-api.ts'
// Mock: MSW handlers over a stateful store
export { createHandlers, type HandlerOptions } from './handlers/index.ts'
export { type ApiRequest, type ApiResponse, ResponseContractError } from './operations/index.ts'
// Errors
export {
  createProblem,
  createValidationProblem,
  PROBLEM_CATALOGUE,
  PROBLEM_CONTENT_TYPE,
  type ProblemCode,
  type ProblemDetails,
} from './problems/index.ts'
export {
  type CallbackJournalEntry,
  createStore,
  type DeliveryAttempt,
  type EventFilter,
  type EventLog,
  type MockStore,
  type NotificationEvent,
  type StoredTransaction,
  type StoreOptions,
  type StoreSnapshot,
} from './store/index.ts'
// Contract and validation
export {
  API_VERSIONS,
  type ApiVersion,
  createOpenApiValidator,
  getOrderApiValidator,
  type NormalisedRequest,
  type OpenApiDocument,
  type OpenApiValidator,
  type OperationDescription,
  type OrderApiOperationId,
  type OrderApiOperations,
  type OrderApiRequestBody,
  type OrderApiRequestValidation,
  orderApiDocument,
  orderV1ApiDocument,
  type RequestParts,
  type RequestValidationResult,
  type Violation,
  validateRequest,
  validateResponse,
} from './validation/index.ts'
