import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'

const ajv = new Ajv2020({ strict: false, allErrors: false })
const compiled = new Map<string, ValidateFunction>()

/**
 * Whether `value` matches a notification's JSON Schema (2020-12). Schemas are compiled once
 * per distinct text; an empty or missing schema matches everything.
 */
export function matchesNotificationSchema(schema: object | undefined, value: unknown): boolean {
  if (!schema || Object.keys(schema).length === 0) return true
  return compileNotificationSchema(schema)(value)
}

/** Compiles a notification's schema, throwing a readable error when it is not a valid one. */
export function compileNotificationSchema(schema: object): ValidateFunction {
  const key = JSON.stringify(schema)
  let validate = compiled.get(key)
  if (!validate) {
    try {
      validate = ajv.compile(schema)
    } catch (error) {
      throw new Error(`not a valid JSON Schema (2020-12): ${(error as Error).message}`)
    }
    compiled.set(key, validate)
  }
  return validate
}
