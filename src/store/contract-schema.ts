import type { StandardSchemaV1 } from '@standard-schema/spec'
import { getOrderApiValidator, type OpenApiValidator } from '../validation/index.ts'

/**
 * A Standard Schema (what `@msw/data` collections take) backed by a component schema of
 * `openapi/order.yaml`, through the project's validator: the contract is never restated.
 *
 * @example
 * new Collection({ schema: createContractSchema<Order>('Order') })
 */
export function createContractSchema<Value>(
  schemaName: string,
  validator: OpenApiValidator = getOrderApiValidator(),
): StandardSchemaV1<Value, Value> {
  return {
    '~standard': {
      version: 1,
      vendor: 'norce-checkout-mock',
      validate(value) {
        const violations = validator.validateSchema(schemaName, value)
        if (violations.length === 0) return { value: value as Value }
        return {
          issues: violations.map((violation) => ({
            message: `${schemaName}: ${violation.location.replace(/^body/, '')} ${violation.message}`,
            path: violation.location.split('/').slice(1),
          })),
        }
      },
    },
  }
}

/**
 * A Standard Schema for a record that wraps a contract value with bookkeeping fields
 * (which order and payment a transaction belongs to, say).
 */
export function createWrappedContractSchema<StoredRecord extends object>(
  schemaName: string,
  valueKey: keyof StoredRecord & string,
  stringKeys: ReadonlyArray<keyof StoredRecord & string>,
): StandardSchemaV1<StoredRecord, StoredRecord> {
  const inner = createContractSchema<unknown>(schemaName)['~standard']
  return {
    '~standard': {
      version: 1,
      vendor: 'norce-checkout-mock',
      validate(record) {
        const issues: StandardSchemaV1.Issue[] = []
        const candidate = record as Record<string, unknown>
        for (const key of stringKeys) {
          if (typeof candidate[key] !== 'string')
            issues.push({ message: `${key} must be a string`, path: [key] })
        }
        const result = inner.validate(candidate[valueKey]) as StandardSchemaV1.Result<unknown>
        if (result.issues)
          issues.push(
            ...result.issues.map((issue) => ({
              ...issue,
              path: [valueKey, ...(issue.path ?? [])],
            })),
          )
        return issues.length === 0 ? { value: record as StoredRecord } : { issues }
      },
    },
  }
}
