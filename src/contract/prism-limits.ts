import type { OpenApiValidator } from '../validation/index.ts'

/** A request of the suite as the client is about to send it. */
export interface OutgoingRequest {
  operationId: string
  params: Record<string, string>
  query: Record<string, string | string[]>
  headers: Record<string, string>
  bodyText: string | undefined
}

/**
 * Why `prism proxy --errors` cannot pass a request through to the target, or undefined
 * when it can. Prism validates each request itself and answers the ones it refuses (422,
 * its own 401 without a token) instead of forwarding them, forwards a JSON string body
 * without its quotes, and compares enums case-sensitively where the contract accepts any
 * case (DECISIONS 8). The suite sends those requests straight to the target and reports the
 * check as skipped through Prism, with this reason (still failed when the target breaks it).
 *
 * @example
 * prismCannotPass(validator, { operationId: 'GetCheckoutOrder', params: { order_id: 'o_1' }, query: {}, headers: {}, bodyText: undefined })
 * // 'prism proxy answers a request without a token itself (401, its own body): it never reaches the target'
 */
export function prismCannotPass(
  validator: OpenApiValidator,
  request: OutgoingRequest,
): string | undefined {
  if (!request.headers.authorization)
    return 'prism proxy answers a request without a token itself (401, its own body): it never reaches the target'
  let body: unknown
  if (request.bodyText !== undefined) {
    if (!/json/i.test(request.headers['content-type'] ?? ''))
      return 'prism proxy answers an undocumented request media type itself: it never reaches the target'
    try {
      body = JSON.parse(request.bodyText)
    } catch {
      return 'prism proxy answers malformed JSON itself (422): it never reaches the target'
    }
    if (typeof body === 'string')
      return 'prism proxy forwards a JSON string body without its quotes: the target gets invalid JSON'
  }
  const checked = validator.validateRequest(request.operationId, {
    params: request.params,
    query: request.query,
    headers: request.headers,
    body,
  })
  if (!checked.valid)
    return `prism proxy answers a request the contract refuses itself (422, at ${checked.violations[0]?.location}): it never reaches the target`
  if (body !== undefined && JSON.stringify(checked.request.body) !== JSON.stringify(body))
    return 'prism proxy compares enums case-sensitively (422), the contract accepts any case (DECISIONS 8)'
  return undefined
}
