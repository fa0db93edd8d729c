import type { operations as OrderApiOperations } from '../generated/order-api.ts'
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

/**
 * One call of an operation, validated and normalised, with its tenant resolved. The type
 * parameters are what the contract documents for the operation (see `CallOf`): the request
 * was checked against it before the call is made.
 */
export interface OperationCall<
  Body = unknown,
  Params extends Record<string, string> = Record<string, string>,
  Query extends Record<string, unknown> = Record<string, unknown>,
> {
  operationId: string
  version: ApiVersion
  /** The request path (for `Location` headers and problem `instance`). */
  path: string
  params: Params
  query: Query
  headers: Record<string, unknown>
  body: Body
  tenant: { merchant: string; channel: string }
  /** The `x-adapterid` header, when sent. */
  adapterId: string | undefined
  store: StoreInternals
  /**
   * Every order stored is checked whole against the contract, also where an operation
   * vouches for a part (the api's `validateResponses`: tests; decision 176).
   */
  checkStoredOrders?: boolean
}

export interface OperationResult {
  status: number
  body?: unknown
  /** The body as JSON text instead of `body` (a cached serialisation of a stored value). */
  serialized?: string
  headers?: Record<string, string>
}

/** A handler as the dispatcher sees it: any operation, body and parameters unknown. */
export type OperationHandler = (call: OperationCall) => Promise<OperationResult> | OperationResult

/** The JSON request body an operation of a generated `operations` interface documents. */
type BodyOf<Operation> = Operation extends {
  requestBody: { content: { 'application/json': infer Body } }
}
  ? Body
  : Operation extends { requestBody?: never }
    ? undefined
    : Operation extends { requestBody?: { content: { 'application/json': infer Body } } }
      ? Body | undefined
      : unknown

/** The path parameters an operation documents (none: an empty record). */
type ParamsOf<Operation> = Operation extends {
  parameters: { path: infer Params extends Record<string, string> }
}
  ? Params
  : Record<string, never>

/** The query parameters an operation documents, after validation (types coerced). */
type QueryOf<Operation> = Operation extends {
  parameters: { query?: infer Query extends Record<string, unknown> }
}
  ? Query
  : Record<string, never>

/** The call of one operation of a generated `operations` interface, typed by the contract. */
export type CallOf<Operation> = OperationCall<
  BodyOf<Operation>,
  ParamsOf<Operation>,
  QueryOf<Operation>
>

/** The handler of one operation, typed by the contract. */
type HandlerOf<Operation> = (call: CallOf<Operation>) => Promise<OperationResult> | OperationResult

/**
 * One handler per operation of a generated `operations` interface: a missing handler, a
 * misspelt operationId or a wrong body type fails to compile.
 */
export type OperationTable<Operations> = {
  [OperationId in keyof Operations]: HandlerOf<Operations[OperationId]>
}

/** Every operation of the Order API (`openapi/order.yaml`), typed by the generated contract. */
export type OrderOperationTable = OperationTable<OrderApiOperations>

/**
 * A table as the dispatcher holds it. The one widening of the handler types: the dispatcher
 * calls a handler only with a request its validator checked against that very operation.
 */
export function toDispatchTable<Operations>(
  table: OperationTable<Operations>,
): Readonly<Record<string, OperationHandler>> {
  return table as unknown as Record<string, OperationHandler>
}
