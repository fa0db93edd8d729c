import { expect, it } from 'vitest'
import type { MockStore } from '../../src/index.ts'
import { type ApiClient, createApiClient, OTHER_TENANT } from '../support/mock-api.ts'
import { expectProblem, expectViolations } from '../support/problem-assertions.ts'

export { expectProblem, expectViolations }

/**
 * Shared checks of the order-group handler tests (orders, cart and customer, consents, state,
 * validate): the problem+json shape and the errors every order operation documents.
 */

/** The only token the mock accepts in these tests (`tenantHeaders()` sends it). */
export const ACCEPTED_TOKENS = ['test-token'] as const

/** One byte over the 1 MiB body limit, as valid JSON. */
export const OVERSIZED_JSON = JSON.stringify({ padding: 'x'.repeat(1024 * 1024) })

export interface CommonErrorSetup {
  /** The mock of the test file (its store is fresh per test). */
  mock: { readonly store: MockStore }
  /** The client of the order's tenant. */
  api: ApiClient
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** Path under `/orders` for an order id (and whatever `prepare` set up). */
  path: (orderId: string) => string
  /** A valid body, for operations that take one; `undefined` for none. */
  body?: unknown
  /** Creates an order the operation would succeed on; answers its id. */
  prepare: () => Promise<string>
  /** Whether the operation documents 413 and 415 (operations with a request body). */
  takesBody?: boolean
}

/**
 * The errors every order operation documents: 401 without or with a rejected token, 400 for
 * missing tenant headers, 404 for an unknown or foreign order, and, with a body, 413 and 415.
 * Each error leaves the stored order as it was.
 */
export function itAnswersTheCommonErrors(setup: CommonErrorSetup): void {
  const { mock, api, method } = setup
  const send = (
    orderId: string,
    options: { headers?: Record<string, string>; client?: ApiClient } = {},
  ) =>
    (options.client ?? api).request(method, setup.path(orderId), {
      ...(setup.body !== undefined && { body: setup.body }),
      ...(options.headers && { headers: options.headers }),
    })

  async function expectUnchanged(orderId: string, reply: () => Promise<void>): Promise<void> {
    const before = mock.store.getOrder(orderId)
    await reply()
    expect(mock.store.getOrder(orderId)).toEqual(before)
  }

  it('answers 401 unauthorized without an Authorization header', async () => {
    const orderId = await setup.prepare()
    await expectUnchanged(orderId, async () => {
      const reply = await send(orderId, { headers: { authorization: '' } })
      const problem = expectProblem(reply, 401, 'unauthorized')
      expect(problem.detail).toBe('Send an Authorization: Bearer <token> header.')
      expect(reply.headers.get('www-authenticate')).toBe('Bearer')
    })
  })

  it('answers 401 unauthorized when the bearer token is not accepted', async () => {
    const orderId = await setup.prepare()
    await expectUnchanged(orderId, async () => {
      const reply = await send(orderId, { headers: { authorization: 'Bearer wrong-token' } })
      const problem = expectProblem(reply, 401, 'unauthorized')
      expect(problem.detail).toBe('The bearer token is not accepted by this mock.')
    })
  })

  it('answers 401 unauthorized for a non-bearer Authorization scheme', async () => {
    const orderId = await setup.prepare()
    await expectUnchanged(orderId, async () => {
      const reply = await send(orderId, { headers: { authorization: 'Basic dGVzdDp0ZXN0' } })
      expectProblem(reply, 401, 'unauthorized')
    })
  })

  it('answers 400 naming header/x-merchant and header/x-channel when both are missing', async () => {
    const orderId = await setup.prepare()
    await expectUnchanged(orderId, async () => {
      const reply = await send(orderId, { headers: { 'x-merchant': '', 'x-channel': '' } })
      expectViolations(reply, [
        { location: 'header/x-merchant', keyword: 'required' },
        { location: 'header/x-channel', keyword: 'required' },
      ])
    })
  })

  it('answers 404 order-not-found for an unknown order id', async () => {
    await setup.prepare()
    const before = mock.store.snapshot()
    const reply = await send('o_doesNotExistAnywhereAtAllXyz')
    const problem = expectProblem(reply, 404, 'order-not-found')
    expect(problem.detail).toBe('Order with id:o_doesNotExistAnywhereAtAllXyz not found.')
    expect(mock.store.snapshot()).toEqual(before)
  })

  it("answers 404 order-not-found for another merchant's order and leaves it unchanged", async () => {
    const orderId = await setup.prepare()
    await expectUnchanged(orderId, async () => {
      const reply = await send(orderId, { client: createApiClient({ tenant: OTHER_TENANT }) })
      const problem = expectProblem(reply, 404, 'order-not-found')
      expect(JSON.stringify(problem)).not.toContain('"merchant"')
    })
  })

  if (!setup.takesBody) return

  it('answers 413 payload-too-large for a body over 1 MiB', async () => {
    const orderId = await setup.prepare()
    await expectUnchanged(orderId, async () => {
      const reply = await api.request(method, setup.path(orderId), {
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
    const orderId = await setup.prepare()
    await expectUnchanged(orderId, async () => {
      const reply = await api.request(method, setup.path(orderId), {
        rawBody: JSON.stringify(setup.body),
        headers: { 'content-type': 'text/plain' },
      })
      const problem = expectProblem(reply, 415, 'unsupported-media-type')
      expect(problem.detail).toContain('text/plain')
    })
  })

  it('answers 400 malformed-json for a body that is not JSON', async () => {
    const orderId = await setup.prepare()
    await expectUnchanged(orderId, async () => {
      const reply = await api.request(method, setup.path(orderId), {
        rawBody: '{"unterminated": ',
        headers: { 'content-type': 'application/json' },
      })
      expectProblem(reply, 400, 'malformed-json')
    })
  })
}
