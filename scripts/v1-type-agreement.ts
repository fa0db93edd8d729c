/**
 * Compares two openapi-typescript outputs, type by type, with the TypeScript compiler API:
 * the project's v1 contract (`src/generated/order-v1-api.ts`, from `openapi/order-v1.yaml`)
 * and Norce's own v1 types (`../shared/reference/norce-v1-types/order.ts`), decision 57.
 *
 * Run `npx tsx scripts/v1-type-agreement.ts` for the report; the test
 * `test/openapi/v1-types-agreement.test.ts` holds every difference to the allow-list.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const REFERENCE = 'shared/reference/norce-v1-types/order.ts'

/** `<repo>/../shared/...` (CI puts `shared/` beside the clone), else `/work/shared/...`. */
export function findNorceV1Types(): string | undefined {
  return [join(ROOT, '..', REFERENCE), join('/work', REFERENCE)].find((path) => existsSync(path))
}

/** Which side of the comparison has something. */
export type Side = 'mock' | 'v1'

/** One difference, named so that it reads as a sentence and can be allowed by that name. */
export interface Difference {
  /** `schema Order`, `operation CreateCheckoutOrder`. */
  item: string
  /** e.g. `property valueSum`, `response 409`, `response 201 body application/json`. */
  where: string
  /** e.g. `only in the mock`, `optional in v1, required in the mock`, `type differs`. */
  what: string
  /** `<item> <where>: <what>`, the name an allow-list entry matches. */
  name: string
  /** Only in an error response (status 4XX/5XX). */
  error: boolean
  detail?: string
}

export interface ItemResult {
  item: string
  kind: 'schema' | 'operation'
  /** Norce's v1 types have it (the 39 schemas and 34 operations counted). */
  inV1: boolean
  /** The item's own differences (other schemas it refers to are compared by name). */
  differences: Difference[]
  /** Resolved types assignable both ways (how the 22-of-73 baseline was measured). */
  resolvedAgree: boolean
  /** Resolved types assignable both ways, error responses left out. */
  resolvedAgreeWithoutErrors: boolean
  /** Schemas this item refers to, directly or not. */
  refersTo: string[]
  /** Schemas this item refers to outside its error responses, directly or not. */
  refersToOutsideErrors: string[]
}

export interface Agreement {
  items: ItemResult[]
  differences: Difference[]
}

type Sources = { mock: string; v1: string }

const SCHEMA_REFERENCE = /components\[(["'])schemas\1\]\[(["'])([^"']+)\2\]/g
const REF_TYPE = 'type __SchemaRef<Name extends string> = { readonly __schemaRef: Name }\n'
const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: [],
}
const ERROR_STATUSES = Array.from({ length: 200 }, (_, index) => 400 + index).join(' | ')

/**
 * Compares the mock's v1 types with Norce's, per schema and per operation.
 *
 * @example
 * const { items, differences } = compareV1Types()
 * differences.map((difference) => difference.name)
 * // ['schema ProblemDetails property code: only in the mock', ...]
 */
