import type { ErrorObject } from 'ajv/dist/2020.js'
import { CASE_INSENSITIVE_ENUM } from './schema-views.ts'

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

/**
 * Most violations a problem lists (issue 15, finding 12): a 1 MiB body can break 125,000
 * rules, and listing them all cost megabytes per answer. Past it, one last `truncated` entry
 * says how many more there were.
 */
export const MAX_VIOLATIONS = 100
/** Longest `location` or `message` a violation keeps (a property name can be 1 MiB long). */
const MAX_VIOLATION_TEXT = 300

/**
 * Keeps the first {@link MAX_VIOLATIONS} violations (texts cut to {@link MAX_VIOLATION_TEXT}
 * characters, marked with `…`) and, when there were more, adds one entry saying how many
 * were left out. A list already capped is returned as is.
 *
 * @example
 * capViolations(manyViolations).at(-1)
 * // { location: 'body', keyword: 'truncated', message: '124900 more violations not listed' }
 */
export function capViolations(violations: readonly Violation[], leftOut = 0): Violation[] {
  const kept: Violation[] = []
  let more = leftOut
  for (const violation of violations) {
    if (violation.keyword === 'truncated') {
      more += Number.parseInt(violation.message, 10) || 0
    } else if (kept.length < MAX_VIOLATIONS) {
      kept.push(shorten(violation))
    } else {
      more++
    }
  }
  if (more > 0) {
    kept.push({
      location: kept[0]?.location.split('/')[0] ?? 'body',
      keyword: 'truncated',
      message: `${more} more violation${more === 1 ? '' : 's'} not listed`,
    })
  }
  return kept
}

/** How many violations `list` stands for, counting the ones a `truncated` entry left out. */
export function countViolations(violations: readonly Violation[]): number {
  let count = 0
  for (const violation of violations) {
    count += violation.keyword === 'truncated' ? Number.parseInt(violation.message, 10) || 0 : 1
  }
  return count
}

function shorten(violation: Violation): Violation {
  if (
    violation.location.length <= MAX_VIOLATION_TEXT &&
    violation.message.length <= MAX_VIOLATION_TEXT
  ) {
    return violation
  }
  return {
    location: cut(violation.location),
    keyword: violation.keyword,
    message: cut(violation.message),
  }
}

function cut(text: string): string {
  return text.length <= MAX_VIOLATION_TEXT ? text : `${text.slice(0, MAX_VIOLATION_TEXT - 1)}…`
}

/**
 * Turns Ajv's errors into violations, one per broken rule, under `source`: at most
 * {@link MAX_VIOLATIONS}, then one `truncated` entry counting the rest.
 */
export function toViolations(
  source: ViolationSource,
  errors: readonly ErrorObject[] | null | undefined,
): Violation[] {
  const violations: Violation[] = []
  const seen = new Set<string>()
  let leftOut = 0
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
    if (violations.length >= MAX_VIOLATIONS) {
      leftOut++
      continue
    }
    violations.push(shorten(violation))
  }
  return leftOut > 0 ? capViolations(violations, leftOut) : violations
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
    case 'enum':
    // Request-side string enums (case-insensitive, DECISIONS 8) are still the enum rule.
    case CASE_INSENSITIVE_ENUM: {
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
