import { describe, expect, it } from 'vitest'
import { getOrderApiValidator } from '../../src/validation/index.ts'

const ORDERS = '/api/v0/checkout/orders'
const ORDER = `${ORDERS}/{order_id}`
const PAYMENT = `${ORDER}/payments/{payment_id}`

/** Fact sheet B.2, with the statuses DECISIONS 2–6 and 9 make the mock answer. */
const EXPECTED: Array<[string, string, string, string, number[], { conflict?: boolean }]> = [
  ['GetCheckoutOrders', 'get', ORDERS, 'Checkout', [200], {}],
  ['CreateCheckoutOrder', 'post', ORDERS, 'Checkout', [201], {}],
  ['GetCheckoutOrder', 'get', ORDER, 'Checkout', [200], {}],
  ['DeleteCheckoutOrder', 'delete', ORDER, 'Checkout', [204], {}],
  [
    'PatchCheckoutOrderAttributes',
    'patch',
    `${ORDER}/attributes`,
    'Checkout',
    [200],
    { conflict: true },
  ],
  ['UpdateCheckoutOrderCart', 'put', `${ORDER}/cart`, 'Checkout', [200], { conflict: true }],
  [
    'CreateCheckoutOrderConsent',
    'post',
    `${ORDER}/consents`,
    'Checkout',
    [200],
    { conflict: true },
  ],
  [
    'PatchCheckoutOrderConsents',
    'patch',
    `${ORDER}/consents`,
    'Checkout',
    [200],
    { conflict: true },
  ],
  [
    'RemoveCheckoutOrderConsent',
    'delete',
    `${ORDER}/consents/{consent_id}`,
    'Checkout',
    [200],
    { conflict: true },
  ],
  [
    'PatchCheckoutOrderConsent',
    'patch',
    `${ORDER}/consents/{consent_id}`,
    'Checkout',
    [200],
    { conflict: true },
  ],
  [
    'UpdateCheckoutOrderCustomerBilling',
    'put',
    `${ORDER}/customer/billing`,
    'Checkout',
    [200],
    { conflict: true },
  ],
  [
    'UpdateCheckoutOrderCustomerShipping',
    'put',
    `${ORDER}/customer/shipping`,
    'Checkout',
    [200],
    { conflict: true },
  ],
  ['CreateCheckoutOrderHook', 'post', `${ORDER}/hooks`, 'Checkout', [200], { conflict: true }],
  [
    'DeleteCheckoutOrderHook',
    'delete',
    `${ORDER}/hooks/{hook_id}`,
    'Checkout',
    [200],
    { conflict: true },
  ],
  [
    'CreateCheckoutOrderNotification',
    'post',
    `${ORDER}/notifications`,
    'Checkout',
    [200],
    { conflict: true },
  ],
  [
    'DeleteCheckoutOrderNotification',
    'delete',
    `${ORDER}/notifications/{notification_id}`,
    'Checkout',
    [200],
    { conflict: true },
  ],
  [
    'UpdateCheckoutOrderReference',
    'put',
    `${ORDER}/reference`,
    'Checkout',
    [200],
    { conflict: true },
  ],
  ['UpdateCheckoutOrderState', 'put', `${ORDER}/state`, 'Checkout', [200, 202], { conflict: true }],
  ['Validate', 'post', `${ORDER}/validate`, 'Checkout', [200], { conflict: true }],
  [
    'CreateCheckoutOrderValidation',
    'post',
    `${ORDER}/validations`,
    'Checkout',
    [200],
    { conflict: true },
  ],
  [
    'UpdateCheckoutOrderValidation',
    'put',
    `${ORDER}/validations/{validation_id}`,
    'Checkout',
    [200],
    { conflict: true },
  ],
  [
    'RemoveCheckoutOrderValidation',
    'delete',
    `${ORDER}/validations/{validation_id}`,
    'Checkout',
    [200],
    { conflict: true },
  ],
  ['GetOrderPayments', 'get', `${ORDER}/payments`, 'Checkout Payment', [200], {}],
  [
    'CreateOrderPayment',
    'post',
    `${ORDER}/payments`,
    'Checkout Payment',
    [201],
    { conflict: true },
  ],
  ['GetOrderPayment', 'get', PAYMENT, 'Checkout Payment', [200], {}],
  ['UpdateOrderPayment', 'put', PAYMENT, 'Checkout Payment', [200], { conflict: true }],
  ['AddPaymentAction', 'post', `${PAYMENT}/actions`, 'Checkout Payment', [200], { conflict: true }],
  [
    'ExecutePaymentAction',
    'post',
    `${PAYMENT}/actions/{action_id}/execute`,
    'Checkout Payment',
    [200],
    { conflict: true },
  ],
  [
    'GetTransactionsForOrderPayment',
    'get',
    `${PAYMENT}/transactions`,
    'Checkout Payment',
    [200],
    {},
  ],
  [
    'AddTransactionForOrderPayment',
    'post',
    `${PAYMENT}/transactions`,
    'Checkout Payment',
    [200],
    { conflict: true },
  ],
  ['GetOrderShippings', 'get', `${ORDER}/shippings`, 'Checkout Shipping', [200], {}],
  [
    'CreateOrderShipping',
    'post',
    `${ORDER}/shippings`,
    'Checkout Shipping',
    [201],
    { conflict: true },
  ],
  ['GetOrderShipping', 'get', `${ORDER}/shippings/{shipping_id}`, 'Checkout Shipping', [200], {}],
  [
    'UpdateOrderShipping',
    'put',
    `${ORDER}/shippings/{shipping_id}`,
    'Checkout Shipping',
    [200],
    { conflict: true },
  ],
]

