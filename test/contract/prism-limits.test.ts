import { describe, expect, it } from 'vitest'
import { prismCannotPass } from '../../src/contract/prism-limits.ts'
import { getOrderApiValidator } from '../../src/validation/index.ts'

const validator = getOrderApiValidator()
const headers = { authorization: 'Bearer t', 'x-merchant': 'm', 'x-channel': 'c' }
const json = { ...headers, 'content-type': 'application/json' }
const cart = (body: unknown, requestHeaders: Record<string, string> = json) => ({
  operationId: 'UpdateCheckoutOrderCart',
  params: { order_id: 'o_1' },
  query: {},
  headers: requestHeaders,
  bodyText: JSON.stringify(body),
})

describe('what prism proxy cannot pass through (decision 117)', () => {
  it('passes a request the contract allows', () => {
    expect(
      prismCannotPass(validator, {
        operationId: 'GetCheckoutOrder',
        params: { order_id: 'o_1' },
        query: {},
        headers,
        bodyText: undefined,
      }),
    ).toBeUndefined()
    expect(prismCannotPass(validator, cart({ items: [] }))).toBeUndefined()
  })

  it('names each request Prism answers itself, or mangles', () => {
    const { authorization: _, ...noToken } = headers
    expect(
      prismCannotPass(validator, {
        operationId: 'GetCheckoutOrder',
        params: { order_id: 'o_1' },
        query: {},
        headers: noToken,
        bodyText: undefined,
      }),
    ).toMatch(/without a token itself \(401/)
    expect(prismCannotPass(validator, cart({ items: 'no' }))).toMatch(
      /the contract refuses itself \(422, at body\/items\)/,
    )
    expect(prismCannotPass(validator, { ...cart({}), bodyText: '{' })).toMatch(/malformed JSON/)
    expect(
      prismCannotPass(validator, cart({ items: [] }, { ...headers, 'content-type': 'text/plain' })),
    ).toMatch(/media type/)
    expect(
      prismCannotPass(validator, {
        operationId: 'UpdateCheckoutOrderReference',
        params: { order_id: 'o_1' },
        query: {},
        headers: json,
        bodyText: '"my-reference"',
      }),
    ).toMatch(/JSON string body without its quotes/)
    expect(
      prismCannotPass(validator, {
        operationId: 'UpdateCheckoutOrderState',
        params: { order_id: 'o_1' },
        query: {},
        headers: json,
        bodyText: JSON.stringify({ currentStatus: 'Processing' }),
      }),
    ).toMatch(/enums case-sensitively/)
  })
})
