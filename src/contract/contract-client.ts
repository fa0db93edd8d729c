import { exampleResponse } from '../problems/example-response.ts'
import { getOrderApiValidator } from '../validation/index.ts'
import type { CheckFailure, CheckResult, ContractTarget } from './contract-types.ts'
import { toCurl } from './curl-command.ts'
import { preview, toJsonPath, valueAtLocation } from './json-path.ts'
import { prismCannotPass } from './prism-limits.ts'

export interface StepRequest {
  operationId: string
  params?: Record<string, string>
  query?: Record<string, string | string[]>
  body?: unknown
  /** A body sent as is (malformed JSON, wrong content type). */
  rawBody?: string
  /** Extra headers; `undefined` removes one (`{ authorization: undefined }`). */
  headers?: Record<string, string | undefined>
  /** Another tenant than the target's. */
  tenant?: { merchant: string; channel: string }
  /** The status(es) this step expects; anything else fails the check. */
  expect: number | readonly number[]
}

export interface StepResponse {
  status: number
  // biome-ignore lint/suspicious/noExplicitAny: workflows probe any JSON a target answers; every read is compared by expectValue.
  body: any
  headers: Headers
  /** The check of this request, to which workflows add their own findings. */
  result: CheckResult
}

export interface ContractClientOptions {
  target: ContractTarget
  fetch?: typeof fetch
  /** List the requests instead of sending them; answers come from the contract's examples. */
  dryRun?: boolean
  /**
   * The target behind `target.baseUrl` when that is a prism proxy: requests Prism cannot
   * pass through go here directly, and their checks count as skipped (see prismCannotPass).
   */
  prismUpstream?: string
  onResult(result: CheckResult): void
}

export type ContractClient = ReturnType<typeof createContractClient>

/**
 * Sends the suite's requests and checks every response: the status is the one the step
 * expects and one the contract documents, the content type is documented, and the body
 * matches the schema. Failures name the JSON path with expected and actual values.
 */
