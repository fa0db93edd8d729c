import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from './problem.ts'

/** A problem as an HTTP answer, in the shape the operations core and the admin API answer. */
export interface ProblemResponse {
  status: number
  headers: Record<string, string>
  body: ProblemDetails
}

/**
 * The one way a problem becomes a response: its status, `content-type:
 * application/problem+json`, and any headers the error asks for (`allow`, `www-authenticate`).
 *
 * @example
 * problemResponse(createProblem('order-not-found', { detail: 'Order with id:o_abc not found.' }))
 * // → { status: 404, headers: { 'content-type': 'application/problem+json' }, body: { ... } }
 */
export function problemResponse(
  problem: ProblemDetails,
  headers: Record<string, string> = {},
): ProblemResponse {
  return {
    status: problem.status,
    headers: { ...headers, 'content-type': PROBLEM_CONTENT_TYPE },
    body: problem,
  }
}