describe('openapi/order.yaml operations', () => {
  const { operations } = getOrderApiValidator()

  it('has exactly the 34 operations of the fact sheet', () => {
    expect([...operations.keys()].sort()).toEqual(EXPECTED.map(([id]) => id).sort())
  })

  describe.each(EXPECTED)('%s', (operationId, method, path, tag, successes, { conflict }) => {
    const operation = operations.get(operationId)

    it(`is ${method.toUpperCase()} ${path} tagged ${tag}`, () => {
      expect(operation).toMatchObject({ method, path, tags: [tag] })
    })

    it('documents its success and error responses', () => {
      const documented = Object.keys(operation?.responses ?? {})
      const errors = ['400', '401']
      if (path.includes('{order_id}')) errors.push('404')
      if (conflict) errors.push('409')
      if (operation?.requestBody) errors.push('413', '415')
      expect(documented).toEqual(expect.arrayContaining([...successes.map(String), ...errors]))
      for (const status of errors) {
        expect(
          Object.keys(operation?.responses[status]?.content ?? {}),
          `${status} body`,
        ).toContain('application/problem+json')
      }
    })

    it('takes the tenant headers and the bearer token everywhere', () => {
      const headers = operation?.parameters.filter((parameter) => parameter.in === 'header') ?? []
      expect(
        headers
          .filter((header) => header.required)
          .map((header) => header.name)
          .sort(),
      ).toEqual(['x-channel', 'x-merchant'])
      expect(headers.map((header) => header.name)).toContain('x-adapterid')
    })
  })

  it('answers creates with 201 { id } and a Location header', () => {
    const { document } = getOrderApiValidator()
    for (const [operationId] of EXPECTED.filter(([, , , , successes]) => successes.includes(201))) {
      const operation = operations.get(operationId)
      expect(operation?.responses['201']?.content?.['application/json']).toEqual({
        $ref: '#/components/schemas/CreateResponse',
      })
      const path = document.paths[operation?.path ?? '']
      const created = (path?.post?.responses?.['201'] ?? {}) as {
        headers?: Record<string, unknown>
      }
      expect(Object.keys(created.headers ?? {})).toContain('Location')
    }
  })

  it('answers Validate with ValidationError[] on both 200 and 400', () => {
    const validate = operations.get('Validate')
    const list = { type: 'array', items: { $ref: '#/components/schemas/ValidationError' } }
    expect(validate?.responses['200']?.content?.['application/json']).toEqual(list)
    expect(validate?.responses['400']?.content?.['application/json']).toEqual(list)
  })
})
