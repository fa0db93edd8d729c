import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { PreparedOrder } from '../store/index.ts'
import {
  chunkCount,
  type DemoChunkReply,
  type DemoOrderPlan,
  loadDemoChunkBuilder,
  MAX_DEMO_ORDERS,
} from './demo-order-chunk.ts'

/**
 * Below this many orders `--orders` is built in the main thread: starting a worker (loading
 * the factories, Faker's locale data and the validators again) costs about 0.4 s of CPU,
 * what building ~10,000 orders on a second core saves (decision 174).
 */
const IN_THREAD_BELOW = 10_000

/** Orders built in this thread are stored this many at a time. */
const IN_THREAD_BATCH = 250

/** At most this many worker threads build `--orders`. */
const MAX_WORKERS = 4

/** Fewer cores than this build `--orders` in the main thread. */
const MIN_CORES = 3

/** Chunks a worker is handed ahead, so it never waits for the main thread. */
const QUEUED_PER_WORKER = 2

/** What `buildDemoOrders` takes. */
export interface DemoBuildOptions extends DemoOrderPlan {
  /**
   * Worker threads to build in: 0 builds in this thread. Default: none below 10,000
   * orders or on fewer than 3 cores, else one per core but one, at most 4.
   */
  workers?: number | undefined
  /** Aborting it stops the build: the workers are terminated and the promise rejects. */
  signal?: AbortSignal | undefined
  /** Test only: sees each worker as it starts. */
  onWorker?: ((worker: Worker) => void) | undefined
}

/**
 * Builds the `--orders` demo orders, checked against the contract and prepared for the store,
 * and hands them to `store` a chunk at a time, in build order (whichever worker finished
 * first). The same seed gives the same orders with any number of workers (decision 173).
 * Resolves once every chunk is stored and every worker has exited; rejects, after
 * terminating the workers, when a check fails, a worker fails or `signal` aborts.
 *
 * @example
 * await buildDemoOrders({ seed: 1, count: 100_000, tenant }, (batch) =>
 *   storeInternals(store).insertPrepared(batch),
 * )
 */
export async function buildDemoOrders(
  options: DemoBuildOptions,
  store: (batch: readonly PreparedOrder[]) => void,
): Promise<void> {
  const { signal, onWorker, workers, ...plan } = options
  const chunks = chunkCount(plan.count)
  if (chunks === 0) return
  if (plan.count > MAX_DEMO_ORDERS)
    throw new Error(
      `Failed to build the --orders demo data: at most ${MAX_DEMO_ORDERS} orders (asked for ${plan.count}).`,
    )
  if (signal?.aborted) throw stopped()
  const threads = Math.min(chunks, workers ?? defaultWorkers(plan.count))
  if (threads <= 0) {
    const build = await loadDemoChunkBuilder(plan)
    for (let chunk = 0; chunk < chunks; chunk++) {
      if (signal?.aborted) throw stopped()
      // Stored 250 at a time: the built orders die young (decision 139). A turn of the
      // event loop per chunk lets a stop (a signal handler) abort the build.
      build(chunk, store, IN_THREAD_BATCH)
      await new Promise((resolve) => setImmediate(resolve))
    }
    return
  }
  return buildInWorkers(plan, chunks, threads, store, signal, onWorker)
}

/**
 * From 10,000 orders on, with 3 cores or more: a worker per core but the main thread's, at
 * most 4. On 2 cores the workers and the main thread's own share (key tokens, indexes)
 * compete for the same cores, and the start measured slower than in one thread (decision 174).
 */
function defaultWorkers(count: number): number {
  const cores = availableParallelism()
  return count < IN_THREAD_BELOW || cores < MIN_CORES ? 0 : Math.min(MAX_WORKERS, cores - 1)
}

function buildInWorkers(
  plan: DemoOrderPlan,
  chunks: number,
  threads: number,
  store: (batch: readonly PreparedOrder[]) => void,
  signal: AbortSignal | undefined,
  onWorker: ((worker: Worker) => void) | undefined,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const pool: Array<{ worker: Worker; queued: number }> = []
    const ready = new Map<number, PreparedOrder[]>()
    let stored = 0
    let sent = 0
    let settled = false

    const finish = (error?: Error): void => {
      if (settled) return
      settled = true
      signal?.removeEventListener('abort', onAbort)
      // Settled only once every worker has exited: none outlives the build.
      void Promise.allSettled(pool.map(({ worker }) => worker.terminate())).then(() =>
        error ? reject(error) : resolve(),
      )
    }
    const onAbort = (): void => finish(stopped())
    // Hands out chunks in order, never more than a few ahead of the one stored next, so
    // chunks finished out of order wait in a short queue.
    const topUp = (): void => {
      for (const slot of pool) {
        while (
          slot.queued < QUEUED_PER_WORKER &&
          sent < chunks &&
          sent < stored + threads * (QUEUED_PER_WORKER + 1)
        ) {
          slot.worker.postMessage(sent++)
          slot.queued++
        }
      }
    }
    const onReply = (slot: { queued: number }, reply: DemoChunkReply): void => {
      if (settled) return
      slot.queued--
      if ('error' in reply) {
        finish(new Error(reply.error))
        return
      }
      ready.set(reply.chunk, reply.orders)
      try {
        for (let batch = ready.get(stored); batch; batch = ready.get(stored)) {
          ready.delete(stored)
          stored++
          store(batch)
        }
      } catch (error) {
        finish(error as Error)
        return
      }
      if (stored === chunks) finish()
      else topUp()
    }

    signal?.addEventListener('abort', onAbort, { once: true })
    for (let index = 0; index < threads; index++) {
      const worker = startWorker(plan)
      const slot = { worker, queued: 0 }
      pool.push(slot)
      worker.on('message', (reply: DemoChunkReply) => onReply(slot, reply))
      worker.on('error', (error) =>
        finish(
          new Error(
            `Failed to build the --orders demo data: a worker thread failed: ${error.message}`,
          ),
        ),
      )
      worker.on('exit', (code) =>
        finish(
          new Error(
            `Failed to build the --orders demo data: a worker thread stopped early (exit code ${code}).`,
          ),
        ),
      )
      onWorker?.(worker)
    }
    topUp()
  })
}

function stopped(): Error {
  return new Error('Failed to build the --orders demo data: stopped before it was done.')
}

/** The worker entry next to this module: `.js` when built, `.ts` in the sources. */
const WORKER_URL = new URL(
  `./demo-orders-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
)

function startWorker(plan: DemoOrderPlan): Worker {
  // V8's default young generation: a worker keeps nothing past a chunk, and 8 to 96 MB
  // measured the same (decision 174).
  const options = { workerData: plan }
  if (!WORKER_URL.pathname.endsWith('.ts')) return new Worker(WORKER_URL, options)
  // Run from the sources (the tests): node 20 cannot load TypeScript, so tsx (a dev
  // dependency) loads the worker; the package runs the `.js` file tsc and esbuild write.
  return new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}) })`,
    { ...options, eval: true },
  )
}
