import { type CallbackSettings, createCallbacks } from '../callbacks/index.ts'
import { createSeededRandom } from '../domain/seeded-random.ts'
import {
  type ApiRequest,
  type ApiResponse,
  createOperationTable,
  type OperationCall,
  type OperationHandler,
  parseJsonBody,
  parsePreferHeader,
  ResponseContractError,
  toDispatchTable,
} from '../operations/index.ts'
import {
  createProblem,
  createValidationProblem,
  exampleResponse,
  invalidRequest,
  ProblemError,
  problemResponse,
} from '../problems/index.ts'
import {
  type ApiVersion,
  compileRoutes,
  EVENT_LOG_ROOT,
  ORDER_API_ROOTS,
  type RouteResult,
} from '../routing/index.ts'
import { type MockStore, storeInternals } from '../store/index.ts'
import {
  getNotificationApiValidator,
  getOrderApiValidator,
  type OpenApiValidator,
  projectResponseBody,
} from '../validation/index.ts'

/** Longest delay a `Prefer: delay=` or the latency option may ask for. */
const MAX_DELAY_MS = 60_000

export interface OrderApiOptions {
  store: MockStore
  /** Accepted bearer tokens. Default: any non-empty token (DECISIONS 9). */
  tokens?: readonly string[] | undefined
  /** Added to every response: a fixed number of ms, or a seeded random range. */
  latency?: number | { min: number; max: number } | undefined
  /** Check every response against the contract and throw on a violation (a mock bug). */
  validateResponses?: boolean | undefined
  /** Adapter configurations by adapterId, for `{configuration.*}` in callback URLs. */
  adapters?: CallbackSettings['adapters'] | undefined
  /**
   * Hosts callbacks may be sent to (`host` or `host:port`, `loopback` for all loopback
   * addresses). Default: every host, so a test's own MSW handlers receive them.
   */
  allowedCallbackHosts?: readonly string[] | undefined
  /** Time-out of hook and validation calls, ms. Default 5,000. */
  callbackTimeoutMs?: number | undefined
  /**
   * Whether a callback URL reaches the server's own listener: such calls are refused unless
   * `allowedCallbackHosts` names that exact `host:port` (the standalone server passes it).
   */
  isOwnListener?: CallbackSettings['isOwnListener'] | undefined
}

/** The operations core: one request in, one response out, no Fetch objects involved. */
export interface OrderApi {
  handle(request: ApiRequest): Promise<ApiResponse>
}

/** One contract the core serves: its validator, routes and operations. */
interface Service {
  /** The Order API version of the contract; the event log has none. */
  version?: ApiVersion
  validator: OpenApiValidator
  route: (method: string, path: string) => RouteResult
  operations: Readonly<Record<string, OperationHandler>>
  /** The event log is per merchant; the Order API per merchant and channel. */
  channelScoped: boolean
}

