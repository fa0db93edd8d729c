import { once } from 'node:events'
import type { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { buildDemoOrders, type DemoBuildOptions } from '../../src/server/build-demo-orders.ts'
import { DEMO_TENANT, type Tenant } from '../../src/server/demo-data.ts'
import { DEMO_CHUNK_SIZE } from '../../src/server/demo-order-chunk.ts'
import { startMockServer } from '../../src/server/start-mock-server.ts'
import { createStore, type PreparedOrder, storeInternals } from '../../src/store/index.ts'
import { startCli } from './support/cli-process.ts'

/** Every prepared order a build hands over, in the order it hands them over. */
async function collect(options: DemoBuildOptions): Promise<PreparedOrder[]> {
  const all: PreparedOrder[] = []
  await buildDemoOrders(options, (batch) => {
    all.push(...batch)
  })
  return all
}

/** Two and a half chunks: the last one short. */
const COUNT = DEMO_CHUNK_SIZE * 2 + DEMO_CHUNK_SIZE / 2

describe('buildDemoOrders (--orders)', { timeout: 120_000 }, () => {
  it('gives the same orders in the same order in this thread, with 1 worker and with 2', async () => {
    const plan = { seed: 7, count: COUNT, tenant: DEMO_TENANT }
    const inThread = await collect({ ...plan, workers: 0 })
    expect(inThread).toHaveLength(COUNT)
    expect(await collect({ ...plan, workers: 1 })).toEqual(inThread)
    expect(await collect({ ...plan, workers: 2 })).toEqual(inThread)
    // Prepared as the store would derive them: the JSON is the order, the fields its values.
    const order = JSON.parse(inThread[1_234]?.json as string)
    expect(inThread[1_234]?.fields.id).toBe(order.id)
    expect(order.channel).toBe(DEMO_TENANT.channel)
    expect(order.state.currentStatus).toBe(
      ['checkout', 'processing', 'accepted', 'completed', 'declined', 'removed'][1_234 % 6],
    )
  })

  it('stores them in build order: the store lists the same ids whichever way they were built', async () => {
    const idsOf = async (workers: number) => {
      const store = createStore({ seed: 3 })
      const internals = storeInternals(store)
      await buildDemoOrders({ seed: 3, count: COUNT, tenant: DEMO_TENANT, workers }, (batch) =>
        internals.insertPrepared(batch),
      )
      return [...internals.orderSummaries()].map(({ id }) => id)
    }
    const ids = await idsOf(0)
    expect(ids).toHaveLength(COUNT)
    expect(new Set(ids).size).toBe(COUNT)
    expect(await idsOf(2)).toEqual(ids)
  })

  it('gives other orders for another seed, and never repeats an id across chunks', async () => {
    const one = await collect({ seed: 1, count: COUNT, tenant: DEMO_TENANT, workers: 0 })
    const two = await collect({ seed: 2, count: COUNT, tenant: DEMO_TENANT, workers: 0 })
    const ids = new Set([...one, ...two].map(({ fields }) => fields.id))
    expect(ids.size).toBe(2 * COUNT)
    expect(two.map(({ json }) => json)).not.toEqual(one.map(({ json }) => json))
  })

  it('stops at an order that breaks the contract inside a worker, naming the order and the rule', async () => {
    const workers: Worker[] = []
    const exits: Array<Promise<unknown>> = []
    const failed = collect({
      seed: 1,
      count: COUNT,
      tenant: DEMO_TENANT,
      workers: 2,
      breakOrderAt: 1_500,
      onWorker: (worker) => {
        workers.push(worker)
        exits.push(once(worker, 'exit'))
      },
    })
    await expect(failed).rejects.toThrow(
      /order 1501 \(o_[A-Za-z]{26}\) breaks the contract: Order\/state\/currentStatus must be one of "checkout".*got "broken"/,
    )
    expect(workers).toHaveLength(2)
    await Promise.all(exits)
  })

  it('stops the same way in this thread', async () => {
    await expect(
      collect({ seed: 1, count: 20, tenant: DEMO_TENANT, workers: 0, breakOrderAt: 4 }),
    ).rejects.toThrow(/order 5 \(o_[A-Za-z]{26}\) breaks the contract: Order\/state\/currentStatus/)
  })

  it('stops with the error of a worker that fails to start', async () => {
    const broken = collect({
      seed: 1,
      count: COUNT,
      tenant: undefined as unknown as Tenant,
      workers: 1,
    })
    await expect(broken).rejects.toThrow(
      /^Failed to build the --orders demo data: a worker thread failed: .*channel/,
    )
  })

  it('terminates every worker when stopped during the build', async () => {
    const aborted = new AbortController()
    const exits: Array<Promise<unknown>> = []
    let stored = 0
    const build = buildDemoOrders(
      {
        seed: 1,
        count: DEMO_CHUNK_SIZE * 40,
        tenant: DEMO_TENANT,
        workers: 2,
        signal: aborted.signal,
        onWorker: (worker) => exits.push(once(worker, 'exit')),
      },
      (batch) => {
        stored += batch.length
        aborted.abort()
      },
    )
    await expect(build).rejects.toThrow(/stopped before it was done/)
    expect(stored).toBe(DEMO_CHUNK_SIZE)
    expect(exits).toHaveLength(2)
    // Rejected only once they have exited.
    const settled = await Promise.race([
      Promise.all(exits).then(() => 'exited'),
      new Promise((resolve) => setImmediate(() => resolve('running'))),
    ])
    expect(settled).toBe('exited')
  })

  it('stops a build in this thread when stopped between chunks', async () => {
    const aborted = new AbortController()
    let stored = 0
    const build = buildDemoOrders(
      { seed: 1, count: COUNT, tenant: DEMO_TENANT, workers: 0, signal: aborted.signal },
      (batch) => {
        stored += batch.length
        if (stored === DEMO_CHUNK_SIZE) setImmediate(() => aborted.abort())
      },
    )
    await expect(build).rejects.toThrow(/stopped before it was done/)
    expect(stored).toBe(DEMO_CHUNK_SIZE)
  })

  it('lets startMockServer be stopped during the --orders build', async () => {
    const aborted = new AbortController()
    const start = startMockServer({ port: 0, orders: DEMO_CHUNK_SIZE * 40, signal: aborted.signal })
    setTimeout(() => aborted.abort(), 50)
    await expect(start).rejects.toThrow(/stopped before it was done/)
  })

  describe('serve (the built command line)', () => {
    it('stops during a long --orders build on Ctrl+C, without serving', async () => {
      const cli = startCli(['serve', '--port', '0', '--quiet', '--orders', '500000'])
      try {
        // Long enough for the process to be building (the build itself takes far longer).
        await new Promise((resolve) => setTimeout(resolve, 3_000))
        cli.child.kill('SIGINT')
        expect(await cli.exited).toBe(0)
        expect(cli.stderr).toContain('SIGINT received, stopped during the start.')
        expect(cli.stdout).not.toContain('url: ')
      } finally {
        if (cli.child.exitCode === null) cli.child.kill('SIGKILL')
      }
    })
  })
})
