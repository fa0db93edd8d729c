import type { ApiVersion } from '../routing/index.ts'
import { CliUsageError } from './cli-usage-error.ts'
import { type FlagSpec, readFlags } from './read-flags.ts'

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
      /** Write a HAR of every exchange here (Authorization redacted). */
      record: string | undefined
      only: string[]
      seed: number
      mockFeatures: boolean | 'auto'
    }

/** Every flag of `contract`, as `parseArgs` reads them. */
const CONTRACT_FLAGS: Record<string, FlagSpec> = {
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
  record: { type: 'string' },
  only: { type: 'string', multiple: true },
  seed: { type: 'string' },
  'mock-features': { type: 'string' },
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
  const { help, values } = readFlags(args, CONTRACT_FLAGS, 'contract')
  if (help) return { kind: 'help' }
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
  if (values.record !== undefined && values['dry-run'])
    throw new CliUsageError(
      'Failed to read the command line: --record needs exchanges to record; drop --dry-run.',
    )
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
    record: values.record as string | undefined,
    only: (values.only as string[] | undefined) ?? [],
    seed: Number(seedText),
    mockFeatures: mockText === 'auto' ? 'auto' : mockText === 'on',
  }
}
