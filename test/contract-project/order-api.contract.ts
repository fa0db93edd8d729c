/**
 * `npm run contract`: the contract suite as a vitest project, one test per workflow.
 * With NORCE_BASE_URL, NORCE_TOKEN, NORCE_MERCHANT, NORCE_CHANNEL set it checks that
 * environment; without, it checks the in-process mock. NORCE_API_VERSION picks v0 (default) or v1.
 */
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTRACT_WORKFLOWS, formatTextReport, runContractSuite } from '../../src/contract/index.ts'
import { createHandlers, createStore } from '../../src/index.ts'

const env = process.env
const external = env.NORCE_BASE_URL !== undefined
const target = {
  baseUrl: env.NORCE_BASE_URL ?? 'http://127.0.0.1:3/checkout/order',
  token: env.NORCE_TOKEN ?? 'contract-token',
  merchant: env.NORCE_MERCHANT ?? 'contract-merchant',
  channel: env.NORCE_CHANNEL ?? 'contract-channel',
  apiVersion: env.NORCE_API_VERSION === 'v1' ? ('v1' as const) : ('v0' as const),
}

describe(`Order API contract of ${external ? target.baseUrl : 'the in-process mock'} (${target.apiVersion})`, () => {
  const server = setupServer(...createHandlers({ store: createStore({ seed: 1 }) }))
  beforeAll(() => {
    if (!external)
      server.listen({
        onUnhandledRequest: (request, print) =>
          new URL(request.url).port === '3' ? print.error() : undefined,
      })
  })
  afterAll(() => server.close())

  for (const workflow of CONTRACT_WORKFLOWS) {
    it(workflow.name, async (test) => {
      const report = await runContractSuite({
        target,
        only: [workflow.name],
        mockFeatures: external ? 'auto' : true,
      })
      if (report.results.every((result) => result.outcome === 'skip'))
        test.skip(report.results[0]?.reason)
      expect(report.failed, formatTextReport(report)).toBe(0)
      expect(report.leftovers).toEqual([])
    }, 120_000)
  }
})
