import { describe, expect, it } from 'vitest'
import { parseContractArgs } from '../../src/cli/parse-contract-args.ts'
import { parseServeArgs } from '../../src/cli/parse-serve-args.ts'
import { runCli } from '../../src/cli/run-cli.ts'
import { SERVE_HELP } from '../../src/cli/serve-help.ts'

const options = (args: string[]) => {
  const command = parseServeArgs(args)
  if (command.kind !== 'serve') throw new Error('expected serve')
  return command.options
}

async function run(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  })
  return { code, stdout, stderr }
}

describe('parseServeArgs', () => {
  it('defaults to the info log and nothing else', () => {
    expect(options([])).toEqual({ logLevel: 'info' })
  })

  it('reads every flag, in both --flag value and --flag=value forms', () => {
    expect(
      options([
        '--port=0',
        '--host',
        '0.0.0.0',
        '--seed',
        '42',
        '--orders',
        '100',
        '--fixtures',
        './fx',
        '--state',
        '.state/demo.json',
        '--token',
        'a',
        '--token=b',
        '--latency',
        '20-80',
        '--allow-callback-host',
        'localhost:3000',
        '--allow-callback-host=Hooks.Example.test',
        '--cors',
        'http://localhost:3000',
        '--cors',
        'https://shop.example.test',
        '--log-level',
        'warn',
      ]),
    ).toEqual({
      port: 0,
      host: '0.0.0.0',
      seed: 42,
      orders: 100,
      fixtures: './fx',
      stateFile: '.state/demo.json',
      tokens: ['a', 'b'],
      latency: { min: 20, max: 80 },
      allowedCallbackHosts: ['localhost:3000', 'hooks.example.test'],
      cors: ['http://localhost:3000', 'https://shop.example.test'],
      logLevel: 'warn',
    })
  })

  it('reads a fixed latency, cors * and off, and --quiet over any --log-level', () => {
    expect(options(['--latency', '50']).latency).toBe(50)
    expect(options(['--cors', 'off']).cors).toBe(false)
    expect(options(['--cors', '*']).cors).toBe('*')
    expect(options(['--quiet', '--log-level', 'info']).logLevel).toBe('silent')
    expect(options(['--log-level', 'error', '--quiet']).logLevel).toBe('silent')
  })

  it('answers help for --help and -h', () => {
    expect(parseServeArgs(['--port', '1', '--help'])).toEqual({ kind: 'help' })
    expect(parseServeArgs(['-h'])).toEqual({ kind: 'help' })
  })

  it.each([
    [['--prot', '1'], 'unknown option --prot. Did you mean --port?'],
    [['-p', '1'], 'unknown option -p.'],
    [['4010'], 'unexpected argument "4010"'],
    [['--port'], '--port needs a value'],
    [['--port', '--quiet'], '--port needs a value'],
    [['--port', '70000'], '--port must be a whole number from 0 to 65535, got "70000"'],
    [['--port', '1', '--port', '2'], '--port is given more than once'],
    [['--seed', '-1'], '--seed must be a whole number'],
    [['--orders', '1e3'], '--orders must be a whole number'],
    [['--latency', '80-20'], '--latency must be ms (e.g. 50) or a range min-max'],
    [['--latency', '999999'], '--latency must be'],
    [['--token', 'a b'], '--token must be a token without spaces'],
    [['--allow-callback-host', 'http://x'], '--allow-callback-host must be host or host:port'],
    [['--cors', 'localhost:3000'], '--cors must be an origin such as http://localhost:3000'],
    [['--cors', 'http://a.test/path'], '--cors must be an origin'],
    [['--cors', '*', '--cors', 'http://a.test'], '--cors must be origins, or one * or off alone'],
    [['--log-level', 'debug'], '--log-level must be info, warn, error, silent, got "debug"'],
    [['--quiet=yes'], '--quiet takes no value'],
  ])('refuses %j: %s', (args, message) => {
    expect(() => parseServeArgs(args)).toThrow(message)
  })
})

describe('parseContractArgs', () => {
  const target = [
    '--base-url',
    'http://127.0.0.1:4010',
    '--token',
    't',
    '--merchant',
    'm',
    '--channel',
    'c',
  ]

  it('reads the flags with the same rules as serve', () => {
    const command = parseContractArgs(
      [...target, '--only=orders', '--only', 'payments', '--dry-run'],
      {},
    )
    expect(command).toMatchObject({ kind: 'run', only: ['orders', 'payments'], dryRun: true })
    expect(parseContractArgs(['-h'], {})).toEqual({ kind: 'help' })
  })

  it.each([
    [['--base-ulr', 'x'], 'unknown option --base-ulr. Did you mean --base-url?'],
    [[...target, 'extra'], 'unexpected argument "extra"'],
    [[...target, '--seed'], '--seed needs a value'],
    [[...target, '--dry-run=yes'], '--dry-run takes no value'],
    [[...target, '--token', 'u'], '--token is given more than once'],
  ])('refuses %j: %s', (args, message) => {
    expect(() => parseContractArgs(args, {})).toThrow(message)
  })
})

describe('runCli', () => {
  it('exits 2 on a usage error, with the message on stderr', async () => {
    const result = await run(['serve', '--port', 'x'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'Failed to read the command line: --port must be a whole number from 0 to 65535, got "x". Hint: run "norce-checkout-mock serve --help".\n',
    )
    expect((await run(['server'])).code).toBe(2)
  })

  it('prints the help of serve, which names every flag', async () => {
    const result = await run(['serve', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(SERVE_HELP)
    for (const flag of [
      '--port',
      '--host',
      '--seed',
      '--orders',
      '--fixtures',
      '--state',
      '--token',
      '--latency',
      '--allow-callback-host',
      '--cors',
      '--log-level',
      '--quiet',
      'GET /__admin/health',
      'POST /__admin/reset',
      'GET /__admin/state',
      'PUT /__admin/state',
      'GET /__admin/requests',
    ]) {
      expect(result.stdout).toContain(flag)
    }
  })

  it('prints the main help without a command', async () => {
    expect((await run([])).stdout).toContain('serve       Start the stateful mock server')
  })
})
