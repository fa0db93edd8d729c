import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js'
import { cloneJson } from './clone-json.ts'
import { createContractAjvs } from './create-ajv.ts'
import type { JsonSchema, OpenApiDocument } from './openapi-types.ts'
import { indexOperations, type OperationDescription } from './operation-index.ts'
import { standaloneRuntime } from './standalone-runtime.ts'
import {
  componentReference,
  type ParameterLocation,
  type SchemaView,
  type ValidatorSchemas,
  validatorKeys,
  validatorSchemas,
} from './validator-schemas.ts'
import { capViolations, toViolations, type Violation, type ViolationSource } from './violation.ts'

type QueryValues = Record<string, string | string[] | undefined>

/** The parts of a request the validator looks at; header names in any case. */
export interface RequestParts {
  params?: Record<string, string | undefined>
  query?: QueryValues
  headers?: Record<string, string | undefined>
  body?: unknown
  /**
   * The body is the validator's to normalise in place (a value just parsed from the request's
   * text, which nobody else holds), so it is not copied first. Default: copied.
   */
  bodyIsOwned?: boolean
}

/** Validated, normalised copies: types coerced, defaults filled, enums in documented case. */
export interface NormalisedRequest {
  params: Record<string, unknown>
  query: Record<string, unknown>
  headers: Record<string, unknown>
  body: unknown
}

export interface RequestValidationResult {
  valid: boolean
  violations: Violation[]
  request: NormalisedRequest
}

export interface OpenApiValidator {
  readonly document: OpenApiDocument
  readonly operations: ReadonlyMap<string, OperationDescription>
  validateRequest(operationId: string, parts: RequestParts): RequestValidationResult
  validateResponse(
    operationId: string,
    status: number,
    body: unknown,
    options?: { contentType?: string },
  ): Violation[]
  validateSchema(schemaName: string, value: unknown, view?: SchemaView): Violation[]
  /**
   * Checks a value as a request would be checked, and returns the normalised copy (enums in
   * their documented case) with the violations.
   */
  normaliseSchemaValue(
    schemaName: string,
    value: unknown,
  ): { violations: Violation[]; value: unknown }
}

/** The runtime helpers standalone code is given (see `standalone-runtime.ts`). */
type StandaloneRuntime = typeof standaloneRuntime

/**
 * A contract's validators compiled ahead of time: the two functions of a generated
 * `src/generated/*-validators.ts` module (decision 145), each run once, on first use.
 */
export interface PrecompiledValidators {
  createBodyValidators(runtime: StandaloneRuntime): Record<string, ValidateFunction>
  createParameterValidators(runtime: StandaloneRuntime): Record<string, ValidateFunction>
}

/** One parameter location of an operation: where its values are, and which are numbers. */
interface ParameterCheck {
  location: ParameterLocation
  part: keyof NormalisedRequest
  source: ViolationSource
  /**
   * The integer and number parameters, held to decimal text (decision 91): each by the name
   * its value has in the request (header names lower-cased).
   */
  numeric: NumericParameter[]
  /** Its validator, once looked up. */
  validate?: ValidateFunction
}

/** An integer or number parameter, by the name its value has in the normalised request. */
interface NumericParameter {
  name: string
  integer: boolean
}

/** What an operation's request checks need, worked out once per operation. */
interface OperationPlan {
  parameters: ParameterCheck[]
  /** The validator of its JSON request body, once looked up. */
  validateBody?: ValidateFunction
}

const NO_VIOLATIONS: readonly Violation[] = Object.freeze([])

/** Parameters are checked by the coercing Ajv instance, everything else by the plain one. */
type ValidatorKind = 'body' | 'parameters'

const LOCATIONS: ReadonlyArray<[ParameterLocation, keyof NormalisedRequest, ViolationSource]> = [
  ['path', 'params', 'path'],
  ['query', 'query', 'query'],
  ['header', 'headers', 'header'],
]

/**
 * Compiles an OpenAPI 3.1 document once and checks requests and responses against it,
 * returning every violation as data. Validators are compiled on first use and cached (the
 * package's own contracts use validators compiled ahead of time instead: `getOrderApiValidator`).
 *
 * @example
 * const validator = createOpenApiValidator(orderApiDocument)
 * const { valid, violations } = validator.validateRequest('CreateCheckoutOrder', {
 *   headers: { 'x-merchant': 'norce', 'x-channel': 'se' },
 *   body: { cart: { items: [{ quantity: '2' }] } },
 * })
 * // violations[0] → { location: 'body/cart/items/0/quantity', keyword: 'type', ... }
 */
export function createOpenApiValidator(document: OpenApiDocument): OpenApiValidator {
  return createValidator(document)
}

/**
 * The validator of `document`, taking each validator from `precompiled` (the generated module
 * of that very document, kept in step by the drift test) and compiling at run time only what
 * it lacks, or everything when there is none (`createOpenApiValidator` of any document).
 */
