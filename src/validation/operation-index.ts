import { dereference } from './json-pointer.ts'
import {
  HTTP_METHODS,
  type HttpMethod,
  type JsonSchema,
  type OpenApiDocument,
  type ParameterObject,
  type RequestBodyObject,
  type ResponseObject,
} from './openapi-types.ts'

/** What the kit knows of one operation, with every `$ref` of the OpenAPI objects resolved. */
export interface OperationDescription {
  operationId: string
  method: HttpMethod
  /** The documented path template, e.g. `/api/v0/checkout/orders/{order_id}`. */
  path: string
  tags: string[]
  summary: string
  parameters: ParameterObject[]
  requestBody: { required: boolean; content: Record<string, JsonSchema | undefined> } | undefined
  /** Keyed by status code as written in the document (`200`, `4XX`, `default`). */
  responses: Record<string, { content: Record<string, JsonSchema | undefined> | undefined }>
}

/**
 * Indexes every operation of `document` by operationId.
 *
 * @example
 * const operations = indexOperations(orderApiDocument)
 * operations.get('GetCheckoutOrder')?.path // '/api/v0/checkout/orders/{order_id}'
 */
export function indexOperations(document: OpenApiDocument): Map<string, OperationDescription> {
  const operations = new Map<string, OperationDescription>()
  for (const [path, pathItem] of Object.entries(document.paths)) {
    const sharedParameters = (pathItem.parameters ?? []).map((parameter) =>
      dereference<ParameterObject>(document, parameter),
    )
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method]
      if (!operation) continue
      if (!operation.operationId) {
        throw new Error(`Failed to index ${method.toUpperCase()} ${path}: it has no operationId.`)
      }
      if (operations.has(operation.operationId)) {
        throw new Error(`Failed to index ${operation.operationId}: the operationId is used twice.`)
      }
      const ownParameters = (operation.parameters ?? []).map((parameter) =>
        dereference<ParameterObject>(document, parameter),
      )
      operations.set(operation.operationId, {
        operationId: operation.operationId,
        method,
        path,
        tags: operation.tags ?? [],
        summary: operation.summary ?? '',
        parameters: mergeParameters(sharedParameters, ownParameters),
        requestBody: describeRequestBody(document, operation.requestBody),
        responses: Object.fromEntries(
          Object.entries(operation.responses ?? {}).map(([status, response]) => [
            status,
            {
              content: schemasByMediaType(dereference<ResponseObject>(document, response).content),
            },
          ]),
        ),
      })
    }
  }
  return operations
}

/** Operation-level parameters override path-level ones with the same name and location. */
function mergeParameters(shared: ParameterObject[], own: ParameterObject[]): ParameterObject[] {
  const key = (parameter: ParameterObject) => `${parameter.in}:${parameter.name.toLowerCase()}`
  const ownKeys = new Set(own.map(key))
  return [...shared.filter((parameter) => !ownKeys.has(key(parameter))), ...own]
}

function describeRequestBody(
  document: OpenApiDocument,
  requestBody:
    | OperationDescription['requestBody']
    | RequestBodyObject
    | { $ref: string }
    | undefined,
): OperationDescription['requestBody'] {
  if (!requestBody) return undefined
  const body = dereference<RequestBodyObject>(document, requestBody as RequestBodyObject)
  return { required: body.required === true, content: schemasByMediaType(body.content) ?? {} }
}

function schemasByMediaType(
  content: Record<string, { schema?: JsonSchema }> | undefined,
): Record<string, JsonSchema | undefined> | undefined {
  if (!content) return undefined
  return Object.fromEntries(
    Object.entries(content).map(([mediaType, media]) => [mediaType, media.schema]),
  )
}
