import type { JsonSchema, OpenApiDocument } from './openapi-types.ts'

type SchemaTransform = (schema: JsonSchema) => JsonSchema

const SUBSCHEMA_MAPS = [
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
]
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems']
const SUBSCHEMA_SINGLES = [
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
]

/** Applies `transform` to `schema` and every subschema in it, innermost first. */
function mapSchema(schema: JsonSchema, transform: SchemaTransform): JsonSchema {
  const copy: JsonSchema = { ...schema }
  for (const keyword of SUBSCHEMA_MAPS) {
    const map = copy[keyword]
    if (isObject(map)) {
      copy[keyword] = Object.fromEntries(
        Object.entries(map).map(([name, sub]) => [name, mapIfSchema(sub, transform)]),
      )
    }
  }
  for (const keyword of SUBSCHEMA_LISTS) {
    const list = copy[keyword]
    if (Array.isArray(list)) copy[keyword] = list.map((sub) => mapIfSchema(sub, transform))
  }
  for (const keyword of SUBSCHEMA_SINGLES) {
    if (keyword in copy) copy[keyword] = mapIfSchema(copy[keyword], transform)
  }
  return transform(copy)
}

function mapIfSchema(value: unknown, transform: SchemaTransform): unknown {
  return isObject(value) ? mapSchema(value, transform) : value
}

/**
 * Returns a copy of `document` in which every schema (components, parameters, request and
 * response bodies) went through `transform`. The rest of the document is shared, not copied.
 */
export function mapDocumentSchemas(
  document: OpenApiDocument,
  transform: SchemaTransform,
): OpenApiDocument {
  const mapMedia = (content: unknown) =>
    isObject(content)
      ? Object.fromEntries(
          Object.entries(content).map(([mediaType, media]) => [
            mediaType,
            isObject(media) && isObject(media.schema)
              ? { ...media, schema: mapSchema(media.schema, transform) }
              : media,
          ]),
        )
      : content
  const mapParameters = (parameters: unknown) =>
    Array.isArray(parameters)
      ? parameters.map((parameter) =>
          isObject(parameter) && isObject(parameter.schema)
            ? { ...parameter, schema: mapSchema(parameter.schema, transform) }
            : parameter,
        )
      : parameters
  const mapResponses = (responses: unknown) =>
    isObject(responses)
      ? Object.fromEntries(
          Object.entries(responses).map(([status, response]) => [
            status,
            isObject(response) && 'content' in response
              ? { ...response, content: mapMedia(response.content) }
              : response,
          ]),
        )
      : responses
  const mapOperation = (operation: unknown) => {
    if (!isObject(operation)) return operation
    const body = operation.requestBody
    return {
      ...operation,
      parameters: mapParameters(operation.parameters),
      requestBody:
        isObject(body) && 'content' in body ? { ...body, content: mapMedia(body.content) } : body,
      responses: mapResponses(operation.responses),
    }
  }

  const paths = Object.fromEntries(
    Object.entries(document.paths).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([key, value]) => [
          key,
          key === 'parameters' ? mapParameters(value) : mapOperation(value),
        ]),
      ),
    ]),
  )
  const components = document.components ?? {}
  return {
    ...document,
    paths,
    components: {
      ...components,
      schemas: Object.fromEntries(
        Object.entries(components.schemas ?? {}).map(([name, schema]) => [
          name,
          mapSchema(schema, transform),
        ]),
      ),
      parameters: Object.fromEntries(
        Object.entries(components.parameters ?? {}).map(([name, parameter]) => [
          name,
          (mapParameters([parameter]) as unknown[])[0],
        ]),
      ) as never,
      responses: mapResponses(components.responses) as never,
    },
  } as OpenApiDocument
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
