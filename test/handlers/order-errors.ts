import { expect, it } from 'vitest'
import type { MockStore } from '../../src/index.ts'
import { type ApiClient, createApiClient, OTHER_TENANT } from '../support/mock-api.ts'
import { expectProblem, expectViolations } from '../support/problem-assertions.ts'

export { expectProblem, expectViolations }

/**
 * Shared checks of the handler tests: the errors every operation under an order documents
 * (orders, cart and customer, consents, state, validate, payments, shippings, callbacks).
 */

/** The only token the mock accepts in these tests (`tenantHeaders()` sends it). */
export const ACCEPTED_TOKENS = ['test-token'] as const

/** One byte over the 1 MiB body limit, as valid JSON. */
export const OVERSIZED_JSON = JSON.stringify({ padding: 'x'.repeat(1024 * 1024) })

/** What an operation works on: an order id, or the ids of an order and its sub-resources. */
export type ErrorTarget = string | { orderId: string }

export interface CommonErrorSetup<Target extends ErrorTarget = string> {
  /** The mock of the test file (its store is fresh per test; tokens: ACCEPTED_TOKENS). */
  mock: { readonly store: MockStore }
  /** The client of the order's tenant. */
  api: ApiClient
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** Path under `/orders` for what `prepare` set up. */
  path: (target: Target) => string
  /** A valid body, for operations that take one; `undefined` for none. */
  body?: unknown
  /** Creates an order (and sub-resources) the operation would succeed on. */
  prepare: () => Promise<Target>
  /** Whether the operation documents 413 and 415 (operations with a request body). */
  takesBody?: boolean
  /** For writes that final states lock (DECISIONS 6): how to complete an order, and what then. */
  finalStates?: {
    complete: (api: ApiClient, orderId: string) => Promise<void>
    /** `open`: 409 from `completed` on; `after-payment`: still allowed in `completed` (decision 29). */
    window: 'open' | 'after-payment'
    /** The `order-locked` detail expected once the order is completed. */
    completedDetail: (orderId: string) => string | RegExp
  }
}

const orderIdOf = (target: ErrorTarget) => (typeof target === 'string' ? target : target.orderId)
const withOrderId = <Target extends ErrorTarget>(target: Target, orderId: string): Target =>
  (typeof target === 'string' ? orderId : { ...(target as { orderId: string }), orderId }) as Target

/**
 * The errors every operation under an order documents: 401 without or with a rejected token,
 * 400 for missing tenant headers, 404 for an unknown or foreign order, with a body 413, 415 and
 * malformed JSON, and for writes the 409 of a final state. Each error leaves the order as it was.
 */
