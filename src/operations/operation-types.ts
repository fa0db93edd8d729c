import type { ApiVersion } from '../routing/index.ts'
import type { StoreInternals } from '../store/index.ts'

/** An HTTP request as the operations core sees it: no Fetch objects, body already parsed. */
export interface ApiRequest {
  method: string
  /** The URL path, e.g. `/checkout/order/api/v0/checkout/orders/o_abc`. */
  path: string
  query: Record<string, string | string[]>
  /** Header names in lower case. */
  headers: Record<string, string>
  /** The parsed JSON body, or `undefined` when there was none. */
  body?: unknown
  /** The body as received, when the shell has not parsed it: the core answers 413/415/400. */
  rawBody?: { text: string; contentType: string | undefined; byteLength: number }
}

/** What the core answers; adapters turn it into a Fetch `Response` or a node:http reply. */
export interface ApiResponse {
  status: number
  headers: Record<string, string>
  /** JSON-serialisable body, or `undefined` for no content. A fresh copy on every read. */
  body?: unknown
  /** The body as JSON text, when the core has it already: shells send it as is. */
  serialized?: string
}

/** One call of an operation, validated and normalised, with its tenant resolved. */
export interface OperationCall {
  operationId: string
  version: ApiVersion
  /** The request path (for `Location` headers and problem `instance`). */
  path: string
  params: Record<string, string>
  query: Record<string, unknown>
  headers: Record<string, unknown>
  body: unknown
  tenant: { merchant: string; channel: string }
  /** The `x-adapterid` header, when sent. */
  adapterId: string | undefined
  store: StoreInternals
}

export interface OperationResult {
  status: number
  body?: unknown
  /** The body as JSON text instead of `body` (a cached serialisation of a stored value). */
  serialized?: string
  headers?: Record<string, string>
}

export type OperationHandler = (call: OperationCall) => Promise<OperationResult> | OperationResult
