import type { ApiVersion } from '../routing/index.ts'

/** Where the contract suite sends its requests: the mock, or a real Norce environment. */
export interface ContractTarget {
  /** E.g. `https://{slug}.api-se.playground.norce.tech/checkout/order` or `http://127.0.0.1:4010`. */
  baseUrl: string
  token: string
  merchant: string
  channel: string
  apiVersion: ApiVersion
}

/** One rule a response broke. */
export interface CheckFailure {
  /** JSON path in the response (`$.cart.items[0].quantity`), or `status` / `content-type`. */
  path: string
  expected: string
  actual: string
}

export type CheckOutcome = 'pass' | 'fail' | 'skip'

/** One request of a workflow and what came of it. */
export interface CheckResult {
  workflow: string
  step: string
  operationId: string
  outcome: CheckOutcome
  /** Why the check was skipped, or the request could not be made. */
  reason?: string
  failures: CheckFailure[]
  /** Reproduces the request (the token as `$NORCE_TOKEN`). */
  curl: string
  method: string
  url: string
  status?: number
  durationMs: number
}

export interface ContractReport {
  target: Omit<ContractTarget, 'token'>
  startedAt: string
  durationMs: number
  results: CheckResult[]
  passed: number
  failed: number
  skipped: number
  /** Orders the suite created and could not delete afterwards (should be empty). */
  leftovers: string[]
  /** The report's first line, instead of "Contract check of <baseUrl> ..." (check-traffic). */
  title?: string
  /** Lines printed before the summary line (check-traffic: the entries outside the API). */
  notes?: string[]
}

/** Checks that need norce-checkout-mock's own powers (callbacks, event log). */
export type CheckTag = 'mock-only'
