/** One rule a recorded exchange broke (the same shape as a contract check's failure). */
export interface TrafficFailure {
  /** `$.cart.items[0].quantity`, `request $.cart`, `status` or `content-type`. */
  path: string
  expected: string
  actual: string
}

/** One recorded exchange and its verdict (the same shape as a contract check's result). */
export interface TrafficCheck {
  /** The API the exchange belongs to, with its base: `v1 https://host/checkout/order`. */
  workflow: string
  /** `entry 12 at 2026-12-01T17:02:03.120Z`: the HAR entry index and its start time. */
  step: string
  operationId: string
  outcome: 'pass' | 'fail' | 'skip'
  reason?: string
  failures: TrafficFailure[]
  /** Reproduces the request; the token as `$NORCE_TOKEN`, cookies left out. */
  curl: string
  method: string
  url: string
  status?: number
  durationMs: number
}

/** The verdict on a whole HAR file. */
export interface TrafficReport {
  /** The file (or the name given to {@link checkHar}). */
  source: string
  /** Every entry of the HAR. */
  entries: number
  results: TrafficCheck[]
  passed: number
  failed: number
  /** API exchanges that could not be judged (no response recorded, no body kept). */
  skipped: number
  /** Entries outside the Order API and event log, by reason: counted, not checked. */
  outside: Record<string, number>
  durationMs: number
}
