import type { CheckResult, ContractReport } from './contract-types.ts'

/**
 * The human report: a line per operation (pass / fail / skip), then every failure with its
 * step, operationId, JSON path, expected vs actual, and a curl command that reproduces it.
 */
export function formatTextReport(report: ContractReport): string {
  const lines: string[] = []
  lines.push(
    report.title ??
      `Contract check of ${report.target.baseUrl} (${report.target.apiVersion}, merchant ${report.target.merchant}, channel ${report.target.channel})`,
  )
  lines.push('')
  lines.push(
    `${'operation'.padEnd(38)} ${'pass'.padStart(5)} ${'fail'.padStart(5)} ${'skip'.padStart(5)}`,
  )
  const byOperation = new Map<string, { pass: number; fail: number; skip: number }>()
  for (const result of report.results) {
    const row = byOperation.get(result.operationId) ?? { pass: 0, fail: 0, skip: 0 }
    row[result.outcome]++
    byOperation.set(result.operationId, row)
  }
  for (const [operationId, row] of [...byOperation].sort(([a], [b]) => a.localeCompare(b))) {
    const mark = row.fail > 0 ? '✗' : row.pass > 0 ? '✓' : '-'
    lines.push(
      `${mark} ${operationId.padEnd(36)} ${String(row.pass).padStart(5)} ${String(row.fail).padStart(5)} ${String(row.skip).padStart(5)}`,
    )
  }
  const failures = report.results.filter((result) => result.outcome === 'fail')
  if (failures.length > 0) {
    lines.push('', `Failures (${failures.length}):`)
    for (const [index, result] of failures.entries())
      lines.push('', ...formatFailure(result, index + 1))
  }
  const skips = report.results.filter((result) => result.outcome === 'skip')
  if (skips.length > 0) {
    lines.push('', 'Skipped:')
    for (const skip of skips)
      lines.push(
        `  - ${skip.workflow ? `${skip.workflow}: ` : ''}${skip.step}: ${skip.reason ?? ''}`,
      )
  }
  if (report.leftovers.length > 0)
    lines.push('', `Orders created and not deleted: ${report.leftovers.join(', ')}`)
  if (report.notes && report.notes.length > 0) lines.push('', ...report.notes)
  lines.push(
    '',
    `${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped (${(report.durationMs / 1000).toFixed(1)} s)`,
  )
  return lines.join('\n')
}

function formatFailure(result: CheckResult, number: number): string[] {
  const lines = [
    `${number}) ${result.workflow} › ${result.step}`,
    `   ${result.operationId}: ${result.method} ${result.url} → ${result.status ?? 'no answer'}`,
  ]
  for (const failure of result.failures) {
    lines.push(`   at ${failure.path}: expected ${failure.expected}, got ${failure.actual}`)
  }
  if (result.curl) lines.push(`   reproduce: ${result.curl}`)
  return lines
}
