import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from '../../src/server/index.ts'
import { call, demoHeaders, type Reply } from '../server/support/http.ts'
import { type CallbackTarget, startCallbackTarget } from './support/callback-target.ts'

const orders = '/api/v0/checkout/orders'
const otherTenant = { merchant: 'other-merchant', channel: 'other-channel' }

let target: CallbackTarget
let mock: MockServer
beforeAll(async () => {
  target = await startCallbackTarget()
})
afterAll(() => target.stop())
beforeEach(async () => {
  target.reset()
  mock = await startMockServer({
    port: 0,
    allowedCallbackHosts: [`127.0.0.1:${target.port}`],
    callbackTimeoutMs: 2_000,
    validateResponses: true,
  })
})
afterEach(() => mock.close())

const send = (
  method: string,
  path: string,
  json?: unknown,
  tenant?: { merchant: string; channel: string },
): Promise<Reply> =>
  call(`${mock.url}${orders}${path}`, {
    method,
    headers: demoHeaders(tenant),
    ...(json !== undefined && { json }),
  })

/** An order with a hook on `/attributes` answered by `target.answer`. */
async function orderWithHook(tenant?: { merchant: string; channel: string }): Promise<string> {
  const created = await send('POST', '', {}, tenant)
  expect(created.status).toBe(201)
  const id = created.body.id as string
  const hooked = await send(
    'POST',
    `/${id}/hooks`,
    { subscribeTo: '/attributes', invoke: `${target.url}/hook/{order_id}` },
    tenant,
  )
  expect(hooked.status).toBe(200)
  return id
}

const patchAnswer = (patch: unknown) => () => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(patch),
})

/** Asserts a PATCH of the attributes got 409 hook-rejected naming `reason`, nothing stored. */
async function expectRejected(id: string, reason: string): Promise<void> {
  const before = mock.store.getOrder(id)
  const reply = await send('PATCH', `/${id}/attributes`, { gift: true })
  expect(reply.status, reply.text).toBe(409)
  expect(reply.body.code).toBe('hook-rejected')
  expect(reply.body.detail).toContain(reason)
  expect(mock.store.getOrder(id)).toEqual(before)
}

describe('hook patches cannot touch what identifies the order', () => {
  it('finding 1: a hook patch on "" cannot move the order to another tenant', async () => {
    const id = await orderWithHook()
    target.answer = ({ body }) =>
      patchAnswer([{ op: 'replace', path: '', value: { ...body, merchant: 'thief' } }])()
    await expectRejected(id, 'its patch may not change /merchant')
    target.answer = ({ body }) =>
      patchAnswer([{ op: 'replace', path: '', value: { ...body, channel: 'elsewhere' } }])()
    await expectRejected(id, 'its patch may not change /channel')
    // The order is still the demo tenant's, and no other tenant sees it.
    expect((await send('GET', `/${id}`)).status).toBe(200)
    expect((await send('GET', `/${id}`, undefined, otherTenant)).status).toBe(404)
  })

  it('finding 1: a hook patch on "" cannot overwrite another tenant\'s order by id', async () => {
    const victim = (await send('POST', '', {}, otherTenant)).body.id as string
    const victimBefore = mock.store.getOrder(victim)
    const id = await orderWithHook()
    target.answer = ({ body }) =>
      patchAnswer([{ op: 'replace', path: '', value: { ...body, id: victim, ...otherTenant } }])()
    await expectRejected(id, 'its patch may not change /id')
    target.answer = patchAnswer([
      { op: 'replace', path: '/created', value: '2001-01-01T00:00:00Z' },
    ])
    await expectRejected(id, 'its patch may not change /created')
    expect(mock.store.getOrder(victim)).toEqual(victimBefore)
    // A root replace that keeps them is still applied.
    target.answer = ({ body }) =>
      patchAnswer([{ op: 'replace', path: '', value: { ...body, reference: 'root-replaced' } }])()
    const reply = await send('PATCH', `/${id}/attributes`, { gift: true })
    expect(reply.status, reply.text).toBe(200)
    expect(mock.store.getOrder(id)?.reference).toBe('root-replaced')
  })

  it('finding 13: a hook patch `move` from /merchant is 409 hook-rejected, not 500', async () => {
    const id = await orderWithHook()
    target.answer = patchAnswer([{ op: 'move', from: '/merchant', path: '/attributes/merchant' }])
    await expectRejected(id, 'its patch may not change /merchant')
    target.answer = patchAnswer([{ op: 'remove', path: '/channel' }])
    await expectRejected(id, 'its patch may not change /channel')
    expect((await send('GET', `/${id}`)).status).toBe(200)
  })

  it('finding 19: a hook patch setting /state is rejected; the state moves only through PUT state', async () => {
    const id = await orderWithHook()
    target.answer = patchAnswer([
      { op: 'replace', path: '/state', value: { currentStatus: 'completed', transitions: [] } },
    ])
    await expectRejected(id, 'its patch may not change /state')
    target.answer = patchAnswer([
      { op: 'replace', path: '/state/currentStatus', value: 'completed' },
    ])
    await expectRejected(id, 'its patch may not change /state')
    expect((await send('GET', `/${id}`)).body.state.currentStatus).toBe('checkout')
  })

  it('finding 20: __proto__ keys inside hook-patch values are rejected as on the request path', async () => {
    const id = await orderWithHook()
    target.answer = () => ({
      headers: { 'content-type': 'application/json' },
      body: '[{"op":"add","path":"/attributes/x","value":{"__proto__":{"polluted":true}}}]',
    })
    await expectRejected(id, 'its patch has a "__proto__" key, which the mock refuses')
    expect(mock.store.getOrder(id)?.attributes).toEqual({})
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('hook answers are read whole', () => {
  it('finding 17: a valid patch longer than 2,000 characters is applied, not ignored', async () => {
    const id = await orderWithHook()
    const note = 'n'.repeat(2_500)
    target.answer = patchAnswer([{ op: 'add', path: '/attributes/note', value: note }])
    const reply = await send('PATCH', `/${id}/attributes`, { gift: true })
    expect(reply.status, reply.text).toBe(200)
    expect(mock.store.getOrder(id)?.attributes).toEqual({ gift: true, note })
  })

  it('finding 17: an answer over the body limit is 409 naming the size; a non-patch answer is 409', async () => {
    const id = await orderWithHook()
    const huge = JSON.stringify([
      { op: 'add', path: '/attributes/x', value: 'x'.repeat(1_048_576) },
    ])
    target.answer = () => ({ headers: { 'content-type': 'application/json' }, body: huge })
    await expectRejected(id, 'the answer is larger than 1048576 bytes')
    target.answer = () => ({ body: 'x'.repeat(2_555) })
    await expectRejected(id, 'its answer (2555 characters) is not JSON')
    target.answer = patchAnswer({ op: 'add', path: '/attributes/x', value: 1 })
    await expectRejected(id, 'is not a JSON Patch array')
    // An empty 2xx is still "no change".
    target.answer = () => ({ status: 204 })
    expect((await send('PATCH', `/${id}/attributes`, { gift: true })).status).toBe(200)
  })
})