export function createValidator(
  document: OpenApiDocument,
  precompiled?: PrecompiledValidators,
): OpenApiValidator {
  const operations = indexOperations(document)
  const cache = new Map<string, ValidateFunction>()
  const operationPlans = new Map<string, OperationPlan>()

  /**
   * The parameter locations an operation has, each with its parameters and numeric ones:
   * worked out once (the validators are looked up on first use).
   */
  function operationPlan(operation: OperationDescription): OperationPlan {
    let plan = operationPlans.get(operation.operationId)
    if (!plan) {
      plan = { parameters: [] }
      for (const [location, part, source] of LOCATIONS) {
        const parameters = operation.parameters.filter((parameter) => parameter.in === location)
        if (parameters.length === 0) continue
        const numeric = parameters.flatMap((parameter): NumericParameter[] => {
          const type = (parameter.schema as { type?: unknown } | undefined)?.type
          if (type !== 'integer' && type !== 'number') return []
          const name = source === 'header' ? parameter.name.toLowerCase() : parameter.name
          return [{ name, integer: type === 'integer' }]
        })
        plan.parameters.push({ location, part, source, numeric })
      }
      operationPlans.set(operation.operationId, plan)
    }
    return plan
  }
  const compiled: Partial<Record<ValidatorKind, Record<string, ValidateFunction>>> = {}
  let compiler: Compiler | undefined

  /** The validator named `key`: precompiled, or compiled now from `schemaOf` and cached. */
  function validator(
    kind: ValidatorKind,
    key: string,
    schemaOf: (schemas: ValidatorSchemas) => JsonSchema | undefined,
  ): ValidateFunction {
    let validate = cache.get(key)
    if (validate) return validate
    if (precompiled) {
      compiled[kind] ??=
        kind === 'body'
          ? precompiled.createBodyValidators(standaloneRuntime)
          : precompiled.createParameterValidators(standaloneRuntime)
      validate = compiled[kind][key]
    }
    if (!validate) {
      compiler ??= createCompiler(document)
      const schema = schemaOf(compiler.schemas)
      if (!schema) throw new Error(`Failed to compile the validator "${key}": it has no schema.`)
      validate = compiler.compile(kind, schema)
    }
    cache.set(key, validate)
    return validate
  }

  function requireOperation(operationId: string): OperationDescription {
    const operation = operations.get(operationId)
    if (!operation) {
      throw new Error(
        `Failed to validate "${operationId}": no such operationId in ${document.info.title}.`,
      )
    }
    return operation
  }

  function validateRequest(operationId: string, parts: RequestParts): RequestValidationResult {
    const operation = requireOperation(operationId)
    const plan = operationPlan(operation)
    const violations: Violation[] = []
    const request: NormalisedRequest = {
      params: { ...parts.params },
      query: { ...parts.query },
      headers: lowerCaseKeys(parts.headers),
      body: parts.body === undefined || parts.bodyIsOwned ? parts.body : cloneJson(parts.body),
    }
    for (const check of plan.parameters) {
      const { location, part, source, numeric } = check
      check.validate ??= validator(
        'parameters',
        validatorKeys.parameters(operationId, location),
        (schemas) => schemas.parameters(operationId, location),
      )
      const validate = check.validate
      const values = request[part] as Record<string, unknown>
      const strict =
        numeric.length === 0 ? NO_VIOLATIONS : strictNumberViolations(numeric, values, source)
      if (!validate(values)) {
        const failed = new Set(strict.map((violation) => violation.location))
        append(
          violations,
          toViolations(source, validate.errors).filter(
            (violation) => !failed.has(violation.location),
          ),
        )
      }
      append(violations, strict)
    }
    const body = operation.requestBody
    if (body) {
      if (request.body === undefined) {
        if (body.required) {
          violations.push({
            location: 'body',
            keyword: 'required',
            message: 'a request body is required',
          })
        }
      } else {
        if (body.content['application/json']) {
          plan.validateBody ??= validator(
            'body',
            validatorKeys.requestBody(operationId),
            (schemas) => schemas.requestBody(operationId),
          )
          const validate = plan.validateBody
          if (!validate(request.body)) append(violations, toViolations('body', validate.errors))
        }
      }
    } else if (request.body !== undefined) {
      violations.push({
        location: 'body',
        keyword: 'requestBody',
        message: 'this operation takes no request body',
      })
    }
    return { valid: violations.length === 0, violations: capViolations(violations), request }
  }

  function validateResponse(
    operationId: string,
    status: number,
    body: unknown,
    options: { contentType?: string } = {},
  ): Violation[] {
    const operation = requireOperation(operationId)
    const statusKey = [String(status), `${String(status)[0]}XX`, 'default'].find(
      (key) => key in operation.responses,
    )
    if (!statusKey) {
      return [
        {
          location: 'status',
          keyword: 'documented',
          message: `${status} is not a documented response of ${operationId} (documented: ${Object.keys(operation.responses).join(', ')})`,
        },
      ]
    }
    const content = operation.responses[statusKey]?.content
    if (!content || Object.keys(content).length === 0) {
      return body === undefined || body === null || body === ''
        ? []
        : [
            {
              location: 'body',
              keyword: 'content',
              message: `${operationId} ${status} has no documented body`,
            },
          ]
    }
    const mediaType = options.contentType?.split(';')[0]?.trim().toLowerCase()
    const candidates = mediaType
      ? Object.keys(content).filter((type) => type === mediaType)
      : Object.keys(content)
    if (candidates.length === 0) {
      return [
        {
          location: 'header/content-type',
          keyword: 'content',
          message: `${mediaType} is not documented for ${operationId} ${status} (documented: ${Object.keys(content).join(', ')})`,
        },
      ]
    }
    let best: Violation[] | undefined
    for (const candidate of candidates) {
      if (!content[candidate]) return []
      const validate = validator(
        'body',
        validatorKeys.response(operationId, statusKey, candidate),
        (schemas) => schemas.response(operationId, statusKey, candidate),
      )
      if (validate(body)) return []
      const violations = toViolations('body', validate.errors)
      if (!best || violations.length < best.length) best = violations
    }
    return best ?? []
  }

  function schemaValidator(schemaName: string, view: SchemaView): ValidateFunction {
    if (!document.components?.schemas?.[schemaName]) {
      throw new Error(`Failed to validate against "${schemaName}": no such schema in components.`)
    }
    return validator('body', validatorKeys.schema(view, schemaName), (schemas) =>
      schemas.schema(view, schemaName),
    )
  }

  function validateSchema(
    schemaName: string,
    value: unknown,
    view: SchemaView = 'response',
  ): Violation[] {
    if (view === 'request') return normaliseSchemaValue(schemaName, value).violations
    const validate = schemaValidator(schemaName, view)
    return validate(value) ? [] : toViolations('body', validate.errors)
  }

  function normaliseSchemaValue(
    schemaName: string,
    value: unknown,
  ): { violations: Violation[]; value: unknown } {
    const validate = schemaValidator(schemaName, 'request')
    // Request-side validation normalises enums in place: never touch the caller's value.
    const copy = cloneJson(value)
    return { violations: validate(copy) ? [] : toViolations('body', validate.errors), value: copy }
  }

  return {
    document,
    operations,
    validateRequest,
    validateResponse,
    validateSchema,
    normaliseSchemaValue,
  }
}

