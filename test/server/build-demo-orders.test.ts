import { once } from 'node:events'
import type { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { createSeededRandom } from '../../src/domain/seeded-random.ts'
import { buildOrder } from '../../src/factories/build-order.ts'
import { createFactoryContext } from '../../src/factories/factory-context.ts'
import { buildDemoOrders, type DemoBuildOptions } from '../../src/server/build-demo-orders.ts'
import { DEMO_TENANT, type Tenant } from '../../src/server/demo-data.ts'
import { DEMO_CHUNK_SIZE, loadDemoOrders, orderSeed } from '../../src/server/demo-orders.ts'
import { startMockServer } from '../../src/server/start-mock-server.ts'
import {
  createStore,
  type OrderRecipe,
  orderEntryFields,
  type PreparedOrder,
  storeInternals,
} from '../../src/store/index.ts'
import { startCli } from './support/cli-process.ts'

/** Every prepared order a build hands over, in the order it hands them over. */
async function collect(options: DemoBuildOptions): Promise<PreparedOrder[]> {
  const all: PreparedOrder[] = []
  await buildDemoOrders(options, (batch) => {
    all.push(...batch)
  })
  return all
}

/** The JSON a prepared order's recipe builds. */
const built = ({ json }: PreparedOrder): string => (json as OrderRecipe).build()

/** Two and a half chunks: the last one short. */
const COUNT = DEMO_CHUNK_SIZE * 2 + DEMO_CHUNK_SIZE / 2

describe('buildDemoOrders (--orders)', { timeout: 120_000 }, () => {
  it('gives the same orders in the same order in this thread, with 1 worker and with 2', async () => {
    const plan = { seed: 7, count: COUNT, tenant: DEMO_TENANT }
    const inThread = await collect({ ...plan, workers: 0 })
    expect(inThread).toHaveLength(COUNT)
    const orders = inThread.map(built)
    for (const workers of [1, 2]) {
      const other = await collect({ ...plan, workers })
      expect(other.map(({ fields }) => fields)).toEqual(inThread.map(({ fields }) => fields))
      expect(other.map(built)).toEqual(orders)
    }
    // Each order's list values, derived apart (by a worker), are those of the order built on read.
    inThread.forEach((prepared, index) => {
      expect(orderEntryFields(JSON.parse(orders[index] as string))).toEqual(prepared.fields)
    })
    // Built again, on any read, the same.
    expect(built(inThread[1_234] as PreparedOrder)).toBe(orders[1_234])
    const order = JSON.parse(orders[1_234] as string)
    expect(order.channel).toBe(DEMO_TENANT.channel)
    expect(order.state.currentStatus).toBe(
      ['checkout', 'processing', 'accepted', 'completed', 'declined', 'removed'][1_234 % 6],
    )
  })

  it('gives each order a window of 4,096 random draws it never leaves (no two orders share draws)', async () => {
    const base = 0x1234_5678
    let most = 0
    for (let index = 0; index < 600; index++) {
      const seed = orderSeed(base, index)
      const context = createFactoryContext({ seed, ...DEMO_TENANT, locale: 'SE' })
      buildOrder(context, {
        state: { currentStatus: (['checkout', 'completed'] as const)[index % 2] },
      })
      // The next draw after the order, found in the stream of its seed: how many it drew.
      const next = context.random.next()
      const stream = createSeededRandom(seed)
      let drawn = 0
      while (stream.next() !== next && drawn < 4_096) drawn++
      most = Math.max(most, drawn)
    }
    expect(most).toBeGreaterThan(100)
    expect(most).toBeLessThan(2_048)
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
    expect(two.slice(0, 50).map(built)).not.toEqual(one.slice(0, 50).map(built))
  })

  it('fails the read of an order that breaks the contract, naming the order and the rule', async () => {
    const plan = { seed: 1, count: COUNT, tenant: DEMO_TENANT, breakOrderAt: 1_500 }
    const prepared = await collect({ ...plan, workers: 2 })
    expect(prepared).toHaveLength(COUNT)
    expect(() => built(prepared[1_500] as PreparedOrder)).toThrow(
      /order 1501 \(o_[A-Za-z]{26}\) breaks the contract: Order\/state\/currentStatus must be one of "checkout".*got "broken"/,
    )
    expect(() => built(prepared[1_499] as PreparedOrder)).not.toThrow()

    // Through a store: that order's read fails naming the rule (a server answers 500 with it);
    // the others are read as usual.
    const store = createStore({ seed: 1 })
    const internals = storeInternals(store)
    const demo = await loadDemoOrders(plan)
    internals.insertPrepared(
      demo.chunkFields(1).map((fields, offset) => ({
        fields,
        json: demo.recipe(DEMO_CHUNK_SIZE + offset),
      })),
    )
    const broken = prepared[1_500]?.fields.id as string
    expect(() => store.getOrder(broken)).toThrow(/order 1501 .* breaks the contract/)
    expect(store.getOrder(prepared[1_501]?.fields.id as string)?.id).toBe(
      prepared[1_501]?.fields.id,
    )
  })

  it('refuses a plan it cannot build, in this thread, before starting any worker', async () => {
    const started: Worker[] = []
    const broken = collect({
      seed: 1,
      count: COUNT,
      tenant: undefined as unknown as Tenant,
      workers: 1,
      onWorker: (worker) => started.push(worker),
    })
    await expect(broken).rejects.toThrow(/channel/)
    expect(started).toHaveLength(0)
  })

  it('stops with the error of a worker that fails', async () => {
    const exits: Array<Promise<unknown>> = []
    const failing = collect({
      seed: 1,
      count: DEMO_CHUNK_SIZE * 40,
      tenant: DEMO_TENANT,
      workers: 2,
      onWorker: (worker) => {
        // Not events.once: it would reject on the 'error' event.
        exits.push(new Promise((resolve) => worker.once('exit', resolve)))
        if (exits.length === 2) setImmediate(() => worker.emit('error', new Error('out of memory')))
      },
    })
    await expect(failing).rejects.toThrow(
      /^Failed to build the --orders demo data: a worker thread failed: out of memory$/,
    )
    await Promise.all(exits)
  })

  it('stops when a worker stops early', async () => {
    const failing = collect({
      seed: 1,
      count: DEMO_CHUNK_SIZE * 40,
      tenant: DEMO_TENANT,
      workers: 1,
      onWorker: (worker) => void worker.terminate(),
    })
    await expect(failing).rejects.toThrow(/a worker thread stopped early \(exit code \d+\)\.$/)
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
      const cli = startCli(['serve', '--port', '0', '--quiet', '--orders', '1000000'])
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
