import { isUtf8 } from 'node:buffer'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { type ApiResponse, MAX_BODY_BYTES, ResponseContractError } from '../operations/index.ts'
import {
  createProblem,
  PROBLEM_CONTENT_TYPE,
  type ProblemCode,
  ProblemError,
  problemResponse,
} from '../problems/index.ts'
import type { AdminRequestHead } from './admin-guard.ts'
import {
  ADMIN_PREFIX,
  type AdminAnswer,
  type AdminRequest,
  type RuntimeSlot,
} from './admin-routes.ts'
import { type CorsPolicy, isPreflight } from './cors.ts'
import type { RequestJournal } from './request-journal.ts'
import type { RequestLog } from './request-log.ts'
import { splitUrl } from './split-url.ts'
import type { WriteGate } from './write-gate.ts'

/** Longer request targets get `414`: no Order API URL comes near it. */
export const MAX_URL_LENGTH = 8 * 1024
/** A body this far past its limit is not even drained: the connection is dropped. */
const DRAIN_ALLOWANCE = 16 * 1024 * 1024
/**
 * Most header lines a request may carry (node's `maxHeadersCount` default). node drops the
 * ones past it silently, so the server lets it keep one more and answers `431` itself
 * (issue 15, finding 21): an `Authorization` at line 2,100 is refused, not ignored.
 */
export const MAX_HEADER_COUNT = 2000

/** What the adapter needs from the server: every piece is created once, at start. */
export interface ListenerContext {
  slot: RuntimeSlot
  admin: { handle(request: AdminRequest): Promise<AdminAnswer> }
  /** Checks an admin request's head (origin, token, route, media type) before its body. */
  guardAdmin(head: AdminRequestHead): ProblemError | undefined
  /** Writes share it, reset and import take it alone (finding 16). */
  gate: WriteGate
  /** Largest `PUT /__admin/state` body, in bytes. */
  maxImportBytes: number
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
  /** A JSON body whose bytes are not UTF-8 (answered 400, never decoded to U+FFFD). */
  invalidUtf8?: boolean
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

  function send(
    request: IncomingMessage,
    res: ServerResponse,
    answer: ApiResponse,
    { admin = false, close = false }: { admin?: boolean; close?: boolean } = {},
  ): void {
    const headers: Record<string, string | number> = {}
    // The admin API is never shared cross-origin (finding 4): no CORS headers at all.
    if (!admin) {
      const shared = cors.headersFor(request.headers.origin)
      for (const name in shared) headers[name] = shared[name] as string
    }
    for (const name in answer.headers) headers[name] = answer.headers[name] as string
    let text: string | undefined
    if (answer.serialized !== undefined || answer.body !== undefined) {
      text = answer.serialized ?? JSON.stringify(answer.body)
      headers['content-length'] = Buffer.byteLength(text)
    } else if (answer.status !== 204 && answer.status !== 304) {
      headers['content-length'] = 0
    }
    if (close || context.isClosing()) headers.connection = 'close'
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
    isAdmin: boolean,
  ): Promise<void> {
    const method = request.method as string
    let response: ApiResponse
    if (body?.invalidUtf8) {
      response = problemAnswer(
        'malformed-json',
        'The request body is not valid JSON: it is not UTF-8 (RFC 8259 §8.1). Hint: send the JSON encoded as UTF-8.',
        path,
      )
    } else if (isAdmin) {
      response =
        method === 'GET' || method === 'HEAD'
          ? await answerAdmin(request, path, query, body)
          : await context.gate.replace(() => answerAdmin(request, path, query, body))
    } else if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') {
      response = await answerApi(request, path, query, body)
    } else {
      // Saved before the gate opens again: a reset or import never drops an acknowledged write.
      response = await context.gate.write(() => answerApi(request, path, query, body))
    }
    send(request, res, response, { admin: isAdmin })
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

