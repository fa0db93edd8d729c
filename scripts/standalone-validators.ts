import type { Ajv2020 } from 'ajv/dist/2020.js'
import standaloneCodeModule from 'ajv/dist/standalone/index.js'
import { createContractAjvs } from '../src/validation/create-ajv.ts'
import type { JsonSchema, OpenApiDocument } from '../src/validation/openapi-types.ts'
import { componentReference, validatorSchemas } from '../src/validation/validator-schemas.ts'

// CommonJS: Node hands over module.exports (the function itself here), bundlers its `default`.
const standaloneCode = ((standaloneCodeModule as unknown as { default?: unknown }).default ??
  standaloneCodeModule) as (ajv: Ajv2020, refs: Record<string, string>) => string

/**
 * The Ajv runtime helpers the generated code may call, as Ajv writes them, and what they
 * become: a property of the `runtime` object the code is given (see
 * src/validation/standalone-runtime.ts). Any other `require` fails the generation.
 */
const RUNTIME_HELPERS: Record<string, string> = {
  'require("ajv/dist/runtime/ucs2length").default': 'runtime.ucs2length',
}

/**
 * The body of a function that builds every validator `compile` names, in `exports` by key:
 * Ajv's standalone code (decision 145) of one Ajv instance. A validator whose schema is a
 * component (`{ $ref: 'response:Order' }`) is the component's own function, and validators
 * with the same schema share one function: Ajv's standalone code repeats a function for every
 * export name that refers to it.
 */
function standaloneBody(ajv: Ajv2020, validators: Map<string, JsonSchema>): string {
  const ids = new Map<string, string>()
  const idBySchema = new Map<string, string>()
  for (const [key, schema] of validators) {
    const reference = componentReference(schema)
    if (reference) {
      ids.set(key, reference)
      continue
    }
    const text = JSON.stringify(schema)
    let id = idBySchema.get(text)
    if (!id) {
      id = `validator-${idBySchema.size}.json`
      ajv.addSchema(schema, id)
      idBySchema.set(text, id)
    }
    ids.set(key, id)
  }
  const exported = new Map<string, string>()
  const unique: Record<string, string> = {}
  const aliases: string[] = []
  for (const [key, id] of ids) {
    const first = exported.get(id)
    if (first) {
      aliases.push(`exports[${JSON.stringify(key)}] = exports[${JSON.stringify(first)}];`)
    } else {
      exported.set(id, key)
      unique[key] = id
    }
  }
  let code = standaloneCode(ajv, unique).replace(/^"use strict";\n?/, '')
  for (const [call, replacement] of Object.entries(RUNTIME_HELPERS))
    code = code.replaceAll(call, replacement)
  const unknown = /require\([^)]*\)/.exec(code)
  if (unknown) {
    throw new Error(
      `Failed to generate standalone validators: the code calls ${unknown[0]}, which RUNTIME_HELPERS (and src/validation/standalone-runtime.ts) do not provide.`,
    )
  }
  return `${code}\n${aliases.join('\n')}`
}

/**
 * The module of validators compiled ahead of time for `document` (after the banner): two
 * functions, each building the validators of one of the two Ajv instances of
 * src/validation/create-ajv.ts, keyed as src/validation/validator-schemas.ts names them.
 */
export function renderStandaloneValidators(document: OpenApiDocument, title: string): string {
  const schemas = validatorSchemas(document)
  const { body, parameters } = schemas.all()
  const { body: bodyAjv, parameters: parameterAjv } = createContractAjvs(schemas, true)
  return [
    "// @ts-nocheck: Ajv's standalone code is JavaScript; the two exports are typed below.",
    "import type { ValidateFunction } from 'ajv/dist/2020.js'",
    '',
    '/** What the code calls at run time (src/validation/standalone-runtime.ts): this file imports nothing. */',
    'export interface StandaloneRuntime {',
    '  formats: Record<string, unknown>',
    '  ucs2length: (text: string) => number',
    '}',
    '',
    `/** ${title}: the validators of request bodies, responses and component schemas (no coercion), by key. */`,
    'export function createBodyValidators(runtime: StandaloneRuntime): Record<string, ValidateFunction> {',
    '  const exports = {}',
    standaloneBody(bodyAjv, body),
    '  return exports',
    '}',
    '',
    `/** ${title}: the validators of path, query and header parameters (coercing, filling defaults), by key. */`,
    'export function createParameterValidators(runtime: StandaloneRuntime): Record<string, ValidateFunction> {',
    '  const exports = {}',
    standaloneBody(parameterAjv, parameters),
    '  return exports',
    '}',
    '',
  ].join('\n')
}
