import { isReference, resolvePointer } from './json-pointer.ts'
import type { JsonSchema, OpenApiDocument } from './openapi-types.ts'
import { isObject, mapDocumentSchemas } from './schema-walk.ts'

/** Custom Ajv keyword that replaces `enum` on the request side (see `case-insensitive-enum.ts`). */
export const CASE_INSENSITIVE_ENUM = 'caseInsensitiveEnum'

/**
 * The document as requests must satisfy it (OpenAPI read-only semantics, DECISIONS 8):
 * - a `readOnly` property is never demanded by `required` (the server sets it; a client
 *   may still send it, e.g. `merchant` and `channel` in a create-order body);
 * - string enums are matched case-insensitively and normalised to the documented spelling.
 */
export function createRequestView(document: OpenApiDocument): OpenApiDocument {
  return mapDocumentSchemas(document, (schema) =>
    replaceStringEnum(dropFromRequired(document, schema, 'readOnly')),
  )
}

/** The document as responses must satisfy it: `writeOnly` properties are never required. */
export function createResponseView(document: OpenApiDocument): OpenApiDocument {
  return mapDocumentSchemas(document, (schema) => dropFromRequired(document, schema, 'writeOnly'))
}

function dropFromRequired(
  document: OpenApiDocument,
  schema: JsonSchema,
  marker: 'readOnly' | 'writeOnly',
): JsonSchema {
  const { required, properties } = schema
  if (!Array.isArray(required) || !isObject(properties)) return schema
  const kept = required.filter((name) => !hasMarker(document, properties[name], marker))
  if (kept.length === required.length) return schema
  const { required: _documented, ...rest } = schema
  return kept.length === 0 ? rest : { ...rest, required: kept }
}

function hasMarker(document: OpenApiDocument, property: unknown, marker: string): boolean {
  if (!isObject(property)) return false
  if (property[marker] === true) return true
  return (
    isReference(property) && hasMarker(document, resolvePointer(document, property.$ref), marker)
  )
}

function replaceStringEnum(schema: JsonSchema): JsonSchema {
  const values = schema.enum
  if (!Array.isArray(values) || !values.every((value) => typeof value === 'string')) return schema
  const { enum: _documented, ...rest } = schema
  return { ...rest, [CASE_INSENSITIVE_ENUM]: values }
}
