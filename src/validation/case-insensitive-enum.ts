import { _, type CodeKeywordDefinition, stringify } from 'ajv/dist/2020.js'
import { CASE_INSENSITIVE_ENUM } from './schema-views.ts'

/**
 * Ajv keyword: the value must equal one of the allowed strings, ignoring case, and is then
 * rewritten to the documented spelling (`"Person"` → `"person"`), DECISIONS 8.
 *
 * A code-generating keyword (not a `validate` function), so Ajv's standalone code can hold it:
 * the validators are compiled ahead of time by `npm run generate` (decision 145). Its error is
 * reported as `enum` by `toViolations`.
 */
export const caseInsensitiveEnumKeyword: CodeKeywordDefinition = {
  keyword: CASE_INSENSITIVE_ENUM,
  schemaType: 'array',
  error: {
    message: ({ schema }) =>
      `must be one of ${(schema as string[]).map((value) => JSON.stringify(value)).join(', ')}`,
    params: ({ schemaCode }) => _`{allowedValues: ${schemaCode}}`,
  },
  code(cxt) {
    const { gen, data, it } = cxt
    const allowed = cxt.schema as string[]
    if (!allowed.every((value) => typeof value === 'string')) {
      throw new Error(`Failed to compile ${CASE_INSENSITIVE_ENUM}: every value must be a string.`)
    }
    const lowered = allowed.map((value) => value.toLowerCase())
    // One constant per schema, not an array literal evaluated at every call.
    const loweredCode = gen.scopeValue('obj', { ref: lowered, code: stringify(lowered) })
    const index = gen.let('index', -1)
    gen.if(_`typeof ${data} == "string"`, () =>
      gen.assign(index, _`${loweredCode}.indexOf(${data}.toLowerCase())`),
    )
    cxt.fail(_`${index} === -1`)
    // The documented spelling replaces the value where it sits (the root value cannot be).
    gen.if(_`${index} !== -1 && ${it.parentData} !== undefined`, () => {
      const canonical = gen.const('canonical', _`${cxt.schemaValue}[${index}]`)
      gen.if(_`${canonical} !== ${data}`, () => {
        gen.assign(_`${it.parentData}[${it.parentDataProperty}]`, canonical, true)
        gen.assign(data, canonical, true)
      })
    })
  },
}
