/** A problem+json answer of the mock (or of Norce), as the page shows it. */
interface ProblemBody {
  title?: string
  detail?: string
  code?: string
  errors?: Array<{ location?: string; message?: string }>
}

/** An Order API call that did not answer 2xx. */
export class ApiError extends Error {
  readonly status: number
  readonly body: unknown

  constructor(method: string, path: string, status: number, body: unknown) {
    super(describeFailure(method, path, status, body))
    this.name = 'ApiError'
    this.status = status
    this.body = body
  }
}

function describeFailure(method: string, path: string, status: number, body: unknown): string {
  const problem = (body ?? {}) as ProblemBody
  const violations = (problem.errors ?? [])
    .map((error) => `${error.location ?? ''} ${error.message ?? ''}`.trim())
    .join('; ')
  const reason = problem.detail ?? problem.title ?? 'no details'
  return `${method} ${path} answered ${status}: ${reason}${violations ? ` (${violations})` : ''}`
}
