import type { IncomingMessage, ServerResponse } from 'node:http'
import { type ApiResponse, MAX_BODY_BYTES, ResponseContractError } from '../operations/index.ts'
import { createProblem, ProblemError, problemResponse } from '../problems/index.ts'
import {
  ADMIN_PREFIX,
  type AdminAnswer,
  type AdminRequest,
  MAX_ADMIN_BODY_BYTES,
  type RuntimeSlot,
} from './admin-routes.ts'
import { type CorsPolicy, isPreflight } from './cors.ts'
import type { RequestJournal } from './request-journal.ts'
import type { RequestLog } from './request-log.ts'
import { splitUrl } from './split-url.ts'

/** Longer request targets get `414`: no Order API URL comes near it. */
export const MAX_URL_LENGTH = 8 * 1024
/** A body this far past its limit is not even drained: the connection is dropped. */
const DRAIN_ALLOWANCE = 16 * 1024 * 1024

/** What the adapter needs from the server: every piece is created once, at start. */
export interface ListenerContext {
  slot: RuntimeSlot
  admin: { handle(request: AdminRequest): Promise<AdminAnswer> }
  cors: CorsPolicy
  log: RequestLog
  journal: RequestJournal
  /** Writes the state file; resolves once the current state is on disk. */
  save: (() => Promise<void>) | undefined
  /** The Order API operation a request is for (log lines name it). */
  operationIdOf(method: string, path: string): string | undefined
  /** True once the server is shutting down: answers close their connection. */
  isClosing(): boolean
}

interface RawBody {
  text: string
  contentType: string | undefined
  byteLength: number
}

/**
 * The node:http adapter: turns each request into an `ApiRequest` for the operations core
 * (or the admin API, or a CORS preflight) and writes the answer. No Fetch objects, no
 * framework; the body is collected as Buffers, the response serialised once, shared header
 * objects reused. Every acknowledged change is saved (when a state file is set) before the
 * response goes out.
 *
 * @example
 * const server = createServer(createRequestListener(context))
 */
