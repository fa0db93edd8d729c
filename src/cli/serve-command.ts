import { startMockServer } from '../server/start-mock-server.ts'
import type { CliStreams } from './cli-streams.ts'
import { CliUsageError, USAGE_EXIT_CODE } from './cli-usage-error.ts'
import { parseServeArgs } from './parse-serve-args.ts'
import { SERVE_HELP } from './serve-help.ts'

/** Resolves with the signal that asked the server to stop. */
export type StopSignal = () => Promise<string>

/**
 * `norce-checkout-mock serve`: starts the server, prints the banner, and on SIGINT/SIGTERM
 * stops it gracefully (in-flight requests finish, the state file is written); a signal during
 * the start stops the start (the threads building `--orders` with it). A second signal stops
 * at once. Resolves with the exit code: 0 after a clean stop, 1 when the server
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
  // A signal during a long start (--orders 100000) stops the start, the worker threads
  // building the orders terminated; once started, `waitForStop` decides.
  const aborted = new AbortController()
  let received: string | undefined
  const onSignal = (signal: NodeJS.Signals) => {
    received = signal
    aborted.abort()
  }
  const ownSignals = waitForStop === waitForSignal
  if (ownSignals) {
    process.once('SIGINT', onSignal)
    process.once('SIGTERM', onSignal)
  }
  let server: Awaited<ReturnType<typeof startMockServer>>
  try {
    server = await startMockServer({
      ...command.options,
      signal: aborted.signal,
      writeLog: (text) => streams.stdout.write(text),
    })
  } catch (error) {
    if (received !== undefined) {
      streams.stderr.write(`norce-checkout-mock: ${received} received, stopped during the start.\n`)
      return 0
    }
    streams.stderr.write(`norce-checkout-mock: ${(error as Error).message}\n`)
    return 1
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
  // A signal after the build but before the server was up: stop it at once.
  if (received === undefined) streams.stdout.write(server.banner())
  const signal = received ?? (await waitForStop())
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
