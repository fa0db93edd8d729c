import type { ReferenceObject } from './openapi-types.ts'

/** Reads a local JSON pointer such as `#/components/schemas/Order` inside `document`. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (!pointer.startsWith('#')) {
    throw new Error(`Failed to resolve "${pointer}": only local references are supported.`)
  }
  const segments = pointer
    .slice(1)
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
  let current: unknown = document
  for (const segment of segments) {
    if (current === null || typeof current !== 'object' || !(segment in current)) {
      throw new Error(`Failed to resolve "${pointer}": "${segment}" does not exist.`)
    }
    current = (current as Record<string, unknown>)[segment]
  }
  return current
}

export function isReference(value: unknown): value is ReferenceObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { $ref?: unknown }).$ref === 'string'
  )
}

/** Follows `$ref` chains of OpenAPI objects (parameters, responses, bodies) until a real object. */
export function dereference<T>(document: unknown, value: T | ReferenceObject): T {
  let current: unknown = value
  for (let hops = 0; isReference(current); hops++) {
    if (hops > 32) throw new Error(`Failed to resolve "${current.$ref}": reference cycle.`)
    current = resolvePointer(document, current.$ref)
  }
  return current as T
}
