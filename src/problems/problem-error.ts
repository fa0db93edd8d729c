import type { Violation } from '../validation/index.ts'
import { createProblem, type ProblemDetails } from './problem.ts'
import type { ProblemCode } from './problem-catalogue.ts'

/**
 * Thrown by an operation to answer with a problem+json error; the pipeline turns it into
 * the response. Nothing is stored when an operation throws.
 *
 * @example
 * throw new ProblemError('order-locked', `Order ${id} is in state accepted; the cart can only change in checkout.`)
 */
export class ProblemError extends Error {
  readonly code: ProblemCode
  readonly errors: Violation[] | undefined
  readonly headers: Record<string, string>

  constructor(
    code: ProblemCode,
    detail: string,
    options: { errors?: Violation[]; headers?: Record<string, string> } = {},
  ) {
    super(detail)
    this.name = 'ProblemError'
    this.code = code
    this.errors = options.errors
    this.headers = options.headers ?? {}
  }

  toProblem(instance: string): ProblemDetails {
    return createProblem(this.code, {
      detail: this.message,
      instance,
      ...(this.errors ? { errors: this.errors } : {}),
    })
  }
}

/** A 400 for a rule the schema cannot express (one violation, named like the schema's). */
export function invalidRequest(location: string, keyword: string, message: string): ProblemError {
  return new ProblemError(
    'validation-failed',
    `The request broke 1 rule of the contract: ${location} ${message}.`,
    {
      errors: [{ location, keyword, message }],
    },
  )
}
