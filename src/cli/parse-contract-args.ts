import { parseArgs } from 'node:util'
import type { ApiVersion } from '../routing/index.ts'
import { CliUsageError } from './cli-usage-error.ts'

/** What `contract` was asked to do. */
export type ContractCommand =
  | { kind: 'help' }
  | {
      kind: 'run'
      target: {
        baseUrl: string
        token: string
        merchant: string
        channel: string
        apiVersion: ApiVersion
      }
      viaPrism: boolean
      dryRun: boolean
      reporter: 'text' | 'junit'
      output: string | undefined
      only: string[]
      seed: number
      mockFeatures: boolean | 'auto'
    }

/**
 * Parses `norce-checkout-mock contract` arguments; `NORCE_BASE_URL`, `NORCE_TOKEN`,
 * `NORCE_MERCHANT`, `NORCE_CHANNEL` fill what the flags leave out.
 *
 * @example
 * parseContractArgs(['--base-url', 'http://127.0.0.1:4010', '--merchant', 'm', '--channel', 'c', '--token', 't'], {})
 */
export function parseContractArgs(
  args: readonly string[],
  env: Record<string, string | undefined>,
): ContractCommand {
  let values: Record<string, string | boolean | string[] | undefined>
  try {
    values = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        'base-url': { type: 'string' },
        token: { type: 'string' },
        merchant: { type: 'string' },
        channel: { type: 'string' },
        'api-version': { type: 'string' },
        'via-prism': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        reporter: { type: 'string' },
        output: { type: 'string' },
        only: { type: 'string', multiple: true },
        seed: { type: 'string' },
        'mock-features': { type: 'string' },
      },
    }).values
  } catch (error) {
    throw new CliUsageError(
      `Failed to read the command line: ${(error as Error).message} Hint: run "norce-checkout-mock contract --help".`,
    )
  }
  if (values.help) return { kind: 'help' }
  const pick = (flag: string, variable: string) =>
    (values[flag] as string | undefined) ?? env[variable]
  const baseUrl = pick('base-url', 'NORCE_BASE_URL')
  const token = pick('token', 'NORCE_TOKEN')
  const merchant = pick('merchant', 'NORCE_MERCHANT')
  const channel = pick('channel', 'NORCE_CHANNEL')
  const missing = [
    ['--base-url', 'NORCE_BASE_URL', baseUrl],
    ['--token', 'NORCE_TOKEN', token],
    ['--merchant', 'NORCE_MERCHANT', merchant],
    ['--channel', 'NORCE_CHANNEL', channel],
  ].filter(([, , value]) => !value)
  if (missing.length > 0) {
    throw new CliUsageError(
      `Failed to read the command line: ${missing.map(([flag, variable]) => `${flag} (or ${variable})`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. Hint: run "norce-checkout-mock contract --help".`,
    )
  }
  try {
    new URL(baseUrl as string)
  } catch {
    throw new CliUsageError(
      `Failed to read the command line: --base-url must be an absolute URL, got "${baseUrl}".`,
    )
  }
  const apiVersion = (values['api-version'] as string | undefined) ?? 'v0'
  if (apiVersion !== 'v0' && apiVersion !== 'v1')
    throw new CliUsageError(
      `Failed to read the command line: --api-version must be v0 or v1, got "${apiVersion}".`,
    )
  const reporter = (values.reporter as string | undefined) ?? 'text'
  if (reporter !== 'text' && reporter !== 'junit')
    throw new CliUsageError(
      `Failed to read the command line: --reporter must be text or junit, got "${reporter}".`,
    )
  if (reporter === 'junit' && !values.output)
    throw new CliUsageError(
      'Failed to read the command line: --reporter junit needs --output <file.xml>.',
    )
  if (values['via-prism'] && apiVersion === 'v1') {
    throw new CliUsageError(
      'Failed to read the command line: --via-prism checks the documented v0 paths only; drop --api-version v1.',
    )
  }
  const seedText = (values.seed as string | undefined) ?? '1'
  if (!/^\d+$/.test(seedText))
    throw new CliUsageError(
      `Failed to read the command line: --seed must be a whole number, got "${seedText}".`,
    )
  const mockText = (values['mock-features'] as string | undefined) ?? 'auto'
  if (!['auto', 'on', 'off'].includes(mockText))
    throw new CliUsageError(
      `Failed to read the command line: --mock-features must be auto, on or off, got "${mockText}".`,
    )
  return {
    kind: 'run',
    target: {
      baseUrl: baseUrl as string,
      token: token as string,
      merchant: merchant as string,
      channel: channel as string,
      apiVersion,
    },
    viaPrism: values['via-prism'] === true,
    dryRun: values['dry-run'] === true,
    reporter,
    output: values.output as string | undefined,
    only: (values.only as string[] | undefined) ?? [],
    seed: Number(seedText),
    mockFeatures: mockText === 'auto' ? 'auto' : mockText === 'on',
  }
}

export const CONTRACT_HELP = `norce-checkout-mock contract — check a Norce environment (or the mock) against openapi/order.yaml

Usage:
  norce-checkout-mock contract --base-url <url> --token <token> --merchant <id> --channel <id> [options]

Target (flags, or the environment variables in brackets):
  --base-url <url>      The Order API base, e.g. https://my-slug.api-se.playground.norce.tech/checkout/order
                        or http://127.0.0.1:4010                                            [NORCE_BASE_URL]
  --token <token>       Bearer token                                                        [NORCE_TOKEN]
  --merchant <id>       x-merchant                                                          [NORCE_MERCHANT]
  --channel <id>        x-channel                                                           [NORCE_CHANNEL]
  --api-version v0|v1   Path version to call (default v0)

Options:
  --via-prism           Send everything through "prism proxy openapi/order.yaml <base-url> --errors";
                        Prism's own violations (sl-violations) are reported too (v0 only)
  --dry-run             List the requests without sending them
  --reporter text|junit Report format (default text); junit needs --output
  --output <file>       Write the report to this file
  --only <name>         Run only workflows whose name contains this (repeatable)
  --seed <n>            Seed of the generated orders (default 1)
  --mock-features auto|on|off
                        Run the checks that need norce-checkout-mock itself (callbacks, event log);
                        auto asks <origin>/__admin/health (default auto)
  -h, --help            Show this help

Safety: the suite only touches orders it creates (reference "nco-contract-<time>-..."), and deletes
them at the end. Exit code 0 only when every check passes; 1 when one fails; 2 for a usage error.

Example:
  NORCE_TOKEN=... norce-checkout-mock contract --base-url https://my-slug.api-se.playground.norce.tech/checkout/order \\
    --merchant my-merchant --channel my-channel-se --reporter junit --output contract.xml
`
