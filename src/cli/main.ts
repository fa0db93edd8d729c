import { runCli } from './run-cli.ts'

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
})
// Whatever is still pending after the command (a delayed notification, say) must not keep a
// stopped server's process alive; an unref'd timer does not hold the process itself.
setTimeout(() => process.exit(), 1_000).unref()