/**
 * Creates the runtime-neutral core of the mock: the Order API and the Notification event log.
 * MSW handlers and the standalone server are thin shells that call `handle`.
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
  const callbacks = createCallbacks({
    ...(options.adapters && { adapters: options.adapters }),
    allowedHosts: options.allowedCallbackHosts,
    ...(options.callbackTimeoutMs !== undefined && { timeoutMs: options.callbackTimeoutMs }),
    ...(options.isOwnListener && { isOwnListener: options.isOwnListener }),
  })
  const eventValidator = getNotificationApiValidator()
  const orderOperations = toDispatchTable(createOperationTable(callbacks.deps))
  // One store, one contract per version: each request is validated, and with
  // `validateResponses` answered, against its own version's contract (decision 67).
  const orderServices = (['v0', 'v1'] as const).map((version): Service => {
    const validator = getOrderApiValidator(version)
    return {
      version,
      validator,
      route: compileRoutes(validator.operations, ORDER_API_ROOTS[version]),
      operations: orderOperations,
      channelScoped: true,
    }
  })
  const services: Service[] = [
    ...orderServices,
    {
      validator: eventValidator,
      route: compileRoutes(eventValidator.operations, EVENT_LOG_ROOT),
      operations: toDispatchTable(callbacks.eventOperations),
      channelScoped: false,
    },
  ]
  const tokens = options.tokens && options.tokens.length > 0 ? new Set(options.tokens) : undefined
  const jitter = createSeededRandom(1)
  const store = storeInternals(options.store)
  const checkStoredOrders = options.validateResponses === true

  function latency(): number {
    const { latency: setting } = options
    if (setting === undefined) return 0
    if (typeof setting === 'number') return setting
    return jitter.int(setting.min, setting.max)
  }

  function locate(
    method: string,
    path: string,
  ): { service: Service; routed: RouteResult } | undefined {
    for (const service of services) {
      const routed = service.route(method, path)
      if (routed.kind !== 'not-found') return { service, routed }
    }
    return undefined
  }

  /** Authenticates, validates and runs one routed request (or answers a `Prefer`ed example). */
  async function runOperation(
    request: ApiRequest,
    service: Service,
    routed: RouteResult,
  ): Promise<ApiResponse> {
    if (routed.kind === 'not-found') {
      throw new ProblemError(
        'route-not-found',
        `No operation matches ${request.method} ${request.path}.`,
      )
    }
    if (routed.kind === 'method-not-allowed') {
      throw new ProblemError(
        'method-not-allowed',
        `${request.method} is not allowed on ${request.path}; use ${routed.allowed.join(', ')}.`,
        { headers: { allow: routed.allowed.join(', ') } },
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
    const operation = service.validator.operations.get(operationId)
    const body =
      operation && !operation.requestBody
        ? bodyless(request)
        : request.rawBody
          ? parseJsonBody(request.rawBody)
          : request.body
    const checked = service.validator.validateRequest(operationId, {
      params,
      query: request.query,
      headers: request.headers,
      body,
      // A body parsed here is nobody else's: normalised in place, not copied first.
      bodyIsOwned: request.rawBody !== undefined,
    })
    if (!checked.valid)
      return problemResponse(createValidationProblem(checked.violations, request.path))
    const preferences = parsePreferHeader(request.headers.prefer)
    if (preferences.delay) await sleep(preferences.delay)
    if (operation && (preferences.code !== undefined || preferences.example !== undefined)) {
      const success = Object.keys(operation.responses).find((code) => code.startsWith('2'))
      const status = preferences.code ?? Number(success ?? 200)
      return exampleResponse(
        service.validator.document,
        operation,
        status,
        preferences.example,
        request.path,
      )
    }
    await store.ready
    const headers = checked.request.headers
    const adapterId = headers['x-adapterid']
    const call: OperationCall = {
      operationId,
      version,
      path: request.path,
      // Operations read the 0.1 (snake_case) names; v1 documents camelCase ones.
      params: snakeCaseKeys(stringValues(checked.request.params)),
      query: checked.request.query,
      headers,
      body: checked.request.body,
      tenant: {
        merchant: String(headers['x-merchant']),
        channel: service.channelScoped ? String(headers['x-channel']) : '',
      },
      adapterId: typeof adapterId === 'string' ? adapterId : undefined,
      store,
      checkStoredOrders,
    }
    const handler = service.operations[operationId]
    if (!handler)
      throw new Error(`Failed to answer ${operationId}: the mock has no handler for it.`)
    const result = await handler(call)
    const { serialized } = result
    const responseHeaders: Record<string, string> =
      result.body === undefined && serialized === undefined
        ? { ...result.headers }
        : {
            ...result.headers,
            'content-type': result.headers?.['content-type'] ?? 'application/json',
          }
    if (serialized === undefined) {
      // A v1 client gets only what the v1 contract declares for the answer (decision 67).
      const body =
        service.version === 'v1' && result.body !== undefined
          ? projectResponseBody('v1', operationId, result.status, result.body)
          : result.body
      return { status: result.status, headers: responseHeaders, body }
    }
    // The shells send the text as is; whoever reads `body` gets a fresh copy of it.
    const response = { status: result.status, headers: responseHeaders, serialized }
    return Object.defineProperty(response, 'body', PARSED_BODY) as ApiResponse
  }

  return {
    async handle(request) {
      const response = await handleWithProblems(request)
      // The latency option applies to every answer, errors included.
      const delay = latency()
      if (delay > 0) await sleep(delay)
      return response
    },
  }

  /**
   * Routes and runs a request; every error becomes its problem response, and with
   * `validateResponses` the response is checked against the contract.
   */
  async function handleWithProblems(request: ApiRequest): Promise<ApiResponse> {
    const located = locate(request.method, request.path)
    let response: ApiResponse
    try {
      if (!located) {
        throw new ProblemError(
          'route-not-found',
          `No operation matches ${request.method} ${request.path}.`,
        )
      }
      response = await runOperation(request, located.service, located.routed)
    } catch (error) {
      if (!(error instanceof ProblemError)) {
        console.error(`norce-checkout-mock: ${request.method} ${request.path} failed:`, error)
        const detail = `The mock failed: ${(error as Error).message}`
        return problemResponse(createProblem('internal-error', { detail, instance: request.path }))
      }
      response = problemResponse(error.toProblem(request.path), error.headers)
    }
    if (options.validateResponses && located?.routed.kind === 'match') {
      const { operationId } = located.routed.match
      const violations = located.service.validator.validateResponse(
        operationId,
        response.status,
        response.body,
        {
          ...(response.headers['content-type'] && {
            contentType: response.headers['content-type'],
          }),
        },
      )
      if (violations.length > 0)
        throw new ResponseContractError(operationId, response.status, violations)
    }
    return response
  }
}

/**
 * `body` of an answer that has its text already: parsed on each read. One shared descriptor
 * (an object literal with a getter costs a closure and a slow literal on every request).
 */
const PARSED_BODY: PropertyDescriptor = {
  get(this: { serialized: string }) {
    return JSON.parse(this.serialized)
  },
  enumerable: true,
  configurable: true,
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.min(ms, MAX_DELAY_MS)))
}

/** Path parameter names seen so far, by their snake_case form (a handful: the contract's). */
const snakeCaseNames = new Map<string, string>()

/** `{ orderId: 'o_1' }` → `{ order_id: 'o_1' }`: v1 path parameters under their 0.1 names. */
function snakeCaseKeys(params: Record<string, string>): Record<string, string> {
  const renamed: Record<string, string> = {}
  for (const name in params) {
    let snake = snakeCaseNames.get(name)
    if (snake === undefined) {
      snake = name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
      snakeCaseNames.set(name, snake)
    }
    renamed[snake] = params[name] as string
  }
  return renamed
}

/** A body sent to an operation that takes none is a 400, whatever its type or size. */
function bodyless(request: ApiRequest): unknown {
  const sent = request.rawBody ? request.rawBody.byteLength > 0 : request.body !== undefined
  if (sent) {
    throw invalidRequest(
      'body',
      'requestBody',
      'must be empty: this operation takes no request body',
    )
  }
  return undefined
}

/** Path parameters as the operations take them: text, as they came in the URL. */
function stringValues(params: Record<string, unknown>): Record<string, string> {
  const text: Record<string, string> = {}
  for (const name in params) text[name] = String(params[name])
  return text
}
