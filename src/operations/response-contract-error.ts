import type { Violation } from '../validation/index.ts'

/**
 * Thrown (with `validateResponses`) when the mock itself answers something the contract does
 * not allow: a bug in the mock, never the caller's fault.
 */
export class ResponseContractError extends Error {
  readonly violations: Violation[]

  constructor(operationId: string, status: number, violations: Violation[]) {
    super(
      `Failed to answer ${operationId}: the ${status} response breaks openapi/order.yaml:\n${violations
        .map((violation) => `  - ${violation.location} ${violation.message} (${violation.keyword})`)
        .join('\n')}\nThis is a bug in norce-checkout-mock; please report it with the request.`,
    )
    this.name = 'ResponseContractError'
    this.violations = violations
  }
}
