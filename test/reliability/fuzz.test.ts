import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createOrderApi, createStore } from '../../src/index.ts'
import type { ApiRequest } from '../../src/operations/index.ts'
import { storeInternals } from '../../src/store/index.ts'
import { getOrderApiValidator, type OperationDescription } from '../../src/validation/index.ts'
import { arbitraryFromSchema } from './schema-arbitrary.ts'

/** Replay a failure with FUZZ_SEED=<seed>; FUZZ_RUNS sets the number of requests. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_126)
const RUNS = Number(process.env.FUZZ_RUNS ?? 5_000)
const TENANT = { merchant: 'fuzz-merchant', channel: 'fuzz-channel' }
const validator = getOrderApiValidator()
const document = validator.document
const operations = [...validator.operations.values()]

type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; text: string; contentType: string }

interface FuzzCase {
  operationId: string
  valid: boolean
  mutation: string
  body: Body
  query: Record<string, string | string[]>
  headers: Record<string, string>
  /** Picks among the existing ids (or an unknown one) when the case runs. */
  pick: number
}

const MUTATIONS = [
  'wrong body type',
  'wrong property type',
  'unknown property',
  'unknown enum',
  'huge string',
  'deep nesting',
  '__proto__ key',
  'odd unicode',
  'malformed JSON',
  'wrong content type',
  'missing token',
  'missing tenant header',
  'repeated scalar query key',
] as const

function bodyArbitrary(operation: OperationDescription): fc.Arbitrary<unknown> | undefined {
  const schema = operation.requestBody?.content['application/json']
  return schema ? arbitraryFromSchema(document, schema) : undefined
}

function validCase(operation: OperationDescription): fc.Arbitrary<FuzzCase> {
  const body = bodyArbitrary(operation)
  const query = operation.operationId === 'GetCheckoutOrders' ? listQuery() : fc.constant({})
  return fc.record({
    operationId: fc.constant(operation.operationId),
    valid: fc.constant(true),
    mutation: fc.constant('none'),
    body: body
      ? body.map((value): Body => ({ kind: 'json', value }))
      : fc.constant<Body>({ kind: 'none' }),
    query,
    headers: fc.constant(authorised()),
    pick: fc.nat(99),
  })
}

function listQuery(): fc.Arbitrary<Record<string, string | string[]>> {
  return fc.record(
    {
      status: fc.subarray([
        'checkout',
        'Processing',
        'accepted',
        'completed',
        'declined',
        'removed',
      ]),
      limit: fc.integer({ min: 1, max: 100 }).map(String),
      offset: fc.integer({ min: 0, max: 20 }).map(String),
      order_by: fc.constantFrom('created', 'billingEmail', 'billingName', 'cartTotal'),
      order_by_direction: fc.constantFrom('asc', 'desc'),
      search: fc.string({ maxLength: 6 }),
      countries: fc.subarray(['SE', 'no', 'DK']),
    },
    { requiredKeys: [] },
  )
}

