import { price } from '../../domain/money.ts'
import { getOrderApiValidator, type OperationDescription } from '../../validation/index.ts'
import { isReference, resolvePointer } from '../../validation/json-pointer.ts'
import type { JsonSchema } from '../../validation/openapi-types.ts'
import { createOrder, type Workflow, type WorkflowContext } from '../workflow-context.ts'

const CART = {
  items: [{ name: 'Contract thing', quantity: 1, total: price(100, 80), vatRate: 0.25 }],
  total: price(100, 80),
}

/**
 * For each operation that takes a body, a body the contract forbids, derived from its schema:
 * the wrong JSON type for the whole body and for one typed property, and an unknown property
 * where the schema closes the object. Every one must get a 4xx.
 */
const invalidBodies: Workflow = {
  name: 'schema-derived invalid bodies get 4xx',
  async run(context) {
    const { client } = context
    const orderId = await createOrder(context, 'create order', { cart: CART })
    if (!orderId) return
    const ids = await subResources(context, orderId)
    const document = getOrderApiValidator().document
    for (const operation of getOrderApiValidator().operations.values()) {
      const schema = operation.requestBody?.content['application/json']
      if (!schema || operation.operationId === 'CreateCheckoutOrder') continue
      for (const [label, body] of invalidBodiesFor(document, schema)) {
        await client.step(`${label}`, {
          operationId: operation.operationId,
          params: paramsFor(operation, ids),
          body,
          expect: [400],
        })
      }
    }
    for (const [label, body] of invalidBodiesFor(document, {
      $ref: '#/components/schemas/Order',
    })) {
      await client.step(`create: ${label}`, {
        operationId: 'CreateCheckoutOrder',
        body,
        expect: [400],
      })
    }
  },
}

/** Without a token every operation answers 401; another tenant never sees the order. */
const authAndTenancy: Workflow = {
  name: 'missing token and other tenants',
  async run(context) {
    const { client } = context
    const orderId = await createOrder(context, 'create order', { cart: CART })
    if (!orderId) return
    const ids = await subResources(context, orderId)
    for (const operation of getOrderApiValidator().operations.values()) {
      await client.step('without a token', {
        operationId: operation.operationId,
        params: paramsFor(operation, ids),
        headers: { authorization: undefined },
        expect: 401,
      })
    }
    const stranger = {
      merchant: `${context.target.merchant}-other`,
      channel: context.target.channel,
    }
    const otherChannel = {
      merchant: context.target.merchant,
      channel: `${context.target.channel}-other`,
    }
    for (const tenant of [stranger, otherChannel]) {
      const who = tenant === stranger ? 'another merchant' : 'another channel'
      await client.step(`${who} reads the order`, {
        operationId: 'GetCheckoutOrder',
        params: { order_id: orderId },
        tenant,
        expect: 404,
      })
      await client.step(`${who} changes its cart`, {
        operationId: 'UpdateCheckoutOrderCart',
        params: { order_id: orderId },
        tenant,
        body: { items: [] },
        expect: 404,
      })
      const list = await client.step(`${who} lists orders`, {
        operationId: 'GetCheckoutOrders',
        query: { reference: `${context.referencePrefix}-create order` },
        tenant,
        expect: 200,
      })
      const listed = (list.body?.data ?? []).map((order: { id: string }) => order.id)
      context.expectValue(
        list,
        '$.data[*].id',
        [],
        listed.filter((id: string) => id === orderId),
      )
    }
  },
}

async function subResources(
  context: WorkflowContext,
  orderId: string,
): Promise<Record<string, string>> {
  const params = { order_id: orderId }
  const payment = await context.client.step('create a payment', {
    operationId: 'CreateOrderPayment',
    params,
    body: { amount: 100 },
    expect: 201,
  })
  const shipping = await context.client.step('create a shipping', {
    operationId: 'CreateOrderShipping',
    params,
    body: { total: price(1, 0.8), vatRate: 0.25 },
    expect: 201,
  })
  return {
    order_id: orderId,
    payment_id: payment.body?.id ?? 'p_unknown',
    shipping_id: shipping.body?.id ?? 's_unknown',
    consent_id: 'ci_unknown',
    hook_id: 'oc_unknown',
    notification_id: 'oc_unknown',
    validation_id: 'oc_unknown',
    action_id: 'pa_unknown',
  }
}

function paramsFor(
  operation: OperationDescription,
  ids: Record<string, string>,
): Record<string, string> {
  const params: Record<string, string> = {}
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path') params[parameter.name] = ids[parameter.name] ?? 'unknown'
  }
  return params
}

const WRONG_VALUE: Record<string, unknown> = {
  string: 42,
  integer: 'forty-two',
  number: 'many',
  boolean: 'yes',
  array: {},
  object: [],
}

/** Invalid bodies for a schema, with a label naming the broken rule. */
function invalidBodiesFor(document: object, schema: JsonSchema): Array<[string, unknown]> {
  const resolved = resolve(document, schema)
  const type = resolved.type as string | undefined
  const bodies: Array<[string, unknown]> = []
  if (type && type in WRONG_VALUE)
    bodies.push([`body of the wrong type (${type} expected)`, WRONG_VALUE[type]])
  if (type === 'object' && typeof resolved.properties === 'object' && resolved.properties) {
    for (const [name, property] of Object.entries(
      resolved.properties as Record<string, JsonSchema>,
    )) {
      const propertyType = resolve(document, property).type as string | undefined
      if (
        propertyType &&
        propertyType in WRONG_VALUE &&
        resolve(document, property).readOnly !== true
      ) {
        bodies.push([`${name}: ${propertyType} expected`, { [name]: WRONG_VALUE[propertyType] }])
        break
      }
    }
    if (resolved.additionalProperties === false)
      bodies.push(['an undocumented property', { contractUnknownField: true }])
  }
  return bodies
}

function resolve(document: object, schema: JsonSchema): JsonSchema {
  let current = schema
  for (let hops = 0; isReference(current) && hops < 16; hops++)
    current = resolvePointer(document, current.$ref) as JsonSchema
  return current
}

export const NEGATIVE_WORKFLOWS = [invalidBodies, authAndTenancy]
