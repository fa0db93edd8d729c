import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { runServe } from '../../src/cli/serve-command.ts'
import { call, demoHeaders } from './support/http.ts'

/**
 * `serve` in process: what the child-process tests of cli.test.ts used to check besides
 * signals and restarts (banner, request log on stdout, exit codes), without a process each.
 */
function streams() {
  const out = { stdout: '', stderr: '' }
  return {
    out,
    streams: {
      stdout: { write: (text: string) => (out.stdout += text) },
      stderr: { write: (text: string) => (out.stderr += text) },
    },
  }
}

it('prints the seeded banner, logs one JSON line per request on stdout, and stops on the signal', async () => {
  const { out, streams: io } = streams()
  let stop: (signal: string) => void = () => {}
  const stopped = new Promise<string>((resolve) => {
    stop = resolve
  })
  const exit = runServe(['--port', '0'], io, () => stopped)
  await expect.poll(() => /url: (http:\/\/127\.0\.0\.1:\d+)/.exec(out.stdout)?.[1]).toBeTruthy()
  const url = /url: (http:\/\/127\.0\.0\.1:\d+)/.exec(out.stdout)?.[1] as string
  expect(out.stdout).toContain('merchant: thingsandstuff')
  expect(out.stdout).toContain('channel: thingsandstuff-se')

  const missing = await call(`${url}/api/v0/checkout/orders/o_missing`, { headers: demoHeaders() })
  expect(missing.status).toBe(404)
  const lines = out.stdout
    .split('\n')
    .filter((line) => line.startsWith('{"time"'))
    .map((line) => JSON.parse(line))
  expect(lines.at(-1)).toMatchObject({
    level: 'warn',
    method: 'GET',
    path: '/api/v0/checkout/orders/o_missing',
    status: 404,
    operationId: 'GetCheckoutOrder',
  })
  expect(Object.keys(lines.at(-1))).toEqual([
    'time',
    'level',
    'method',
    'path',
    'status',
    'ms',
    'operationId',
  ])

  stop('SIGTERM')
  expect(await exit).toBe(0)
  expect(out.stderr).toBe(
    'norce-checkout-mock: SIGTERM received, stopping...\nnorce-checkout-mock: stopped.\n',
  )
})

it('exits 1 with what is wrong when the state file breaks the contract', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'norce-checkout-mock-serve-'))
  try {
    const stateFile = join(directory, 'invalid.json')
    await writeFile(stateFile, JSON.stringify({ orders: [{ id: 'o_x', merchant: 'm' }] }))
    const { out, streams: io } = streams()
    const never = () => new Promise<string>(() => {})
    expect(await runServe(['--port', '0', '--state', stateFile, '--quiet'], io, never)).toBe(1)
    expect(out.stderr).toContain(`Failed to load the state file ${stateFile}`)
    expect(out.stderr).toContain('body/orders/0/channel is required')
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
})
