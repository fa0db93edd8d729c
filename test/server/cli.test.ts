import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { killAllClis, startCli, stopCli, waitUntilServing } from './support/cli-process.ts'
import { call, demoHeaders, runCheckout } from './support/http.ts'

let directory: string
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'norce-checkout-mock-cli-'))
})
afterEach(killAllClis)
afterAll(() => rm(directory, { recursive: true, force: true }))

const serveArgs = (stateFile: string) => [
  'serve',
  '--port',
  '0',
  '--host',
  '127.0.0.1',
  '--state',
  stateFile,
  '--quiet',
]

async function readOrder(url: string, id: string) {
  return call(`${url}/api/v0/checkout/orders/${id}`, { headers: demoHeaders() })
}

// Each test starts real processes (about a second each, more on a busy machine).
describe('norce-checkout-mock serve (the real CLI, as a child process)', {
  timeout: 60_000,
}, () => {
  it('runs a checkout with and without /checkout/order, stops on SIGTERM and finds both orders after a restart', async () => {
    const stateFile = join(directory, 'sigterm.json')
    const first = startCli(serveArgs(stateFile))
    const url = await waitUntilServing(first)

    const prefixed = await runCheckout(`${url}/checkout/order/api/v0/checkout/orders`)
    const bare = await runCheckout(`${url}/api/v1/checkout/orders`)
    const before = (await readOrder(url, prefixed)).body

    expect(await stopCli(first, 'SIGTERM')).toBe(0)
    expect(first.stderr).toContain('SIGTERM received, stopping')

    const second = startCli(serveArgs(stateFile))
    const restarted = await waitUntilServing(second)
    const after = await readOrder(restarted, prefixed)
    expect(after.status).toBe(200)
    expect(after.body).toEqual(before)
    expect(after.body.state.currentStatus).toBe('completed')
    expect((await readOrder(restarted, bare)).body.state.currentStatus).toBe('completed')
    // New ids after a restart do not collide with the restored ones.
    expect(await runCheckout(`${restarted}/api/v0/checkout/orders`)).toMatch(/^o_[A-Za-z]{26}$/)
    expect(await stopCli(second)).toBe(0)
  })

  it('loses nothing acknowledged when killed with SIGKILL', async () => {
    const stateFile = join(directory, 'sigkill.json')
    const first = startCli(serveArgs(stateFile))
    const url = await waitUntilServing(first)
    const id = await runCheckout(`${url}/checkout/order/api/v0/checkout/orders`)
    // The last acknowledged write, right before the kill: a new order with a reference.
    const last = await call(`${url}/api/v0/checkout/orders`, {
      method: 'POST',
      headers: demoHeaders(),
      json: { culture: 'sv-SE', currency: 'SEK', country: 'SE', reference: 'acked-before-kill' },
    })
    expect(last.status).toBe(201)

    expect(await stopCli(first, 'SIGKILL')).toBe('SIGKILL')

    const second = startCli(serveArgs(stateFile))
    const restarted = await waitUntilServing(second)
    expect((await readOrder(restarted, id)).body).toMatchObject({
      id,
      state: { currentStatus: 'completed' },
    })
    expect((await readOrder(restarted, last.body.id)).body).toMatchObject({
      id: last.body.id,
      reference: 'acked-before-kill',
    })
  })

  it('starts seeded: the demo channel holds orders in all six statuses', async () => {
    const cli = startCli(['serve', '--port', '0', '--quiet'])
    const url = await waitUntilServing(cli)
    const list = await call(`${url}/api/v0/checkout/orders?limit=100`, { headers: demoHeaders() })
    expect(list.status).toBe(200)
    expect(list.body.data.length).toBeGreaterThanOrEqual(10)
    const statuses = new Set(list.body.data.map((order: any) => order.state.currentStatus))
    expect([...statuses].sort()).toEqual(
      ['accepted', 'checkout', 'completed', 'declined', 'processing', 'removed'].sort(),
    )
    expect(cli.stdout).toContain('merchant: thingsandstuff')
    expect(cli.stdout).toContain('channel: thingsandstuff-se')
  })

  it('logs one JSON line per request on stdout', async () => {
    const cli = startCli(['serve', '--port', '0'])
    const url = await waitUntilServing(cli)
    await call(`${url}/api/v0/checkout/orders/o_missing`, { headers: demoHeaders() })
    await expect
      .poll(() => cli.stdout.split('\n').filter((line) => line.startsWith('{"time"')).length)
      .toBeGreaterThanOrEqual(2)
    const lines = cli.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
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
  })

  it('refuses an unknown flag and a bad value with exit code 2, naming the flag', async () => {
    const unknown = startCli(['serve', '--prot', '4010'])
    expect(await unknown.exited).toBe(2)
    expect(unknown.stderr).toContain('unknown option --prot')
    expect(unknown.stderr).toContain('Did you mean --port?')

    const bad = startCli(['serve', '--latency', 'soon'])
    expect(await bad.exited).toBe(2)
    expect(bad.stderr).toContain('--latency must be')
  })

  it('refuses to start on an invalid state file, with exit code 1 and what is wrong', async () => {
    const stateFile = join(directory, 'invalid.json')
    await writeFile(stateFile, JSON.stringify({ orders: [{ id: 'o_x', merchant: 'm' }] }))
    const cli = startCli(serveArgs(stateFile))
    expect(await cli.exited).toBe(1)
    expect(cli.stderr).toContain(`Failed to load the state file ${stateFile}`)
    expect(cli.stderr).toContain('body/orders/0/channel is required')
    // The file is left as it was.
    expect(JSON.parse(await readFile(stateFile, 'utf8'))).toEqual({
      orders: [{ id: 'o_x', merchant: 'm' }],
    })
  })

  it('prints help for serve', async () => {
    const cli = startCli(['serve', '--help'])
    expect(await cli.exited).toBe(0)
    expect(cli.stdout).toContain('Usage:\n  norce-checkout-mock serve [options]')
  })
})
