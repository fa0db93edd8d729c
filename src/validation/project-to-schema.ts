import { isReference, resolvePointer } from './json-pointer.ts'
import type { JsonSchema, OpenApiDocument } from './openapi-types.ts'
import { isObject } from './schema-walk.ts'

/**
 * A copy of `value` that keeps only what `schema` declares: object properties the schema (or
 * any of its `allOf`/`anyOf`/`oneOf` parts) lists, recursively; other properties only where
 * `additionalProperties` is `true` or a schema, or the object declares no properties at all
 * (free-form `attributes`). Nothing is added, renamed or checked: a value is
 * projected, then validated. This is how one stored order is answered in a version whose
 * contract lacks some of its fields (decision 67): the projection is read from the contract,
 * never from a hand-written field list.
 *
 * @example
 * projectToSchema(document, { $ref: '#/components/schemas/Pagination' }, { offset: 0, valueSum: 9 })
 * // → { offset: 0 } when Pagination declares no valueSum
 */
export function projectToSchema(
  document: OpenApiDocument,
  schema: JsonSchema | undefined,
  value: unknown,
): unknown {
  if (schema === undefined) return value
  const resolved = resolve(document, schema)
  if (Array.isArray(value)) {
    const items = declaredItems(document, resolved)
    return items === undefined ? value : value.map((item) => projectToSchema(document, items, item))
  }
  if (!isObject(value)) return value
  const shape = declaredShape(document, resolved)
  if (!shape.object) return value
  const result: Record<string, unknown> = {}
  for (const [name, entry] of Object.entries(value)) {
    const property = shape.properties.get(name)
    if (property !== undefined) result[name] = projectToSchema(document, property, entry)
    else if (shape.additional === true) result[name] = entry
    else if (isObject(shape.additional))
      result[name] = projectToSchema(document, shape.additional, entry)
  }
  return result
}

interface Shape {
  /** Whether the schema describes an object with declared properties (else kept as is). */
  object: boolean
  properties: Map<string, JsonSchema>
  additional: boolean | JsonSchema
}

function declaredShape(document: OpenApiDocument, schema: JsonSchema): Shape {
  const shape: Shape = { object: false, properties: new Map(), additional: false }
  const visit = (part: JsonSchema) => {
    const resolved = resolve(document, part)
    if (isObject(resolved.properties)) {
      shape.object = true
      for (const [name, property] of Object.entries(resolved.properties))
        if (!shape.properties.has(name)) shape.properties.set(name, property as JsonSchema)
    }
    const additional = resolved.additionalProperties
    if (additional === true || isObject(additional)) {
      shape.object = true
      if (shape.additional !== true) shape.additional = additional as boolean | JsonSchema
    } else if (additional === undefined && resolved.type === 'object' && !resolved.properties) {
      // A free-form object (attributes): everything is declared.
      shape.object = true
      shape.additional = true
    }
    for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
      const parts = resolved[keyword]
      if (Array.isArray(parts)) for (const sub of parts) if (isObject(sub)) visit(sub)
    }
  }
  visit(schema)
  return shape
}

function declaredItems(document: OpenApiDocument, schema: JsonSchema): JsonSchema | undefined {
  if (isObject(schema.items)) return schema.items as JsonSchema
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    const parts = schema[keyword]
    if (!Array.isArray(parts)) continue
    for (const sub of parts) {
      if (!isObject(sub)) continue
      const items = declaredItems(document, resolve(document, sub))
      if (items) return items
    }
  }
  return undefined
}

function resolve(document: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let current = schema
  for (let hops = 0; isReference(current) && hops < 16; hops++)
    current = resolvePointer(document, current.$ref) as JsonSchema
  return current
}
