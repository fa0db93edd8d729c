import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import { RE2JS } from 're2js'

/**
 * Schema `pattern`s run on RE2 (re2js): linear time in the input, so a pattern like
 * `^(a+)+$` cannot stall the server (decision 84). Lookarounds and backreferences, which RE2
 * cannot run in linear time, are refused when the notification is registered.
 */
const re2Engine = Object.assign((pattern: string) => RE2JS.compile(pattern), { code: 'RE2JS' })

/** Checks schemas against the 2020-12 meta-schema; never holds a notification's schema. */
let checker: Ajv2020 | undefined

/**
 * Compiles a notification's schema in an Ajv of its own (decision 85): its `$id`s are seen by
 * no other notification or tenant, and the compiled code goes with it. Throws a readable
 * error when it is not a valid JSON Schema (2020-12) or uses a pattern RE2 cannot run.
 *
 * @example
 * compileNotificationSchema({ type: 'string', pattern: '^(a+)+$' })('aaaa') // true, in linear time
 */
export function compileNotificationSchema(schema: object): ValidateFunction {
  try {
    checker ??= new Ajv2020({ strict: false, code: { regExp: re2Engine } })
    if (!checker.validateSchema(schema)) throw new Error(checker.errorsText(checker.errors))
    const ajv = new Ajv2020({
      strict: false,
      allErrors: false,
      validateSchema: false,
      code: { regExp: re2Engine },
    })
    return ajv.compile(schema)
  } catch (error) {
    throw new Error(`not a valid JSON Schema (2020-12): ${(error as Error).message}`)
  }
}

interface Entry {
  validate: ValidateFunction | undefined
  /** How many (order, notification) pairs use this schema text. */
  users: number
}

/**
 * The compiled notification schemas of one store, kept while a stored order's notification
 * uses them: re-registering, removing a notification or deleting its order frees what no one
 * uses; a reset or import frees all, and so does dropping the store (decision 85).
 *
 * @example
 * const schemas = createNotificationSchemas()
 * schemas.track(order.id, order.notifications)
 * schemas.matches(notification.schema, value)
 */
export function createNotificationSchemas() {
  const entries = new Map<string, Entry>()
  const usedBy = new Map<string, Set<string>>()

  const keyOf = (schema: object | undefined) =>
    schema && Object.keys(schema).length > 0 ? JSON.stringify(schema) : undefined

  function release(orderId: string, keep: ReadonlySet<string> = new Set()): void {
    for (const key of usedBy.get(orderId) ?? []) {
      if (keep.has(key)) continue
      const entry = entries.get(key)
      if (entry && --entry.users <= 0) entries.delete(key)
    }
    if (keep.size === 0) usedBy.delete(orderId)
  }

  return {
    /** Records which schemas the stored order uses now; frees those nobody uses any more. */
    track(orderId: string, notifications: ReadonlyArray<{ schema?: object }> | undefined): void {
      const now = new Set<string>()
      for (const notification of notifications ?? []) {
        const key = keyOf(notification.schema)
        if (key) now.add(key)
      }
      const previous = usedBy.get(orderId) ?? new Set<string>()
      for (const key of now) {
        if (previous.has(key)) continue
        const entry = entries.get(key)
        if (entry) entry.users++
        else entries.set(key, { validate: undefined, users: 1 })
      }
      release(orderId, now)
      if (now.size > 0) usedBy.set(orderId, now)
    },
    /** The order is gone: its schemas are no longer its. */
    forget(orderId: string): void {
      release(orderId)
    },
    /** Whether `value` matches `schema`; an empty or missing schema matches everything. */
    matches(schema: object | undefined, value: unknown): boolean {
      const key = keyOf(schema)
      if (!key) return true
      const entry = entries.get(key)
      if (!entry) return compileNotificationSchema(schema as object)(value) // not tracked: not kept
      entry.validate ??= compileNotificationSchema(schema as object)
      return entry.validate(value)
    },
    /** How many compiled schemas are held (for tests and the admin view). */
    compiledCount(): number {
      let count = 0
      for (const entry of entries.values()) if (entry.validate) count++
      return count
    },
    clear(): void {
      entries.clear()
      usedBy.clear()
    },
  }
}

export type NotificationSchemas = ReturnType<typeof createNotificationSchemas>
