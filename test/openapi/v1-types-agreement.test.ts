import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type Agreement,
  compareV1Types,
  type Difference,
  findNorceV1Types,
  summarise,
} from '../../scripts/v1-type-agreement.ts'
import { getOrderApiValidator } from '../../src/validation/index.ts'
import { dereference } from '../../src/validation/json-pointer.ts'
import type { OpenApiDocument } from '../../src/validation/openapi-types.ts'

interface AllowedDifference {
  difference: string
  reason: string
}

const ALLOWED: AllowedDifference[] = JSON.parse(
  readFileSync(new URL('v1-types-allowed-differences.json', import.meta.url), 'utf8'),
).allowed

/** `*` stands for one word (an operationId, a status); everything else is literal. */
function matcher(pattern: string): RegExp {
  const literal = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${literal.join('[^ ]+')}$`)
}

function unexplained(agreement: Agreement): string[] {
  const patterns = ALLOWED.map((entry) => matcher(entry.difference))
  return agreement.differences
    .filter((found) => !patterns.some((pattern) => pattern.test(found.name)))
    .map((found) => `${found.name}${found.detail ? ` (${found.detail})` : ''}`)
}

type Raw = Record<string, unknown>

/**
 * The object of `openapi/order-v1.yaml` that must carry `x-mock-extension` for a difference
 * (the mock doing more than the v1 types): the response, header, parameter, request body,
 * property or schema the difference is about.
 */
function markerOf(found: Difference): Raw {
  const validator = getOrderApiValidator('v1')
  const document: OpenApiDocument = validator.document
  const resolve = (value: unknown) => dereference<Raw>(document, value as Raw)
  const [kind, name] = found.item.split(' ') as [string, string]
  if (kind === 'schema') {
    const schema = resolve(document.components?.schemas?.[name])
    const property = /^property (\S+)$/.exec(found.where)?.[1]
    if (property && found.what === 'only in the mock') {
      return resolve((schema.properties as Raw)[property])
    }
    return schema
  }
  const operation = validator.operations.get(name)
  if (!operation) throw new Error(`${name} is not an operation of the v1 contract`)
  const pathItem = document.paths[operation.path] as Raw
  const raw = pathItem[operation.method] as Raw
  const parameter = /^parameters (\w+) property (\S+)$/.exec(found.where)
  if (parameter) {
    const all = [
      ...((pathItem.parameters as unknown[]) ?? []),
      ...((raw.parameters as unknown[]) ?? []),
    ]
    const match = all.map(resolve).find((p) => p.in === parameter[1] && p.name === parameter[2])
    if (!match) throw new Error(`no parameter ${parameter[2]} on ${name}`)
    return match
  }
  if (found.where.startsWith('request body')) return resolve(raw.requestBody)
  const response = /^response (\d+)(?: header (\S+))?/.exec(found.where)
  if (response) {
    const object = resolve((raw.responses as Raw)[response[1] as string])
    return response[2] ? resolve((object.headers as Raw)[response[2]]) : object
  }
  throw new Error(`no rule finds the contract object of "${found.name}"`)
}

const MOCK_TYPES = readFileSync(
  new URL('../../src/generated/order-v1-api.ts', import.meta.url),
  'utf8',
)
const NORCE_TYPES_PATH = findNorceV1Types()

describe("openapi/order-v1.yaml against Norce's v1 types (decision 57)", () => {
  let agreement: Agreement

  beforeAll(() => {
    expect(
      NORCE_TYPES_PATH,
      "Norce's v1 types: <repo>/../shared/reference/norce-v1-types/order.ts",
    ).toBeDefined()
    agreement = compareV1Types()
    const summary = summarise(agreement)
    console.info(
      `v1 types agreement: ${summary.agree} of ${summary.total} schemas and operations agree ` +
        `(${summary.agreeWithoutErrors} leaving error responses out); assignable both ways once ` +
        `resolved: ${summary.resolvedAgree} (${summary.resolvedAgreeWithoutErrors} without error ` +
        `responses). ${agreement.differences.length} differences, all allowed with a reason.`,
    )
  }, 120_000)

  it('compares every schema and operation of the v1 types, and the mock has no others', () => {
    const summary = summarise(agreement)
    expect(summary).toMatchObject({ total: 73, schemas: 39, operations: 34, onlyInTheMock: [] })
  })

  it('finds no difference that the allow-list does not explain', () => {
    expect(unexplained(agreement)).toEqual([])
  })

  it('keeps no allow-list entry that no longer matches a difference', () => {
    const stale = ALLOWED.filter(
      (entry) => !agreement.differences.some((found) => matcher(entry.difference).test(found.name)),
    )
    expect(stale.map((entry) => entry.difference)).toEqual([])
  })

  it('marks everything the mock does beyond the v1 types with x-mock-extension', () => {
    const unmarked = agreement.differences
      .filter((found) => !(found.what === 'only in v1' && !found.error))
      .filter((found) => typeof markerOf(found)['x-mock-extension'] !== 'string')
      .map((found) => found.name)
    expect(unmarked).toEqual([])
  })

  it('gives every allowed difference a reason', () => {
    for (const entry of ALLOWED) {
      expect(entry.reason, entry.difference).toMatch(/^Decisions? \d+.{40,}/)
    }
  })

  it('agrees on every success response and request body apart from the listed ones', () => {
    const nonError = agreement.differences.filter((found) => !found.error)
    expect(nonError.map((found) => found.name)).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/ response 2\d\d body /)]),
    )
  })
})

describe('the comparison itself', () => {
  /** The mock's types with one edit, compared with Norce's; the new difference's names. */
  function newDifferences(edit: (text: string) => string): string[] {
    const edited = edit(MOCK_TYPES)
    expect(edited, 'the edit changed nothing').not.toBe(MOCK_TYPES)
    const norce = readFileSync(NORCE_TYPES_PATH as string, 'utf8')
    return unexplained(compareV1Types({ mock: edited, v1: norce }))
  }

  it.skipIf(!NORCE_TYPES_PATH)(
    'names a new property, a lost enum value, a changed read-only flag and a changed body',
    () => {
      const found = newDifferences((text) =>
        text
          .replace(/(\n(\s+)readonly totalSize\?: number;)/, '$1\n$2readonly valueSum?: number;')
          .replace(' | "cancelled" | "refunded";', ';')
          .replace(
            /(Consent: \{[\s\S]*?)readonly id\?: string;/,
            (_match, before: string) => `${before}id?: string;`,
          )
          .replace(
            /(CreateCheckoutOrder: \{[\s\S]*?201: \{[\s\S]*?"application\/json": )string;/,
            '$1components["schemas"]["CreateResponse"];',
          ),
      )
      expect(found).toEqual([
        'schema Consent property id: read-only in v1 only',
        'schema Pagination property valueSum: only in the mock',
        expect.stringMatching(/^schema PaymentState type: type differs \(mock .*; v1 .*"refunded"/),
        expect.stringMatching(
          /^operation CreateCheckoutOrder response 201 body application\/json: type differs/,
        ),
      ])
    },
    120_000,
  )

  it.skipIf(!NORCE_TYPES_PATH)(
    'names an optional body made required and a v1 response left out',
    () => {
      const found = newDifferences((text) =>
        text
          .replace(
            /(CreateOrderShipping: \{[\s\S]*?)requestBody\?: \{/,
            (_match, before: string) => `${before}requestBody: {`,
          )
          .replace(
            /(GetOrderPayments: \{[\s\S]*?)404: components\["responses"\]\["NotFound"\];\n/,
            '$1',
          ),
      )
      expect(found).toEqual([
        'operation GetOrderPayments response 404: only in v1',
        'operation CreateOrderShipping request body: optional in v1, required in the mock',
      ])
    },
    120_000,
  )
})
