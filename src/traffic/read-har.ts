import { Ajv, type ErrorObject } from 'ajv'
import formatsModule from 'ajv-formats'
import harSchemas from 'har-schema'
import type { Har } from './har-types.ts'

const addFormats = ((formatsModule as unknown as { default?: unknown }).default ??
  formatsModule) as unknown as (ajv: Ajv) => Ajv

/** A file that is not a HAR 1.2 archive: not JSON, or breaking the HAR schema. */
export class HarFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'HarFormatError'
  }
}

let validateHar: ReturnType<Ajv['compile']> | undefined

function harValidator(): ReturnType<Ajv['compile']> {
  if (validateHar) return validateHar
  // The project's Ajv (8), with the draft-06 meta-schema har-schema declares.
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false })
  addFormats(ajv)
  for (const [name, schema] of Object.entries(harSchemas)) {
    if (name !== 'har') ajv.addSchema(schema)
  }
  validateHar = ajv.compile(harSchemas.har as object)
  return validateHar
}

/**
 * Parses a HAR file's text and checks it against the HAR 1.2 schema (`har-schema`, the
 * schema `har-validator` used), refusing a malformed file with a message naming each
 * broken rule by its path (`log.entries[3].response.status`).
 *
 * @example
 * const har = parseHar(await readFile('checkout.har', 'utf8'), 'checkout.har')
 * har.log.entries.length // 42
 */
export function parseHar(text: string, source = 'the HAR file'): Har {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new HarFormatError(
      `Failed to read ${source}: it is not JSON (${(error as Error).message}). Hint: export the HAR again ("Save all as HAR" in the browser's network panel, or Playwright's recordHar).`,
    )
  }
  const validate = harValidator()
  if (!validate(value)) {
    const errors = validate.errors ?? []
    const listed = errors
      .slice(0, 5)
      .map((error) => `\n  - ${describeError(error)}`)
      .join('')
    const more = errors.length > 5 ? `\n  (and ${errors.length - 5} more)` : ''
    throw new HarFormatError(
      `Failed to read ${source}: it is not a HAR 1.2 file (${errors.length} problem${errors.length === 1 ? '' : 's'}):${listed}${more}\nHint: HAR 1.2 is { "log": { "version", "creator", "entries": [{ "startedDateTime", "time", "request", "response", "cache", "timings" }] } }.`,
    )
  }
  return value as Har
}

function describeError(error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .reduce(
      (text, segment) => (/^\d+$/.test(segment) ? `${text}[${segment}]` : `${text}.${segment}`),
      '',
    )
    .replace(/^\./, '')
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'required')
    return `${path ? `${path}.` : ''}${String(params.missingProperty)} is required`
  return `${path || '(the file)'} ${error.message ?? 'is invalid'}`
}
