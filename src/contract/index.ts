/**
 * norce-checkout-mock/contract: one suite that checks the mock and a real Norce environment
 * against `openapi/order.yaml`.
 */
export { startCallbackReceiver } from './callback-receiver.ts'
export type {
  CheckFailure,
  CheckOutcome,
  CheckResult,
  ContractReport,
  ContractTarget,
} from './contract-types.ts'
export { formatJunitReport } from './report-junit.ts'
export { formatTextReport } from './report-text.ts'
export {
  CONTRACT_WORKFLOWS,
  type ContractSuiteOptions,
  runContractSuite,
} from './run-contract-suite.ts'
export type { CallbackReceiver } from './workflow-context.ts'
