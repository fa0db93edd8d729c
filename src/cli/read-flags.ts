import { parseArgs } from 'node:util'
import { CliUsageError } from './cli-usage-error.ts'

/** One flag a command accepts, in `node:util` `parseArgs` terms. */
export interface FlagSpec {
  /** `string` takes a value (`--port 4010` or `--port=4010`); `boolean` is a switch. */
  type: 'string' | 'boolean'
  /** May be given more than once; the values are collected. */
  multiple?: boolean
  /** One-letter alias, e.g. `h` for `-h`. */
  short?: string
}

/** One flag as given, in command-line order: `value` is undefined for a switch. */
interface GivenFlag {
  /** The flag's long form, `--port` (also when given as its short alias). */
  flag: string
  name: string
  value: string | undefined
}

/** A read command line: `help` when `--help`/`-h` came before any mistake. */
export interface ReadFlags {
  help: boolean
  given: GivenFlag[]
  /** The last value of each flag (all values of a `multiple` one); `true` for a switch. */
  values: Record<string, string | boolean | string[]>
}

/**
 * Reads a command line with `node:util` `parseArgs` (long and short flags, `--flag=value`,
 * `--`), then checks it against `specs` with messages a user can act on: an unknown flag
 * names the nearest known one, a missing value or a repeated flag says so, each with a hint
 * to the command's `--help`. Throws a {@link CliUsageError}.
 *
 * @example
 * readFlags(['--port=0', '--quiet'], { port: { type: 'string' }, quiet: { type: 'boolean' } }, 'serve')
 * // { help: false, given: [{ flag: '--port', name: 'port', value: '0' }, { flag: '--quiet', name: 'quiet', value: undefined }], values: { port: '0', quiet: true } }
 */
export function readFlags(
  args: readonly string[],
  specs: Record<string, FlagSpec>,
  command: string,
): ReadFlags {
  const hint = `run "norce-checkout-mock ${command} --help"`
  const usage = (message: string) =>
    new CliUsageError(`Failed to read the command line: ${message}`)
  const { tokens } = parseArgs({
    args: [...args],
    options: specs,
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  const given: GivenFlag[] = []
  const values: ReadFlags['values'] = {}
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue
    if (token.kind === 'positional') {
      throw usage(`unexpected argument "${token.value}". Hint: options start with --; ${hint}.`)
    }
    const spec = specs[token.name]
    if (!spec) {
      throw usage(
        `unknown option ${token.rawName}.${suggest(token.name, specs)} Hint: ${hint} for the options.`,
      )
    }
    const flag = `--${token.name}`
    if (token.name === 'help') return { help: true, given, values }
    if (values[token.name] !== undefined && !spec.multiple) {
      throw usage(`${flag} is given more than once. Hint: give it once.`)
    }
    const { value } = token
    if (spec.type === 'boolean') {
      if (value !== undefined) {
        throw usage(`${flag} takes no value, got "${value}". Hint: write ${flag} alone.`)
      }
      values[token.name] = true
    } else {
      if (
        value === undefined ||
        (!token.inlineValue && value.startsWith('--') && value.length > 2)
      ) {
        throw usage(`${flag} needs a value. Hint: ${hint}.`)
      }
      const previous = values[token.name]
      values[token.name] = spec.multiple
        ? [...((previous as string[] | undefined) ?? []), value]
        : value
    }
    given.push({ flag, name: token.name, value })
  }
  return { help: false, given, values }
}

/** " Did you mean --port?" for a near miss. */
function suggest(name: string, specs: Record<string, FlagSpec>): string {
  if (name.length < 2) return ''
  const match = Object.keys(specs).find(
    (candidate) =>
      candidate.startsWith(name) || name.startsWith(candidate) || distance(candidate, name) <= 2,
  )
  return match ? ` Did you mean --${match}?` : ''
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
