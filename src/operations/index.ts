export type { OperationDeps } from './operation-deps.ts'
export { createOperationTable } from './operation-table.ts'
export {
  type ApiRequest,
  type ApiResponse,
  type OperationCall,
  type OperationHandler,
  type OperationTable,
  toDispatchTable,
} from './operation-types.ts'
export { MAX_BODY_BYTES, MAX_BODY_DEPTH, parseJsonBody, parseJsonText } from './parse-body.ts'
export { parsePreferHeader } from './prefer-header.ts'
export { ResponseContractError } from './response-contract-error.ts'