function invalidCase(operation: OperationDescription): fc.Arbitrary<FuzzCase> {
  const takesBody = operation.requestBody !== undefined
  const open = acceptsAnyKeys(operation)
  const applicable = MUTATIONS.filter((mutation) => {
    if (mutation === 'repeated scalar query key')
      return operation.operationId === 'GetCheckoutOrders'
    if (['missing token', 'missing tenant header'].includes(mutation)) return true
    // A free-form body (attributes, Validate's `{}`) takes any keys and values: nothing to break there.
    if (
      open &&
      [
        'wrong property type',
        'unknown enum',
        'unknown property',
        'odd unicode',
        'huge string',
      ].includes(mutation)
    )
      return false
    return takesBody
  })
  return fc
    .record({
      mutation: fc.constantFrom(...applicable),
      base: bodyArbitrary(operation) ?? fc.constant(undefined),
      junk: fc.string({ minLength: 1, maxLength: 8 }),
      pick: fc.nat(99),
    })
    .map(({ mutation, base, junk, pick }) => {
      const fuzz: FuzzCase = {
        operationId: operation.operationId,
        valid: false,
        mutation,
        body: base === undefined ? { kind: 'none' } : { kind: 'json', value: base },
        query: {},
        headers: authorised(),
        pick,
      }
      switch (mutation) {
        case 'wrong body type':
          fuzz.body = {
            kind: 'json',
            value: Array.isArray(base)
              ? { not: 'an array' }
              : typeof base === 'string'
                ? 42
                : [base],
          }
          break
        case 'wrong property type':
        case 'unknown enum':
        case 'unknown property': {
          const value =
            typeof base === 'object' && base !== null && !Array.isArray(base) ? { ...base } : {}
          if (mutation === 'unknown property')
            (value as Record<string, unknown>)[`fuzz_${junk}`] = true
          else if (mutation === 'unknown enum') Object.assign(value, enumBreaker(operation))
          else Object.assign(value, typeBreaker(operation))
          fuzz.body = { kind: 'json', value: Array.isArray(base) ? [value] : value }
          break
        }
        case 'huge string':
          fuzz.body = { kind: 'json', value: withOneHugeString(base, 'x'.repeat(1_100_000)) }
          break
        case 'deep nesting':
          fuzz.body = {
            kind: 'raw',
            text: `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
            contentType: 'application/json',
          }
          break
        case '__proto__ key':
          fuzz.body = {
            kind: 'raw',
            text: `{"__proto__":{"polluted":true},"attributes":{"__proto__":{"polluted":true}}}`,
            contentType: 'application/json',
          }
          break
        case 'odd unicode':
          fuzz.body = { kind: 'json', value: { [`\u202e\ud800${junk}`]: '\u0000\uffff\ud83d' } }
          break
        case 'malformed JSON':
          fuzz.body = { kind: 'raw', text: `{"a": ${junk}`, contentType: 'application/json' }
          break
        case 'wrong content type':
          fuzz.body = {
            kind: 'raw',
            text: 'currentStatus=completed',
            contentType: 'application/x-www-form-urlencoded',
          }
          break
        case 'missing token':
          fuzz.headers = { 'x-merchant': TENANT.merchant, 'x-channel': TENANT.channel }
          break
        case 'missing tenant header':
          fuzz.headers = { authorization: 'Bearer fuzz' }
          break
        case 'repeated scalar query key':
          fuzz.query = { limit: ['5', '6'] }
          break
      }
      return fuzz
    })
}

/** A property of the body schema set to a value of the wrong type. */
function typeBreaker(operation: OperationDescription): Record<string, unknown> {
  const name = firstTypedProperty(operation)
  return name ? { [name]: { wrong: ['type'] } } : { fuzz_unknown: 1 }
}

function enumBreaker(operation: OperationDescription): Record<string, unknown> {
  const byOperation: Record<string, Record<string, unknown>> = {
    UpdateCheckoutOrderState: { currentStatus: 'shipped' },
    CreateOrderPayment: { state: 'teleported' },
    UpdateOrderPayment: { state: 'teleported' },
    CreateOrderShipping: { state: 'lost', total: { includingVat: 1 }, vatRate: 0.25 },
    UpdateOrderShipping: { state: 'lost', total: { includingVat: 1 }, vatRate: 0.25 },
    CreateCheckoutOrderHook: { version: 'v9', invoke: 'http://127.0.0.1:3/h' },
    UpdateCheckoutOrderCustomerBilling: { type: 'alien' },
    UpdateCheckoutOrderCustomerShipping: { type: 'alien' },
  }
  return byOperation[operation.operationId] ?? typeBreaker(operation)
}

function acceptsAnyKeys(operation: OperationDescription): boolean {
  const schema = bodySchema(operation)
  return schema?.type === 'object' && schema.additionalProperties !== false
}

function bodySchema(operation: OperationDescription): Record<string, unknown> | undefined {
  let resolved = operation.requestBody?.content['application/json'] as
    | Record<string, unknown>
    | undefined
  for (let hops = 0; resolved && typeof resolved.$ref === 'string' && hops < 8; hops++) {
    resolved = document.components?.schemas?.[
      String(resolved.$ref).split('/').pop() ?? ''
    ] as Record<string, unknown>
  }
  return resolved
}

function firstTypedProperty(operation: OperationDescription): string | undefined {
  const schema = operation.requestBody?.content['application/json']
  let resolved = schema as Record<string, unknown> | undefined
  for (let hops = 0; resolved && typeof resolved.$ref === 'string' && hops < 8; hops++) {
    resolved = document.components?.schemas?.[
      String(resolved.$ref).split('/').pop() ?? ''
    ] as Record<string, unknown>
  }
  const properties = (resolved?.properties ?? {}) as Record<
    string,
    { type?: string; readOnly?: boolean }
  >
  return Object.entries(properties).find(
    ([, property]) => property.type === 'string' && !property.readOnly,
  )?.[0]
}

/** The body with its first string (or the body itself) replaced by one over the 1 MiB limit. */
function withOneHugeString(value: unknown, huge: string): unknown {
  let replaced = false
  const visit = (entry: unknown): unknown => {
    if (replaced) return entry
    if (typeof entry === 'string') {
      replaced = true
      return huge
    }
    if (Array.isArray(entry)) return entry.map(visit)
    if (entry && typeof entry === 'object')
      return Object.fromEntries(Object.entries(entry).map(([key, inner]) => [key, visit(inner)]))
    return entry
  }
  const result = visit(value)
  return replaced ? result : { huge }
}

function authorised(): Record<string, string> {
  return {
    authorization: 'Bearer fuzz',
    'x-merchant': TENANT.merchant,
    'x-channel': TENANT.channel,
  }
}

const caseArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...operations).chain(validCase) },
  { weight: 2, arbitrary: fc.constantFrom(...operations).chain(invalidCase) },
)

describe(`fuzzing every operation (seed ${SEED}, ${RUNS} requests)`, () => {
  it('never answers 5xx or off-contract, answers invalid input with a 4xx problem, and keeps the store valid', async () => {
    const store = createStore({ seed: SEED })
    const api = createOrderApi({ store, validateResponses: true })
    const sampling = performance.now()
    const cases = fc.sample(caseArbitrary, { seed: SEED, numRuns: RUNS })
    const sampled = performance.now() - sampling
    const tally: Record<string, number> = {}
    for (const [index, fuzz] of cases.entries()) {
      await ensureOrders(api, store)
      const request = toRequest(fuzz, store)
      const where = `FUZZ_SEED=${SEED} request #${index}: ${fuzz.operationId} (${fuzz.valid ? 'valid' : fuzz.mutation}) ${request.method} ${request.path}`
      let status: number
      try {
        const response = await api.handle(request)
        status = response.status
        // Invalid input gets a problem; a valid Validate may answer 400 with ValidationError[].
        if (!fuzz.valid)
          expect(response.headers['content-type'], where).toBe('application/problem+json')
      } catch (error) {
        throw new Error(
          `${where}\n${(error as Error).message}\nbody: ${JSON.stringify(request.body ?? request.rawBody).slice(0, 500)}`,
        )
      }
      expect(status, where).toBeLessThan(500)
      if (!fuzz.valid) expect(status, where).toBeGreaterThanOrEqual(400)
      const orderId = request.path.split('/')[5]
      const order = orderId ? store.getOrder(orderId) : undefined
      if (order) expect(validator.validateSchema('Order', order), where).toEqual([])
      const key = `${fuzz.valid ? 'valid' : 'invalid'} ${Math.floor(status / 100)}xx`
      tally[key] = (tally[key] ?? 0) + 1
    }
    for (const order of store.listOrders())
      expect(validator.validateSchema('Order', order)).toEqual([])
    console.log(
      `fuzz seed ${SEED}: ${cases.length} requests (generated in ${Math.round(sampled)} ms) — ${Object.entries(
        tally,
      )
        .sort()
        .map(([key, count]) => `${key}: ${count}`)
        .join(', ')}`,
    )
    expect(cases.length).toBeGreaterThanOrEqual(RUNS)
    expect(tally['valid 2xx'] ?? 0).toBeGreaterThan(RUNS / 10)
  }, 120_000)
})

/** Keeps a few orders to work on (the fuzzer deletes and locks some). */
async function ensureOrders(
  api: ReturnType<typeof createOrderApi>,
  store: ReturnType<typeof createStore>,
): Promise<void> {
  const open = storeInternals(store)
    .allOrders()
    .filter((order) => order.state?.currentStatus === 'checkout')
  if (open.length >= 3) return
  await api.handle({
    method: 'POST',
    path: '/api/v0/checkout/orders',
    query: {},
    headers: { ...authorised(), 'content-type': 'application/json' },
    body: {
      cart: {
        items: [
          {
            name: 'Fuzz',
            quantity: 1,
            total: { includingVat: 10, excludingVat: 8 },
            vatRate: 0.25,
          },
        ],
      },
    },
  })
}

function toRequest(fuzz: FuzzCase, store: ReturnType<typeof createStore>): ApiRequest {
  const operation = validator.operations.get(fuzz.operationId) as OperationDescription
  const orders = storeInternals(store)
    .allOrders()
    .filter((order) => order.merchant === TENANT.merchant)
  const order = fuzz.pick < 90 ? orders[fuzz.pick % Math.max(orders.length, 1)] : undefined
  const ids: Record<string, string | undefined> = {
    order_id: order?.id,
    payment_id: order?.payments?.[fuzz.pick % Math.max(order?.payments?.length ?? 1, 1)]?.id,
    shipping_id: order?.shippings?.[0]?.id,
    consent_id: order?.consents?.[0]?.id,
    hook_id: order?.hooks?.[0]?.id,
    notification_id: order?.notifications?.[0]?.id,
    validation_id: order?.validations?.[0]?.id,
    action_id: order?.payments?.flatMap((payment) => payment.actions ?? [])[0]?.id,
  }
  const path = operation.path.replace(
    /\{(\w+)\}/g,
    (_, name: string) => ids[name] ?? `unknown_${name}`,
  )
  const request: ApiRequest = {
    method: operation.method.toUpperCase(),
    path,
    query: fuzz.query,
    headers: { ...fuzz.headers },
  }
  if (fuzz.body.kind === 'json') {
    const text = JSON.stringify(fuzz.body.value) ?? ''
    request.rawBody = {
      text,
      contentType: 'application/json',
      byteLength: new TextEncoder().encode(text).byteLength,
    }
  } else if (fuzz.body.kind === 'raw') {
    request.rawBody = {
      text: fuzz.body.text,
      contentType: fuzz.body.contentType,
      byteLength: new TextEncoder().encode(fuzz.body.text).byteLength,
    }
  }
  return request
}
