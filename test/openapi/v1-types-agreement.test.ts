import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type Agreement,
  compareV1Types,
  findNorceV1Types,
  summarise,
} from '../../scripts/v1-type-agreement.ts'

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
