import type { IncomingHttpHeaders } from 'node:http'
import { ProblemError } from '../problems/index.ts'
import { ADMIN_PREFIX, ADMIN_ROUTES } from './admin-routes.ts'
import { createAdminTokenCheck } from './admin-token.ts'

/** What the guard looks at: the request line and headers, never the body. */
export interface AdminRequestHead {
  method: string
  path: string
  headers: IncomingHttpHeaders
}

/** Loopback names a browser on this machine may use for the server's own origin. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]']

/**
 * Decides from the request head alone, before a byte of the body is read (issue 15, finding
 * 8), whether an admin request may go on; answers the problem it gets otherwise, in this
 * order:
 *
 * 1. `403 cross-origin-refused` when it carries an `Origin` that is not the server's own
 *    (finding 4): a page on another origin can neither read nor change the admin API, and
 *    CORS preflights to `/__admin` are refused the same way.
 * 2. `401` without the `--admin-token` bearer token, when one is set.
 * 3. `404`/`405` for a path or method the admin API does not have.
 * 4. `415` for a state-changing request (`POST`, `PUT`, `DELETE`) that is not
 *    `application/json`: a browser sends those cross-origin only after a preflight, so no
 *    "simple" request (a form, a `no-cors` fetch) reaches them.
 *
 * @example
 * const guard = createAdminGuard({ adminToken: undefined, ownOrigins: () => ['http://127.0.0.1:4010'] })
 * guard({ method: 'POST', path: '/__admin/reset', headers: { origin: 'https://evil.test' } })?.code
 * // 'cross-origin-refused'
 */
export function createAdminGuard({
  adminToken,
  ownOrigins,
}: {
  adminToken: string | undefined
  /** The origins the server itself is reached at (known once it listens). */
  ownOrigins: () => readonly string[]
}): (request: AdminRequestHead) => ProblemError | undefined {
  const authorized = adminToken === undefined ? undefined : createAdminTokenCheck(adminToken)
  return ({ method, path, headers }) => {
    const origin = headers.origin
    if (origin !== undefined && !ownOrigins().includes(origin)) {
      return new ProblemError(
        'cross-origin-refused',
        `The admin API only answers its own origin; this request came from ${origin.slice(0, 200)}. Hint: call it from a terminal or a test, not from a web page.`,
      )
    }
    if (authorized && !authorized(headers.authorization)) {
      return new ProblemError(
        'unauthorized',
        'The admin API needs "Authorization: Bearer <admin token>": this server was started with --admin-token.',
        { headers: { 'www-authenticate': 'Bearer realm="norce-checkout-mock admin"' } },
      )
    }
    const route = path.replace(/\/+$/, '') || ADMIN_PREFIX
    const methods: string[] = ADMIN_ROUTES.filter((entry) => entry.path === route).map(
      (entry) => entry.method,
    )
    if (methods.length === 0) {
      return new ProblemError(
        'route-not-found',
        `No admin endpoint matches ${method} ${path.slice(0, 200)}. Hint: GET ${ADMIN_PREFIX} lists them.`,
      )
    }
    if (!methods.includes(method)) {
      return new ProblemError(
        'method-not-allowed',
        `${method} is not allowed on ${route}; use ${methods.join(', ')}.`,
        { headers: { allow: methods.join(', ') } },
      )
    }
    if (method !== 'GET' && method !== 'HEAD' && !isJson(headers['content-type'])) {
      return new ProblemError(
        'unsupported-media-type',
        `${method} ${route} changes state and takes only Content-Type application/json (got ${headers['content-type']?.slice(0, 100) ?? '(none)'}), so no browser form or no-cors request can send it. Hint: curl -X ${method} -H 'content-type: application/json' ...`,
      )
    }
    return undefined
  }
}

/**
 * The origins of a server listening at `host:port`: the loopback names, and the bound
 * address itself when it is not a wildcard.
 *
 * @example
 * originsOf('127.0.0.1', 4010) // ['http://127.0.0.1:4010', 'http://localhost:4010', 'http://[::1]:4010']
 */
export function originsOf(host: string, port: number): string[] {
  const names = new Set(LOOPBACK_NAMES)
  if (host !== '0.0.0.0' && host !== '::' && host !== '[::]') {
    names.add(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host)
  }
  return [...names].map((name) => `http://${name}:${port}`)
}

function isJson(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase()
  return mediaType === 'application/json' || mediaType?.endsWith('+json') === true
}
