export interface CliStreams {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

const HELP = `norce-checkout-mock — mock server and contract tests for the Norce Checkout Order API

Usage:
  norce-checkout-mock <command> [options]

Commands:
  serve       Start the stateful mock server with seeded demo orders
  help        Show this help

Run "norce-checkout-mock <command> --help" for the options of a command.
`

/** Runs the command line and resolves with the process exit code. */
export async function runCli(args: string[], streams: CliStreams): Promise<number> {
  const [command, ...rest] = args
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      streams.stdout.write(HELP)
      return 0
    default:
      streams.stderr.write(`Unknown command "${command}${rest.length > 0 ? ' ...' : ''}".\n\n${HELP}`)
      return 2
  }
}
