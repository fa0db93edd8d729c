import type { JsonSchema, OpenApiDocument, ParameterObject } from './openapi-types.ts'
import { indexOperations } from './operation-index.ts'
import { createRequestView, createResponseView } from './schema-views.ts'
import { isObject } from './schema-walk.ts'

/** Which copy of the document a schema is read from (see `schema-views.ts`). */
export type SchemaView = 'request' | 'response'

/** Where parameters are checked, in the order the validator checks them. */
export type ParameterLocation = 'path' | 'query' | 'header'

/**
 * Each component schema is its own Ajv resource, `<view>:<Name>` (`request:Order`): Ajv then
 * compiles a referenced schema once, however many validators reference it (a `$ref` into the
 * `$defs` of one shared resource was compiled again for every validator root).
 */
const componentId = (view: SchemaView, name: string) => `${view}:${name}`

/**
 * The id a validator's schema names when the schema is only a reference to a component
 * (`{ $ref: 'response:Order' }`): that component's own resource is its validator.
 *
 * @example
 * componentReference({ $ref: 'response:Order' }) // 'response:Order'
 * componentReference({ $ref: 'response:Order', description: 'x' }) // undefined
 */
export function componentReference(schema: JsonSchema): string | undefined {
  const reference = schema.$ref
  return Object.keys(schema).length === 1 && typeof reference === 'string' ? reference : undefined
}

/**
 * The name of each validator a contract needs. The same keys name the runtime cache and the
 * exports of the validators compiled ahead of time (`src/generated/*-validators.ts`).
 */
export const validatorKeys = {
  parameters: (operationId: string, location: ParameterLocation) => `${operationId} ${location}`,
  requestBody: (operationId: string) => `${operationId} body`,
  response: (operationId: string, statusKey: string, mediaType: string) =>
    `${operationId} ${statusKey} ${mediaType}`,
  schema: (view: SchemaView, schemaName: string) => `schema ${view} ${schemaName}`,
}

/**
 * The JSON Schemas behind a contract's validators: its two views (request and response), each
 * as one Ajv resource, and the schema of every validator key. Parameters are compiled by the
 * coercing Ajv instance, everything else by the plain one (see `create-ajv.ts`).
 */
export interface ValidatorSchemas {
  /** The component schemas of each view, one Ajv resource each (add them to Ajv first). */
  resources: Record<SchemaView, JsonSchema[]>
  parameters(operationId: string, location: ParameterLocation): JsonSchema | undefined
  requestBody(operationId: string): JsonSchema | undefined
  response(operationId: string, statusKey: string, mediaType: string): JsonSchema | undefined
  schema(view: SchemaView, schemaName: string): JsonSchema | undefined
  /** Every key of the contract, with its schema: what `npm run generate` compiles. */
  all(): { parameters: Map<string, JsonSchema>; body: Map<string, JsonSchema> }
}

/**
 * Derives the schemas of every validator of `document` (views built once, on this call).
 *
 * @example
 * const schemas = validatorSchemas(orderApiDocument)
 * schemas.requestBody('CreateCheckoutOrder') // { $ref: 'request:Order' }
 */
export function validatorSchemas(document: OpenApiDocument): ValidatorSchemas {
  const requestView = createRequestView(document)
  const responseView = createResponseView(document)
  const requestOperations = indexOperations(requestView)
  const responseOperations = indexOperations(responseView)
  const componentNames = Object.keys(document.components?.schemas ?? {})

  function parameters(operationId: string, location: ParameterLocation): JsonSchema | undefined {
    const list = requestOperations
      .get(operationId)
      ?.parameters.filter((parameter) => parameter.in === location)
    return list && list.length > 0 ? parameterObjectSchema(list, location) : undefined
  }
  function requestBody(operationId: string): JsonSchema | undefined {
    const schema = requestOperations.get(operationId)?.requestBody?.content['application/json']
    return schema && rebaseReferences(schema, 'request')
  }
  function response(operationId: string, statusKey: string, mediaType: string) {
    const schema = responseOperations.get(operationId)?.responses[statusKey]?.content?.[mediaType]
    return schema && rebaseReferences(schema, 'response')
  }
  function schema(view: SchemaView, schemaName: string): JsonSchema | undefined {
    if (!componentNames.includes(schemaName)) return undefined
    return { $ref: componentId(view, schemaName) }
  }

  return {
    resources: {
      request: componentSchemas(requestView, 'request'),
      response: componentSchemas(responseView, 'response'),
    },
    parameters,
    requestBody,
    response,
    schema,
    all() {
      const parameterSchemas = new Map<string, JsonSchema>()
      const body = new Map<string, JsonSchema>()
      const put = (map: Map<string, JsonSchema>, key: string, value: JsonSchema | undefined) => {
        if (value) map.set(key, value)
      }
      for (const operation of requestOperations.values()) {
        const { operationId } = operation
        for (const location of ['path', 'query', 'header'] as const)
          put(
            parameterSchemas,
            validatorKeys.parameters(operationId, location),
            parameters(operationId, location),
          )
        put(body, validatorKeys.requestBody(operationId), requestBody(operationId))
      }
      for (const operation of responseOperations.values()) {
        for (const [statusKey, { content }] of Object.entries(operation.responses)) {
          for (const mediaType of Object.keys(content ?? {}))
            put(
              body,
              validatorKeys.response(operation.operationId, statusKey, mediaType),
              response(operation.operationId, statusKey, mediaType),
            )
        }
      }
      for (const view of ['request', 'response'] as const)
        for (const name of componentNames)
          put(body, validatorKeys.schema(view, name), schema(view, name))
      return { parameters: parameterSchemas, body }
    },
  }
}

function parameterObjectSchema(
  parameters: ParameterObject[],
  location: ParameterLocation,
): JsonSchema {
  const name = (parameter: ParameterObject) =>
    location === 'header' ? parameter.name.toLowerCase() : parameter.name
  return {
    type: 'object',
    properties: Object.fromEntries(
      parameters.map((parameter) => [
        name(parameter),
        rebaseReferences(parameter.schema ?? {}, 'request'),
      ]),
    ),
    required: parameters.filter((parameter) => parameter.required).map(name),
  }
}

const COMPONENT_SCHEMA = '#/components/schemas/'

/**
 * The view's component schemas, each a JSON Schema resource of its own, so Ajv never compiles
 * the OpenAPI document itself (whose top-level keys are not JSON Schema keywords).
 */
function componentSchemas(document: OpenApiDocument, view: SchemaView): JsonSchema[] {
  return Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => ({
    ...rebaseReferences(schema, view),
    $id: componentId(view, name),
  }))
}

/** Points `#/components/schemas/X` references at the resource of `X` in `view`. */
function rebaseReferences(schema: JsonSchema, view: SchemaView): JsonSchema {
  const rebase = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rebase)
    if (!isObject(value)) return value
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        key === '$ref' ? rebaseReference(inner, view) : rebase(inner),
      ]),
    )
  }
  return rebase(schema) as JsonSchema
}

function rebaseReference(reference: unknown, view: SchemaView): unknown {
  if (typeof reference !== 'string' || !reference.startsWith('#')) return reference
  if (!reference.startsWith(COMPONENT_SCHEMA)) {
    throw new Error(
      `Failed to compile "${reference}": schemas may only reference ${COMPONENT_SCHEMA}*.`,
    )
  }
  return componentId(view, reference.slice(COMPONENT_SCHEMA.length))
}
