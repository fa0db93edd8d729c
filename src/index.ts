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
  type StoreOptions,
  type StoreSnapshot,
} from './store/index.ts'
// Contract and validation
export {
  createOpenApiValidator,
  getOrderApiValidator,
  type NormalisedRequest,
  type OpenApiDocument,
  type OpenApiValidator,
  type OperationDescription,
  orderApiDocument,
  type RequestParts,
  type RequestValidationResult,
  type Violation,
  validateRequest,
  validateResponse,
} from './validation/index.ts'