  async function answerAdmin(
    request: IncomingMessage,
    path: string,
    query: Record<string, string | string[]>,
    body: RawBody | undefined,
  ): Promise<ApiResponse> {
    let response: ApiResponse
    let changed: boolean
    try {
      if (body && body.byteLength > context.maxImportBytes) {
        throw new ProblemError(
          'payload-too-large',
          `The request body is ${body.byteLength} bytes; the admin API takes up to ${context.maxImportBytes} bytes (--max-import-bytes).`,
        )
      }
      ;({ response, changed } = await admin.handle({
        method: request.method as string,
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
    return changed ? saved(response, path) : response
  }

  async function answerApi(
    request: IncomingMessage,
    path: string,
    query: Record<string, string | string[]>,
    body: RawBody | undefined,
  ): Promise<ApiResponse> {
    const method = request.method as string
    let response: ApiResponse
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
    const changed = response.status < 300 && response.status >= 200 && method !== 'GET'
    return changed ? saved(response, path) : response
  }

  /**
   * Writes the state file before a change is acknowledged. When that fails the change stays
   * applied in memory (it is visible, and the next successful save writes it): the 500 says
   * exactly that (finding 21b).
   */
  async function saved(response: ApiResponse, path: string): Promise<ApiResponse> {
    if (!context.save) return response
    try {
      await context.save()
      return response
    } catch (error) {
      return problemAnswer(
        'internal-error',
        `Failed to save the state file: ${(error as Error).message}. The change was applied and is visible, but it is not on disk yet: the next successful save writes it, a crash before that loses it. Hint: check that the state file's directory exists and is writable.`,
        path,
      )
    }
  }

  function preflight(request: IncomingMessage, res: ServerResponse, path: string, started: number) {
    res.writeHead(204, cors.preflight(request.headers))
    res.end()
    finish('OPTIONS', path, 204, started, undefined, false)
  }

  /** Answers without reading the body: the socket closes after the answer. */
  function refuse(
    request: IncomingMessage,
    res: ServerResponse,
    path: string,
    started: number,
    response: ApiResponse,
    { admin }: { admin: boolean },
  ): void {
    const hasBody =
      request.headers['transfer-encoding'] !== undefined ||
      (request.headers['content-length'] ?? '0') !== '0'
    send(request, res, response, { admin, close: hasBody })
    if (hasBody) res.on('finish', () => request.socket.destroySoon())
    finish(
      request.method as string,
      path,
      response.status,
      started,
      response.status >= 400 ? response.body : undefined,
      !admin,
    )
  }

  /** One `PUT /__admin/state` body is read at a time: the others wait, unread, in TCP. */
  let importing: Promise<void> = Promise.resolve()

  return function onRequest(request, res) {
    const started = performance.now()
    const target = request.url ?? '/'
    if (target.length > MAX_URL_LENGTH) {
      const response = problemAnswer(
        'uri-too-long',
        `The request target is ${target.length} characters; the limit is ${MAX_URL_LENGTH}.`,
        target.slice(0, 200),
      )
      send(request, res, response)
      finish(request.method as string, target.slice(0, 200), 414, started, response.body, true)
      return
    }
    const { path, query } = splitUrl(target)
    const isAdmin = path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`)
    if (request.rawHeaders.length / 2 > MAX_HEADER_COUNT) {
      const response = problemAnswer(
        'headers-too-large',
        `The request has more than ${MAX_HEADER_COUNT} header lines; the server reads no more (they would be dropped unread).`,
        path,
      )
      return refuse(request, res, path, started, response, { admin: isAdmin })
    }
    if (isAdmin) {
      const refused = context.guardAdmin({
        method: request.method as string,
        path,
        headers: request.headers,
      })
      if (refused) {
        return refuse(request, res, path, started, errorResponse(refused, path), { admin: true })
      }
    } else if (isPreflight(request.method, request.headers)) {
      return preflight(request, res, path, started)
    }
    const { headers } = request
    const contentLength = headers['content-length']
    if (
      (contentLength === undefined || contentLength === '0') &&
      headers['transfer-encoding'] === undefined
    ) {
      void answer(request, res, path, query, undefined, started, isAdmin).catch((error) =>
        fail(res, error),
      )
      return
    }
    const isImport = isAdmin && request.method === 'PUT'
    const limit = isImport ? context.maxImportBytes : MAX_BODY_BYTES
    const respond = (body: RawBody) =>
      answer(request, res, path, query, body, started, isAdmin).catch((error) => fail(res, error))
    if (!isImport) {
      readBody(request, limit, (body) => void respond(body))
      return
    }
    if (Number(contentLength) > limit) {
      const response = problemAnswer(
        'payload-too-large',
        `The request body is ${contentLength} bytes; the admin API takes up to ${limit} bytes (--max-import-bytes).`,
        path,
      )
      return refuse(request, res, path, started, response, { admin: true })
    }
    importing = importing.then(
      () =>
        new Promise<void>((resolve) => {
          // Answered, or the client went away: the next import may be read.
          res.once('close', resolve)
          readBody(request, limit, (body) => void respond(body))
        }),
    )
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
    const contentType = request.headers['content-type']
    if (byteLength > limit) {
      done({ text: '', contentType, byteLength })
      return
    }
    const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, byteLength)
    // Decoding would turn bad bytes into U+FFFD silently (finding 21): JSON must be UTF-8.
    if (isJsonType(contentType) && !isUtf8(bytes)) {
      done({ text: '', contentType, byteLength, invalidUtf8: true })
      return
    }
    done({ text: bytes.toString('utf8'), contentType, byteLength })
  })
  // An aborted upload: there is no one left to answer.
  request.on('error', () => undefined)
}

function isJsonType(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase()
  return mediaType === 'application/json' || mediaType?.endsWith('+json') === true
}

function problemAnswer(code: ProblemCode, detail: string, instance: string): ApiResponse {
  return problemResponse(createProblem(code, { detail, instance }))
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
    const text = JSON.stringify(
      createProblem('internal-error', {
        detail: `The mock failed to answer: ${(error as Error)?.message ?? String(error)}`,
      }),
    )
    res.writeHead(500, {
      'content-type': PROBLEM_CONTENT_TYPE,
      'content-length': Buffer.byteLength(text),
      connection: 'close',
    })
    res.end(text)
  }
}
