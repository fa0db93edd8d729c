export type { OperationDeps } from './operation-deps.ts'
export { createOperationTable } from './operation-table.ts'
export {
  type ApiRequest,
  type ApiResponse,
  type CallOf,
  type OperationCall,
  type OperationHandler,
  type OperationResult,
  type OperationTable,
  type OrderOperationTable,
  toDispatchTable,
} from './operation-types.ts'
export type { OrderLifecycle } from './order-lifecycle.ts'
export { MAX_BODY_BYTES, parseJsonBody } from './parse-body.ts'
export { parsePreferHeader } from './prefer-header.ts'
export { ResponseContractError } from './response-contract-error.ts'
