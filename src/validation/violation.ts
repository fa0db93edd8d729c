import type { ErrorObject } from 'ajv/dist/2020.js'

/**
 * One broken rule, as data: where it is, which rule, and a sentence for people.
 *
 * @example
 * { location: 'body/cart/items/0/quantity', keyword: 'type', message: 'must be integer, got "2"' }
 */
export interface Violation {
  /** `body/...`, `query/<name>`, `header/<name>`, `path/<name>` or `status`. */
  location: string
  /** The JSON Schema keyword (or kit rule) that failed: `type`, `required`, `enum`, ... */
  keyword: string
  message: string
}

export type ViolationSource = 'body' | 'query' | 'header' | 'path'

/** Turns Ajv's errors into violations, one per broken rule, under `source`. */
export function toViolations(
  source: ViolationSource,
  errors: readonly ErrorObject[] | null | undefined,
): Violation[] {
  const violations: Violation[] = []
  const seen = new Set<string>()
  // A value of the wrong type breaks its other rules too (int32 on 1.5): report the type only.
  const wrongType = new Set(
    (errors ?? []).filter((error) => error.keyword === 'type').map((error) => error.instancePath),
  )
  for (const error of errors ?? []) {
    if (
      error.keyword !== 'type' &&
      error.keyword !== 'required' &&
      error.keyword !== 'additionalProperties' &&
      wrongType.has(error.instancePath)
    )
      continue
    const violation = toViolation(source, error)
    const key = `${violation.location}\u0000${violation.keyword}\u0000${violation.message}`
    if (seen.has(key)) continue
    seen.add(key)
    violations.push(violation)
  }
  return violations
}

function toViolation(source: ViolationSource, error: ErrorObject): Violation {
  const path = `${source}${error.instancePath}`
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required':
      return {
        location: `${path}/${String(params.missingProperty)}`,
        keyword: 'required',
        message: 'is required',
      }
    case 'additionalProperties':
      return {
        location: `${path}/${String(params.additionalProperty)}`,
        keyword: 'additionalProperties',
        message: 'is not a documented property',
      }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? []
      const message =
        allowed.length > 0
          ? `must be one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}`
          : error.message
      return { location: path, keyword: 'enum', message: `${message}, got ${preview(error.data)}` }
    }
    case 'type':
    case 'const':
    case 'format':
    case 'pattern':
      return {
        location: path,
        keyword: error.keyword,
        message: `${error.message}, got ${preview(error.data)}`,
      }
    case 'not': {
      // `not: { required: [a, b] }`: properties that must not be sent together (decision 66).
      const together = (error.schema as { required?: unknown } | undefined)?.required
      if (Array.isArray(together)) {
        return {
          location: path,
          keyword: 'not',
          message: `must not have ${together.map((name) => JSON.stringify(name)).join(' and ')} together (they name the same field; send one)`,
        }
      }
      return { location: path, keyword: 'not', message: error.message ?? 'is invalid' }
    }
    default:
      return { location: path, keyword: error.keyword, message: error.message ?? 'is invalid' }
  }
}

function preview(value: unknown): string {
  if (value === undefined) return 'nothing'
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
