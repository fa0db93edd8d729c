import type { Violation } from '../validation/violation.ts'
import { PROBLEM_CATALOGUE, type ProblemCode } from './problem-catalogue.ts'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** The one error body (DECISIONS 3): RFC 9457 problem details plus the Norce `BaseError` fields. */
export interface ProblemDetails {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  /** The `BaseError.code`, e.g. `order-not-found`. */
  code: ProblemCode
  /** The `BaseError.message`; the same text as `detail`. */
  message: string
  /** Request-validation failures only: every violation, not the first. */
  errors?: Violation[]
}

/**
 * Builds the problem+json body for `code`. Every error path of the kit goes through here.
 *
 * @example
 * createProblem('order-not-found', {
 *   detail: 'Order with id:o_abc not found.',
 *   instance: '/api/v0/checkout/orders/o_abc',
 * })
 * // → { type: 'urn:norce-checkout-mock:problem:order-not-found', status: 404, ... }
 */
export function createProblem(
  code: ProblemCode,
  { detail, instance, errors }: { detail: string; instance?: string; errors?: Violation[] },
): ProblemDetails {
  const { status, title } = PROBLEM_CATALOGUE[code]
  const problem: ProblemDetails = {
    type: `urn:norce-checkout-mock:problem:${code}`,
    title,
    status,
    detail,
    code,
    message: detail,
  }
  if (instance !== undefined) problem.instance = instance
  if (errors !== undefined && errors.length > 0) problem.errors = errors
  return problem
}

/**
 * The 400 for a request that broke the contract, listing every violation.
 *
 * @example
 * createValidationProblem(result.violations, '/api/v0/checkout/orders')
 */
export function createValidationProblem(
  violations: Violation[],
  instance?: string,
): ProblemDetails {
  const summary = violations
    .slice(0, 3)
    .map((violation) => `${violation.location} ${violation.message}`)
    .join('; ')
  const more = violations.length > 3 ? ` (and ${violations.length - 3} more)` : ''
  return createProblem('validation-failed', {
    detail: `The request broke ${violations.length} rule${violations.length === 1 ? '' : 's'} of the contract: ${summary}${more}.`,
    ...(instance === undefined ? {} : { instance }),
    errors: violations,
  })
}
