import { LOOPBACK_KEYWORD } from '../domain/loopback.ts'
import { MAX_ADMIN_BODY_BYTES } from '../server/admin-routes.ts'
import type { LogLevel } from '../server/request-log.ts'
import {
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  type MockServerOptions,
} from '../server/server-options.ts'
import { CliUsageError } from './cli-usage-error.ts'
import { type FlagSpec, readFlags } from './read-flags.ts'

/** What `serve` was asked to do. */
export type ServeCommand = { kind: 'help' } | { kind: 'serve'; options: MockServerOptions }

const MAX_LATENCY_MS = 60_000
const MAX_CALLBACK_TIMEOUT_MS = 60_000
const MAX_EXTRA_ORDERS = 1_000_000
/** An hour: the longest a client may take to send one request. */
const MAX_TIMEOUT_MS = 3_600_000
const LOG_LEVEL_NAMES: readonly LogLevel[] = ['info', 'warn', 'error', 'silent']

interface ServeFlag extends FlagSpec {
  apply(options: MockServerOptions, value: string, flag: string): void
}

/** Every flag of `serve`: how `parseArgs` reads it and what it sets. */
const FLAGS: Record<string, ServeFlag> = {
  help: { type: 'boolean', short: 'h', apply() {} },
  port: {
    type: 'string',
    apply(options, value, flag) {
      options.port = integer(flag, value, 0, 65_535)
    },
  },
  host: {
    type: 'string',
    apply(options, value, flag) {
      if (value.trim() === '') throw bad(flag, value, 'an address such as 127.0.0.1')
      options.host = value
    },
  },
  seed: {
    type: 'string',
    apply(options, value, flag) {
      options.seed = integer(flag, value, 0, 4_294_967_295)
    },
  },
  orders: {
    type: 'string',
    apply(options, value, flag) {
      options.orders = integer(flag, value, 0, MAX_EXTRA_ORDERS)
    },
  },
  fixtures: {
    type: 'string',
    apply(options, value, flag) {
      if (value === '') throw bad(flag, value, 'a directory holding orders.json')
      options.fixtures = value
    },
  },
  'seed-from-har': {
    type: 'string',
    apply(options, value, flag) {
      if (value === '') throw bad(flag, value, 'a .har file')
      options.seedFromHar = value
    },
  },
  strict: {
    type: 'boolean',
    apply(options) {
      options.strictSeed = true
    },
  },
  state: {
    type: 'string',
    apply(options, value, flag) {
      if (value === '') throw bad(flag, value, 'a file path such as .state/demo.json')
      options.stateFile = value
    },
  },
  token: {
    type: 'string',
    multiple: true,
    apply(options, value, flag) {
      if (!/^\S+$/.test(value)) throw bad(flag, value, 'a token without spaces')
      options.tokens = [...(options.tokens ?? []), value]
    },
  },
  latency: {
    type: 'string',
    apply(options, value, flag) {
      options.latency = latency(flag, value)
    },
  },
  'allow-callback-host': {
    type: 'string',
    multiple: true,
    apply(options, value, flag) {
      if (
        value !== LOOPBACK_KEYWORD &&
        !/^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d{1,5})?$/i.test(value)
      ) {
        throw bad(flag, value, 'host or host:port, e.g. localhost:3000 or hooks.example.test')
      }
      options.allowedCallbackHosts = [...(options.allowedCallbackHosts ?? []), value.toLowerCase()]
    },
  },
  'callback-timeout': {
    type: 'string',
    apply(options, value, flag) {
      options.callbackTimeoutMs = integer(flag, value, 1, MAX_CALLBACK_TIMEOUT_MS)
    },
  },
  'request-timeout': {
    type: 'string',
    apply(options, value, flag) {
      options.requestTimeoutMs = integer(flag, value, 1, MAX_TIMEOUT_MS)
    },
  },
  'headers-timeout': {
    type: 'string',
    apply(options, value, flag) {
      options.headersTimeoutMs = integer(flag, value, 1, MAX_TIMEOUT_MS)
    },
  },
  'max-import-bytes': {
    type: 'string',
    apply(options, value, flag) {
      options.maxImportBytes = integer(flag, value, 1, MAX_ADMIN_BODY_BYTES)
    },
  },
  'admin-token': {
    type: 'string',
    apply(options, value, flag) {
      if (!/^\S+$/.test(value)) throw bad(flag, value, 'a token without spaces')
      options.adminToken = value
    },
  },
  cors: {
    type: 'string',
    multiple: true,
    apply(options, value, flag) {
      const previous = Array.isArray(options.cors) ? options.cors : []
      if (value === '*' || value === 'off') {
        if (previous.length > 0) throw bad(flag, value, 'origins, or one * or off alone')
        options.cors = value === '*' ? '*' : false
        return
      }
      if (options.cors === '*' || options.cors === false) {
        throw bad(flag, value, 'origins, or one * or off alone')
      }
      let origin: string | undefined
      try {
        origin = new URL(value).origin
      } catch {
        origin = undefined
      }
      if (origin !== value.replace(/\/$/, '') || !/^https?:/.test(value)) {
        throw bad(flag, value, 'an origin such as http://localhost:3000 (no path), * or off')
      }
      options.cors = [...previous, origin]
    },
  },
  'log-level': {
    type: 'string',
    apply(options, value, flag) {
      if (!(LOG_LEVEL_NAMES as readonly string[]).includes(value)) {
        throw bad(flag, value, LOG_LEVEL_NAMES.join(', '))
      }
      options.logLevel = value as LogLevel
    },
  },
  quiet: {
    type: 'boolean',
    apply(options) {
      options.logLevel = 'silent'
    },
  },
}

