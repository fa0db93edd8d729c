/** Where a command writes: `process.stdout`/`process.stderr`, or strings in a test. */
export interface CliStreams {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}
