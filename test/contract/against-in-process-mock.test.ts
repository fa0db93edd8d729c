import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatTextReport, runContractSuite } from '../../src/contract/index.ts'
import { createHandlers, createStore } from '../../src/index.ts'

const BASE_URL = 'http://127.0.0.1:3/checkout/order'
const target = {
  baseUrl: BASE_URL,
  token: 'contract-token',
  merchant: 'contract-merchant',
  channel: 'contract-channel',
}

describe('the contract suite against the in-process mock (MSW)', () => {
  const store = createStore({ seed: 1 })
  // The mock's callbacks go to the suite's loopback receiver through the real network stack.
  const server = setupServer(...createHandlers({ store, validateResponses: true }))
  beforeAll(() =>
    server.listen({
      onUnhandledRequest: (request, print) =>
        new URL(request.url).port === '3' ? print.error() : undefined,
    }),
  )
  afterAll(() => server.close())

  it.each(['v0', 'v1'] as const)(
    'passes every check on %s, mock-only ones included',
    async (apiVersion) => {
      const report = await runContractSuite({
        target: { ...target, apiVersion },
        mockFeatures: true,
      })
      expect(report.failed, formatTextReport(report)).toBe(0)
      expect(report.skipped).toBe(0)
      expect(report.passed).toBeGreaterThan(150)
      expect(report.leftovers).toEqual([])
      expect(store.listOrders().filter((order) => order.merchant === target.merchant)).toEqual([])
    },
    60_000,
  )
})