/**
 * Parses the arguments of `norce-checkout-mock serve` into server options (with `node:util`
 * `parseArgs`, see {@link readFlags}). Throws a {@link CliUsageError} naming the flag for an
 * unknown flag, a missing value or a bad one.
 *
 * @example
 * parseServeArgs(['--port', '0', '--token', 'a', '--token=b', '--latency', '20-80'])
 * // { kind: 'serve', options: { port: 0, tokens: ['a', 'b'], latency: { min: 20, max: 80 }, logLevel: 'info' } }
 */
export function parseServeArgs(args: readonly string[]): ServeCommand {
  const { help, given } = readFlags(args, FLAGS, 'serve')
  if (help) return { kind: 'help' }
  const options: MockServerOptions = { logLevel: 'info' }
  for (const { flag, name, value } of given) FLAGS[name]?.apply(options, value ?? '', flag)
  if (options.strictSeed && options.seedFromHar === undefined)
    throw new CliUsageError(
      'Failed to read the command line: --strict applies to --seed-from-har <file.har>; give both. Hint: run "norce-checkout-mock serve --help".',
    )
  if (options.seedFromHar !== undefined && options.fixtures !== undefined)
    throw new CliUsageError(
      'Failed to read the command line: --seed-from-har and --fixtures both give the start orders; give one. Hint: run "norce-checkout-mock serve --help".',
    )
  // --quiet wins over --log-level, whatever their order.
  if (given.some(({ name }) => name === 'quiet')) options.logLevel = 'silent'
  const headers = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS
  const request = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
  if (headers > request) {
    throw bad(
      '--headers-timeout',
      String(headers),
      `at most the request time-out (--request-timeout, ${request} ms)`,
    )
  }
  return { kind: 'serve', options }
}

function bad(flag: string, value: string, expected: string): CliUsageError {
  return new CliUsageError(
    `Failed to read the command line: ${flag} must be ${expected}, got "${value}". Hint: run "norce-checkout-mock serve --help".`,
  )
}

function integer(flag: string, value: string, min: number, max: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw bad(flag, value, `a whole number from ${min} to ${max}`)
  }
  return number
}

function latency(flag: string, value: string): number | { min: number; max: number } {
  const range = /^(\d+)-(\d+)$/.exec(value)
  const expected = `ms (e.g. 50) or a range min-max (e.g. 20-80), at most ${MAX_LATENCY_MS}`
  if (range) {
    const min = Number(range[1])
    const max = Number(range[2])
    if (min > max || max > MAX_LATENCY_MS) throw bad(flag, value, expected)
    return { min, max }
  }
  if (!/^\d+$/.test(value) || Number(value) > MAX_LATENCY_MS) throw bad(flag, value, expected)
  return Number(value)
}
