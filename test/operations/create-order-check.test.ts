import { describe, expect, it, vi } from 'vitest'
import { createOrderApi } from '../../src/api/index.ts'
import { createStore, storeInternals } from '../../src/store/index.ts'
import { getOrderApiValidator, orderApiDocument } from '../../src/validation/index.ts'
import type { OpenApiDocument } from '../../src/validation/openapi-types.ts'
import { createRequestView, createResponseView } from '../../src/validation/schema-views.ts'

// Decision 176: a v0 create's order is stored with only what the mock derived or computed
// checked again; the parts taken as the body sent them are not.

const headers = {
  authorization: 'Bearer t',
  'x-merchant': 'thingsandstuff',
  'x-channel': 'thingsandstuff-se',
  'content-type': 'application/json',
}

/** A create body touching every part `newOrder` copies, derives or fills. */
const richBody = {
  reference: 'ref-1',
  culture: 'sv-SE',
  currency: 'sek',
  country: 'se',
  cart: {
    reference: 'cart-1',
    items: [
      {
        id: 'ci_sent',
        reference: 'r1',
        name: 'Bundle',
        quantity: 1,
        productType: 'BUNDLE',
        price: { includingVat: 10, excludingVat: 8 },
        total: { includingVat: 10, excludingVat: 8 },
        vatRate: 0.25,
        items: [{ reference: 'r1-a', name: 'Part', quantity: 2, productType: 'Digital' }],
        discounts: [{ name: 'd', type: 'ITEM' }],
        attributes: { colour: 'red' },
      },
      { reference: 'r2', quantity: 3 },
    ],
    total: { includingVat: 10, excludingVat: 8 },
  },
  customer: { billing: { type: 'Organization', organizationName: 'A', email: 'a@example.com' } },
  consents: [{ id: 'ci_newsletter', checked: true, required: false, text: 'News' }],
  attributes: { campaign: 'x' },
}

function post(api: ReturnType<typeof createOrderApi>, body: unknown, version = 'v0') {
  const text = JSON.stringify(body)
  return api.handle({
    method: 'POST',
    path: `/api/${version}/checkout/orders`,
    query: {},
    headers,
    rawBody: { text, contentType: 'application/json', byteLength: text.length },
  })
}

describe('the check of a created order (decision 176)', () => {
  it('stores a v0 order that passes the whole Order schema, without validateResponses', async () => {
    const store = createStore()
    const api = createOrderApi({ store })
    const response = await post(api, richBody)
    expect(response.status).toBe(201)
    const stored = store.getOrder((response.body as { id: string }).id)
    expect(stored?.cart?.items?.[0]?.productType).toBe('bundle')
    expect(stored?.customer?.type).toBe('organization')
    expect(getOrderApiValidator().validateSchema('Order', stored)).toEqual([])
  })

  it('still checks what the mock makes: a timestamp the contract refuses stores nothing', async () => {
    const store = createStore({ now: () => new Date('+010000-01-01T00:00:00Z') })
    const api = createOrderApi({ store })
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const response = await post(api, richBody)
      expect(response.status).toBe(500)
      expect((response.body as { detail: string }).detail).toMatch(/\/created must match format/)
      expect(store.listOrders()).toEqual([])
    } finally {
      errors.mockRestore()
    }
  })

  it('checks the whole order on v1 and with validateResponses, a part only on v0 without', async () => {
    const cases = [
      { validateResponses: false, version: 'v0', whole: false },
      { validateResponses: true, version: 'v0', whole: true },
      { validateResponses: false, version: 'v1', whole: true },
    ] as const
    for (const { validateResponses, version, whole } of cases) {
      const store = createStore()
      const insert = vi.spyOn(storeInternals(store), 'insertOrder')
      const api = createOrderApi({ store, validateResponses })
      const body = { culture: 'sv-SE', cart: { items: [{ reference: 'r', quantity: 1 }] } }
      expect((await post(api, body, version)).status).toBe(201)
      const options = insert.mock.calls[0]?.[1]
      expect(options?.check === undefined).toBe(whole)
      if (!whole) {
        expect(Object.keys(options?.check ?? {}).sort()).toEqual(
          [
            'channel',
            'consents',
            'created',
            'hooks',
            'merchant',
            'notifications',
            'total',
            'validations',
          ].sort(),
        )
      }
    }
  })

  it('the parts a v0 create keeps as sent are checked alike by the request and response views', () => {
    // What the request check of a create body passed is what the store's check would pass:
    // the two views of these parts differ only in enum case, which the request check
    // normalises to the documented spelling in place.
    const request = createRequestView(orderApiDocument)
    const response = createResponseView(orderApiDocument)
    for (const property of ['cart', 'reference', 'culture', 'currency', 'country', 'attributes']) {
      const requestParts = reachable(request, property)
      const responseParts = reachable(response, property)
      expect(Object.keys(requestParts).sort()).toEqual(Object.keys(responseParts).sort())
      for (const [name, schema] of Object.entries(responseParts)) {
        expect(withDocumentedEnums(requestParts[name]), `${property}: ${name}`).toEqual(schema)
      }
    }
    // A cart item's id may be any string: the ids `createId` makes need no more.
    const item = schemaOf(response, 'Item') as { properties: { id: Record<string, unknown> } }
    expect(Object.keys(item.properties.id).sort()).toEqual(['description', 'example', 'type'])
    expect(item.properties.id.type).toBe('string')
  })
})

function schemaOf(document: OpenApiDocument, name: string): unknown {
  return ((document.components?.schemas ?? {}) as Record<string, unknown>)[name]
}

/** `Order.properties[property]` and every component schema it reaches, by name. */
function reachable(document: OpenApiDocument, property: string): Record<string, unknown> {
  const order = schemaOf(document, 'Order') as { properties: Record<string, unknown> }
  const found: Record<string, unknown> = { [`Order.${property}`]: order.properties[property] }
  const queue = [order.properties[property]]
  while (queue.length > 0) {
    const text = JSON.stringify(queue.pop())
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      if (name === undefined || name in found) continue
      found[name] = schemaOf(document, name)
      queue.push(found[name])
    }
  }
  return found
}

/** A request-view schema with its case-insensitive enums written as the documented `enum`. */
function withDocumentedEnums(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replaceAll('"caseInsensitiveEnum":', '"enum":'))
}
