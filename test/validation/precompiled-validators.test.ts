import { describe, expect, it } from 'vitest'
import carts from '../../fixtures/carts.json' with { type: 'json' }
import orders from '../../fixtures/orders.json' with { type: 'json' }
import * as notificationValidators from '../../src/generated/notification-validators.ts'
import * as orderV1Validators from '../../src/generated/order-v1-validators.ts'
import * as orderValidators from '../../src/generated/order-validators.ts'
import {
  createOpenApiValidator,
  getNotificationApiValidator,
  getOrderApiValidator,
  notificationApiDocument,
  type OpenApiDocument,
  type OpenApiValidator,
  orderApiDocument,
  orderV1ApiDocument,
} from '../../src/validation/index.ts'
import { standaloneRuntime } from '../../src/validation/standalone-runtime.ts'
import { validatorSchemas } from '../../src/validation/validator-schemas.ts'

// The package's own contracts use validators compiled ahead of time (decision 145); any other
// document is compiled at run time. Both must judge every value alike.
const CONTRACTS: Array<{
  name: string
  document: OpenApiDocument
  precompiled: typeof orderValidators
  validator: () => OpenApiValidator
}> = [
  {
    name: 'order.yaml',
    document: orderApiDocument,
    precompiled: orderValidators,
    validator: () => getOrderApiValidator('v0'),
  },
  {
    name: 'order-v1.yaml',
    document: orderV1ApiDocument,
    precompiled: orderV1Validators,
    validator: () => getOrderApiValidator('v1'),
  },
  {
    name: 'notification.yaml',
    document: notificationApiDocument,
    precompiled: notificationValidators,
    validator: () => getNotificationApiValidator(),
  },
]

const order = orders[0] as Record<string, unknown>
/** Valid, invalid and odd values: each operation, schema and response sees all of them. */
const VALUES: unknown[] = [
  undefined,
  null,
  {},
  [],
  'Checkout',
  42,
  order,
  { ...order, state: { currentStatus: 'CHECKOUT' }, culture: 'sv_SE', extra: true },
  { ...order, customer: { type: 'Person', email: 5 }, total: { includingVat: '1' } },
  carts[0],
  { ...carts[0], items: [{ quantity: '2', price: 'free' }] },
  { currentStatus: 'Completed' },
  { currentStatus: 'shipped' },
  { items: [{ name: 'Thing', quantity: 2 }], total: { includingVat: 10, excludingVat: 8 } },
  { state: 'Reserved', type: 'Card', name: 'x', amount: -1 },
  { url: 'not a url', invoke: 'http://example.test/hook', version: 'V1' },
]
const PARAMETERS = [
  {},
  { limit: '5', offset: '0', event_id: 'e_1', order_id: 'o_1' },
  { orderId: 'o_1', order_id: 'o_1', paymentId: 'p_1', payment_id: 'p_1' },
  { limit: '5', offset: 'x', status: ['Checkout', 'bogus'], order_by: 'CREATED' },
  { limit: '1e400', offset: '-1', status: 'checkout' },
]
const HEADERS = [
  {},
  { 'X-Merchant': 'norce', 'x-channel': 'se', 'x-adapterid': 'a' },
  { 'x-merchant': '', 'x-channel': 'se', prefer: 'code=200' },
]

describe.each(CONTRACTS)('the validators of $name compiled ahead of time', (contract) => {
  it('cover every validator the contract needs (nothing left to compile at run time)', () => {
    const expected = validatorSchemas(contract.document).all()
    const body = contract.precompiled.createBodyValidators(standaloneRuntime)
    const parameters = contract.precompiled.createParameterValidators(standaloneRuntime)
    expect(Object.keys(body).sort()).toEqual([...expected.body.keys()].sort())
    expect(Object.keys(parameters).sort()).toEqual([...expected.parameters.keys()].sort())
  })

  it('judge requests, responses and schemas exactly as validators compiled at run time', () => {
    const precompiled = contract.validator()
    const compiled = createOpenApiValidator(contract.document)
    const outcomes = new Set<boolean>()
    for (const operation of compiled.operations.values()) {
      for (const [index, value] of VALUES.entries()) {
        const parts = {
          params: PARAMETERS[index % PARAMETERS.length] as Record<string, string>,
          query: PARAMETERS[(index + 1) % PARAMETERS.length] as Record<string, string>,
          headers: HEADERS[(index + 1) % HEADERS.length] as Record<string, string>,
          body: value,
        }
        const label = `${operation.operationId} request #${index}`
        const result = precompiled.validateRequest(operation.operationId, parts)
        expect(result, label).toEqual(compiled.validateRequest(operation.operationId, parts))
        outcomes.add(result.valid)
        for (const status of Object.keys(operation.responses)) {
          const code = Number(status) || 400
          expect(
            precompiled.validateResponse(operation.operationId, code, value),
            `${operation.operationId} ${status} #${index}`,
          ).toEqual(compiled.validateResponse(operation.operationId, code, value))
        }
      }
    }
    for (const schemaName of Object.keys(contract.document.components?.schemas ?? {})) {
      for (const value of VALUES) {
        for (const view of ['request', 'response'] as const) {
          expect(precompiled.validateSchema(schemaName, value, view), schemaName).toEqual(
            compiled.validateSchema(schemaName, value, view),
          )
        }
        expect(precompiled.normaliseSchemaValue(schemaName, value)).toEqual(
          compiled.normaliseSchemaValue(schemaName, value),
        )
      }
    }
    // Both verdicts were compared, not only refusals.
    expect([...outcomes].sort()).toEqual([false, true])
  })
})
