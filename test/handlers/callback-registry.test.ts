import { describe, expect, it } from 'vitest'
import { type ApiClient, type ApiReply, createApiClient, useMockApi } from '../support/mock-api.ts'
import { expectProblem, expectViolations } from '../support/problem-assertions.ts'
import {
  ACCEPTED_TOKENS,
  itAnswersTheCommonErrors as itAnswersTheErrorsOfEveryOperation,
} from './order-errors.ts'

const CALLBACK_ID = /^oc_[A-Za-z]{26}$/
const _UNKNOWN_ORDER = 'o_AAAAAAAAAAAAAAAAAAAAAAAAAA'
const UNKNOWN_CALLBACK = 'oc_AAAAAAAAAAAAAAAAAAAAAAAAAA'

const ORDER_BODY = {
  culture: 'sv-SE',
  currency: 'SEK',
  country: 'SE',
  cart: {
    items: [
      { name: 'Thing', quantity: 1, total: { includingVat: 100, excludingVat: 80 }, vatRate: 0.25 },
    ],
    total: { includingVat: 100, excludingVat: 80 },
  },
}

const HOOK_URL = 'http://127.0.0.1:3/hooks/{order_id}'
const NOTIFICATION_URL = 'http://127.0.0.1:3/notifications/{order.id}'
const VALIDATION_URL = 'http://127.0.0.1:3/validations/{order_id}'

/*
 * The mock calls hooks, notifications and validations through `fetch` (DECISIONS 10), and
 * these tests register no handler for their targets: the callbacks here watch `/reference`,
 * which no test changes, and no order with a validation is validated.
 */
const V0_HOOK = {
  adapterId: 'stock_adapter',
  subscribeTo: '/reference',
  target: '/attributes',
  invoke: HOOK_URL,
  version: 'v0',
}
const NOTIFICATION = {
  adapterId: 'erp_adapter',
  reference: 'export-on-reference',
  description: 'Export the order when it gets a reference.',
  scope: '/reference',
  schema: { type: 'string', minLength: 1 },
  invoke: NOTIFICATION_URL,
  version: 'v0',
  delay: 250,
}
const V0_VALIDATION = {
  adapterId: 'onhand_verify',
  url: VALIDATION_URL,
  description: 'Stock check',
}

interface Ids {
  orderId: string
  hookId: string
  notificationId: string
  validationId: string
}

/** Answers 200 with no body, as the 0.1 docs show ("OK, no content"). */
function expectNoContent(reply: ApiReply<unknown>): void {
  expect(reply.status).toBe(200)
  expect(reply.body).toBeUndefined()
}

/** An order with one hook, one notification and one validation; their ids read from the store. */
async function orderWithCallbacks(
  api: ApiClient,
  mock: ReturnType<typeof useMockApi>,
): Promise<Ids> {
  const orderId = await api.createOrder(ORDER_BODY)
  expectNoContent(await api.post(`/${orderId}/hooks`, V0_HOOK))
  expectNoContent(await api.post(`/${orderId}/notifications`, NOTIFICATION))
  expectNoContent(await api.post(`/${orderId}/validations`, V0_VALIDATION))
  const order = mock.store.getOrder(orderId)
  return {
    orderId,
    hookId: order?.hooks?.[0]?.id as string,
    notificationId: order?.notifications?.[0]?.id as string,
    validationId: order?.validations?.[0]?.id as string,
  }
}

/**
 * Walks the order to `completed` through the API: a payment covering the total, then the
 * state (not validated: that would call the registered validation).
 */
async function completeOrder(api: ApiClient, orderId: string): Promise<void> {
  expect((await api.post(`/${orderId}/payments`, { amount: 100 })).status).toBe(201)
  expect((await api.put(`/${orderId}/state`, { currentStatus: 'completed' })).status).toBe(200)
}

interface OperationUnderTest {
  method: string
  path: (ids: Ids) => string
  body?: unknown
  takesBody: boolean
}

