import fc from 'fast-check'
import { isReference, resolvePointer } from '../../src/validation/json-pointer.ts'
import type { JsonSchema } from '../../src/validation/openapi-types.ts'

const MAX_DEPTH = 5

/**
 * A fast-check arbitrary of values that satisfy an OpenAPI schema of the contract (read-only
 * properties left out, as clients send them). Derived from the schema, never restated.
 */
export function arbitraryFromSchema(
  document: object,
  schema: JsonSchema,
  depth = 0,
): fc.Arbitrary<unknown> {
  const resolved = resolve(document, schema)
  if (Array.isArray(resolved.enum)) return enumValue(resolved.enum as unknown[])
  if (resolved.const !== undefined) return fc.constant(resolved.const)
  switch (resolved.type) {
    case 'object':
      return objectArbitrary(document, resolved, depth)
    case 'array': {
      const items = (resolved.items ?? {}) as JsonSchema
      const maxLength = Math.min(depth >= MAX_DEPTH ? 0 : 3, Number(resolved.maxItems ?? 3))
      return fc.array(arbitraryFromSchema(document, items, depth + 1), { maxLength })
    }
    case 'string':
      return stringArbitrary(resolved)
    case 'integer':
      return fc.integer({
        min: Number(resolved.minimum ?? -1_000),
        max: Number(resolved.maximum ?? 100_000),
      })
    case 'number':
      return fc
        .double({
          min: Number(resolved.minimum ?? -1e6),
          max: Number(resolved.maximum ?? 1e6),
          noNaN: true,
          noDefaultInfinity: true,
        })
        .map((value) => Math.round(value * 100) / 100)
    case 'boolean':
      return fc.boolean()
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

/** Enum values, sometimes in another case (the mock matches them case-insensitively). */
function enumValue(values: unknown[]): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.constantFrom(...values), fc.boolean())
    .map(([value, shout]) =>
      shout && typeof value === 'string' ? value.charAt(0).toUpperCase() + value.slice(1) : value,
    )
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern))
  if (schema.format === 'date-time')
    return fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((date) => date.toISOString())
  const minLength = Number(schema.minLength ?? 0)
  return fc.string({
    minLength: Math.max(minLength, 0),
    maxLength: Math.max(minLength, 24),
    unit: 'grapheme',
  })
}

function objectArbitrary(
  document: object,
  schema: JsonSchema,
  depth: number,
): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
  const required = new Set<string>((schema.required as string[] | undefined) ?? [])
  // An anyOf of required lists (Callback: url or invoke) makes one of them required.
  const alternatives = [
    ...(((schema.anyOf as JsonSchema[] | undefined) ?? []) as JsonSchema[]),
    ...((schema.allOf as JsonSchema[] | undefined) ?? []).flatMap(
      (part) => (part.anyOf as JsonSchema[] | undefined) ?? [],
    ),
  ]
  const branch = alternatives.find((alternative) => Array.isArray(alternative.required))
  for (const name of (branch?.required as string[] | undefined) ?? []) required.add(name)
  const record: Record<string, fc.Arbitrary<unknown>> = {}
  for (const [name, property] of Object.entries(properties)) {
    if (resolve(document, property).readOnly === true && !required.has(name)) continue
    if (!required.has(name) && depth >= MAX_DEPTH) continue
    record[name] = arbitraryFromSchema(document, property, depth + 1)
  }
  const keys = Object.keys(record).filter((name) => !required.has(name))
  const base = fc.record(record, { requiredKeys: [...required].filter((name) => name in record) })
  if (schema.additionalProperties === true && Object.keys(properties).length === 0) {
    return fc.dictionary(
      fc.string({ minLength: 1, maxLength: 12 }).filter((key) => key !== '__proto__'),
      fc.jsonValue({ maxDepth: 2 }),
      { maxKeys: 4 },
    )
  }
  // `not: { required: [a, b] }` (Hook: subscribeTo/scope, Callback: url/invoke): keep one.
  const exclusive = (schema.not as JsonSchema | undefined)?.required as string[] | undefined
  if (Array.isArray(exclusive) && exclusive.length > 1) {
    return fc.tuple(base, fc.nat(exclusive.length - 1)).map(([value, keep]) => {
      const record = { ...(value as Record<string, unknown>) }
      if (exclusive.every((name) => name in record))
        for (const [index, name] of exclusive.entries()) if (index !== keep) delete record[name]
      return record
    })
  }
  return keys.length === 0 ? base : base
}

function resolve(document: object, schema: JsonSchema): JsonSchema {
  let current = schema
  for (let hops = 0; isReference(current) && hops < 16; hops++)
    current = resolvePointer(document, current.$ref) as JsonSchema
  return current
}
