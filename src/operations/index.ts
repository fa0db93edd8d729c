export {
  createOrderApi,
  MAX_DELAY_MS,
  type OrderApi,
  type OrderApiOptions,
} from './create-order-api.ts'
export type { OperationDeps } from './operation-deps.ts'
export type {
  ApiRequest,
  ApiResponse,
  OperationCall,
  OperationHandler,
  OperationResult,
} from './operation-types.ts'
export type { OrderLifecycle } from './order-lifecycle.ts'
export { MAX_BODY_BYTES, parseJsonBody } from './parse-body.ts'
export { ProblemError } from './problem-error.ts'
export { ResponseContractError } from './response-contract-error.ts'