export function itAnswersTheCommonErrors<Target extends ErrorTarget = string>(
  setup: CommonErrorSetup<Target>,
): void {
  const { mock, api, method } = setup
  const send = (
    target: Target,
    options: { headers?: Record<string, string>; client?: ApiClient } = {},
  ) =>
    (options.client ?? api).request(method, setup.path(target), {
      ...(setup.body !== undefined && { body: setup.body }),
      ...(options.headers && { headers: options.headers }),
    })

  async function expectUnchanged(target: Target, reply: () => Promise<void>): Promise<void> {
    const before = mock.store.getOrder(orderIdOf(target))
    await reply()
    expect(mock.store.getOrder(orderIdOf(target))).toEqual(before)
  }

  it('answers 401 unauthorized without an Authorization header', async () => {
    const target = await setup.prepare()
    await expectUnchanged(target, async () => {
      const reply = await send(target, { headers: { authorization: '' } })
      const problem = expectProblem(reply, 401, 'unauthorized')
      expect(problem.detail).toBe('Send an Authorization: Bearer <token> header.')
      expect(reply.headers.get('www-authenticate')).toBe('Bearer')
    })
  })

  it('answers 401 unauthorized when the bearer token is not accepted', async () => {
    const target = await setup.prepare()
    await expectUnchanged(target, async () => {
      const reply = await send(target, { headers: { authorization: 'Bearer wrong-token' } })
      const problem = expectProblem(reply, 401, 'unauthorized')
      expect(problem.detail).toBe('The bearer token is not accepted by this mock.')
    })
  })

  it('answers 401 unauthorized for a non-bearer Authorization scheme', async () => {
    const target = await setup.prepare()
    await expectUnchanged(target, async () => {
      for (const authorization of ['Basic dGVzdDp0ZXN0', 'Token abc']) {
        expectProblem(await send(target, { headers: { authorization } }), 401, 'unauthorized')
      }
    })
  })

  it('answers 400 naming header/x-merchant and header/x-channel when both are missing', async () => {
    const target = await setup.prepare()
    await expectUnchanged(target, async () => {
      const reply = await send(target, { headers: { 'x-merchant': '', 'x-channel': '' } })
      expectViolations(reply, [
        { location: 'header/x-merchant', keyword: 'required' },
        { location: 'header/x-channel', keyword: 'required' },
      ])
      for (const header of ['x-merchant', 'x-channel']) {
        expectViolations(await send(target, { headers: { [header]: '' } }), [
          { location: `header/${header}`, keyword: 'required' },
        ])
      }
    })
  })

  it('answers 404 order-not-found for an unknown order id', async () => {
    const target = await setup.prepare()
    const before = mock.store.snapshot()
    const reply = await send(withOrderId(target, 'o_doesNotExistAnywhereAtAllXyz'))
    const problem = expectProblem(reply, 404, 'order-not-found')
    expect(problem.detail).toBe(
      'Order with id:o_doesNotExistAnywhereAtAllXyz not found for x-merchant thingsandstuff, x-channel thingsandstuff-se. It may not exist, or belong to another merchant or channel (orders built by the factories belong to merchant thingsandstuff unless given merchant and channel).',
    )
    expect(mock.store.snapshot()).toEqual(before)
  })

  it("answers 404 order-not-found for another merchant's order and leaves it unchanged", async () => {
    const target = await setup.prepare()
    await expectUnchanged(target, async () => {
      const reply = await send(target, { client: createApiClient({ tenant: OTHER_TENANT }) })
      const problem = expectProblem(reply, 404, 'order-not-found')
      expect(JSON.stringify(problem)).not.toContain('"merchant"')
      // The same words as for an order that does not exist: the answer reveals nothing.
      const unknownId = 'o_doesNotExistAnywhereAtAllXyz'
      const client = createApiClient({ tenant: OTHER_TENANT })
      const unknown = expectProblem(
        await send(withOrderId(target, unknownId), { client }),
        404,
        'order-not-found',
      )
      expect(problem.detail.replaceAll(orderIdOf(target), '<id>')).toBe(
        unknown.detail.replaceAll(unknownId, '<id>'),
      )
      expect(problem.detail).toContain('may not exist, or belong to another merchant or channel')
    })
  })

  const { finalStates } = setup
  if (finalStates?.window === 'open') {
    it('answers 409 order-locked once the order is completed, and changes nothing', async () => {
      const target = await setup.prepare()
      await finalStates.complete(api, orderIdOf(target))
      const before = mock.store.snapshot()
      const problem = expectProblem(await send(target), 409, 'order-locked')
      const expected = finalStates.completedDetail(orderIdOf(target))
      if (typeof expected === 'string') expect(problem.detail).toBe(expected)
      else expect(problem.detail).toMatch(expected)
      expect(mock.store.snapshot()).toEqual(before)
    })
  }
  if (finalStates?.window === 'after-payment') {
    it('is still allowed once the order is completed: after-payment actions (decision 29)', async () => {
      const target = await setup.prepare()
      await finalStates.complete(api, orderIdOf(target))
      const reply = await send(target)
      expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    })
  }
  if (finalStates) {
    it('answers 409 order-locked once the order is declined or removed, and changes nothing', async () => {
      const declined = await setup.prepare()
      for (const status of ['processing', 'declined']) {
        expect(
          (await api.put(`/${orderIdOf(declined)}/state`, { currentStatus: status })).status,
        ).toBe(200)
      }
      const removed = await setup.prepare()
      expect(
        (await api.put(`/${orderIdOf(removed)}/state`, { currentStatus: 'removed' })).status,
      ).toBe(200)
      for (const target of [declined, removed]) {
        await expectUnchanged(target, async () => {
          expectProblem(await send(target), 409, 'order-locked')
        })
      }
    })
  }

  if (!setup.takesBody) return

  it('answers 413 payload-too-large for a body over 1 MiB', async () => {
    const target = await setup.prepare()
    await expectUnchanged(target, async () => {
      const reply = await api.request(method, setup.path(target), {
        rawBody: OVERSIZED_JSON,
        headers: { 'content-type': 'application/json' },
      })
      const problem = expectProblem(reply, 413, 'payload-too-large')
      expect(problem.detail).toBe(
        `The request body is ${OVERSIZED_JSON.length} bytes; the limit is 1048576 bytes.`,
      )
    })
  })

  it('answers 415 unsupported-media-type for a body sent as text/plain', async () => {
    const target = await setup.prepare()
    await expectUnchanged(target, async () => {
      const reply = await api.request(method, setup.path(target), {
        rawBody: JSON.stringify(setup.body),
        headers: { 'content-type': 'text/plain' },
      })
      const problem = expectProblem(reply, 415, 'unsupported-media-type')
      expect(problem.detail).toContain('text/plain')
    })
  })

  it('answers 400 malformed-json for a body that is not JSON', async () => {
    const target = await setup.prepare()
    await expectUnchanged(target, async () => {
      const reply = await api.request(method, setup.path(target), {
        rawBody: '{"unterminated": ',
        headers: { 'content-type': 'application/json' },
      })
      expectProblem(reply, 400, 'malformed-json')
    })
  })
}
