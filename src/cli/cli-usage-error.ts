/**
 * A command line the CLI cannot run: an unknown flag, a missing or bad value. The CLI prints
 * the message and exits with code 2, the usual code for usage errors.
 *
 * @example
 * throw new CliUsageError('--port must be a whole number from 0 to 65535, got "abc".')
 */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliUsageError'
  }
}

/** The exit code of a usage error. */
export const USAGE_EXIT_CODE = 2
