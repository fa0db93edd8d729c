import { createFactories } from '../factories/index.ts'
import { startCallbackReceiver } from './callback-receiver.ts'
import { createContractClient } from './contract-client.ts'
import type { CheckResult, ContractReport, ContractTarget } from './contract-types.ts'
import { recordExpectation, type Workflow, type WorkflowContext } from './workflow-context.ts'
import { CHECKOUT_WORKFLOWS } from './workflows/checkout-workflows.ts'
import { LIST_AND_RESOURCE_WORKFLOWS } from './workflows/list-and-resource-workflows.ts'
import { MOCK_ONLY_WORKFLOWS } from './workflows/mock-only-workflows.ts'
import { NEGATIVE_WORKFLOWS } from './workflows/negative-workflows.ts'
import { STATE_WORKFLOWS } from './workflows/state-workflows.ts'

/** Every workflow of the suite, in the order they run. */
export const CONTRACT_WORKFLOWS: readonly Workflow[] = [
  ...CHECKOUT_WORKFLOWS,
  ...STATE_WORKFLOWS,
  ...LIST_AND_RESOURCE_WORKFLOWS,
  ...NEGATIVE_WORKFLOWS,
  ...MOCK_ONLY_WORKFLOWS,
]

export interface ContractSuiteOptions {
  target: ContractTarget
  /** The fetch to send with (default: the global one). */
  fetch?: typeof fetch
  /** List the requests without sending them. */
  dryRun?: boolean
  /**
   * `target.baseUrl` is a prism proxy in front of this URL: the requests Prism cannot pass
   * through are sent here directly and their checks reported as skipped, with the reason.
   */
  prismUpstream?: string
  /**
   * Whether the target is norce-checkout-mock, so `mock-only` checks run. `auto` (default)
   * asks the target's `/__admin/health`.
   */
  mockFeatures?: boolean | 'auto'
  /** Seed of the generated data (default 1). */
  seed?: number
  /** Only the workflows whose name contains one of these. */
  only?: readonly string[]
  /** Called after every check, for progress output. */
  onResult?(result: CheckResult, counts: { passed: number; failed: number; skipped: number }): void
}

/**
 * Runs the contract suite against a target and resolves with the report. It only touches
 * orders it created (their reference starts with `nco-contract-`) and deletes them at the end.
 *
 * @example
 * import { runContractSuite } from 'norce-checkout-mock/contract'
 *
 * const report = await runContractSuite({
 *   target: { baseUrl: 'http://127.0.0.1:4010', token: 't', merchant: 'thingsandstuff', channel: 'thingsandstuff-se', apiVersion: 'v0' },
 * })
 * report.failed // 0 when the target keeps the contract
 */
export async function runContractSuite(options: ContractSuiteOptions): Promise<ContractReport> {
  const started = performance.now()
  const startedAt = new Date().toISOString()
  const results: CheckResult[] = []
  const counts = { passed: 0, failed: 0, skipped: 0 }
  const onResult = (result: CheckResult) => {
    results.push(result)
    if (result.outcome === 'pass') counts.passed++
    else if (result.outcome === 'fail') counts.failed++
    else counts.skipped++
    options.onResult?.(result, { ...counts })
  }
  const client = createContractClient({
    target: options.target,
    ...(options.fetch && { fetch: options.fetch }),
    ...(options.dryRun && { dryRun: true }),
    ...(options.prismUpstream !== undefined && { prismUpstream: options.prismUpstream }),
    onResult,
  })
  const mockFeatures =
    options.prismUpstream !== undefined
      ? false
      : options.mockFeatures === undefined || options.mockFeatures === 'auto'
        ? !options.dryRun && (await isNorceCheckoutMock(options.target, options.fetch ?? fetch))
        : options.mockFeatures
  const receiver = mockFeatures && !options.dryRun ? await startCallbackReceiver() : undefined
  const runId = startedAt.replace(/[-:T.Z]/g, '').slice(0, 14)
  const context: WorkflowContext = {
    client,
    factories: createFactories({
      seed: options.seed ?? 1,
      merchant: options.target.merchant,
      channel: options.target.channel,
    }),
    target: options.target,
    referencePrefix: `nco-contract-${runId}`,
    created: new Set(),
    mockFeatures,
    receiver,
    dryRun: options.dryRun === true,
    expectValue: (response, path, expected, actual) => {
      const before = response.result.outcome
      recordExpectation(response.result, path, expected, actual)
      if (before !== 'fail' && response.result.outcome === 'fail') {
        if (before === 'skip') counts.skipped--
        else counts.passed--
        counts.failed++
      }
    },
    skip(step, operationId, reason) {
      onResult({
        workflow: '',
        step,
        operationId,
        outcome: 'skip',
        reason,
        failures: [],
        curl: '',
        method: '',
        url: '',
        durationMs: 0,
      })
    },
  }
  try {
    for (const workflow of CONTRACT_WORKFLOWS) {
      if (options.only && !options.only.some((name) => workflow.name.includes(name))) continue
      client.startWorkflow(workflow.name)
      if (workflow.tags?.includes('mock-only') && !mockFeatures) {
        onResult({
          workflow: workflow.name,
          step: workflow.name,
          operationId: '(workflow)',
          outcome: 'skip',
          reason:
            options.prismUpstream === undefined
              ? 'mock-only: needs norce-checkout-mock (callbacks into this machine, its event log); the target is not the mock'
              : 'mock-only: prism proxy knows openapi/order.yaml only, not the event log or the admin API these checks read',
          failures: [],
          curl: '',
          method: '',
          url: '',
          durationMs: 0,
        })
        continue
      }
      const skipsBefore = results.length
      await workflow.run(context)
      for (const result of results.slice(skipsBefore)) result.workflow ||= workflow.name
    }
  } finally {
    client.startWorkflow('clean-up')
    for (const orderId of context.created) {
      const deleted = await client.step('delete an order this run created', {
        operationId: 'DeleteCheckoutOrder',
        params: { order_id: orderId },
        expect: [204, 404],
      })
      if (deleted.status === 204 || deleted.status === 404) context.created.delete(orderId)
    }
    await receiver?.close()
  }
  return {
    target: {
      baseUrl: options.target.baseUrl,
      merchant: options.target.merchant,
      channel: options.target.channel,
      apiVersion: options.target.apiVersion,
    },
    startedAt,
    durationMs: Math.round(performance.now() - started),
    results,
    ...counts,
    leftovers: [...context.created],
  }
}

async function isNorceCheckoutMock(target: ContractTarget, send: typeof fetch): Promise<boolean> {
  try {
    const response = await send(`${new URL(target.baseUrl).origin}/__admin/health`)
    const body = (await response.json()) as { status?: string }
    return response.ok && body.status === 'ok'
  } catch {
    return false
  }
}
