import { readFile, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ContractReport } from '../contract/contract-types.ts'
import { formatJunitReport } from '../contract/report-junit.ts'
import { formatTextReport } from '../contract/report-text.ts'
import { checkHar, HarFormatError, parseHar, type TrafficReport } from '../traffic/index.ts'
import { CHECK_TRAFFIC_HELP } from './check-traffic-help.ts'
import type { CliStreams } from './cli-streams.ts'
import { CliUsageError, USAGE_EXIT_CODE } from './cli-usage-error.ts'
import { readFlags } from './read-flags.ts'

const FLAGS = {
  help: { type: 'boolean', short: 'h' },
  reporter: { type: 'string' },
  output: { type: 'string' },
} as const

/**
 * `norce-checkout-mock check-traffic <file.har>`: judges a HAR against the contract and
 * prints the report in the contract suite's format. Resolves with the exit code.
 *
 * @example
 * process.exitCode = await runCheckTraffic(['checkout.har'], { stdout: process.stdout, stderr: process.stderr })
 */
export async function runCheckTraffic(args: string[], streams: CliStreams): Promise<number> {
  let file: string | undefined
  let reporter: 'text' | 'junit' = 'text'
  let output: string | undefined
  try {
    const [first, ...rest] = args
    const flags = readFlags(first?.startsWith('-') ? args : rest, FLAGS, 'check-traffic')
    if (flags.help) {
      streams.stdout.write(CHECK_TRAFFIC_HELP)
      return 0
    }
    file = first?.startsWith('-') ? undefined : first
    if (!file)
      throw new CliUsageError(
        'Failed to read the command line: the HAR file is missing. Hint: norce-checkout-mock check-traffic <file.har>.',
      )
    const reporterText = (flags.values.reporter as string | undefined) ?? 'text'
    if (reporterText !== 'text' && reporterText !== 'junit')
      throw new CliUsageError(
        `Failed to read the command line: --reporter must be text or junit, got "${reporterText}".`,
      )
    reporter = reporterText
    output = flags.values.output as string | undefined
    if (reporter === 'junit' && !output)
      throw new CliUsageError(
        'Failed to read the command line: --reporter junit needs --output <file.xml>.',
      )
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error
    streams.stderr.write(`${error.message}\n`)
    return USAGE_EXIT_CODE
  }
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    streams.stderr.write(
      `Failed to read ${file}: ${(error as Error).message}. Hint: pass the path of a .har file.\n`,
    )
    return USAGE_EXIT_CODE
  }
  let report: ContractReport
  try {
    report = toContractReport(checkHar(parseHar(text, file), file))
  } catch (error) {
    if (!(error instanceof HarFormatError)) throw error
    streams.stderr.write(`${error.message}\n`)
    return USAGE_EXIT_CODE
  }
  const formatted = formatTextReport(report)
  streams.stdout.write(`${formatted}\n`)
  if (output) {
    await writeFile(output, reporter === 'junit' ? formatJunitReport(report) : `${formatted}\n`)
    streams.stderr.write(`report written to ${output}\n`)
  }
  return report.failed === 0 ? 0 : 1
}

/** The traffic verdict in the contract report's shape, so both print the same way. */
function toContractReport(traffic: TrafficReport): ContractReport {
  const outside = Object.values(traffic.outside).reduce((sum, count) => sum + count, 0)
  const apis = [...new Set(traffic.results.map((result) => result.workflow))]
  return {
    target: { baseUrl: traffic.source, merchant: '', channel: '', apiVersion: 'v0' },
    title: `Traffic check of ${basename(traffic.source)}: ${traffic.entries} entries, ${traffic.results.length} API exchanges (${apis.join('; ') || 'none'})`,
    notes: [
      `Outside the Order API and event log, skipped: ${outside} entr${outside === 1 ? 'y' : 'ies'}${
        outside > 0
          ? ` (${Object.entries(traffic.outside)
              .map(([reason, count]) => `${count} ${reason}`)
              .join(', ')})`
          : ''
      }`,
    ],
    startedAt: new Date().toISOString(),
    durationMs: traffic.durationMs,
    results: traffic.results,
    passed: traffic.passed,
    failed: traffic.failed,
    skipped: traffic.skipped + outside,
    leftovers: [],
  }
}
