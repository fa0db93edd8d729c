import type { Order } from '../domain/types.ts'
import type { OperationCall } from './operation-types.ts'

/**
 * What happens around a change of an order: hooks may patch or reject it before it is
 * stored, notifications follow after. The callbacks stage plugs in here.
 */
export interface OrderLifecycle {
  /** Resolves with the order to store (possibly patched), or throws a `ProblemError`. */
  beforeCommit(call: OperationCall, before: Order | undefined, after: Order): Promise<Order>
  /** Called once the change is stored; must not throw. */
  afterCommit(call: OperationCall, before: Order | undefined, after: Order): void
}
