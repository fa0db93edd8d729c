import type { Order } from '../domain/types.ts'
import type { Factories } from '../factories/index.ts'
import { projectToContract } from '../validation/index.ts'
import type { ContractClient, StepResponse } from './contract-client.ts'
import type { CheckResult, CheckTag, ContractTarget } from './contract-types.ts'
import { preview } from './json-path.ts'

/** What a workflow works with: the client, seeded data, and the run's bookkeeping. */
export interface WorkflowContext {
  client: ContractClient
  factories: Factories
  target: ContractTarget
  /** Every order the suite creates carries this reference prefix. */
  referencePrefix: string
  /** Ids of the orders this run created (deleted at the end). */
  created: Set<string>
  /** Whether the target is norce-checkout-mock, so `mock-only` checks can run. */
  mockFeatures: boolean
  /** A loopback URL that records what it receives (for callback checks), when available. */
  receiver: CallbackReceiver | undefined
  dryRun: boolean
  /** Records a business expectation on a response ("total is 32.5"). */
  expectValue(response: StepResponse, path: string, expected: unknown, actual: unknown): void
  skip(step: string, operationId: string, reason: string): void
}

/**
 * A URL that records what is POSTed to it, by path: where callbacks and notifications land
 * in a contract run. {@link startCallbackReceiver} starts one on loopback.
 *
 * @example
 * import { type CallbackReceiver, startCallbackReceiver } from 'norce-checkout-mock/contract'
 *
 * const receiver: CallbackReceiver & { close(): Promise<void> } = await startCallbackReceiver()
 * // ...register `${receiver.url}/notify` as the order's notification URL, change the order...
 * const [notification] = await receiver.waitFor('/notify', 1, 5_000)
 * await receiver.close()
 */
export interface CallbackReceiver {
  url: string
  /** Resolves with the bodies received at `path` once `count` arrived, or after `timeoutMs`. */
  waitFor(path: string, count: number, timeoutMs: number): Promise<unknown[]>
}

export interface Workflow {
  name: string
  tags?: CheckTag[]
  run(context: WorkflowContext): Promise<void>
}

export function recordExpectation(
  result: CheckResult,
  path: string,
  expected: unknown,
  actual: unknown,
): void {
  if (JSON.stringify(expected) === JSON.stringify(actual)) return
  result.failures.push({ path, expected: preview(expected), actual: preview(actual) })
  result.outcome = 'fail'
}

/**
 * A request body as the target's version takes it: on v1 only what the v1 `Order` declares
 * (no `Item.logistics`, no discount `reference`, ...), read from the v1 contract.
 */
function inVersion<Body>(context: WorkflowContext, body: Body): Body {
  return context.target.apiVersion === 'v1'
    ? (projectToContract('v1', 'Order', body) as Body)
    : body
}

/** The writable part of a factory-built order: what a client sends to create one. */
function createBody(order: Order, reference: string): Record<string, unknown> {
  const { culture, currency, country, cart, customer, attributes } = order
  return { reference, culture, currency, country, cart, ...(customer && { customer }), attributes }
}

/** Creates an order (tracked for clean-up) and answers its id, or undefined when it failed. */
export async function createOrder(
  context: WorkflowContext,
  step: string,
  overrides: Record<string, unknown> = {},
): Promise<string | undefined> {
  const order = context.factories.buildOrder({ country: 'SE' })
  const body = inVersion(context, {
    ...createBody(order, `${context.referencePrefix}-${step}`),
    ...overrides,
  })
  const created = await context.client.step(step, {
    operationId: 'CreateCheckoutOrder',
    body,
    expect: 201,
  })
  // v1 answers the id as a bare JSON string, v0 as `{ id }` (decision 51).
  const id =
    typeof created.body === 'string'
      ? created.body
      : (created.body as { id?: string } | undefined)?.id
  if (created.status === 201 && typeof id === 'string') {
    context.created.add(id)
    return id
  }
  return undefined
}

/**
 * Adds a consent and answers its id. On v0 the client names it (`id`); on v1 `Consent.id` is
 * read-only, so the consent is sent without one and its server-assigned id is read back from
 * the order by its `text` (decision 67).
 */
export async function addConsent(
  context: WorkflowContext,
  step: string,
  orderId: string,
  consent: { id: string; text: string; required: boolean; checked: boolean },
): Promise<string | undefined> {
  const params = { order_id: orderId }
  const v1 = context.target.apiVersion === 'v1'
  const { id, ...rest } = consent
  await context.client.step(step, {
    operationId: 'CreateCheckoutOrderConsent',
    params,
    body: v1 ? rest : consent,
    expect: 200,
  })
  if (!v1) return id
  const order = await context.client.step(`${step}: read its id`, {
    operationId: 'GetCheckoutOrder',
    params,
    expect: 200,
  })
  const consents = (order.body?.consents ?? []) as Array<{ id?: string; text?: string }>
  return consents.find((entry) => entry.text === consent.text)?.id
}
