import type { ApiResponse } from '../operations/index.ts'
import { createValidationProblem, ProblemError, problemResponse } from '../problems/index.ts'
import { ADMIN_PREFIX, ADMIN_ROUTES } from './admin-routes.ts'
import { createAdminTokenCheck } from './admin-token.ts'
import type { MockRuntime, RuntimeFactory } from './mock-runtime.ts'
import type { RequestJournal } from './request-journal.ts'
import { findSnapshotViolations, toStoreSnapshot } from './validate-snapshot.ts'

/**
 * Largest state import (`PUT /__admin/state`): 100k factory orders take about 300 MB. Kept
 * under V8's longest string (about 512 MiB), which the body must fit in.
 */
export const MAX_ADMIN_BODY_BYTES = 500 * 1024 * 1024

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

const JSON_HEADERS = { 'content-type': 'application/json' } as const

/**
 * The admin API of the standalone server (not part of the Norce contract): health, reset,
 * state export and import, and the request journal. Replacements of the store are serialised.
 * With `adminToken`, every admin request needs `Authorization: Bearer <adminToken>` (else
 * `401`); without it the admin API is open, as a local demo wants it.
 *
 * @example
 * const admin = createAdminApi({ slot, runtimes, journal })
 * const { response } = await admin.handle({ method: 'GET', path: '/__admin/health', query: {}, contentType: undefined, body: '' })
 * response.body // { status: 'ok', orders: 30 }
 */
export function createAdminApi({
  slot,
  runtimes,
  journal,
  adminToken,
}: {
  slot: RuntimeSlot
  runtimes: RuntimeFactory
  journal: RequestJournal
  /** When set, admin requests must carry it as a bearer token. */
  adminToken?: string | undefined
}): { handle(request: AdminRequest): Promise<AdminAnswer> } {
  const authorized = adminToken === undefined ? undefined : createAdminTokenCheck(adminToken)
  let replacing: Promise<unknown> = Promise.resolve()
  const replace = (next: () => Promise<MockRuntime>): Promise<MockRuntime> => {
    const done = replacing.then(next).then((runtime) => {
      slot.current = runtime
      return runtime
    })
    replacing = done.catch(() => undefined)
    return done
  }
  const ok = (body: unknown, changed = false): AdminAnswer => ({
    response: { status: 200, headers: { ...JSON_HEADERS }, body },
    changed,
  })

  return {
    async handle(request) {
      if (authorized && !authorized(request.authorization)) {
        throw new ProblemError(
          'unauthorized',
          'The admin API needs "Authorization: Bearer <admin token>": this server was started with --admin-token.',
          { headers: { 'www-authenticate': 'Bearer realm="norce-checkout-mock admin"' } },
        )
      }
      const route = `${request.method} ${request.path.replace(/\/+$/, '')}`
      switch (route) {
        case `GET ${ADMIN_PREFIX}`:
          return ok({ routes: ADMIN_ROUTES })
        case `GET ${ADMIN_PREFIX}/health`:
          return ok({ status: 'ok', orders: slot.current.store.internals.allOrders().length })
        case `POST ${ADMIN_PREFIX}/reset`: {
          const runtime = await replace(() => runtimes.fresh())
          return ok({ status: 'reset', orders: runtime.store.internals.allOrders().length }, true)
        }
        case `GET ${ADMIN_PREFIX}/state`:
          return ok(slot.current.store.snapshot())
        case `PUT ${ADMIN_PREFIX}/state`: {
          const value = parseJson(request)
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
        }
        case `GET ${ADMIN_PREFIX}/requests`:
          return ok({ requests: journal.list(parseLimit(request.query.limit)) })
        case `GET ${ADMIN_PREFIX}/callbacks`:
          return ok({ calls: slot.current.store.events.journal() })
        case `DELETE ${ADMIN_PREFIX}/requests`:
          journal.clear()
          return { response: { status: 204, headers: {} }, changed: false }
        default:
          return notFound(request)
      }
    },
  }
}

function notFound(request: AdminRequest): never {
  const path = request.path.replace(/\/+$/, '')
  const allowed = ADMIN_ROUTES.filter((route) => route.path === path).map((route) => route.method)
  if (allowed.length > 0) {
    throw new ProblemError(
      'method-not-allowed',
      `${request.method} is not allowed on ${path}; use ${allowed.join(', ')}.`,
      { headers: { allow: allowed.join(', ') } },
    )
  }
  throw new ProblemError(
    'route-not-found',
    `No admin endpoint matches ${request.method} ${request.path}. Hint: GET ${ADMIN_PREFIX} lists them.`,
  )
}

function parseJson(request: AdminRequest): unknown {
  const mediaType = request.contentType?.split(';')[0]?.trim().toLowerCase()
  if (mediaType !== 'application/json' && !mediaType?.endsWith('+json')) {
    throw new ProblemError(
      'unsupported-media-type',
      `Content-Type ${mediaType ?? '(none)'} is not supported; send the state as application/json.`,
    )
  }
  try {
    return JSON.parse(request.body)
  } catch (error) {
    throw new ProblemError(
      'malformed-json',
      `The request body is not valid JSON: ${(error as Error).message}.`,
    )
  }
}

function parseLimit(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value
  if (text === undefined) return undefined
  const limit = Number(text)
  if (!Number.isInteger(limit) || limit < 0) {
    throw new ProblemError(
      'validation-failed',
      `limit must be a whole number ≥ 0, got "${text}".`,
      {
        errors: [
          { location: 'query/limit', keyword: 'minimum', message: 'must be an integer ≥ 0' },
        ],
      },
    )
  }
  return limit
}