/** The errors every callback-registry operation documents (see order-errors.ts), and two more. */
function itAnswersTheCommonErrors(
  mock: ReturnType<typeof useMockApi>,
  api: ApiClient,
  operation: OperationUnderTest,
): void {
  itAnswersTheErrorsOfEveryOperation<Ids>({
    mock,
    api,
    method: operation.method as 'POST' | 'PUT' | 'DELETE',
    path: operation.path,
    ...(operation.body !== undefined && { body: operation.body }),
    takesBody: operation.takesBody,
    prepare: () => orderWithCallbacks(api, mock),
    finalStates: {
      complete: completeOrder,
      window: 'open',
      completedDetail: (orderId: string) =>
        new RegExp(
          `^Order ${orderId} is in state completed; \\w+ cannot change once the order is completed\\.$`,
        ),
    },
  })

  it('stays writable while the order is accepted', async () => {
    const ids = await orderWithCallbacks(api, mock)
    expect((await api.put(`/${ids.orderId}/state`, { currentStatus: 'accepted' })).status).toBe(200)
    expectNoContent(
      await api.request(operation.method, operation.path(ids), {
        ...(operation.body !== undefined && { body: operation.body }),
      }),
    )
  })

  if (operation.takesBody) {
    it('answers 400 body/required when no body is sent', async () => {
      const ids = await orderWithCallbacks(api, mock)
      const before = mock.store.snapshot()
      expectViolations(await api.request(operation.method, operation.path(ids)), [
        'body',
        'required',
      ])
      expect(mock.store.snapshot()).toEqual(before)
    })
  }
}

