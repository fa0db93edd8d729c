import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFactories } from '../../src/factories/index.ts'
import type { Consent, Order, OrderStatus } from '../../src/index.ts'
import { createApiClient, TENANT, useMockApi } from '../support/mock-api.ts'
import {
  ACCEPTED_TOKENS,
  expectProblem,
  expectViolations,
  itAnswersTheCommonErrors,
} from './order-errors.ts'

const NOW = '2026-02-01T12:00:00.000Z'
const STATUSES: OrderStatus[] = [
  'checkout',
  'processing',
  'accepted',
  'completed',
  'declined',
  'removed',
]

/** DECISIONS 5, written out: where each status may go (besides staying where it is). */
const LEGAL: Record<OrderStatus, OrderStatus[]> = {
  checkout: ['processing', 'accepted', 'completed', 'removed'],
  processing: ['checkout', 'accepted', 'completed', 'declined', 'removed'],
  accepted: ['completed', 'declined', 'removed'],
  completed: [],
  declined: [],
  removed: [],
}

const TERMS: Consent = { id: 'ci_terms', checked: false, text: 'Terms', required: true }
const AGE: Consent = { id: 'ci_age', checked: false, text: 'I am over 18', required: true }
const NEWS: Consent = { id: 'ci_news', checked: false, text: 'News', required: false }

const mock = useMockApi({ tokens: ACCEPTED_TOKENS })
const api = createApiClient()

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(NOW))
})
afterEach(() => {
  vi.useRealTimers()
})

/** A factory-built order in `status` (a legal history, no consents unless given). */
async function seedOrder(status: OrderStatus, consents: Consent[] = []): Promise<Order> {
  const order = createFactories({
    seed: 41,
    merchant: TENANT.merchant,
    channel: TENANT.channel,
  }).buildOrder({
    state: { currentStatus: status },
    consents,
  })
  await mock.store.seed([order])
  return order
}

const stored = (orderId: string | undefined) => mock.store.getOrder(orderId ?? '')
const setState = (orderId: string | undefined, currentStatus: string) =>
  api.put(`/${orderId}/state`, { currentStatus })

