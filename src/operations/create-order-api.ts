import { createSeededRandom } from '../domain/seeded-random.ts'
import { createProblem, createValidationProblem, PROBLEM_CONTENT_TYPE } from '../problems/index.ts'
import { compileRoutes, type RouteResult } from '../routing/index.ts'
import type { MockStore } from '../store/index.ts'
import { getOrderApiValidator } from '../validation/index.ts'
import { exampleResponse } from './example-response.ts'
import type { OperationDeps } from './operation-deps.ts'
import { createOperationTable } from './operation-table.ts'
import type { ApiRequest, ApiResponse, OperationCall } from './operation-types.ts'
import { QUIET_LIFECYCLE } from './order-lifecycle.ts'
import { parseJsonBody } from './parse-body.ts'
import { parsePreferHeader } from './prefer-header.ts'
import { ProblemError } from './problem-error.ts'
import { ResponseContractError } from './response-contract-error.ts'

/** Longest delay a `Prefer: delay=` or the latency option may ask for. */
export const MAX_DELAY_MS = 60_000

export interface OrderApiOptions {
  store: MockStore
  /** Accepted bearer tokens. Default: any non-empty token (DECISIONS 9). */
  tokens?: readonly string[]
  /** Added to every response: a fixed number of ms, or a seeded random range. */
  latency?: number | { min: number; max: number }
  /** Check every response against `openapi/order.yaml` and throw on a violation. */
  validateResponses?: boolean
  /** @internal The callbacks stage: hooks, notifications and validation callbacks. */
  deps?: Partial<OperationDeps>
}

/** The operations core: one request in, one response out, no Fetch objects involved. */
export interface OrderApi {
  handle(request: ApiRequest): Promise<ApiResponse>
  route(method: string, path: string): RouteResult
}

/**
 * Creates the runtime-neutral core of the mock. MSW handlers and the standalone server are
 * thin shells that turn their requests into an `ApiRequest` and call `handle`.
 *
 * @example
 * const api = createOrderApi({ store: createStore() })
 * const response = await api.handle({
 *   method: 'POST',
 *   path: '/api/v0/checkout/orders',
 *   query: {},
 *   headers: { authorization: 'Bearer t', 'x-merchant': 'norce', 'x-channel': 'se' },
 *   body: { culture: 'sv-SE' },
 * })
 * response.status // 201
 */
export function createOrderApi(options: OrderApiOptions): OrderApi {
  const validator = getOrderApiValidator()
  const route = compileRoutes(validator.operations)
  const deps: OperationDeps = {
    lifecycle: options.deps?.lifecycle ?? QUIET_LIFECYCLE,
    runValidationCallbacks: options.deps?.runValidationCallbacks ?? (async () => []),
  }
  const operations = createOperationTable(deps)
  const tokens = options.tokens && options.tokens.length > 0 ? new Set(options.tokens) : undefined
  const jitter = createSeededRandom(1)
  const store = options.store.internals

  function latency(): number {
    const { latency: setting } = options
    if (setting === undefined) return 0
    if (typeof setting === 'number') return setting
    return jitter.int(setting.min, setting.max)
  }

  async function answer(
    request: ApiRequest,
  ): Promise<{ response: ApiResponse; operationId?: string }> {
    const routed = route(request.method, request.path)
    if (routed.kind === 'not-found') {
      throw new ProblemError(
        'route-not-found',
        `No Order API operation matches ${request.method} ${request.path}.`,
      )
    }
    if (routed.kind === 'method-not-allowed') {
      throw new ProblemError(
        'method-not-allowed',
        `${request.method} is not allowed on ${request.path}; use ${routed.allowed.join(', ')}.`,
        {
          headers: { allow: routed.allowed.join(', ') },
        },
      )
    }
    const { operationId, params, version } = routed.match
    const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1]
    if (!token || (tokens && !tokens.has(token))) {
      throw new ProblemError(
        'unauthorized',
        token
          ? 'The bearer token is not accepted by this mock.'
          : 'Send an Authorization: Bearer <token> header.',
        { headers: { 'www-authenticate': 'Bearer' } },
      )
    }
    const body = request.rawBody ? parseJsonBody(request.rawBody) : request.body
    const checked = validator.validateRequest(operationId, {
      params,
      query: request.query,
      headers: request.headers,
      body,
    })
    if (!checked.valid) {
      return {
        operationId,
        response: problemResponse(createValidationProblem(checked.violations, request.path), {}),
      }
    }
    const preferences = parsePreferHeader(request.headers.prefer)
    const delay = Math.min(MAX_DELAY_MS, (preferences.delay ?? 0) + latency())
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay))
    if (preferences.code !== undefined || preferences.example !== undefined) {
      const operation = validator.operations.get(operationId)
      if (operation) {
        const status =
          preferences.code ??
          Number(Object.keys(operation.responses).find((code) => /^2/.test(code)) ?? 200)
        return {
          operationId,
          response: exampleResponse(
            validator.document,
            operation,
            status,
            preferences.example,
            request.path,
          ),
        }
      }
    }
    await store.ready
    const call: OperationCall = {
      operationId,
      version,
      path: request.path,
      params: checked.request.params as Record<string, string>,
      query: checked.request.query,
      headers: checked.request.headers,
      body: checked.request.body,
      tenant: {
        merchant: String(checked.request.headers['x-merchant']),
        channel: String(checked.request.headers['x-channel']),
      },
      adapterId: checked.request.headers['x-adapterid'] as string | undefined,
      store,
    }
    const handler = operations[operationId]
    if (!handler)
      throw new Error(`Failed to answer ${operationId}: the mock has no handler for it.`)
    const result = await handler(call)
    const headers: Record<string, string> = { ...result.headers }
    if (result.body !== undefined) headers['content-type'] ??= 'application/json'
    return { operationId, response: { status: result.status, headers, body: result.body } }
  }

  return {
    route,
    async handle(request) {
      let outcome: { response: ApiResponse; operationId?: string }
      try {
        outcome = await answer(request)
      } catch (error) {
        if (!(error instanceof ProblemError)) {
          console.error(`norce-checkout-mock: ${request.method} ${request.path} failed:`, error)
          const problem = createProblem('internal-error', {
            detail: `The mock failed: ${(error as Error).message}`,
            instance: request.path,
          })
          return problemResponse(problem, {})
        }
        const routed = route(request.method, request.path)
        outcome = {
          response: problemResponse(error.toProblem(request.path), error.headers),
          ...(routed.kind === 'match' && { operationId: routed.match.operationId }),
        }
      }
      const { response, operationId } = outcome
      if (options.validateResponses && operationId) {
        const violations = validator.validateResponse(operationId, response.status, response.body, {
          ...(response.headers['content-type'] && {
            contentType: response.headers['content-type'],
          }),
        })
        if (violations.length > 0)
          throw new ResponseContractError(operationId, response.status, violations)
      }
      return response
    },
  }
}

function problemResponse(
  problem: { status: number },
  headers: Record<string, string>,
): ApiResponse {
  return {
    status: problem.status,
    headers: { ...headers, 'content-type': PROBLEM_CONTENT_TYPE },
    body: problem,
  }
}
