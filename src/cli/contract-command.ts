import { writeFile } from 'node:fs/promises'
import { startPrismProxy } from '../contract/prism-proxy.ts'
import { formatJunitReport } from '../contract/report-junit.ts'
import { formatTextReport } from '../contract/report-text.ts'
import { runContractSuite } from '../contract/run-contract-suite.ts'
import { createHarRecorder } from '../traffic/index.ts'
import type { CliStreams } from './cli-streams.ts'
import { CliUsageError, USAGE_EXIT_CODE } from './cli-usage-error.ts'
import { CONTRACT_HELP } from './contract-help.ts'
import { parseContractArgs } from './parse-contract-args.ts'

/** `norce-checkout-mock contract`: runs the suite, prints progress and the report. */
export async function runContract(
  args: string[],
  streams: CliStreams & { isTTY?: boolean },
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  let command: ReturnType<typeof parseContractArgs>
  try {
    command = parseContractArgs(args, env)
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error
    streams.stderr.write(`${error.message}\n`)
    return USAGE_EXIT_CODE
  }
  if (command.kind === 'help') {
    streams.stdout.write(CONTRACT_HELP)
    return 0
  }
  const prism = command.viaPrism ? await startPrismProxy(command.target.baseUrl) : undefined
  if (prism) streams.stderr.write(`prism proxy on ${prism.url} → ${command.target.baseUrl}\n`)
  const recorder = command.record
    ? createHarRecorder({ creator: { name: 'norce-checkout-mock contract', version: '1' } })
    : undefined
  let done = 0
  try {
    const report = await runContractSuite({
      target: prism ? { ...command.target, baseUrl: prism.url } : command.target,
      ...(prism && { prismUpstream: command.target.baseUrl }),
      ...(recorder && { fetch: recorder.fetch }),
      dryRun: command.dryRun,
      seed: command.seed,
      mockFeatures: command.mockFeatures,
      ...(command.only.length > 0 && { only: command.only }),
      onResult(result, counts) {
        done++
        if (command.dryRun) {
          if (result.method) streams.stdout.write(`${result.method.padEnd(6)} ${result.url}\n`)
          return
        }
        const line = `[${done}] ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped — ${result.workflow}: ${result.step}`
        if (streams.isTTY) streams.stderr.write(`\r${line.slice(0, 118).padEnd(118)}`)
        else if (done % 25 === 0 || result.outcome === 'fail') streams.stderr.write(`${line}\n`)
      },
    })
    if (streams.isTTY) streams.stderr.write('\n')
    if (command.dryRun) {
      streams.stdout.write(
        `${report.results.filter((result) => result.method).length} requests (dry run: nothing was sent)\n`,
      )
      return 0
    }
    const text = formatTextReport(report)
    streams.stdout.write(`${text}\n`)
    if (command.output) {
      await writeFile(
        command.output,
        command.reporter === 'junit' ? formatJunitReport(report) : `${text}\n`,
      )
      streams.stderr.write(`report written to ${command.output}\n`)
    }
    return report.failed === 0 && report.leftovers.length === 0 ? 0 : 1
  } finally {
    await prism?.close()
    if (recorder && command.record) {
      const har = recorder.har()
      await writeFile(command.record, `${JSON.stringify(har, null, 2)}\n`)
      streams.stderr.write(
        `${har.log.entries.length} exchanges recorded to ${command.record} (Authorization redacted)\n`,
      )
    }
  }
}
