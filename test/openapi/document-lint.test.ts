import { fileURLToPath } from 'node:url'
import SwaggerParser from '@apidevtools/swagger-parser'
import { describe, expect, it } from 'vitest'

// Linting (redocly, recommended rules plus redocly.yaml) runs once in CI, as `npm run lint`,
// not inside the unit suite.
describe.each(['order.yaml', 'order-v1.yaml', 'notification.yaml'])('openapi/%s', (file) => {
  const SPEC = fileURLToPath(new URL(`../../openapi/${file}`, import.meta.url))

  it('is a valid OpenAPI 3.1 document for @apidevtools/swagger-parser', async () => {
    const api = await SwaggerParser.validate(SPEC)
    expect(api).toMatchObject({ openapi: expect.stringMatching(/^3\.1\./) })
  })
})

describe('openapi/notification.yaml', () => {
  it('describes errors with the very Problem schemas of openapi/order.yaml', async () => {
    const { orderApiDocument, notificationApiDocument } = await import(
      '../../src/validation/index.ts'
    )
    for (const name of ['Problem', 'ProblemError']) {
      expect(notificationApiDocument.components?.schemas?.[name], name).toEqual(
        orderApiDocument.components?.schemas?.[name],
      )
    }
  })
})
