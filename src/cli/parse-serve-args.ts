import type { LogLevel } from '../server/request-log.ts'
import type { MockServerOptions } from '../server/server-options.ts'
import { CliUsageError } from './cli-usage-error.ts'

/** What `serve` was asked to do. */
export type ServeCommand = { kind: 'help' } | { kind: 'serve'; options: MockServerOptions }

const MAX_LATENCY_MS = 60_000
const MAX_CALLBACK_TIMEOUT_MS = 60_000
const MAX_EXTRA_ORDERS = 1_000_000
const LOG_LEVEL_NAMES: readonly LogLevel[] = ['info', 'warn', 'error', 'silent']

interface Flag {
  /** Takes a value (`--port 4010` or `--port=4010`); otherwise a switch. */
  value: boolean
  /** May be given more than once; the values are collected. */
  repeatable?: boolean
  apply(options: MockServerOptions, value: string, flag: string): void
}

const FLAGS: Record<string, Flag> = {
  '--port': {
    value: true,
    apply(options, value, flag) {
      options.port = integer(flag, value, 0, 65_535)
    },
  },
  '--host': {
    value: true,
    apply(options, value, flag) {
      if (value.trim() === '') throw bad(flag, value, 'an address such as 127.0.0.1')
      options.host = value
    },
  },
  '--seed': {
    value: true,
    apply(options, value, flag) {
      options.seed = integer(flag, value, 0, 4_294_967_295)
    },
  },
  '--orders': {
    value: true,
    apply(options, value, flag) {
      options.orders = integer(flag, value, 0, MAX_EXTRA_ORDERS)
    },
  },
  '--fixtures': {
    value: true,
    apply(options, value, flag) {
      if (value === '') throw bad(flag, value, 'a directory holding orders.json')
      options.fixtures = value
    },
  },
  '--state': {
    value: true,
    apply(options, value, flag) {
      if (value === '') throw bad(flag, value, 'a file path such as .state/demo.json')
      options.stateFile = value
    },
  },
  '--token': {
    value: true,
    repeatable: true,
    apply(options, value, flag) {
      if (!/^\S+$/.test(value)) throw bad(flag, value, 'a token without spaces')
      options.tokens = [...(options.tokens ?? []), value]
    },
  },
  '--latency': {
    value: true,
    apply(options, value, flag) {
      options.latency = latency(flag, value)
    },
  },
  '--allow-callback-host': {
    value: true,
    repeatable: true,
    apply(options, value, flag) {
      if (!/^(loopback|\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d{1,5})?$/i.test(value)) {
        throw bad(flag, value, 'host or host:port, e.g. localhost:3000 or hooks.example.test')
      }
      options.allowedCallbackHosts = [...(options.allowedCallbackHosts ?? []), value.toLowerCase()]
    },
  },
  '--callback-timeout': {
    value: true,
    apply(options, value, flag) {
      options.callbackTimeoutMs = integer(flag, value, 1, MAX_CALLBACK_TIMEOUT_MS)
    },
  },
  '--admin-token': {
    value: true,
    apply(options, value, flag) {
      if (!/^\S+$/.test(value)) throw bad(flag, value, 'a token without spaces')
      options.adminToken = value
    },
  },
  '--cors': {
    value: true,
    repeatable: true,
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
  '--log-level': {
    value: true,
    apply(options, value, flag) {
      if (!(LOG_LEVEL_NAMES as readonly string[]).includes(value)) {
        throw bad(flag, value, LOG_LEVEL_NAMES.join(', '))
      }
      options.logLevel = value as LogLevel
    },
  },
  '--quiet': {
    value: false,
    apply(options) {
      options.logLevel = 'silent'
    },
  },
}

/**
 * Parses the arguments of `norce-checkout-mock serve` into server options. Throws a
 * {@link CliUsageError} naming the flag for an unknown flag, a missing value or a bad one.
 *
 * @example
 * parseServeArgs(['--port', '0', '--token', 'a', '--token=b', '--latency', '20-80'])
 * // { kind: 'serve', options: { port: 0, tokens: ['a', 'b'], latency: { min: 20, max: 80 }, logLevel: 'info' } }
 */
export function parseServeArgs(args: readonly string[]): ServeCommand {
  const options: MockServerOptions = { logLevel: 'info' }
  let quiet = false
  const seen = new Set<string>()
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string
    if (arg === '--help' || arg === '-h') return { kind: 'help' }
    if (!arg.startsWith('-')) {
      throw new CliUsageError(
        `Failed to read the command line: unexpected argument "${arg}". Hint: options start with --; run "norce-checkout-mock serve --help".`,
      )
    }
    const equals = arg.indexOf('=')
    const name = equals === -1 ? arg : arg.slice(0, equals)
    const flag = FLAGS[name]
    if (!flag) {
      throw new CliUsageError(
        `Failed to read the command line: unknown option ${name}.${suggest(name)} Hint: run "norce-checkout-mock serve --help" for the options.`,
      )
    }
    if (seen.has(name) && !flag.repeatable) {
      throw new CliUsageError(
        `Failed to read the command line: ${name} is given more than once. Hint: give it once.`,
      )
    }
    seen.add(name)
    let value = ''
    if (flag.value) {
      if (equals !== -1) value = arg.slice(equals + 1)
      else {
        const next = args[index + 1]
        if (next === undefined || (next.startsWith('--') && next.length > 2)) {
          throw new CliUsageError(
            `Failed to read the command line: ${name} needs a value. Hint: run "norce-checkout-mock serve --help".`,
          )
        }
        value = next
        index++
      }
    } else if (equals !== -1) {
      throw new CliUsageError(
        `Failed to read the command line: ${name} takes no value, got "${arg.slice(equals + 1)}". Hint: write ${name} alone.`,
      )
    }
    if (name === '--quiet') quiet = true
    flag.apply(options, value, name)
  }
  // --quiet wins over --log-level, whatever their order.
  if (quiet) options.logLevel = 'silent'
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

/** " Did you mean --port?" for a near miss. */
function suggest(name: string): string {
  const bare = name.replace(/^-+/, '')
  if (bare.length < 2) return ''
  const match = Object.keys(FLAGS).find((flag) => {
    const candidate = flag.slice(2)
    return (
      candidate.startsWith(bare) || bare.startsWith(candidate) || distance(candidate, bare) <= 2
    )
  })
  return match ? ` Did you mean ${match}?` : ''
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number
      row[j] = Math.min(
        above + 1,
        (row[j - 1] as number) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
      diagonal = above
    }
  }
  return row[b.length] as number
}