describe('callback registry', () => {
  const mock = useMockApi({ tokens: ACCEPTED_TOKENS })
  const api = createApiClient()
  const v1 = createApiClient({ version: 'v1' })

  describe('CreateCheckoutOrderHook', () => {
    it('registers a v0 hook under a new oc_ id and answers 200 without a body', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.post(`/${orderId}/hooks`, V0_HOOK)
      expectNoContent(reply)
      const hooks = mock.store.getOrder(orderId)?.hooks
      expect(hooks).toEqual([{ ...V0_HOOK, id: expect.stringMatching(CALLBACK_ID) }])
    })

    it('stores a v1 hook sent with scope under the 0.1 name subscribeTo', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      expectNoContent(
        await v1.post(`/${orderId}/hooks`, {
          scope: '/state',
          invoke: HOOK_URL,
          adapterId: 'external_reserve',
        }),
      )
      expect(mock.store.getOrder(orderId)?.hooks).toEqual([
        {
          subscribeTo: '/state',
          invoke: HOOK_URL,
          adapterId: 'external_reserve',
          id: expect.stringMatching(CALLBACK_ID),
        },
      ])
    })

    it('accepts scope as an alias on the v0 path, and refuses subscribeTo on the v1 path (v1 has no such field)', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      expectNoContent(await api.post(`/${orderId}/hooks`, { scope: '/cart', invoke: HOOK_URL }))
      expectViolations(
        await v1.post(`/${orderId}/hooks`, { subscribeTo: '/customer', invoke: HOOK_URL }),
        ['body/subscribeTo', 'additionalProperties'],
      )
      expectNoContent(await v1.post(`/${orderId}/hooks`, { scope: '/customer', invoke: HOOK_URL }))
      expect(
        mock.store.getOrder(orderId)?.hooks?.map((hook) => [hook.subscribeTo, hook.scope]),
      ).toEqual([
        ['/cart', undefined],
        ['/customer', undefined],
      ])
    })

    it('echoes the hook as subscribeTo on GET v0 and as scope on GET v1', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      await v1.post(`/${orderId}/hooks`, { scope: '/state', invoke: HOOK_URL })
      const id = mock.store.getOrder(orderId)?.hooks?.[0]?.id
      expect((await api.get(`/${orderId}`)).body.hooks).toEqual([
        { id, subscribeTo: '/state', invoke: HOOK_URL },
      ])
      expect((await v1.get(`/${orderId}`)).body.hooks).toEqual([
        { id, scope: '/state', invoke: HOOK_URL },
      ])
    })

    it('echoes scope in the v1 order list too', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      await api.post(`/${orderId}/hooks`, V0_HOOK)
      const listed = await v1.get('')
      expect(listed.status).toBe(200)
      const { subscribeTo, ...rest } = V0_HOOK
      expect(listed.body.data[0].hooks).toEqual([
        { ...rest, scope: subscribeTo, id: expect.stringMatching(CALLBACK_ID) },
      ])
    })

    it('answers 400 naming body "not" when subscribeTo and scope are both sent, equal or not, and stores nothing (decision 66)', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      for (const scope of ['/state', '/cart']) {
        const reply = await api.post(`/${orderId}/hooks`, {
          subscribeTo: '/state',
          scope,
          invoke: HOOK_URL,
        })
        expectViolations(reply, ['body', 'not'])
        expect(reply.body.errors[0].message).toBe(
          'must not have "subscribeTo" and "scope" together (they name the same field; send one)',
        )
      }
      expect(mock.store.getOrder(orderId)?.hooks).toEqual([])
    })

    it('answers 400 naming body/invoke when invoke is missing or empty', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      expectViolations(await api.post(`/${orderId}/hooks`, { subscribeTo: '/state' }), [
        'body/invoke',
        'required',
      ])
      expectViolations(await api.post(`/${orderId}/hooks`, { subscribeTo: '/state', invoke: '' }), [
        'body/invoke',
        'minLength',
      ])
      expect(mock.store.getOrder(orderId)?.hooks).toEqual([])
    })

    it('matches the version case-insensitively and rejects unknown versions and properties', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      expectNoContent(await api.post(`/${orderId}/hooks`, { invoke: HOOK_URL, version: 'V1' }))
      expect(mock.store.getOrder(orderId)?.hooks?.[0]?.version).toBe('v1')
      expectViolations(
        await api.post(`/${orderId}/hooks`, { invoke: HOOK_URL, version: 'v2', url: HOOK_URL }),
        ['body/version', 'enum'],
        ['body/url', 'additionalProperties'],
      )
    })

    it('gives every hook its own id, even with the same body', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      await api.post(`/${orderId}/hooks`, V0_HOOK)
      await api.post(`/${orderId}/hooks`, V0_HOOK)
      const ids = mock.store.getOrder(orderId)?.hooks?.map((hook) => hook.id)
      expect(ids).toHaveLength(2)
      expect(ids?.[0]).not.toBe(ids?.[1])
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'POST',
      path: ({ orderId }) => `/${orderId}/hooks`,
      body: V0_HOOK,
      takesBody: true,
    })
  })

  describe('DeleteCheckoutOrderHook', () => {
    it('removes the hook, keeps the others and answers 200 without a body', async () => {
      const { orderId, hookId } = await orderWithCallbacks(api, mock)
      await api.post(`/${orderId}/hooks`, { ...V0_HOOK, adapterId: 'second' })
      const kept = mock.store.getOrder(orderId)?.hooks?.[1]
      expectNoContent(await api.delete(`/${orderId}/hooks/${hookId}`))
      expect(mock.store.getOrder(orderId)?.hooks).toEqual([kept])
    })

    it('answers 404 hook-not-found for an unknown hook, and for a hook deleted before', async () => {
      const { orderId, hookId } = await orderWithCallbacks(api, mock)
      const unknown = await api.delete(`/${orderId}/hooks/${UNKNOWN_CALLBACK}`)
      expectProblem(unknown, 404, 'hook-not-found')
      expect(unknown.body.detail).toBe(
        `Hook with id:${UNKNOWN_CALLBACK} not found on order ${orderId}.`,
      )
      expectNoContent(await api.delete(`/${orderId}/hooks/${hookId}`))
      expectProblem(await api.delete(`/${orderId}/hooks/${hookId}`), 404, 'hook-not-found')
    })

    it('answers 404 hook-not-found for the id of a notification or validation', async () => {
      const { orderId, notificationId, validationId } = await orderWithCallbacks(api, mock)
      const before = mock.store.getOrder(orderId)
      expectProblem(await api.delete(`/${orderId}/hooks/${notificationId}`), 404, 'hook-not-found')
      expectProblem(await api.delete(`/${orderId}/hooks/${validationId}`), 404, 'hook-not-found')
      expect(mock.store.getOrder(orderId)).toEqual(before)
    })

    it('works under /api/v1 on the same store', async () => {
      const { orderId, hookId } = await orderWithCallbacks(api, mock)
      expectNoContent(await v1.delete(`/${orderId}/hooks/${hookId}`))
      expect(mock.store.getOrder(orderId)?.hooks).toEqual([])
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'DELETE',
      path: ({ orderId, hookId }) => `/${orderId}/hooks/${hookId}`,
      takesBody: false,
    })
  })

  describe('CreateCheckoutOrderNotification', () => {
    it('registers the notification under a new oc_ id, delay included, and answers 200 without a body', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      expectNoContent(await api.post(`/${orderId}/notifications`, NOTIFICATION))
      expect(mock.store.getOrder(orderId)?.notifications).toEqual([
        { ...NOTIFICATION, id: expect.stringMatching(CALLBACK_ID) },
      ])
    })

    it('stores a free-form schema as sent', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const schema = {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'string',
        enum: ['completed', 'declined'],
        'x-vendor': { nested: [1, null, { deep: true }] },
      }
      expectNoContent(
        await api.post(`/${orderId}/notifications`, {
          scope: '/state/currentStatus',
          schema,
          invoke: NOTIFICATION_URL,
        }),
      )
      expect(mock.store.getOrder(orderId)?.notifications?.[0]?.schema).toEqual(schema)
      expect((await api.get(`/${orderId}`)).body.notifications[0].schema).toEqual(schema)
    })

    it('keeps an id sent by the client, and replaces the notification registered under it', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const id = 'ocGooDddTOjKOuFmNnkEozEpfuTh'
      expectNoContent(await api.post(`/${orderId}/notifications`, { ...NOTIFICATION, id }))
      expectNoContent(
        await api.post(`/${orderId}/notifications`, { id, invoke: NOTIFICATION_URL, delay: 0 }),
      )
      expect(mock.store.getOrder(orderId)?.notifications).toEqual([
        { id, invoke: NOTIFICATION_URL, delay: 0 },
      ])
    })

    it('looks the same on GET v0 and GET v1 (no aliases), except delay, which v1 lacks', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const { delay, ...v1Notification } = NOTIFICATION
      expectViolations(await v1.post(`/${orderId}/notifications`, NOTIFICATION), [
        'body/delay',
        'additionalProperties',
      ])
      await v1.post(`/${orderId}/notifications`, v1Notification)
      const expected = [{ ...v1Notification, id: expect.stringMatching(CALLBACK_ID) }]
      expect((await api.get(`/${orderId}`)).body.notifications).toEqual(expected)
      expect((await v1.get(`/${orderId}`)).body.notifications).toEqual(expected)

      const other = await api.createOrder(ORDER_BODY)
      await api.post(`/${other}/notifications`, NOTIFICATION)
      expect((await api.get(`/${other}`)).body.notifications[0].delay).toBe(delay)
      expect((await v1.get(`/${other}`)).body.notifications).toEqual(expected)
    })

    it('answers 400 naming every violation: invoke missing, delay negative or fractional, schema not an object', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      expectViolations(
        await api.post(`/${orderId}/notifications`, {
          scope: '/state',
          delay: -1,
          schema: 'completed',
        }),
        ['body/invoke', 'required'],
        ['body/delay', 'minimum'],
        ['body/schema', 'type'],
      )
      expectViolations(
        await api.post(`/${orderId}/notifications`, { invoke: NOTIFICATION_URL, delay: 1.5 }),
        ['body/delay', 'type'],
      )
      expectViolations(
        await api.post(`/${orderId}/notifications`, {
          invoke: NOTIFICATION_URL,
          subscribeTo: '/state',
        }),
        ['body/subscribeTo', 'additionalProperties'],
      )
      expect(mock.store.getOrder(orderId)?.notifications).toEqual([])
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'POST',
      path: ({ orderId }) => `/${orderId}/notifications`,
      body: NOTIFICATION,
      takesBody: true,
    })
  })

  describe('DeleteCheckoutOrderNotification', () => {
    it('removes the notification and answers 200 without a body', async () => {
      const { orderId, notificationId } = await orderWithCallbacks(api, mock)
      expectNoContent(await api.delete(`/${orderId}/notifications/${notificationId}`))
      const order = mock.store.getOrder(orderId)
      expect(order?.notifications).toEqual([])
      expect(order?.hooks).toHaveLength(1)
      expect(order?.validations).toHaveLength(1)
    })

    it('answers 404 notification-not-found for an unknown notification or a hook id', async () => {
      const { orderId, hookId } = await orderWithCallbacks(api, mock)
      const unknown = await api.delete(`/${orderId}/notifications/${UNKNOWN_CALLBACK}`)
      expectProblem(unknown, 404, 'notification-not-found')
      expect(unknown.body.detail).toBe(
        `Notification with id:${UNKNOWN_CALLBACK} not found on order ${orderId}.`,
      )
      expectProblem(
        await api.delete(`/${orderId}/notifications/${hookId}`),
        404,
        'notification-not-found',
      )
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'DELETE',
      path: ({ orderId, notificationId }) => `/${orderId}/notifications/${notificationId}`,
      takesBody: false,
    })
  })

  describe('CreateCheckoutOrderValidation', () => {
    it('registers a v0 validation (url) under a new oc_ id and answers 200 without a body', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      expectNoContent(await api.post(`/${orderId}/validations`, V0_VALIDATION))
      expect(mock.store.getOrder(orderId)?.validations).toEqual([
        { ...V0_VALIDATION, id: expect.stringMatching(CALLBACK_ID) },
      ])
    })

    it('stores a v1 validation sent with invoke under the 0.1 name url', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      expectNoContent(
        await v1.post(`/${orderId}/validations`, {
          invoke: VALIDATION_URL,
          adapterId: 'onhand_verify',
        }),
      )
      expect(mock.store.getOrder(orderId)?.validations).toEqual([
        { url: VALIDATION_URL, adapterId: 'onhand_verify', id: expect.stringMatching(CALLBACK_ID) },
      ])
    })

    it('echoes url on GET v0 and invoke on GET v1, whichever form created it', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      await api.post(`/${orderId}/validations`, { url: VALIDATION_URL, adapterId: 'a' })
      await v1.post(`/${orderId}/validations`, { invoke: VALIDATION_URL, adapterId: 'b' })
      const [a, b] =
        mock.store.getOrder(orderId)?.validations?.map((validation) => validation.id) ?? []
      expect((await api.get(`/${orderId}`)).body.validations).toEqual([
        { id: a, adapterId: 'a', url: VALIDATION_URL },
        { id: b, adapterId: 'b', url: VALIDATION_URL },
      ])
      expect((await v1.get(`/${orderId}`)).body.validations).toEqual([
        { id: a, adapterId: 'a', invoke: VALIDATION_URL },
        { id: b, adapterId: 'b', invoke: VALIDATION_URL },
      ])
    })

    it('answers 400 naming body "not" when url and invoke are both sent, equal or not, and stores nothing (decision 66)', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      for (const invoke of [VALIDATION_URL, 'http://127.0.0.1:3/other']) {
        const reply = await api.post(`/${orderId}/validations`, { url: VALIDATION_URL, invoke })
        expectViolations(reply, ['body', 'not'])
      }
      expect(mock.store.getOrder(orderId)?.validations).toEqual([])
    })

    it('answers 400 naming body/url and body/invoke when neither is sent', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      const reply = await api.post(`/${orderId}/validations`, { adapterId: 'onhand_verify' })
      expectViolations(
        reply,
        ['body/url', 'required'],
        ['body/invoke', 'required'],
        ['body', 'anyOf'],
      )
      expect(mock.store.getOrder(orderId)?.validations).toEqual([])
    })

    it('answers 400 for an unknown property', async () => {
      const orderId = await api.createOrder(ORDER_BODY)
      expectViolations(
        await api.post(`/${orderId}/validations`, { ...V0_VALIDATION, timeout: 5 }),
        ['body/timeout', 'additionalProperties'],
      )
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'POST',
      path: ({ orderId }) => `/${orderId}/validations`,
      body: V0_VALIDATION,
      takesBody: true,
    })
  })

  describe('UpdateCheckoutOrderValidation', () => {
    it('replaces the validation, keeps its id and answers 200 without a body', async () => {
      const { orderId, validationId } = await orderWithCallbacks(api, mock)
      const replacement = {
        adapterId: 'onhand_verify',
        url: 'http://127.0.0.1:3/v2/{order_id}',
        reference: 'stock',
      }
      expectNoContent(await api.put(`/${orderId}/validations/${validationId}`, replacement))
      expect(mock.store.getOrder(orderId)?.validations).toEqual([
        { ...replacement, id: validationId },
      ])
    })

    it('takes the v1 form (invoke) and echoes it per version', async () => {
      const { orderId, validationId } = await orderWithCallbacks(api, mock)
      expectNoContent(
        await v1.put(`/${orderId}/validations/${validationId}`, {
          invoke: 'http://127.0.0.1:3/v1',
        }),
      )
      expect(mock.store.getOrder(orderId)?.validations).toEqual([
        { url: 'http://127.0.0.1:3/v1', id: validationId },
      ])
      expect((await v1.get(`/${orderId}`)).body.validations).toEqual([
        { invoke: 'http://127.0.0.1:3/v1', id: validationId },
      ])
      expect((await api.get(`/${orderId}`)).body.validations).toEqual([
        { url: 'http://127.0.0.1:3/v1', id: validationId },
      ])
    })

    it('answers 404 validation-not-found for an unknown validation, and changes nothing', async () => {
      const { orderId, hookId } = await orderWithCallbacks(api, mock)
      const before = mock.store.getOrder(orderId)
      const reply = await api.put(`/${orderId}/validations/${UNKNOWN_CALLBACK}`, V0_VALIDATION)
      expectProblem(reply, 404, 'validation-not-found')
      expect(reply.body.detail).toBe(
        `Validation with id:${UNKNOWN_CALLBACK} not found on order ${orderId}.`,
      )
      expectProblem(
        await api.put(`/${orderId}/validations/${hookId}`, V0_VALIDATION),
        404,
        'validation-not-found',
      )
      expect(mock.store.getOrder(orderId)).toEqual(before)
    })

    it('answers 400 when url and invoke are both sent or both missing, and changes nothing', async () => {
      const { orderId, validationId } = await orderWithCallbacks(api, mock)
      const before = mock.store.getOrder(orderId)
      expectViolations(
        await api.put(`/${orderId}/validations/${validationId}`, {
          url: VALIDATION_URL,
          invoke: 'http://127.0.0.1:3/x',
        }),
        ['body', 'not'],
      )
      expectViolations(
        await api.put(`/${orderId}/validations/${validationId}`, { description: 'no url' }),
        ['body/url', 'required'],
        ['body/invoke', 'required'],
        ['body', 'anyOf'],
      )
      expect(mock.store.getOrder(orderId)).toEqual(before)
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'PUT',
      path: ({ orderId, validationId }) => `/${orderId}/validations/${validationId}`,
      body: V0_VALIDATION,
      takesBody: true,
    })
  })

  describe('RemoveCheckoutOrderValidation', () => {
    it('removes the validation and answers 200 without a body', async () => {
      const { orderId, validationId } = await orderWithCallbacks(api, mock)
      await api.post(`/${orderId}/validations`, { ...V0_VALIDATION, adapterId: 'second' })
      expectNoContent(await api.delete(`/${orderId}/validations/${validationId}`))
      expect(
        mock.store.getOrder(orderId)?.validations?.map((validation) => validation.adapterId),
      ).toEqual(['second'])
    })

    it('answers 404 validation-not-found for an unknown validation or one removed before', async () => {
      const { orderId, validationId } = await orderWithCallbacks(api, mock)
      expectProblem(
        await api.delete(`/${orderId}/validations/${UNKNOWN_CALLBACK}`),
        404,
        'validation-not-found',
      )
      expectNoContent(await api.delete(`/${orderId}/validations/${validationId}`))
      expectProblem(
        await api.delete(`/${orderId}/validations/${validationId}`),
        404,
        'validation-not-found',
      )
    })

    itAnswersTheCommonErrors(mock, api, {
      method: 'DELETE',
      path: ({ orderId, validationId }) => `/${orderId}/validations/${validationId}`,
      takesBody: false,
    })
  })
})
