import { describe, expect, it } from 'vitest'
import { contractPropertyNames } from '../../scripts/contract-property-names.ts'

describe('contract property names (the seed of the key tokens)', () => {
  it('take every schema property, nested anywhere, and no example or enum data', () => {
    const document = {
      paths: {
        '/orders': {
          post: {
            requestBody: {
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { inBody: { type: 'string' } } },
                  example: { properties: { notASchema: 1 } },
                },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          Order: {
            properties: {
              id: { type: 'string', examples: [{ properties: { alsoData: 1 } }] },
              properties: { type: 'object', properties: { nestedInAProperty: {} } },
              items: { type: 'array', items: { allOf: [{ properties: { inAllOf: {} } }] } },
              status: { enum: [{ properties: { enumData: 1 } }], default: { properties: {} } },
            },
            'x-extension': { properties: { vendorData: 1 } },
          },
        },
      },
    }
    expect(contractPropertyNames([document])).toEqual([
      'id',
      'inAllOf',
      'inBody',
      'items',
      'nestedInAProperty',
      'properties',
      'status',
    ])
  })
})
