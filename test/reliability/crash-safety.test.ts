import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import {
  type CliProcess,
  serveWithState,
  startCli,
  stopCli,
  useStateDirectory,
  waitUntilServing,
} from '../server/support/cli-process.ts'
import { demoHeaders } from '../server/support/http.ts'

const orders = '/api/v0/checkout/orders'
/** Orders the burst means to create (each then gets an attribute patch): 600 writes at most. */
const TASKS = 300
const IN_FLIGHT = 20
const REQUEST_TIMEOUT_MS = 10_000

const stateFileNamed = useStateDirectory('crash')

interface BurstResult {
  /** Task number → order id, for every create answered 201. */
  created: Map<number, string>
  /** Task numbers whose attribute patch was answered 200. */
  patched: Set<number>
  /** Requests sent but not answered (the kill cut them off). */
  cutOff: number
  /** Requests in flight when the kill was sent. */
  inFlightAtKill: number
  /** Other answers than 201/200: there must be none. */
  unexpected: string[]
}

/**
 * Creates orders `crash-<n>` and patches `{ burst: n }` into each, IN_FLIGHT at a time, and
 * SIGKILLs the server as soon as `killAfter` writes have been acknowledged.
 */
async function burst(
  cli: CliProcess,
  url: string,
  round: string,
  killAfter: number,
): Promise<BurstResult> {
  const result: BurstResult = {
    created: new Map(),
    patched: new Set(),
    cutOff: 0,
    inFlightAtKill: 0,
    unexpected: [],
  }
  let acknowledged = 0
  let inFlight = 0
  let killed = false
  let next = 0
  const acknowledge = () => {
    acknowledged++
    if (acknowledged === killAfter && !killed) {
      killed = true
      result.inFlightAtKill = inFlight
      cli.child.kill('SIGKILL')
    }
  }
  const send = async (method: string, path: string, body: unknown) => {
    inFlight++
    try {
      const response = await fetch(`${url}${orders}${path}`, {
        method,
        headers: { ...demoHeaders(), 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      })
      const text = await response.text()
      return { status: response.status, text }
    } catch {
      result.cutOff++
      return undefined
    } finally {
      inFlight--
    }
  }
  const worker = async () => {
    while (!killed && next < TASKS) {
      const n = next++
      const created = await send('POST', '', {
        culture: 'sv-SE',
        currency: 'SEK',
        country: 'SE',
        reference: `crash-${round}-${n}`,
      })
      if (!created) return
      if (created.status !== 201) {
        result.unexpected.push(`create ${n}: ${created.status} ${created.text}`)
        return
      }
      const id = JSON.parse(created.text).id as string
      result.created.set(n, id)
      acknowledge()
      if (killed) return
      const patched = await send('PATCH', `/${id}/attributes`, { burst: n, round })
      if (!patched) return
      if (patched.status !== 200) {
        result.unexpected.push(`patch ${n}: ${patched.status} ${patched.text}`)
        return
      }
      result.patched.add(n)
      acknowledge()
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
  return result
}

/** Reads every acknowledged order back; answers how many were complete. */
async function verify(url: string, round: string, result: BurstResult) {
  const missing: string[] = []
  for (const [n, id] of result.created) {
    const response = await fetch(`${url}${orders}/${id}`, { headers: demoHeaders() })
    if (response.status !== 200) {
      missing.push(`order ${n} (${id}): ${response.status}`)
      continue
    }
    const order = (await response.json()) as { reference?: string; attributes?: unknown }
    if (order.reference !== `crash-${round}-${n}`)
      missing.push(`order ${n}: reference ${order.reference}`)
    if (result.patched.has(n)) {
      expect(order.attributes).toEqual({ burst: n, round })
    }
  }
  return missing
}

/** Orders of this round in the restarted server, acknowledged or not. */
async function countStored(url: string, round: string): Promise<number> {
  const state = (await (await fetch(`${url}/__admin/state`)).json()) as {
    orders: Array<{ reference?: string }>
  }
  return state.orders.filter((order) => order.reference?.startsWith(`crash-${round}-`)).length
}

describe('crash safety: kill -9 during a burst of writes', { timeout: 60_000 }, () => {
  it('keeps every acknowledged write across two SIGKILLs and restarts', async () => {
    const stateFile = stateFileNamed('burst.json')
    const rounds = [
      { round: 'a', killAfter: 150 },
      { round: 'b', killAfter: 260 },
    ]
    const results = new Map<string, BurstResult>()
    let cli = startCli(serveWithState(stateFile))
    let url = await waitUntilServing(cli)
    for (const { round, killAfter } of rounds) {
      const started = performance.now()
      const result = await burst(cli, url, round, killAfter)
      const burstMs = performance.now() - started
      expect(await cli.exited).toBe('SIGKILL')
      results.set(round, result)
      expect(result.unexpected).toEqual([])

      // The state file is whole JSON (written to .tmp, fsynced, renamed): it loads.
      JSON.parse(await readFile(stateFile, 'utf8'))
      cli = startCli(serveWithState(stateFile))
      url = await waitUntilServing(cli)
      for (const [earlier, earlierResult] of results) {
        expect(await verify(url, earlier, earlierResult), `round ${earlier}`).toEqual([])
      }
      // The kill came mid-burst: requests were in flight and the burst did not finish.
      // Answers already on their way when the kill was sent count too: they were acknowledged.
      const acknowledged = result.created.size + result.patched.size
      expect(result.inFlightAtKill).toBeGreaterThan(0)
      expect(acknowledged).toBeGreaterThanOrEqual(killAfter)
      expect(acknowledged).toBeLessThan(2 * TASKS)
      const stored = await countStored(url, round)
      expect(stored).toBeGreaterThanOrEqual(result.created.size)
      console.info(
        `crash safety, round ${round}: SIGKILL at the ${killAfter}th acknowledged write (${Math.round(burstMs)} ms into the burst) with ${result.inFlightAtKill} requests in flight; ${result.created.size} creates and ${result.patched.size} attribute patches acknowledged in all, ${result.cutOff} requests cut off; after the restart all ${acknowledged} acknowledged writes are there (${stored} orders of the round stored, ${stored - result.created.size} of them created but never acknowledged)`,
      )
    }
    expect(await stopCli(cli)).toBe(0)
  })
})
