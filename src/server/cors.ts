import type { IncomingHttpHeaders } from 'node:http'

/** Response headers a browser app may read: `Location` of creates, `Allow` of 405s, ... */
const EXPOSED_HEADERS = 'location, allow, www-authenticate, content-length'
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS'
/** Allowed in a preflight when the browser does not say which headers it will send. */
const ALLOWED_HEADERS = 'authorization, content-type, x-merchant, x-channel, x-adapterid, prefer'
const PREFLIGHT_MAX_AGE = '600'

/** CORS for the standalone server: browser apps on other origins call it directly. */
export interface CorsPolicy {
  /** Headers to add to an actual response for a request from `origin` (shared, do not mutate). */
  headersFor(origin: string | undefined): Readonly<Record<string, string>>
  /** The headers of the `204` answer to a preflight. */
  preflight(headers: IncomingHttpHeaders): Record<string, string>
}

const NONE: Readonly<Record<string, string>> = Object.freeze({})

/**
 * Creates the CORS policy: `'*'` allows every origin, a list allows those exact origins
 * (echoed back, with `Vary: Origin`), `false` adds no CORS headers. Header objects are built
 * once per origin and reused on every response.
 *
 * @example
 * const cors = createCorsPolicy(['http://localhost:3000'])
 * cors.headersFor('http://localhost:3000')['access-control-allow-origin'] // 'http://localhost:3000'
 */
export function createCorsPolicy(origins: '*' | readonly string[] | false): CorsPolicy {
  if (origins === false) return { headersFor: () => NONE, preflight: () => ({}) }
  if (origins === '*' || origins.includes('*')) {
    const shared = Object.freeze({
      'access-control-allow-origin': '*',
      'access-control-expose-headers': EXPOSED_HEADERS,
    })
    return {
      headersFor: () => shared,
      preflight: (headers) => ({
        'access-control-allow-origin': '*',
        ...preflightHeaders(headers),
      }),
    }
  }
  const byOrigin = new Map<string, Readonly<Record<string, string>>>()
  for (const origin of origins) {
    byOrigin.set(
      origin,
      Object.freeze({
        'access-control-allow-origin': origin,
        'access-control-expose-headers': EXPOSED_HEADERS,
        vary: 'Origin',
      }),
    )
  }
  const varyOnly = Object.freeze({ vary: 'Origin' })
  return {
    headersFor: (origin) => (origin === undefined ? varyOnly : (byOrigin.get(origin) ?? varyOnly)),
    preflight(headers) {
      const origin = headers.origin
      if (origin === undefined || !byOrigin.has(origin)) return { vary: 'Origin' }
      return {
        'access-control-allow-origin': origin,
        vary: 'Origin, Access-Control-Request-Headers',
        ...preflightHeaders(headers),
      }
    },
  }
}

/** Whether a request is a CORS preflight (not an API call that happens to use OPTIONS). */
export function isPreflight(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  return method === 'OPTIONS' && headers['access-control-request-method'] !== undefined
}

function preflightHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const requested = headers['access-control-request-headers']
  return {
    'access-control-allow-methods': ALLOWED_METHODS,
    // Echo what the browser asks for: a frontend may send its own tracing headers too.
    'access-control-allow-headers':
      requested && requested.trim() !== '' ? requested : ALLOWED_HEADERS,
    'access-control-max-age': PREFLIGHT_MAX_AGE,
  }
}
