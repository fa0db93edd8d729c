import { ProblemError } from '../problems/index.ts'
import {
  ADMIN_ENDPOINTS,
  ADMIN_PREFIX,
  type AdminAnswer,
  type AdminContext,
  type AdminRequest,
  type RuntimeSlot,
} from './admin-routes.ts'
import { createAdminTokenCheck } from './admin-token.ts'
import type { MockRuntime, RuntimeFactory } from './mock-runtime.ts'
import type { RequestJournal } from './request-journal.ts'

/**
 * The admin API of the standalone server (not part of the Norce contract): health, reset,
 * state export and import, and the request journal. Answers from the one table of
 * endpoints, {@link ADMIN_ENDPOINTS}. Replacements of the store are serialised. With
 * `adminToken`, every admin request needs `Authorization: Bearer <adminToken>` (else `401`);
 * without it the admin API is open, as a local demo wants it.
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
  const context: AdminContext = {
    slot,
    runtimes,
    journal,
    replace(next: () => Promise<MockRuntime>): Promise<MockRuntime> {
      const done = replacing.then(next).then((runtime) => {
        slot.current = runtime
        return runtime
      })
      replacing = done.catch(() => undefined)
      return done
    },
  }

  return {
    async handle(request) {
      if (authorized && !authorized(request.authorization)) {
        throw new ProblemError(
          'unauthorized',
          'The admin API needs "Authorization: Bearer <admin token>": this server was started with --admin-token.',
          { headers: { 'www-authenticate': 'Bearer realm="norce-checkout-mock admin"' } },
        )
      }
      const path = request.path.replace(/\/+$/, '')
      const onPath = ADMIN_ENDPOINTS.filter((endpoint) => endpoint.path === path)
      const endpoint = onPath.find((candidate) => candidate.method === request.method)
      if (endpoint) return endpoint.handle(request, context)
      if (onPath.length > 0) {
        const allowed = onPath.map((candidate) => candidate.method).join(', ')
        throw new ProblemError(
          'method-not-allowed',
          `${request.method} is not allowed on ${path}; use ${allowed}.`,
          { headers: { allow: allowed } },
        )
      }
      throw new ProblemError(
        'route-not-found',
        `No admin endpoint matches ${request.method} ${request.path}. Hint: GET ${ADMIN_PREFIX} lists them.`,
      )
    },
  }
}
