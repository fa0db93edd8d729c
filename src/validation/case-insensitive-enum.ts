import type { FuncKeywordDefinition } from 'ajv/dist/2020.js'
import { CASE_INSENSITIVE_ENUM } from './schema-views.ts'

type EnumCheck = ((
  allowed: string[],
  data: unknown,
  parentSchema: unknown,
  context?: { parentData?: unknown; parentDataProperty?: string | number },
) => boolean) & { errors?: Array<{ keyword: string; message: string; params: object }> }

/**
 * Ajv keyword: the value must equal one of the allowed strings, ignoring case, and is then
 * rewritten to the documented spelling (`"Person"` → `"person"`), DECISIONS 8.
 */
export const caseInsensitiveEnumKeyword: FuncKeywordDefinition = {
  keyword: CASE_INSENSITIVE_ENUM,
  schemaType: 'array',
  modifying: true,
  errors: true,
  validate: checkCaseInsensitiveEnum as NonNullable<FuncKeywordDefinition['validate']>,
}

function checkCaseInsensitiveEnum(...args: Parameters<EnumCheck>): boolean {
  const [allowed, data, , context] = args
  const self = checkCaseInsensitiveEnum as unknown as EnumCheck
  const canonical =
    typeof data === 'string'
      ? allowed.find((value) => value.toLowerCase() === data.toLowerCase())
      : undefined
  if (canonical === undefined) {
    self.errors = [
      {
        keyword: 'enum',
        message: `must be one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}`,
        params: { allowedValues: allowed },
      },
    ]
    return false
  }
  const parent = context?.parentData
  const key = context?.parentDataProperty
  if (canonical !== data && parent !== undefined && key !== undefined) {
    ;(parent as Record<string | number, unknown>)[key] = canonical
  }
  return true
}