export function createContractClient(options: ContractClientOptions) {
  // Each version is checked against its own contract: paths, statuses and bodies (decision 67).
  const validator = getOrderApiValidator(options.target.apiVersion)
  const send = options.fetch ?? fetch
  const base = options.target.baseUrl.replace(/\/+$/, '')
  let workflow = ''

  function urlOf(request: StepRequest): { url: string; method: string; path: string } {
    const operation = validator.operations.get(request.operationId)
    if (!operation)
      throw new Error(`Failed to build a request: no operation ${request.operationId}.`)
    // Workflows name path parameters as v0 does (`order_id`); v1 documents `orderId`.
    const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = request.params?.[name] ?? request.params?.[snakeCase(name)]
      return encodeURIComponent(value ?? `{${name}}`)
    })
    const query = new URLSearchParams()
    for (const [name, value] of Object.entries(request.query ?? {})) {
      for (const entry of Array.isArray(value) ? value : [value]) query.append(name, entry)
    }
    const search = query.size > 0 ? `?${query}` : ''
    return {
      url: `${base}${path}${search}`,
      method: operation.method.toUpperCase(),
      path: `${path}${search}`,
    }
  }

  return {
    /** Names the workflow the following steps belong to. */
    startWorkflow(name: string) {
      workflow = name
    },

    async step(step: string, request: StepRequest): Promise<StepResponse> {
      const { url: viaUrl, method, path } = urlOf(request)
      const tenant = request.tenant ?? options.target
      const headers: Record<string, string> = {
        authorization: `Bearer ${options.target.token}`,
        'x-merchant': tenant.merchant,
        'x-channel': tenant.channel,
      }
      const bodyText =
        request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body))
      if (bodyText !== undefined) headers['content-type'] = 'application/json'
      for (const [name, value] of Object.entries(request.headers ?? {})) {
        if (value === undefined) delete headers[name]
        else headers[name] = value
      }
      const expected = typeof request.expect === 'number' ? [request.expect] : [...request.expect]
      const prismLimit =
        options.prismUpstream === undefined
          ? undefined
          : prismCannotPass(validator, {
              operationId: request.operationId,
              params: request.params ?? {},
              query: request.query ?? {},
              headers,
              bodyText,
            })
      const url =
        prismLimit && options.prismUpstream
          ? `${options.prismUpstream.replace(/\/+$/, '')}${path}`
          : viaUrl
      const result: CheckResult = {
        workflow,
        step,
        operationId: request.operationId,
        outcome: 'pass',
        failures: [],
        curl: toCurl(method, url, headers, bodyText),
        method,
        url,
        durationMs: 0,
      }
      const started = performance.now()
      let response: { status: number; headers: Headers; text: string }
      try {
        response = options.dryRun
          ? dryRunAnswer(request, expected[0] ?? 200, url, options.target.apiVersion)
          : await send(url, {
              method,
              headers,
              ...(bodyText !== undefined && { body: bodyText }),
            }).then(async (answer) => ({
              status: answer.status,
              headers: answer.headers,
              text: await answer.text(),
            }))
      } catch (error) {
        result.durationMs = Math.round(performance.now() - started)
        result.outcome = 'fail'
        result.failures.push({
          path: 'request',
          expected: 'an HTTP answer',
          actual: (error as Error).message,
        })
        options.onResult(result)
        return { status: 0, body: undefined, headers: new Headers(), result }
      }
      result.durationMs = Math.round(performance.now() - started)
      result.status = response.status
      let body: unknown
      try {
        body = response.text ? JSON.parse(response.text) : undefined
      } catch {
        result.failures.push({ path: 'body', expected: 'JSON', actual: preview(response.text) })
      }
      result.failures.push(...checkResponse(request, expected, response, body))
      if (result.failures.length > 0) result.outcome = 'fail'
      else if (prismLimit) {
        result.outcome = 'skip'
        result.reason = `${prismLimit}; sent to the target directly, which answered as expected`
      }
      options.onResult(result)
      return { status: response.status, body, headers: response.headers, result }
    },
  }

  function checkResponse(
    request: StepRequest,
    expected: number[],
    response: { status: number; headers: Headers },
    body: unknown,
  ): CheckFailure[] {
    const failures: CheckFailure[] = []
    if (!expected.includes(response.status)) {
      const detail = (body as { detail?: string } | undefined)?.detail
      failures.push({
        path: 'status',
        expected: expected.join(' or '),
        actual: `${response.status}${detail ? ` (${detail})` : ''}`,
      })
    }
    const contentType = response.headers.get('content-type') ?? undefined
    for (const violation of validator.validateResponse(request.operationId, response.status, body, {
      ...(contentType && body !== undefined && { contentType }),
    })) {
      failures.push(
        violation.location === 'status'
          ? {
              path: 'status',
              expected: 'a status the contract documents',
              actual: violation.message,
            }
          : violation.location.startsWith('header/')
            ? {
                path: 'content-type',
                expected: 'a documented media type',
                actual: violation.message,
              }
            : {
                path: toJsonPath(violation.location),
                expected: violation.message.replace(/, got .*$/, ''),
                actual: preview(valueAtLocation(body, violation.location)),
              },
      )
    }
    const prismViolations = response.headers.get('sl-violations')
    if (prismViolations) {
      for (const violation of parsePrismViolations(prismViolations)) failures.push(violation)
    }
    return failures
  }
}

/** Prism's `sl-violations` header: what its own validator found in the exchange. */
function parsePrismViolations(header: string): CheckFailure[] {
  try {
    const list = JSON.parse(header) as Array<{
      location?: string[]
      message?: string
      severity?: string
    }>
    return list.map((violation) => ({
      path: `prism:${(violation.location ?? []).join('.')}`,
      expected: 'no violation (prism proxy)',
      actual: `${violation.severity ?? 'Error'}: ${violation.message ?? ''}`,
    }))
  } catch {
    return [{ path: 'prism', expected: 'a JSON sl-violations header', actual: preview(header) }]
  }
}

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
}

/** What a dry run pretends the target answered: the documented example of the status. */
function dryRunAnswer(
  request: StepRequest,
  status: number,
  url: string,
  version: ContractTarget['apiVersion'],
) {
  const validator = getOrderApiValidator(version)
  const operation = validator.operations.get(request.operationId)
  let body: unknown
  let contentType: string | undefined
  try {
    if (operation) {
      const example = exampleResponse(
        validator.document,
        operation,
        status,
        undefined,
        new URL(url).pathname,
      )
      body = example.body
      contentType = example.headers['content-type']
    }
  } catch {
    body = undefined
  }
  const headers = new Headers(contentType ? { 'content-type': contentType } : {})
  return { status, headers, text: body === undefined ? '' : JSON.stringify(body) }
}
