import { afterEach, describe, expect, it } from 'vitest'
import {
  type ContractReport,
  formatTextReport,
  runContractSuite,
} from '../../src/contract/index.ts'
import { type Fault, startBrokenTarget } from './support/broken-target.ts'

const tenant = {
  token: 't',
  merchant: 'contract-merchant',
  channel: 'contract-channel',
}
let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

async function runAgainst(fault: Fault, apiVersion: 'v0' | 'v1'): Promise<ContractReport> {
  const target = await startBrokenTarget(fault)
  close = target.close
  return runContractSuite({
    target: { ...tenant, baseUrl: target.url, apiVersion },
    mockFeatures: false,
    only: ['happy checkout', 'delete then 404'],
  })
}

function failuresAt(report: ContractReport): string[] {
  return report.results.flatMap((result) =>
    result.failures.map(
      (failure) =>
        `${result.operationId} ${failure.path}: expected ${failure.expected}, got ${failure.actual}`,
    ),
  )
}

// Each version is checked against its own contract (decision 67).
describe.each(['v0', 'v1'] as const)(
  'the contract suite on %s against deliberately broken targets',
  (version) => {
    it('names a wrong enum value', async () => {
      const report = await runAgainst('wrong-enum', version)
      expect(report.failed).toBeGreaterThan(0)
      expect(failuresAt(report)).toContain(
        'GetCheckoutOrder $.state.currentStatus: expected must be one of "checkout", "processing", "accepted", "completed", "declined", "removed", got "shipped"',
      )
      expect(formatTextReport(report)).toMatch(
        new RegExp(
          `reproduce: curl -sS -X GET 'http://127\\.0\\.0\\.1:\\d+/api/${version}/checkout/orders/o_`,
        ),
      )
    })

    it('names a dropped required field', async () => {
      const report = await runAgainst('missing-required-field', version)
      expect(failuresAt(report)).toContain(
        'GetCheckoutOrder $.merchant: expected is required, got (missing)',
      )
    })

    it('names a 200 where a 404 is due', async () => {
      const report = await runAgainst('ok-instead-of-404', version)
      const failure = report.results.find(
        (result) => result.step === 'read it' && result.outcome === 'fail',
      )
      expect(failure?.failures).toEqual([{ path: 'status', expected: '404', actual: '200' }])
      expect(failure?.workflow).toBe('delete then 404')
    })

    it('names a number sent as a string', async () => {
      const report = await runAgainst('number-as-string', version)
      expect(failuresAt(report)).toContain(
        'GetCheckoutOrder $.total.includingVat: expected must be number, got "100"',
      )
    })
  },
)