export function compareV1Types(sources: Sources = readSources()): Agreement {
  const files: Record<string, string> = {
    '/mock.ts': sources.mock,
    '/v1.ts': sources.v1,
    // References to other schemas become opaque names, so that a difference in one schema is
    // reported once, on that schema, not again on every schema and operation using it.
    '/mock-shallow.ts': REF_TYPE + sources.mock.replace(SCHEMA_REFERENCE, '__SchemaRef<"$3">'),
    '/v1-shallow.ts': REF_TYPE + sources.v1.replace(SCHEMA_REFERENCE, '__SchemaRef<"$3">'),
    '/resolved.ts': resolvedChecks(sources),
  }
  const program = createProgram(files)
  const checker = program.getTypeChecker()
  const syntax: readonly ts.Diagnostic[] = [
    ...program.getSyntacticDiagnostics(),
    ...program.getSemanticDiagnostics(program.getSourceFile('/resolved.ts')),
  ]
  if (syntax.length > 0) {
    throw new Error(
      `Failed to compile the types to compare: ${ts.flattenDiagnosticMessageText(syntax[0]?.messageText ?? '', ' ')}`,
    )
  }
  const exported = (file: string, name: string): ts.Type => {
    const source = program.getSourceFile(file)
    const module = source && checker.getSymbolAtLocation(source)
    const symbol = module && checker.getExportsOfModule(module).find((s) => s.name === name)
    if (!symbol) throw new Error(`Failed to find ${name} in ${file}.`)
    return checker.getDeclaredTypeOfSymbol(symbol)
  }
  const compare = new TypeComparison(checker)
  const root = (file: string) => {
    const components = exported(file, 'components')
    return {
      schemas: property(checker, components, 'schemas'),
      operations: exported(file, 'operations'),
    }
  }
  const roots = {
    mock: { shallow: root('/mock-shallow.ts'), deep: root('/mock.ts') },
    v1: { shallow: root('/v1-shallow.ts'), deep: root('/v1.ts') },
  }
  const resolved = exported('/resolved.ts', 'Resolved')

  const items: ItemResult[] = []
  for (const kind of ['schema', 'operation'] as const) {
    const container = kind === 'schema' ? 'schemas' : 'operations'
    const names = union(
      propertyNames(checker, roots.v1.shallow[container]),
      propertyNames(checker, roots.mock.shallow[container]),
    )
    for (const name of names) {
      const item = `${kind} ${name}`
      const side = (of: 'mock' | 'v1'): Pair | undefined => {
        const shallow = optionalProperty(checker, roots[of].shallow[container], name)
        const deep = optionalProperty(checker, roots[of].deep[container], name)
        return shallow && deep ? { shallow, deep } : undefined
      }
      const mock = side('mock')
      const v1 = side('v1')
      const differences: Difference[] = []
      if (!mock || !v1) {
        differences.push(difference(item, '', `only in ${mock ? 'the mock' : 'v1'}`))
      } else if (kind === 'schema') {
        differences.push(...compare.object(item, '', mock, v1))
      } else {
        differences.push(...compare.operation(item, mock, v1))
      }
      const referenced = (find: (type: ts.Type) => string[]) =>
        [
          ...new Set(
            [mock, v1]
              .filter((pair): pair is Pair => pair !== undefined)
              .flatMap((pair) => find(pair.shallow)),
          ),
        ].sort()
      const checks = optionalProperty(checker, resolved, `${kind}:${name}`)
      const flag = (key: string) =>
        checks !== undefined && checker.typeToString(property(checker, checks, key)) === 'true'
      items.push({
        item,
        kind,
        inV1: v1 !== undefined,
        differences,
        resolvedAgree: flag('withErrors'),
        resolvedAgreeWithoutErrors: flag('withoutErrors'),
        refersTo: referenced((type) => compare.referencedSchemas(type)),
        refersToOutsideErrors: referenced((type) =>
          kind === 'schema'
            ? compare.referencedSchemas(type)
            : compare.referencedSchemasOutsideErrors(type),
        ),
      })
    }
  }
  closeReferences(items)
  return { items, differences: items.flatMap((result) => result.differences) }
}

function readSources(): Sources {
  const reference = findNorceV1Types()
  if (!reference) {
    throw new Error(
      `Failed to find Norce's v1 types: neither ${join(ROOT, '..', REFERENCE)} nor /work/${REFERENCE} exists.`,
    )
  }
  return {
    mock: readFileSync(join(ROOT, 'src/generated/order-v1-api.ts'), 'utf8'),
    v1: readFileSync(reference, 'utf8'),
  }
}

