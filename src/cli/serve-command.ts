import { startMockServer } from '../server/start-mock-server.ts'
import type { CliStreams } from './cli-streams.ts'
import { CliUsageError, USAGE_EXIT_CODE } from './cli-usage-error.ts'
import { parseServeArgs } from './parse-serve-args.ts'
import { SERVE_HELP } from './serve-help.ts'

/** Resolves with the signal that asked the server to stop. */
export type StopSignal = () => Promise<string>

/**
 * `norce-checkout-mock serve`: starts the server, prints the banner, and on SIGINT/SIGTERM
 * stops it gracefully (in-flight requests finish, the state file is written). A second
 * signal stops at once. Resolves with the exit code: 0 after a clean stop, 1 when the server
 * cannot start, 2 for a bad command line.
 *
 * @example
 * process.exitCode = await runServe(['--port', '0'], { stdout: process.stdout, stderr: process.stderr })
 */
export async function runServe(
  args: readonly string[],
  streams: CliStreams,
  waitForStop: StopSignal = waitForSignal,
): Promise<number> {
  let command: ReturnType<typeof parseServeArgs>
  try {
    command = parseServeArgs(args)
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error
    streams.stderr.write(`${error.message}\n`)
    return USAGE_EXIT_CODE
  }
  if (command.kind === 'help') {
    streams.stdout.write(SERVE_HELP)
    return 0
  }
  let server: Awaited<ReturnType<typeof startMockServer>>
  try {
    server = await startMockServer({
      ...command.options,
      writeLog: (text) => streams.stdout.write(text),
    })
  } catch (error) {
    streams.stderr.write(`norce-checkout-mock: ${(error as Error).message}\n`)
    return 1
  }
  streams.stdout.write(server.banner())
  const signal = await waitForStop()
  streams.stderr.write(`norce-checkout-mock: ${signal} received, stopping...\n`)
  await server.close()
  streams.stderr.write('norce-checkout-mock: stopped.\n')
  return 0
}

function waitForSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      // A second Ctrl+C while shutting down: stop now.
      process.once('SIGINT', () => process.exit(130))
      process.once('SIGTERM', () => process.exit(143))
      resolve(signal)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}
