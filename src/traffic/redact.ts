import type { HarHeader } from './har-types.ts'

/** What stands in for a secret in everything the kit writes or prints. */
const REDACTED = '[redacted]'

/** Headers that carry secrets: never printed, never written to a recorded HAR. */
const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
])

/**
 * Whether a header carries a secret (`Authorization`, cookies, API keys), in any case.
 *
 * @example
 * isSecretHeader('Authorization') // true
 * isSecretHeader('x-merchant') // false
 */
export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase())
}

/**
 * A header's value with the secret removed: `Bearer [redacted]` keeps the scheme (the
 * checks read it), any other secret header becomes `[redacted]`.
 *
 * @example
 * redactHeaderValue('authorization', 'Bearer abc') // 'Bearer [redacted]'
 */
function redactHeaderValue(name: string, value: string): string {
  if (!isSecretHeader(name)) return value
  const scheme = /^(Bearer|Basic|Token)\s+\S/i.exec(value)?.[1]
  return scheme ? `${scheme} ${REDACTED}` : REDACTED
}

/**
 * A HAR header list with every secret redacted.
 *
 * @example
 * redactHeaders([{ name: 'Cookie', value: 'session=1' }]) // [{ name: 'Cookie', value: '[redacted]' }]
 */
export function redactHeaders(headers: readonly HarHeader[]): HarHeader[] {
  return headers.map((header) => ({
    ...header,
    value: redactHeaderValue(header.name, header.value),
  }))
}