export function createRequestListener(
  context: ListenerContext,
): (request: IncomingMessage, response: ServerResponse) => void {
  const { slot, admin, cors, log, journal } = context

  function send(request: IncomingMessage, res: ServerResponse, answer: ApiResponse): void {
    const headers: Record<string, string | number> = {}
    const shared = cors.headersFor(request.headers.origin)
    for (const name in shared) headers[name] = shared[name] as string
    for (const name in answer.headers) headers[name] = answer.headers[name] as string
    let text: string | undefined
    if (answer.serialized !== undefined || answer.body !== undefined) {
      text = answer.serialized ?? JSON.stringify(answer.body)
      headers['content-length'] = Buffer.byteLength(text)
    } else if (answer.status !== 204 && answer.status !== 304) {
      headers['content-length'] = 0
    }
    if (context.isClosing()) headers.connection = 'close'
    res.writeHead(answer.status, headers)
    res.end(text)
  }

  /** Logs the request; API requests (not admin, not preflights) also go to the journal. */
  function finish(
    method: string,
    path: string,
    status: number,
    started: number,
    body: unknown,
    apiRequest: boolean,
  ): void {
    const ms = performance.now() - started
    if (apiRequest) journal.record({ time: Date.now(), method, path, status, ms, body })
    if (log.wants(status)) {
      log.write({
        method,
        path,
        status,
        ms,
        operationId: apiRequest ? context.operationIdOf(method, path) : undefined,
      })
    }
  }

  async function answer(
    request: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: Record<string, string | string[]>,
    body: RawBody | undefined,
    started: number,
  ): Promise<void> {
    const method = request.method as string
    const isAdmin = path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`)
    let response: ApiResponse
    let changed: boolean
    if (isAdmin) {
      try {
        if (body && body.byteLength > MAX_ADMIN_BODY_BYTES) {
          throw new ProblemError(
            'payload-too-large',
            `The request body is ${body.byteLength} bytes; the admin API takes up to ${MAX_ADMIN_BODY_BYTES} bytes.`,
          )
        }
        ;({ response, changed } = await admin.handle({
          method,
          path,
          query,
          contentType: request.headers['content-type'],
          authorization: request.headers.authorization,
          body: body?.text ?? '',
        }))
      } catch (error) {
        response = errorResponse(error, path)
        changed = false
      }
    } else {
      try {
        response = await slot.current.api.handle({
          method,
          path,
          query,
          headers: request.headers as Record<string, string>,
          ...(body && { rawBody: body }),
        })
      } catch (error) {
        response = errorResponse(error, path)
      }
      changed = response.status < 300 && response.status >= 200 && method !== 'GET'
    }
    if (changed && context.save) {
      try {
        await context.save()
      } catch (error) {
        response = problemResponse(
          createProblem('internal-error', {
            detail: `Failed to save the state file: ${(error as Error).message}. Hint: check that its directory exists and is writable; the change is in memory only.`,
            instance: path,
          }),
        )
      }
    }
    send(request, res, response)
    // The journal only reads error bodies (their problem); a success body is not even copied.
    finish(
      method,
      path,
      response.status,
      started,
      response.status >= 400 ? response.body : undefined,
      !isAdmin,
    )
  }

  function preflight(request: IncomingMessage, res: ServerResponse, path: string, started: number) {
    res.writeHead(204, cors.preflight(request.headers))
    res.end()
    finish('OPTIONS', path, 204, started, undefined, false)
  }

  return function onRequest(request, res) {
    const started = performance.now()
    const target = request.url ?? '/'
    if (target.length > MAX_URL_LENGTH) {
      const response = problemResponse(
        createProblem('uri-too-long', {
          detail: `The request target is ${target.length} characters; the limit is ${MAX_URL_LENGTH}.`,
          instance: target.slice(0, 200),
        }),
      )
      send(request, res, response)
      finish(request.method as string, target.slice(0, 200), 414, started, response.body, true)
      return
    }
    const { path, query } = splitUrl(target)
    if (isPreflight(request.method, request.headers)) return preflight(request, res, path, started)
    const { headers } = request
    const contentLength = headers['content-length']
    if (
      (contentLength === undefined || contentLength === '0') &&
      headers['transfer-encoding'] === undefined
    ) {
      void answer(request, res, path, query, undefined, started).catch((error) => fail(res, error))
      return
    }
    const limit = path.startsWith(ADMIN_PREFIX) ? MAX_ADMIN_BODY_BYTES : MAX_BODY_BYTES
    readBody(request, limit, (body) => {
      void answer(request, res, path, query, body, started).catch((error) => fail(res, error))
    })
  }
}

/**
 * Collects the body as Buffers and decodes it once. Past `limit` it stops keeping bytes
 * (the core answers 413 from `byteLength`) but drains the rest, so the client reads the
 * answer instead of a reset connection; far past it, the connection is dropped.
 */
function readBody(request: IncomingMessage, limit: number, done: (body: RawBody) => void): void {
  const chunks: Buffer[] = []
  let byteLength = 0
  request.on('data', (chunk: Buffer) => {
    byteLength += chunk.length
    if (byteLength <= limit) chunks.push(chunk)
    else if (byteLength > limit + DRAIN_ALLOWANCE) request.destroy()
  })
  request.on('end', () => {
    const text =
      byteLength > limit
        ? ''
        : chunks.length === 1
          ? (chunks[0] as Buffer).toString('utf8')
          : Buffer.concat(chunks, byteLength).toString('utf8')
    done({ text, contentType: request.headers['content-type'], byteLength })
  })
  // An aborted upload: there is no one left to answer.
  request.on('error', () => undefined)
}

function errorResponse(error: unknown, path: string): ApiResponse {
  if (error instanceof ProblemError) return problemResponse(error.toProblem(path), error.headers)
  console.error(`norce-checkout-mock: ${path} failed:`, error)
  return problemResponse(
    createProblem('internal-error', {
      detail: `The mock failed: ${(error as Error).message}`,
      instance: path,
      ...(error instanceof ResponseContractError && { errors: error.violations }),
    }),
  )
}

function fail(res: ServerResponse, error: unknown): void {
  console.error('norce-checkout-mock: failed to answer a request:', error)
  if (res.headersSent) res.destroy()
  else {
    res.writeHead(500, { 'content-type': 'text/plain', connection: 'close' })
    res.end('Internal mock error\n')
  }
}
