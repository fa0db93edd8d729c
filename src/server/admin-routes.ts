import type { ApiResponse } from '../operations/index.ts'
import { parseJsonBody } from '../operations/index.ts'
import { createValidationProblem, ProblemError, problemResponse } from '../problems/index.ts'
import { storeInternals } from '../store/index.ts'
import type { MockRuntime, RuntimeFactory } from './mock-runtime.ts'
import type { RequestJournal } from './request-journal.ts'
import { findSnapshotViolations, MAX_SNAPSHOT_DEPTH, toStoreSnapshot } from './validate-snapshot.ts'

/** Where the admin API lives: outside the Norce contract, so no Norce path can clash. */
export const ADMIN_PREFIX = '/__admin'

/**
 * Largest state import (`PUT /__admin/state`): 100k factory orders take about 300 MB. Kept
 * under V8's longest string (about 512 MiB), which the body must fit in.
 */
export const MAX_ADMIN_BODY_BYTES = 500 * 1024 * 1024

/** One endpoint of the admin API, as `GET /__admin` and `serve --help` list it. */
export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  summary: string
}

/** The server's current runtime; reset and import put a new one in. */
export interface RuntimeSlot {
  current: MockRuntime
}

/** One admin request, body still raw. */
export interface AdminRequest {
  method: string
  path: string
  query: Record<string, string | string[]>
  contentType: string | undefined
  /** The `Authorization` header: checked when the server has an admin token. */
  authorization?: string | undefined
  body: string
}

export interface AdminAnswer {
  response: ApiResponse
  /** The store was replaced: the state file must be written before answering. */
  changed: boolean
}

/** What an admin endpoint works on: created once per server by `createAdminApi`. */
export interface AdminContext {
  slot: RuntimeSlot
  runtimes: RuntimeFactory
  journal: RequestJournal
  /** Puts a new runtime in the slot; replacements run one at a time, in order. */
  replace(next: () => Promise<MockRuntime>): Promise<MockRuntime>
}

/** An admin route and what answers it: one row of {@link ADMIN_ENDPOINTS}. */
export interface AdminEndpoint extends AdminRoute {
  handle(request: AdminRequest, context: AdminContext): AdminAnswer | Promise<AdminAnswer>
}

const JSON_HEADERS = { 'content-type': 'application/json' } as const

const ok = (body: unknown, changed = false): AdminAnswer => ({
  response: { status: 200, headers: { ...JSON_HEADERS }, body },
  changed,
})

/**
 * The admin API, one row per endpoint: the dispatcher (`createAdminApi`), `GET /__admin` and
 * `serve --help` all read this table, so a new endpoint is one new row.
 */
export const ADMIN_ENDPOINTS: readonly AdminEndpoint[] = [
  {
    method: 'GET',
    path: `${ADMIN_PREFIX}/health`,
    summary: 'Liveness: { status: "ok", orders }',
    handle: (_request, { slot }) =>
      ok({ status: 'ok', orders: storeInternals(slot.current.store).orderCount() }),
  },
  {
    method: 'POST',
    path: `${ADMIN_PREFIX}/reset`,
    summary: 'Back to the seeded start state',
    async handle(_request, { replace, runtimes }) {
      const runtime = await replace(() => runtimes.fresh())
      return ok({ status: 'reset', orders: storeInternals(runtime.store).orderCount() }, true)
    },
  },
  {
    method: 'GET',
    path: `${ADMIN_PREFIX}/state`,
    summary: 'Export everything stored',
    handle: (_request, { slot }) => ok(slot.current.store.snapshot()),
  },
  {
    method: 'PUT',
    path: `${ADMIN_PREFIX}/state`,
    summary: 'Import an export; refused whole (400) if it breaks the contract',
    async handle(request, { replace, runtimes }) {
      const value = parseJsonBody({
        contentType: request.contentType,
        text: request.body,
        byteLength: Buffer.byteLength(request.body),
        maxBytes: MAX_ADMIN_BODY_BYTES,
        // The request limits hold for an import too, with room for what wraps a body (finding 14).
        maxDepth: MAX_SNAPSHOT_DEPTH,
      })
      const violations = findSnapshotViolations(value)
      if (violations.length > 0) {
        return {
          response: problemResponse(createValidationProblem(violations, request.path)),
          changed: false,
        }
      }
      const snapshot = toStoreSnapshot(value)
      await replace(() => runtimes.fromSnapshot(snapshot))
      return ok(
        {
          status: 'imported',
          orders: snapshot.orders.length,
          transactions: snapshot.transactions.length,
        },
        true,
      )
    },
  },
  {
    method: 'GET',
    path: `${ADMIN_PREFIX}/requests`,
    summary: 'The last API requests, with the violations found (?limit=N)',
    handle: (request, { journal }) =>
      ok({ requests: journal.list(parseLimit(request.query.limit)) }),
  },
  {
    method: 'DELETE',
    path: `${ADMIN_PREFIX}/requests`,
    summary: 'Forget the remembered requests',
    handle(_request, { journal }) {
      journal.clear()
      return { response: { status: 204, headers: {} }, changed: false }
    },
  },
  {
    method: 'GET',
    path: `${ADMIN_PREFIX}/callbacks`,
    summary: 'Hook and validation calls the mock made: URL, status, time, error',
    handle: (_request, { slot }) => ok({ calls: slot.current.store.events.journal() }),
  },
  {
    method: 'GET',
    path: ADMIN_PREFIX,
    summary: 'This list',
    handle: () => ok({ routes: ADMIN_ROUTES }),
  },
]

/** The admin API, as `GET /__admin` lists it (and the README documents it): the table's rows without their handlers. */
export const ADMIN_ROUTES: readonly AdminRoute[] = ADMIN_ENDPOINTS.map(
  ({ method, path, summary }) => ({
    method,
    path,
    summary,
  }),
)

function parseLimit(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value
  if (text === undefined) return undefined
  // Decimal digits only: `Number()` would also read `0x10`, `1e3` or ` 5` (finding 15).
  const limit = /^\d+$/.test(text) ? Number(text) : Number.NaN
  if (!Number.isSafeInteger(limit)) {
    throw new ProblemError(
      'validation-failed',
      `limit must be a whole number ≥ 0 in decimal digits, got "${text.slice(0, 40)}".`,
      {
        errors: [
          { location: 'query/limit', keyword: 'minimum', message: 'must be an integer ≥ 0' },
        ],
      },
    )
  }
  return limit
}
