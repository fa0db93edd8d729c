import { describe, expect, it } from 'vitest'
import { PROBLEM_CATALOGUE } from '../../src/problems/index.ts'
import { type ApiVersion, getOrderApiValidator } from '../../src/validation/index.ts'
import { dereference } from '../../src/validation/json-pointer.ts'
import type {
  MediaTypeObject,
  RequestBodyObject,
  ResponseObject,
} from '../../src/validation/openapi-types.ts'

const SCHEMAS_WITH_EXAMPLES: Record<ApiVersion, string[]> = {
  v0: ['Order', 'Notification', 'Logistics', 'Problem'],
  v1: ['Order', 'Notification', 'Validation', 'ProblemDetails'],
}

describe.each([
  ['v0', 'openapi/order.yaml'],
  ['v1', 'openapi/order-v1.yaml'],
] as const)('every example of %s (%s)', (version, _file) => {
  const validator = getOrderApiValidator(version)
  const { document } = validator

  function examplesOf(media: MediaTypeObject | undefined): Array<[string, unknown]> {
    if (!media) return []
    const named = Object.entries(media.examples ?? {}).map(
      ([name, example]) =>
        [name, dereference<{ value?: unknown }>(document, example).value] as [string, unknown],
    )
    return media.example === undefined ? named : [['example', media.example], ...named]
  }

  it('of a component schema validates against it', () => {
    const checked: string[] = []
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
      if (schema.example === undefined) continue
      expect(validator.validateSchema(name, schema.example), name).toEqual([])
      checked.push(name)
    }
    expect(checked).toEqual(expect.arrayContaining(SCHEMAS_WITH_EXAMPLES[version]))
  })

  it('of a request or response validates against its operation', () => {
    let checked = 0
    for (const [operationId, operation] of validator.operations) {
      const raw = document.paths[operation.path]?.[operation.method]
      const body = raw?.requestBody && dereference<RequestBodyObject>(document, raw.requestBody)
      for (const [name, value] of examplesOf(body?.content?.['application/json'])) {
        const { violations } = validator.validateRequest(operationId, {
          params: Object.fromEntries(
            operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, 'x']),
          ),
          headers: { 'x-merchant': 'norce', 'x-channel': '1' },
          body: value,
        })
        expect(violations, `${operationId} request example ${name}`).toEqual([])
        checked++
      }
      for (const [status, response] of Object.entries(raw?.responses ?? {})) {
        const resolved = dereference<ResponseObject>(document, response)
        for (const [contentType, media] of Object.entries(resolved.content ?? {})) {
          for (const [name, value] of examplesOf(media)) {
            expect(
              validator.validateResponse(operationId, Number(status), value, { contentType }),
              `${operationId} ${status} example ${name}`,
            ).toEqual([])
            checked++
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(30)
  })

  it('of a problem uses the catalogue title and status of its code', () => {
    for (const response of Object.values(document.components?.responses ?? {})) {
      for (const [name, value] of examplesOf(response.content?.['application/problem+json'])) {
        const problem = value as {
          code: keyof typeof PROBLEM_CATALOGUE
          title: string
          status: number
          type: string
        }
        expect({ title: problem.title, status: problem.status }, name).toEqual(
          PROBLEM_CATALOGUE[problem.code],
        )
        expect(problem.type).toBe(`urn:norce-checkout-mock:problem:${problem.code}`)
      }
    }
  })
})
