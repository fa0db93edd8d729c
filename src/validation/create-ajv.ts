import { _, Ajv2020 } from 'ajv/dist/2020.js'
import formatsModule from 'ajv-formats'
import { caseInsensitiveEnumKeyword } from './case-insensitive-enum.ts'
import type { ValidatorSchemas } from './validator-schemas.ts'

// ajv-formats is CommonJS: Node hands over module.exports, bundlers its `default`.
const addFormats = ((formatsModule as unknown as { default?: unknown }).default ??
  formatsModule) as unknown as (ajv: Ajv2020) => Ajv2020

/** OpenAPI annotation keywords that Ajv's strict mode would otherwise reject. */
const OPENAPI_ANNOTATIONS = [
  'example',
  'xml',
  'externalDocs',
  'discriminator',
  // What the mock adds beyond a version's evidence (decision 65 and the v1 contract).
  'x-mock-extension',
]

/**
 * An Ajv 2020 instance that understands the OpenAPI 3.1 dialect used in `openapi/`.
 * `forParameters` coerces strings to the documented types (query, header and path values
 * arrive as text) and fills documented defaults. `standalone` keeps the generated source for
 * Ajv's standalone code (`npm run generate`, decision 145): its formats are read from the
 * `runtime` the generated code is given (see `standalone-runtime.ts`).
 */
function createAjv({
  forParameters,
  standalone = false,
}: {
  forParameters: boolean
  standalone?: boolean
}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    // `anyOf: [{ required: [url] }, { required: [invoke] }]` (Callback aliases) names
    // properties declared beside the anyOf, which strictRequired would reject.
    strictRequired: false,
    // The documents are checked against the meta-schemas by the test suite (swagger-parser,
    // redocly, strict compilation); repeating it at every start costs ~85 ms.
    validateSchema: false,
    verbose: true,
    coerceTypes: forParameters ? 'array' : false,
    useDefaults: forParameters,
    // A referenced schema is its own function, compiled once, not copied into every caller:
    // the standalone code of a contract is a quarter of the size (see validator-schemas.ts).
    inlineRefs: false,
    ...(standalone && { code: { source: true, lines: true, formats: _`runtime.formats` } }),
  })
  addFormats(ajv)
  ajv.addVocabulary(OPENAPI_ANNOTATIONS)
  ajv.addKeyword(caseInsensitiveEnumKeyword)
  return ajv
}

/**
 * The two Ajv instances of a contract, its component schemas added: `body` (request bodies,
 * responses, component schemas: both views' resources) and `parameters` (coercing: the
 * request view's resources). Used at run time and by `npm run generate` (`standalone`).
 *
 * @example
 * const { body, parameters } = createContractAjvs(validatorSchemas(orderApiDocument))
 * body.getSchema('response:Order') // the component's validator
 */
export function createContractAjvs(
  schemas: ValidatorSchemas,
  standalone = false,
): { body: Ajv2020; parameters: Ajv2020 } {
  const body = createAjv({ forParameters: false, standalone })
  for (const resource of [...schemas.resources.request, ...schemas.resources.response])
    body.addSchema(resource)
  const parameters = createAjv({ forParameters: true, standalone })
  for (const resource of schemas.resources.request) parameters.addSchema(resource)
  return { body, parameters }
}
