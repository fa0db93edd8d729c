import type { Order, ValidationError } from '../domain/types.ts'
import type { OperationCall } from './operation-types.ts'
import type { OrderLifecycle } from './order-lifecycle.ts'

/** What the operations need beyond the store: the change lifecycle and the validation runner. */
export interface OperationDeps {
  lifecycle: OrderLifecycle
  /** Runs the order's registered validation callbacks; resolves with their failures. */
  runValidationCallbacks(call: OperationCall, order: Order): Promise<ValidationError[]>
}
