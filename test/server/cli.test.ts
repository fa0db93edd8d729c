import { describe, expect, it } from 'vitest'
import {
  serveWithState,
  startCli,
  stopCli,
  useStateDirectory,
  waitUntilServing,
} from './support/cli-process.ts'
import { call, demoHeaders, runCheckout } from './support/http.ts'

const stateFileNamed = useStateDirectory('cli')

async function readOrder(url: string, id: string) {
  return call(`${url}/api/v0/checkout/orders/${id}`, { headers: demoHeaders() })
}

// Real processes (about a second each, more on a busy machine), for what only a process
// shows: signals, the state file across a restart. The rest of `serve` is tested in process
// (serve-command.test.ts, parse-serve-args.test.ts); SIGKILL in crash-safety.test.ts.
describe('norce-checkout-mock serve (the real CLI, as a child process)', {
  timeout: 60_000,
}, () => {
  it('runs a checkout with and without /checkout/order, stops on SIGTERM and finds both orders after a restart', async () => {
    const stateFile = stateFileNamed('sigterm.json')
    const first = startCli(serveWithState(stateFile))
    const url = await waitUntilServing(first)

    const prefixed = await runCheckout(`${url}/checkout/order/api/v0/checkout/orders`)
    const bare = await runCheckout(`${url}/api/v1/checkout/orders`)
    const before = (await readOrder(url, prefixed)).body

    expect(await stopCli(first, 'SIGTERM')).toBe(0)
    expect(first.stderr).toContain('SIGTERM received, stopping')

    const second = startCli(serveWithState(stateFile))
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
})
