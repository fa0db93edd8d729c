import type { CliStreams } from './cli-streams.ts'
import { CliUsageError, USAGE_EXIT_CODE } from './cli-usage-error.ts'
import { MAIN_HELP } from './main-help.ts'

/**
 * Runs the command line and resolves with the process exit code: 0 done, 1 failed,
 * 2 a usage error (unknown command or flag, bad value).
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr })
 */
export async function runCli(args: string[], streams: CliStreams): Promise<number> {
  const [command, ...rest] = args
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      streams.stdout.write(MAIN_HELP)
      return 0
    case 'serve': {
      // Loaded on demand: `--help` stays instant.
      const { runServe } = await import('./serve-command.ts')
      return runServe(rest, streams)
    }
    case 'contract': {
      const { runContract } = await import('./contract-command.ts')
      return runContract(rest, {
        ...streams,
        isTTY: (streams.stderr as { isTTY?: boolean }).isTTY === true,
      })
    }
    case 'check-traffic': {
      const { runCheckTraffic } = await import('./check-traffic-command.ts')
      return runCheckTraffic(rest, streams)
    }
    default: {
      const error = new CliUsageError(
        `Failed to read the command line: unknown command "${command}". Hint: the commands are serve, contract and check-traffic; run "norce-checkout-mock --help".`,
      )
      streams.stderr.write(`${error.message}\n\n${MAIN_HELP}`)
      return USAGE_EXIT_CODE
    }
  }
}