/** `Resolved['schema:X' | 'operation:Y']`: the resolved types, assignable both ways? */
function resolvedChecks(sources: Sources): string {
  const names = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1])
  const all = (a: Array<string | undefined>, b: Array<string | undefined>) =>
    union(
      a.filter((name): name is string => name !== undefined),
      b.filter((name): name is string => name !== undefined),
    )
  const schemas = all(
    names(sources.mock, /^export type (\w+) =\s*components\[["']schemas["']\]/gm),
    names(sources.v1, /^export type (\w+) =\s*components\[["']schemas["']\]/gm),
  )
  const operations = all(
    names(sources.mock, /^ {2,4}(\w+): \{\n\s+parameters: \{/gm),
    names(sources.v1, /^ {2,4}(\w+): \{\n\s+parameters: \{/gm),
  )
  const lines = [
    "import type { components as MockComponents, operations as MockOperations } from './mock.ts'",
    "import type { components as V1Components, operations as V1Operations } from './v1.ts'",
    'type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false',
    `type ErrorStatus = ${ERROR_STATUSES}`,
    'type WithoutErrors<O> = O extends { responses: infer R }',
    '  ? Omit<O, "responses"> & { responses: Omit<R, ErrorStatus> }',
    '  : O',
    'type MockSchemas = MockComponents["schemas"]',
    'type V1Schemas = V1Components["schemas"]',
    'type Missing = { withErrors: false; withoutErrors: false }',
    'type SchemaCheck<N extends string> = N extends keyof MockSchemas & keyof V1Schemas',
    '  ? { withErrors: Mutual<MockSchemas[N], V1Schemas[N]>; withoutErrors: Mutual<MockSchemas[N], V1Schemas[N]> }',
    '  : Missing',
    'type OperationCheck<N extends string> = N extends keyof MockOperations & keyof V1Operations',
    '  ? {',
    '      withErrors: Mutual<MockOperations[N], V1Operations[N]>',
    '      withoutErrors: Mutual<WithoutErrors<MockOperations[N]>, WithoutErrors<V1Operations[N]>>',
    '    }',
    '  : Missing',
    'export type Resolved = {',
    ...schemas.map((name) => `  "schema:${name}": SchemaCheck<"${name}">`),
    ...operations.map((name) => `  "operation:${name}": OperationCheck<"${name}">`),
    '}',
  ]
  return `${lines.join('\n')}\n`
}

function createProgram(files: Record<string, string>): ts.Program {
  const host = ts.createCompilerHost(COMPILER_OPTIONS)
  const libDir = dirname(ts.getDefaultLibFilePath(COMPILER_OPTIONS))
  const original = { getSourceFile: host.getSourceFile, fileExists: host.fileExists }
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const text = files[fileName]
    return text === undefined
      ? original.getSourceFile.call(host, fileName, languageVersion, ...rest)
      : ts.createSourceFile(fileName, text, languageVersion, true)
  }
  host.fileExists = (fileName) => fileName in files || original.fileExists.call(host, fileName)
  host.getDefaultLibLocation = () => libDir
  host.getCurrentDirectory = () => '/'
  return ts.createProgram(Object.keys(files), COMPILER_OPTIONS, host)
}

/**
 * A type on one side, twice: `shallow` (references to other schemas kept as names) and `deep`
 * (resolved). Two members agree when either pair is assignable both ways: by name when both
 * refer to the same schema, structurally when one side spells out what the other names.
 */
interface Pair {
  shallow: ts.Type
  deep: ts.Type
}

/** Compares two sides member by member and names every difference. */
class TypeComparison {
  private readonly checker: ts.TypeChecker

  constructor(checker: ts.TypeChecker) {
    this.checker = checker
  }

  /** An object type (a schema, a parameter location): member by member. */
  object(item: string, where: string, mock: Pair, v1: Pair, error = false): Difference[] {
    const differences: Difference[] = []
    const at = (name: string) => (where ? `${where} ${name}` : name)
    const mockMembers = this.members(mock.shallow)
    const v1Members = this.members(v1.shallow)
    if (!mockMembers || !v1Members) {
      if (!this.agree(mock, v1)) {
        differences.push(this.typeDifference(item, where || 'type', mock, v1, error))
      }
      return differences
    }
    for (const name of union([...v1Members.keys()], [...mockMembers.keys()])) {
      const mockMember = mockMembers.get(name)
      const v1Member = v1Members.get(name)
      const place = at(`property ${name}`)
      if (!mockMember || !v1Member) {
        differences.push(
          difference(item, place, `only in ${mockMember ? 'the mock' : 'v1'}`, error),
        )
        continue
      }
      const optional = (symbol: ts.Symbol) => (symbol.flags & ts.SymbolFlags.Optional) !== 0
      if (optional(mockMember) !== optional(v1Member)) {
        differences.push(
          difference(
            item,
            place,
            optional(v1Member)
              ? 'optional in v1, required in the mock'
              : 'required in v1, optional in the mock',
            error,
          ),
        )
      }
      if (isReadonly(mockMember) !== isReadonly(v1Member)) {
        differences.push(
          difference(
            item,
            place,
            isReadonly(v1Member) ? 'read-only in v1 only' : 'read-only in the mock only',
            error,
          ),
        )
      }
      const mockType = this.member(mock, name)
      const v1Type = this.member(v1, name)
      if (mockType && v1Type && !this.agree(mockType, v1Type)) {
        differences.push(this.typeDifference(item, place, mockType, v1Type, error))
      }
    }
    const signatures = (type: ts.Type) =>
      this.checker
        .getIndexInfosOfType(type)
        .map((info) => this.checker.typeToString(info.keyType))
        .sort()
        .join(', ')
    if (signatures(mock.shallow) !== signatures(v1.shallow)) {
      differences.push(
        difference(
          item,
          at('index signature'),
          `mock [${signatures(mock.shallow) || 'none'}], v1 [${signatures(v1.shallow) || 'none'}]`,
          error,
        ),
      )
    }
    if (differences.length === 0 && !this.agree(mock, v1)) {
      differences.push(this.typeDifference(item, where || 'type', mock, v1, error))
    }
    return differences
  }

  /** An operation: parameters per location, the request body, every response. */
  operation(item: string, mock: Pair, v1: Pair): Difference[] {
    const differences: Difference[] = []
    for (const location of ['query', 'header', 'path', 'cookie']) {
      const mockParameters = this.present(this.path(mock, 'parameters', location))
      const v1Parameters = this.present(this.path(v1, 'parameters', location))
      const where = `parameters ${location}`
      if (!mockParameters && !v1Parameters) continue
      if (!mockParameters || !v1Parameters) {
        const present = (mockParameters ?? v1Parameters) as Pair
        for (const name of propertyNames(this.checker, present.shallow)) {
          differences.push(
            difference(
              item,
              `${where} property ${name}`,
              `only in ${mockParameters ? 'the mock' : 'v1'}`,
            ),
          )
        }
        continue
      }
      differences.push(...this.object(item, where, mockParameters, v1Parameters))
    }
    differences.push(...this.requestBody(item, mock, v1))
    const mockResponses = this.path(mock, 'responses')
    const v1Responses = this.path(v1, 'responses')
    const statuses = union(
      v1Responses ? propertyNames(this.checker, v1Responses.shallow) : [],
      mockResponses ? propertyNames(this.checker, mockResponses.shallow) : [],
    )
    for (const status of statuses) {
      const error = Number(status) >= 400
      const where = `response ${status}`
      const mockResponse = mockResponses && this.path(mockResponses, status)
      const v1Response = v1Responses && this.path(v1Responses, status)
      if (!mockResponse || !v1Response) {
        differences.push(
          difference(item, where, `only in ${mockResponse ? 'the mock' : 'v1'}`, error),
        )
        continue
      }
      const headers = (pair: Pair) => {
        const found = this.path(pair, 'headers')
        return found ? propertyNames(this.checker, found.shallow) : []
      }
      for (const header of union(headers(v1Response), headers(mockResponse))) {
        const inMock = headers(mockResponse).includes(header)
        const inV1 = headers(v1Response).includes(header)
        if (inMock !== inV1) {
          differences.push(
            difference(
              item,
              `${where} header ${header}`,
              `only in ${inMock ? 'the mock' : 'v1'}`,
              error,
            ),
          )
        }
      }
      differences.push(
        ...this.content(
          item,
          `${where} body`,
          this.path(mockResponse, 'content'),
          this.path(v1Response, 'content'),
          error,
        ),
      )
    }
    return differences
  }

  /** Schema names a shallow type refers to (kept there as `__SchemaRef<"Name">`). */
  referencedSchemas(type: ts.Type): string[] {
    const found = new Set<string>()
    const seen = new Set<ts.Type>()
    const walk = (inner: ts.Type, depth: number) => {
      if (depth > 8 || seen.has(inner)) return
      seen.add(inner)
      if (inner.aliasSymbol?.name === '__SchemaRef') {
        const argument = inner.aliasTypeArguments?.[0]
        if (argument?.isStringLiteral()) found.add(argument.value)
        return
      }
      if (inner.isUnionOrIntersection()) {
        for (const member of inner.types) walk(member, depth + 1)
        return
      }
      if (this.checker.isArrayType(inner)) {
        for (const argument of this.checker.getTypeArguments(inner as ts.TypeReference)) {
          walk(argument, depth + 1)
        }
        return
      }
      for (const member of this.checker.getPropertiesOfType(inner)) {
        walk(this.checker.getTypeOfSymbol(member), depth + 1)
      }
      for (const info of this.checker.getIndexInfosOfType(inner)) walk(info.type, depth + 1)
    }
    walk(type, 0)
    return [...found]
  }

  /** Schema names an operation refers to, its error responses left out. */
  referencedSchemasOutsideErrors(operation: ts.Type): string[] {
    const found = new Set<string>()
    for (const member of this.checker.getPropertiesOfType(operation)) {
      const type = this.checker.getTypeOfSymbol(member)
      if (member.name !== 'responses') {
        for (const name of this.referencedSchemas(type)) found.add(name)
        continue
      }
      for (const response of this.checker.getPropertiesOfType(
        this.checker.getNonNullableType(type),
      )) {
        if (Number(response.name) >= 400) continue
        for (const name of this.referencedSchemas(this.checker.getTypeOfSymbol(response))) {
          found.add(name)
        }
      }
    }
    return [...found]
  }

  private requestBody(item: string, mock: Pair, v1: Pair): Difference[] {
    const kind = (pair: Pair) => {
      const symbol = pair.shallow.getProperty('requestBody')
      const body = this.present(this.path(pair, 'requestBody'))
      if (!symbol || !body) return { kind: 'none' as const }
      const optional = (symbol.flags & ts.SymbolFlags.Optional) !== 0
      return { kind: optional ? ('optional' as const) : ('required' as const), body }
    }
    const mockBody = kind(mock)
    const v1Body = kind(v1)
    if (mockBody.kind === 'none' && v1Body.kind === 'none') return []
    if (mockBody.kind === 'none' || v1Body.kind === 'none') {
      return [
        difference(item, 'request body', `only in ${mockBody.kind === 'none' ? 'v1' : 'the mock'}`),
      ]
    }
    const differences: Difference[] = []
    if (mockBody.kind !== v1Body.kind) {
      differences.push(
        difference(item, 'request body', `${v1Body.kind} in v1, ${mockBody.kind} in the mock`),
      )
    }
    differences.push(
      ...this.content(
        item,
        'request body',
        this.path(mockBody.body, 'content'),
        this.path(v1Body.body, 'content'),
        false,
      ),
    )
    return differences
  }

  private content(
    item: string,
    where: string,
    mock: Pair | undefined,
    v1: Pair | undefined,
    error: boolean,
  ): Difference[] {
    const mockContent = this.present(mock)
    const v1Content = this.present(v1)
    const mediaTypes = (pair: Pair | undefined) =>
      pair ? propertyNames(this.checker, pair.shallow) : []
    const differences: Difference[] = []
    for (const mediaType of union(mediaTypes(v1Content), mediaTypes(mockContent))) {
      const place = `${where} ${mediaType}`
      const mockBody = mockContent && this.path(mockContent, mediaType)
      const v1Body = v1Content && this.path(v1Content, mediaType)
      if (!mockBody || !v1Body) {
        differences.push(difference(item, place, `only in ${mockBody ? 'the mock' : 'v1'}`, error))
        continue
      }
      if (!this.agree(mockBody, v1Body)) {
        differences.push(this.typeDifference(item, place, mockBody, v1Body, error))
      }
    }
    return differences
  }

  /** The pair of a member's types (without `undefined`), following `names` one by one. */
  private path(pair: Pair, ...names: string[]): Pair | undefined {
    let current: Pair | undefined = pair
    for (const name of names) {
      if (!current) return undefined
      current = this.member(current, name)
    }
    return current
  }

  private member(pair: Pair, name: string): Pair | undefined {
    const shallow = optionalProperty(
      this.checker,
      this.checker.getNonNullableType(pair.shallow),
      name,
    )
    const deep = optionalProperty(this.checker, this.checker.getNonNullableType(pair.deep), name)
    if (!shallow || !deep) return undefined
    return {
      shallow: this.checker.getNonNullableType(shallow),
      deep: this.checker.getNonNullableType(deep),
    }
  }

  private members(type: ts.Type): Map<string, ts.Symbol> | undefined {
    if (!(type.flags & ts.TypeFlags.Object) && !type.isIntersection()) return undefined
    if (this.checker.isArrayType(type)) return undefined
    if (type.aliasSymbol?.name === '__SchemaRef') return undefined
    return new Map(this.checker.getPropertiesOfType(type).map((symbol) => [symbol.name, symbol]))
  }

  /** The pair, unless it is `never`/`undefined` (what openapi-typescript writes for "none"). */
  private present(pair: Pair | undefined): Pair | undefined {
    if (!pair) return undefined
    return pair.shallow.flags & ts.TypeFlags.Never ? undefined : pair
  }

  private agree(mock: Pair, v1: Pair): boolean {
    return this.mutual(mock.shallow, v1.shallow) || this.mutual(mock.deep, v1.deep)
  }

  private mutual(a: ts.Type, b: ts.Type): boolean {
    return this.checker.isTypeAssignableTo(a, b) && this.checker.isTypeAssignableTo(b, a)
  }

  private typeDifference(
    item: string,
    where: string,
    mock: Pair,
    v1: Pair,
    error: boolean,
  ): Difference {
    const show = (type: ts.Type) =>
      this.checker
        .typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation)
        .replace(/__SchemaRef<"([^"]+)">/g, '$1')
    return {
      ...difference(item, where, 'type differs', error),
      detail: `mock ${show(mock.shallow)}; v1 ${show(v1.shallow)}`,
    }
  }
}

function difference(item: string, where: string, what: string, error = false): Difference {
  return { item, where, what, error, name: `${item}${where ? ` ${where}` : ''}: ${what}` }
}

function isReadonly(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some(
    (declaration) => (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Readonly) !== 0,
  )
}

function property(checker: ts.TypeChecker, type: ts.Type, name: string): ts.Type {
  const found = optionalProperty(checker, type, name)
  if (!found) throw new Error(`Failed to find the member ${name} of ${checker.typeToString(type)}.`)
  return found
}

function optionalProperty(
  checker: ts.TypeChecker,
  type: ts.Type,
  name: string,
): ts.Type | undefined {
  const symbol = checker.getPropertyOfType(type, name)
  return symbol ? checker.getTypeOfSymbol(symbol) : undefined
}

function propertyNames(checker: ts.TypeChecker, type: ts.Type): string[] {
  return checker.getPropertiesOfType(checker.getNonNullableType(type)).map((symbol) => symbol.name)
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])]
}

/** Extends each item's `refersTo` to every schema reachable through the schemas it names. */
function closeReferences(items: ItemResult[]): void {
  const direct = new Map(
    items
      .filter((result) => result.kind === 'schema')
      .map((result) => [result.item.slice('schema '.length), result.refersTo]),
  )
  const close = (names: string[]) => {
    const reached = new Set<string>()
    const queue = [...names]
    while (queue.length > 0) {
      const name = queue.pop() as string
      if (reached.has(name)) continue
      reached.add(name)
      queue.push(...(direct.get(name) ?? []))
    }
    return [...reached].sort()
  }
  for (const result of items) {
    result.refersTo = close(result.refersTo)
    result.refersToOutsideErrors = close(result.refersToOutsideErrors)
  }
}

/**
 * Counts the schemas and operations of Norce's v1 types (39 + 34 = 73) that agree with the
 * mock's: `agree`, no difference of their own and none in a schema they refer to;
 * `agreeWithoutErrors`, the same leaving error responses out; `resolvedAgree*`, the resolved
 * types assignable both ways (the measure of the 22-of-73 baseline, blind to `readonly` and
 * to extra optional members).
 *
 * @example
 * summarise(compareV1Types()) // { total: 73, schemas: 39, operations: 34, agree: 32, ... }
 */
export function summarise(agreement: Agreement) {
  const bySchema = new Map(
    agreement.items
      .filter((result) => result.kind === 'schema')
      .map((result) => [result.item.slice('schema '.length), result]),
  )
  const clean = (result: ItemResult, countErrors: boolean) =>
    result.differences.every((found) => !countErrors && found.error) &&
    (countErrors ? result.refersTo : result.refersToOutsideErrors).every(
      (name) => (bySchema.get(name)?.differences.length ?? 0) === 0,
    )
  const counted = agreement.items.filter((result) => result.inV1)
  const count = (predicate: (result: ItemResult) => boolean) => counted.filter(predicate).length
  return {
    total: counted.length,
    schemas: count((result) => result.kind === 'schema'),
    operations: count((result) => result.kind === 'operation'),
    agree: count((result) => clean(result, true)),
    agreeWithoutErrors: count((result) => clean(result, false)),
    resolvedAgree: count((result) => result.resolvedAgree),
    resolvedAgreeWithoutErrors: count((result) => result.resolvedAgreeWithoutErrors),
    onlyInTheMock: agreement.items.filter((result) => !result.inV1).map((result) => result.item),
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const agreement = compareV1Types()
  console.log(summarise(agreement))
  for (const found of agreement.differences) {
    console.log(
      `${found.error ? '  (error) ' : '  '}${found.name}${found.detail ? `  [${found.detail}]` : ''}`,
    )
  }
}