/** A whole number as people write it: decimal digits, an optional minus, nothing else. */
const INTEGER_TEXT = /^-?\d+$/
/** A decimal number: no `Infinity`, `0x10`, `0b11`, `+5` or blanks. */
const NUMBER_TEXT = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/

/**
 * Parameters arrive as text, and Ajv's coercion reads it as `Number()` does: `Infinity`,
 * `1e400`, `0x10`, `0b11` and `+5` became numbers (issue 15, finding 15). Numeric parameters
 * must be written in decimal, integers within the safe range, numbers finite.
 */
function strictNumberViolations(
  parameters: readonly NumericParameter[],
  values: Record<string, unknown>,
  source: ViolationSource,
): readonly Violation[] {
  const violations: Violation[] = []
  for (const { name, integer } of parameters) {
    const value = values[name]
    for (const text of Array.isArray(value) ? value : [value]) {
      if (typeof text !== 'string') continue
      const valid = integer
        ? INTEGER_TEXT.test(text) && Number.isSafeInteger(Number(text))
        : NUMBER_TEXT.test(text) && Number.isFinite(Number(text))
      if (valid) continue
      const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text
      violations.push({
        location: `${source}/${name}`,
        keyword: 'type',
        message: integer
          ? `must be integer (decimal digits, at most ${Number.MAX_SAFE_INTEGER}), got "${shown}"`
          : `must be number (a finite decimal), got "${shown}"`,
      })
      break
    }
  }
  return violations
}

/** `push(...list)` passes every item as an argument: past ~100k the stack overflows. */
function append(target: Violation[], list: readonly Violation[]): void {
  for (const item of list) target.push(item)
}

/** The two Ajv instances of run-time compilation, made on first need (see `create-ajv.ts`). */
interface Compiler {
  schemas: ValidatorSchemas
  compile(kind: ValidatorKind, schema: JsonSchema): ValidateFunction
}

function createCompiler(document: OpenApiDocument): Compiler {
  const schemas = validatorSchemas(document)
  const { body, parameters } = createContractAjvs(schemas)
  const compile = (ajv: Ajv2020, schema: JsonSchema): ValidateFunction => {
    // A component (`{ $ref: 'response:Order' }`) is compiled once, as its own resource.
    const reference = componentReference(schema)
    if (reference) {
      const validate = ajv.getSchema(reference)
      if (validate) return validate
    }
    return ajv.compile(schema)
  }
  return {
    schemas,
    compile: (kind, schema) => compile(kind === 'body' ? body : parameters, schema),
  }
}

function lowerCaseKeys(
  headers: Record<string, string | undefined> | undefined,
): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined) result[name.toLowerCase()] = value
  }
  return result
}
