import { capViolations, countViolations, type Violation } from '../validation/violation.ts'
import { PROBLEM_CATALOGUE, type ProblemCode } from './problem-catalogue.ts'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/**
 * Longest `detail` a problem carries (issue 15, finding 7): details quote what was sent, and
 * a problem must stay small whatever the request held. Longer ones end in `…`.
 */
const MAX_PROBLEM_DETAIL = 2_000

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
  const text =
    detail.length > MAX_PROBLEM_DETAIL ? `${detail.slice(0, MAX_PROBLEM_DETAIL - 1)}…` : detail
  const problem: ProblemDetails = {
    type: `urn:norce-checkout-mock:problem:${code}`,
    title,
    status,
    detail: text,
    code,
    message: text,
  }
  if (instance !== undefined) {
    problem.instance = instance.length > MAX_PROBLEM_DETAIL ? instance.slice(0, 200) : instance
  }
  if (errors !== undefined && errors.length > 0) problem.errors = capViolations(errors)
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
  const count = countViolations(violations)
  const summary = violations
    .filter((violation) => violation.keyword !== 'truncated')
    .slice(0, 3)
    .map((violation) => `${violation.location} ${violation.message}`)
    .join('; ')
  const more = count > 3 ? ` (and ${count - 3} more)` : ''
  return createProblem('validation-failed', {
    detail: `The request broke ${count} rule${count === 1 ? '' : 's'} of the contract: ${summary}${more}.`,
    ...(instance === undefined ? {} : { instance }),
    errors: violations,
  })
}