describe('UpdateCheckoutOrderState', () => {
  describe('transition matrix (DECISIONS 5)', () => {
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        if (from === to) {
          it(`${from} → ${to}: answers 409 illegal-transition (already there) and changes nothing`, async () => {
            const order = await seedOrder(from)
            const reply = await setState(order.id, to)
            const problem = expectProblem(reply, 409, 'illegal-transition')
            expect(problem.detail).toBe(`Order ${order.id} is already ${from}.`)
            expect(stored(order.id)).toEqual(order)
          })
        } else if (LEGAL[from].includes(to)) {
          it(`${from} → ${to}: answers 200 and appends a transition`, async () => {
            const order = await seedOrder(from)
            const reply = await setState(order.id, to)
            expect(reply.status).toBe(200)
            expect(reply.body).toBeUndefined()
            expect(stored(order.id)).toEqual({
              ...order,
              lastModified: NOW,
              state: {
                currentStatus: to,
                transitions: [...(order.state?.transitions ?? []), { status: to, timeStamp: NOW }],
              },
            })
          })
        } else {
          it(`${from} → ${to}: answers 409 illegal-transition naming both states`, async () => {
            const order = await seedOrder(from)
            const reply = await setState(order.id, to)
            const problem = expectProblem(reply, 409, 'illegal-transition')
            expect(problem.detail).toBe(`Order ${order.id} cannot move from ${from} to ${to}.`)
            expect(stored(order.id)).toEqual(order)
          })
        }
      }
    }

    it('covers 36 pairs: 12 legal moves, 6 stays and 18 illegal moves', () => {
      const legal = STATUSES.flatMap((from) => LEGAL[from].map((to) => `${from}→${to}`))
      expect(legal).toHaveLength(12)
      expect(STATUSES.length ** 2 - legal.length - STATUSES.length).toBe(18)
    })
  })

  it('walks an order created through the API with increasing transition timestamps', async () => {
    const orderId = await api.createOrder({})
    const steps: Array<[OrderStatus, string]> = [
      ['processing', '2026-02-01T12:01:00.000Z'],
      ['checkout', '2026-02-01T12:02:00.000Z'],
      ['processing', '2026-02-01T12:03:00.000Z'],
      ['accepted', '2026-02-01T12:04:00.000Z'],
      ['completed', '2026-02-01T12:05:00.000Z'],
    ]
    for (const [status, time] of steps) {
      vi.setSystemTime(new Date(time))
      expect((await setState(orderId, status)).status, status).toBe(200)
    }
    const state = stored(orderId)?.state
    expect(state).toEqual({
      currentStatus: 'completed',
      transitions: [
        { status: 'checkout', timeStamp: NOW },
        ...steps.map(([status, timeStamp]) => ({ status, timeStamp })),
      ],
    })
    const times = state?.transitions?.map((transition) => Date.parse(transition.timeStamp)) ?? []
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(new Set(times).size).toBe(times.length)
    expect(stored(orderId)?.lastModified).toBe('2026-02-01T12:05:00.000Z')
  })

  it('lets a tutorial set completed straight from checkout', async () => {
    const orderId = await api.createOrder({})
    expect((await setState(orderId, 'completed')).status).toBe(200)
    expect(stored(orderId)?.state?.transitions?.map((transition) => transition.status)).toEqual([
      'checkout',
      'completed',
    ])
  })

  it('accepts the status in any case and stores it in the documented case', async () => {
    const orderId = await api.createOrder({})
    expect((await setState(orderId, 'PROCESSING')).status).toBe(200)
    expect((await setState(orderId, 'Completed')).status).toBe(200)
    expect(stored(orderId)?.state?.currentStatus).toBe('completed')
    expect(stored(orderId)?.state?.transitions?.map((transition) => transition.status)).toEqual([
      'checkout',
      'processing',
      'completed',
    ])
  })

  it('reads the same status in another case as the same status: already there', async () => {
    const order = await seedOrder('accepted')
    expectProblem(await setState(order.id, 'Accepted'), 409, 'illegal-transition')
    expect(stored(order.id)).toEqual(order)
  })

  it('ignores the read-only transitions of the body', async () => {
    const orderId = await api.createOrder({})
    const reply = await api.put(`/${orderId}/state`, {
      currentStatus: 'processing',
      transitions: [{ status: 'completed', timeStamp: '2020-01-01T00:00:00Z' }],
    })
    expect(reply.status).toBe(200)
    expect(stored(orderId)?.state?.transitions).toEqual([
      { status: 'checkout', timeStamp: NOW },
      // Within one millisecond, the next transition is still 1 ms later (decision 27).
      { status: 'processing', timeStamp: new Date(Date.parse(NOW) + 1).toISOString() },
    ])
  })

  describe('required consents', () => {
    for (const to of ['processing', 'accepted', 'completed'] as const) {
      it(`answers 409 consent-required naming the unchecked required consents when moving to ${to}`, async () => {
        const order = await seedOrder('checkout', [TERMS, AGE, NEWS])
        const reply = await setState(order.id, to)
        const problem = expectProblem(reply, 409, 'consent-required')
        expect(problem.detail).toBe(
          `Order ${order.id} cannot move to ${to}: required consents are not checked: ci_terms, ci_age.`,
        )
        expect(problem.detail).not.toContain('ci_news')
        expect(stored(order.id)).toEqual(order)
      })
    }

    it('counts a required consent without checked as unchecked', async () => {
      const orderId = await api.createOrder({ consents: [{ id: 'ci_age', required: true }] })
      const problem = expectProblem(await setState(orderId, 'processing'), 409, 'consent-required')
      expect(problem.detail).toMatch(/: ci_age\.$/)
    })

    it('names only the required consents still unchecked', async () => {
      const orderId = await api.createOrder({ consents: [TERMS, AGE, NEWS] })
      await api.patch(`/${orderId}/consents/ci_age`, { checked: true })
      const problem = expectProblem(await setState(orderId, 'processing'), 409, 'consent-required')
      expect(problem.detail).toMatch(/: ci_terms\.$/)
    })

    it('passes once every required consent is checked, optional ones unchecked', async () => {
      const orderId = await api.createOrder({ consents: [TERMS, AGE, NEWS] })
      await api.patch(`/${orderId}/consents`, [
        { id: 'ci_terms', checked: true },
        { id: 'ci_age', checked: true },
      ])
      expect((await setState(orderId, 'processing')).status).toBe(200)
      expect(stored(orderId)?.state?.currentStatus).toBe('processing')
    })

    it('passes when every required consent is checked from the start', async () => {
      const order = await seedOrder('checkout', [{ ...TERMS, checked: true }, NEWS])
      expect((await setState(order.id, 'completed')).status).toBe(200)
    })

    it('does not need consents to remove an order', async () => {
      const order = await seedOrder('checkout', [TERMS, AGE])
      expect((await setState(order.id, 'removed')).status).toBe(200)
      expect(stored(order.id)?.state?.currentStatus).toBe('removed')
    })

    it('does not need consents to go back from processing to checkout', async () => {
      const order = await seedOrder('processing', [TERMS])
      expect((await setState(order.id, 'checkout')).status).toBe(200)
    })

    it('answers illegal-transition rather than consent-required for an illegal move', async () => {
      const order = await seedOrder('completed', [TERMS])
      expectProblem(await setState(order.id, 'processing'), 409, 'illegal-transition')
    })
  })

  describe('request validation', () => {
    it('answers 400 naming body/currentStatus for an unknown status', async () => {
      const orderId = await api.createOrder({})
      const [violation] = expectViolations(await setState(orderId, 'shipped'), [
        { location: 'body/currentStatus', keyword: 'enum' },
      ])
      expect(violation?.message).toContain('"checkout"')
      expect(stored(orderId)?.state?.currentStatus).toBe('checkout')
    })

    it('answers 400 naming body/currentStatus when it is missing', async () => {
      const orderId = await api.createOrder({})
      expectViolations(await api.put(`/${orderId}/state`, {}), [
        { location: 'body/currentStatus', keyword: 'required' },
      ])
    })

    it('answers 400 naming an unknown field', async () => {
      const orderId = await api.createOrder({})
      expectViolations(
        await api.put(`/${orderId}/state`, { currentStatus: 'processing', reason: 'paid' }),
        [{ location: 'body/reason', keyword: 'additionalProperties' }],
      )
      expect(stored(orderId)?.state?.currentStatus).toBe('checkout')
    })

    it('answers 400 for a bare status string instead of a State object', async () => {
      const orderId = await api.createOrder({})
      expectViolations(await api.put(`/${orderId}/state`, 'processing'), [
        { location: 'body', keyword: 'type' },
      ])
    })

    it('answers 400 without a body', async () => {
      const orderId = await api.createOrder({})
      expectViolations(await api.request('PUT', `/${orderId}/state`), [
        { location: 'body', keyword: 'required' },
      ])
    })
  })

  itAnswersTheCommonErrors({
    mock,
    api,
    method: 'PUT',
    path: (orderId) => `/${orderId}/state`,
    body: { currentStatus: 'processing' },
    prepare: () => api.createOrder({}),
    takesBody: true,
  })
})
