import { expect } from 'vitest'
import type { ProblemDetails, Violation } from '../../src/index.ts'

/** What a test reads back from an HTTP call. */
export interface Reply {
  status: number
  headers: Headers
  body: unknown
}

type ExpectedViolation =
  | [location: string, keyword: string]
  | Pick<Violation, 'location' | 'keyword'>

/** Asserts a problem+json answer with `status` and `code`, and answers the problem. */
export function expectProblem(reply: Reply, status: number, code: string): ProblemDetails {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status)
  expect(reply.headers.get('content-type')).toBe('application/problem+json')
  const problem = reply.body as ProblemDetails
  expect(problem).toMatchObject({ type: `urn:norce-checkout-mock:problem:${code}`, status, code })
  expect(problem.message).toBe(problem.detail)
  return problem
}

/**
 * Asserts a 400 `validation-failed` naming exactly these violations (location and keyword),
 * in any order: `expectViolations(reply, ['body/total', 'required'], ['body/vatRate', 'required'])`
 * or with one list of `{ location, keyword }`.
 */
export function expectViolations(
  reply: Reply,
  ...expected: Array<ExpectedViolation | ExpectedViolation[]>
): Violation[] {
  const problem = expectProblem(reply, 400, 'validation-failed')
  const wanted = expected.flatMap((entry) =>
    Array.isArray(entry) && typeof entry[0] !== 'string'
      ? (entry as ExpectedViolation[])
      : [entry as ExpectedViolation],
  )
  const key = (violation: ExpectedViolation) =>
    Array.isArray(violation) ? violation.join(' ') : `${violation.location} ${violation.keyword}`
  const errors = problem.errors ?? []
  expect(errors.map(key).sort()).toEqual(wanted.map(key).sort())
  for (const error of errors) expect(error.message).toEqual(expect.any(String))
  return errors
}
