import type { ContractReport } from './contract-types.ts'

/** The report as JUnit XML: a test suite per workflow, a test case per check. */
export function formatJunitReport(report: ContractReport): string {
  const escapeXml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  const suites = new Map<string, ContractReport['results']>()
  for (const result of report.results)
    suites.set(result.workflow, [...(suites.get(result.workflow) ?? []), result])
  const body = [...suites].map(([workflow, results]) => {
    const failures = results.filter((result) => result.outcome === 'fail').length
    const skipped = results.filter((result) => result.outcome === 'skip').length
    const time = results.reduce((sum, result) => sum + result.durationMs, 0) / 1000
    const cases = results.map((result) => {
      const name = escapeXml(`${result.step} (${result.operationId})`)
      const open = `    <testcase classname="${escapeXml(workflow)}" name="${name}" time="${(result.durationMs / 1000).toFixed(3)}"`
      if (result.outcome === 'skip')
        return `${open}>\n      <skipped message="${escapeXml(result.reason ?? '')}"/>\n    </testcase>`
      if (result.outcome === 'pass') return `${open}/>`
      const message = result.failures
        .map((failure) => `${failure.path}: expected ${failure.expected}, got ${failure.actual}`)
        .join('; ')
      return `${open}>\n      <failure message="${escapeXml(message)}">${escapeXml(`${result.method} ${result.url}\n${result.curl}`)}</failure>\n    </testcase>`
    })
    return `  <testsuite name="${escapeXml(workflow)}" tests="${results.length}" failures="${failures}" skipped="${skipped}" time="${time.toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="norce-checkout-mock contract" tests="${report.results.length}" failures="${report.failed}" skipped="${report.skipped}" time="${(report.durationMs / 1000).toFixed(3)}">\n${body.join('\n')}\n</testsuites>\n`
}
