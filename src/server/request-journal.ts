import type { Violation } from '../validation/index.ts'

/** One Order API request as `GET /__admin/requests` shows it. */
export interface JournalEntry {
  time: string
  method: string
  path: string
  status: number
  ms: number
  operationId?: string
  /** 4xx and 5xx: the problem's `code` and `detail`, and every violation found. */
  problem?: { code: string; detail: string; errors?: Violation[] }
}

/** What the adapter records per request; the rest is worked out when someone reads. */
interface JournalRecord {
  time: number
  method: string
  path: string
  status: number
  ms: number
  body: unknown
}

export interface RequestJournal {
  record(entry: JournalRecord): void
  /** The remembered requests, oldest first; `limit` keeps the newest ones. */
  list(limit?: number): JournalEntry[]
  clear(): void
  readonly size: number
}

/**
 * A ring buffer of the last `capacity` Order API requests. Recording is cheap (one small
 * object, no copies); operation ids and problem summaries are derived when read.
 *
 * @example
 * const journal = createRequestJournal(1000, (method, path) => operationIdOf(method, path))
 * journal.record({ time: Date.now(), method: 'GET', path: '/api/v0/checkout/orders', status: 200, ms: 1.2, body: page })
 * journal.list(1)[0].operationId // 'GetCheckoutOrders'
 */
export function createRequestJournal(
  capacity: number,
  operationIdOf: (method: string, path: string) => string | undefined,
): RequestJournal {
  let entries: Array<JournalRecord | undefined> = new Array(capacity)
  let next = 0
  let size = 0
  return {
    get size() {
      return size
    },
    record(entry) {
      if (capacity === 0) return
      entries[next] = entry
      next = (next + 1) % capacity
      if (size < capacity) size++
    },
    list(limit = size) {
      const count = Math.max(0, Math.min(limit, size))
      const result: JournalEntry[] = []
      for (let index = size - count; index < size; index++) {
        const record = entries[(next - size + index + capacity) % capacity]
        if (record) result.push(describe(record, operationIdOf))
      }
      return result
    },
    clear() {
      entries = new Array(capacity)
      next = 0
      size = 0
    },
  }
}

function describe(
  record: JournalRecord,
  operationIdOf: (method: string, path: string) => string | undefined,
): JournalEntry {
  const entry: JournalEntry = {
    time: new Date(record.time).toISOString(),
    method: record.method,
    path: record.path,
    status: record.status,
    ms: Math.round(record.ms * 100) / 100,
  }
  const operationId = operationIdOf(record.method, record.path)
  if (operationId !== undefined) entry.operationId = operationId
  if (record.status >= 400 && isProblem(record.body)) {
    entry.problem = { code: record.body.code, detail: record.body.detail }
    if (Array.isArray(record.body.errors)) entry.problem.errors = record.body.errors
  }
  return entry
}

function isProblem(body: unknown): body is { code: string; detail: string; errors?: Violation[] } {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { code?: unknown }).code === 'string' &&
    typeof (body as { detail?: unknown }).detail === 'string'
  )
}
