import { type ExchangeParts, readExchange } from './entry-parts.ts'
import type { Har } from './har-types.ts'
import { toJsonPath, valueAt } from './json-path.ts'
import { isSecretHeader } from './redact.ts'
import { routeEntry } from './route-entry.ts'
import type { TrafficCheck, TrafficFailure, TrafficReport } from './traffic-types.ts'

/** Request headers a reproduction keeps; the rest is browser noise. */
const CURL_HEADERS = /^(authorization|x-[\w-]+|content-type|accept|prefer)$/

/**
 * Judges every Order API (v0 and v1) and event-log exchange of a HAR against its version's
 * contract: the request (a request that breaks the contract must not be accepted), the
 * status (documented for the operation), the content type, and the response body against
 * the schema. Entries outside the APIs are counted, not checked. Secrets never reach the
 * report: the reproduction uses `$NORCE_TOKEN` and leaves cookies out.
 *
 * @example
 * const report = checkHar(parseHar(await readFile('checkout.har', 'utf8')), 'checkout.har')
 * report.failed // 0 when the traffic keeps the contract
 */
export function checkHar(har: Har, source = 'the HAR file'): TrafficReport {
  const started = performance.now()
  const results: TrafficCheck[] = []
  const outside: Record<string, number> = {}
  har.log.entries.forEach((entry, index) => {
    const route = routeEntry(entry.request.method, entry.request.url)
    if (route.kind === 'outside') {
      outside[route.reason] = (outside[route.reason] ?? 0) + 1
      return
    }
    const parts = readExchange(entry)
    const result: TrafficCheck = {
      workflow: `${route.api} ${route.base}`,
      step: `entry ${index} at ${entry.startedDateTime}`,
      operationId: route.kind === 'operation' ? route.operationId : '(undocumented)',
      outcome: 'pass',
      failures: [],
      curl: toCurl(parts),
      method: parts.method,
      url: parts.url,
      ...(parts.status > 0 && { status: parts.status }),
      durationMs: Math.max(0, Math.round(entry.time)),
    }
    results.push(result)
    if (parts.status <= 0) {
      result.outcome = 'skip'
      result.reason = 'no response recorded (blocked, aborted or failed)'
      return
    }
    if (route.kind === 'undocumented') {
      if (parts.status < 400) {
        result.failures.push({
          path: 'operation',
          expected: `a documented ${route.api} operation, or a 4xx for an unknown one`,
          actual: `${parts.method} ${new URL(parts.url).pathname} answered ${parts.status}`,
        })
      }
    } else {
      result.failures.push(...checkExchange(route, parts, result))
    }
    if (result.failures.length > 0) result.outcome = 'fail'
  })
  const count = (outcome: TrafficCheck['outcome']) =>
    results.filter((result) => result.outcome === outcome).length
  return {
    source,
    entries: har.log.entries.length,
    results,
    passed: count('pass'),
    failed: count('fail'),
    skipped: count('skip'),
    outside,
    durationMs: Math.round(performance.now() - started),
  }
}

function checkExchange(
  route: Extract<ReturnType<typeof routeEntry>, { kind: 'operation' }>,
  parts: ExchangeParts,
  result: TrafficCheck,
): TrafficFailure[] {
  const failures: TrafficFailure[] = []
  const { validator, operationId } = route
  // The request: one that breaks the contract must be refused (4xx), never accepted.
  let requestBody: unknown
  let requestBodyReadable = true
  if (parts.requestText !== undefined && parts.requestText !== '') {
    try {
      requestBody = JSON.parse(parts.requestText)
    } catch {
      requestBodyReadable = false
    }
  }
  const requestViolations = requestBodyReadable
    ? validator.validateRequest(operationId, {
        params: route.params,
        query: parts.query,
        headers: parts.requestHeaders,
        body: requestBody,
      }).violations
    : [{ location: 'body', keyword: 'type', message: 'must be JSON' }]
  if (requestViolations.length > 0 && parts.status < 400) {
    for (const violation of requestViolations) {
      failures.push({
        path: `request ${violation.location.startsWith('body') ? toJsonPath(violation.location) : violation.location}`,
        expected: `a request the contract allows (it was accepted with ${parts.status})`,
        actual: violation.message,
      })
    }
  }
  // The response: status, content type, body.
  if (parts.responseText === undefined) {
    const statusOnly = validator.validateResponse(operationId, parts.status, undefined)
    for (const violation of statusOnly.filter((item) => item.location === 'status'))
      failures.push({
        path: 'status',
        expected: 'a status the contract documents',
        actual: violation.message,
      })
    if (failures.length === 0) {
      result.outcome = 'skip'
      result.reason = 'the HAR holds no response body (exported without content)'
    }
    return failures
  }
  let body: unknown
  if (parts.responseText !== '') {
    try {
      body = JSON.parse(parts.responseText)
    } catch {
      failures.push({ path: 'body', expected: 'JSON', actual: preview(parts.responseText) })
      return failures
    }
  }
  const contentType = parts.responseContentType
  for (const violation of validator.validateResponse(operationId, parts.status, body, {
    ...(contentType && body !== undefined && { contentType }),
  })) {
    failures.push(
      violation.location === 'status'
        ? { path: 'status', expected: 'a status the contract documents', actual: violation.message }
        : violation.location.startsWith('header/')
          ? { path: 'content-type', expected: 'a documented media type', actual: violation.message }
          : {
              path: toJsonPath(violation.location),
              expected: violation.message.replace(/, got .*$/, ''),
              actual: preview(valueAt(body, violation.location)),
            },
    )
  }
  return failures
}

function toCurl(parts: ExchangeParts): string {
  const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`
  const words = [`curl -sS -X ${parts.method} ${quote(parts.url)}`]
  for (const [name, value] of Object.entries(parts.requestHeaders)) {
    if (!CURL_HEADERS.test(name)) continue
    words.push(
      isSecretHeader(name)
        ? `-H "authorization: Bearer $NORCE_TOKEN"`
        : `-H ${quote(`${name}: ${value}`)}`,
    )
  }
  if (parts.requestText) words.push(`--data ${quote(parts.requestText)}`)
  return words.join(' ')
}

function preview(value: unknown, length = 120): string {
  if (value === undefined) return '(missing)'
  const text = JSON.stringify(value) ?? String(value)
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}
