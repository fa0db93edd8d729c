import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { OrderEntryFields, PreparedOrder } from '../store/index.ts'
import {
  chunkCount,
  DEMO_CHUNK_SIZE,
  type DemoChunkReply,
  type DemoOrderPlan,
  type DemoOrders,
  type DemoWorkerMessage,
  loadDemoOrders,
} from './demo-orders.ts'

/**
 * Below this many orders the list values of `--orders` are derived in the main thread alone:
 * a worker's start (~0.15 s of CPU loading, ~0.3 s warming up) and two threads allocating at
 * once cost more than the second core saves; measured on 2 cores, the worker wins at 100,000
 * and loses at 60,000 (decision 175).
 */
const IN_THREAD_BELOW = 80_000

/** At most this many worker threads derive `--orders`. */
const MAX_WORKERS = 4

/** Chunks a worker is handed ahead, so it never waits for the main thread. */
const QUEUED_PER_WORKER = 4

/** What `buildDemoOrders` takes. */
export interface DemoBuildOptions extends DemoOrderPlan {
  /**
   * Worker threads deriving beside this one: 0 derives in this thread alone. Default: none
   * below 80,000 orders, else one per core but one, at most 4.
   */
  workers?: number | undefined
  /** Aborting it stops the build: the workers are terminated and the promise rejects. */
  signal?: AbortSignal | undefined
  /** Test only: sees each worker as it starts. */
  onWorker?: ((worker: Worker) => void) | undefined
}

/**
 * Prepares the `--orders` demo orders for the store: each order's list values, derived now
 * (in worker threads or this one), and its recipe, which builds the order, checks it against
 * the contract and serialises it when it is first read (decision 175). Hands them to `store` a
 * chunk at a time, in order (whichever worker finished first). The same seed gives the same
 * orders with any number of workers (decision 173). Resolves once every chunk is stored and
 * every worker has exited; rejects, after terminating the workers, when a worker fails or
 * `signal` aborts.
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
  if (signal?.aborted) throw stopped()
  // This thread builds each order when it is first read: it loads the factories either way.
  const demo = await loadDemoOrders(plan)
  const storeChunk = (chunk: number, fields: readonly OrderEntryFields[]) =>
    store(prepared(demo, chunk, fields))
  const threads = Math.min(chunks, workers ?? defaultWorkers(plan.count))
  if (threads <= 0) {
    for (let chunk = 0; chunk < chunks; chunk++) {
      if (signal?.aborted) throw stopped()
      storeChunk(chunk, demo.chunkFields(chunk))
      // A turn of the event loop per chunk lets a stop (a signal handler) abort the build.
      await new Promise((resolve) => setImmediate(resolve))
    }
    return
  }
  return buildInWorkers(plan, chunks, threads, demo, storeChunk, signal, onWorker)
}

/** The chunk's orders as the store takes them: list values and recipe. */
function prepared(
  demo: DemoOrders,
  chunk: number,
  fields: readonly OrderEntryFields[],
): PreparedOrder[] {
  const first = chunk * DEMO_CHUNK_SIZE
  return fields.map((values, offset) => ({ fields: values, json: demo.recipe(first + offset) }))
}

/** From 80,000 orders on, a worker per core but the main thread's, at most 4 (decision 175). */
function defaultWorkers(count: number): number {
  return count < IN_THREAD_BELOW ? 0 : Math.min(MAX_WORKERS, availableParallelism() - 1)
}

function buildInWorkers(
  plan: DemoOrderPlan,
  chunks: number,
  threads: number,
  demo: DemoOrders,
  store: (chunk: number, fields: readonly OrderEntryFields[]) => void,
  signal: AbortSignal | undefined,
  onWorker: ((worker: Worker) => void) | undefined,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const pool: Array<{ worker: Worker; queued: number; ready: boolean }> = []
    const ready = new Map<number, OrderEntryFields[]>()
    let stored = 0
    let sent = 0
    let settled = false
    // This thread derives chunks too, between the workers' answers.
    let idleHere = true
    const ahead = (threads + 1) * (QUEUED_PER_WORKER + 1)

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
    const canSend = (): boolean => sent < chunks && sent < stored + ahead
    const topUp = (): void => {
      for (const slot of pool) {
        while (slot.ready && slot.queued < QUEUED_PER_WORKER && canSend()) {
          slot.worker.postMessage(sent++)
          slot.queued++
        }
      }
      if (idleHere && canSend()) {
        idleHere = false
        setImmediate(deriveHere)
      }
    }
    // A chunk per turn of the event loop, so the workers' answers are stored in between.
    const deriveHere = (): void => {
      if (settled || !canSend()) {
        idleHere = true
        return
      }
      const chunk = sent++
      let reply: DemoChunkReply
      try {
        reply = { chunk, fields: demo.chunkFields(chunk) }
      } catch (error) {
        reply = { chunk, error: (error as Error).message }
      }
      onReply(reply)
      if (!settled) setImmediate(deriveHere)
    }
    /** A chunk's answer, from a worker (`slot`) or this thread. */
    const onReply = (reply: DemoChunkReply, slot?: { queued: number }): void => {
      if (settled) return
      if (slot) slot.queued--
      if ('error' in reply) {
        finish(new Error(reply.error))
        return
      }
      ready.set(reply.chunk, reply.fields)
      try {
        for (let fields = ready.get(stored); fields && !settled; fields = ready.get(stored)) {
          ready.delete(stored)
          store(stored++, fields)
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
      const slot = { worker, queued: 0, ready: false }
      pool.push(slot)
      // Chunks go to a worker once it has loaded: this thread derives the first ones meanwhile.
      worker.on('message', (message: DemoWorkerMessage) => {
        if ('chunk' in message) onReply(message, slot)
        else if (!settled) {
          slot.ready = true
          topUp()
        }
      })
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
  // measured the same (decisions 174, 175).
  const options = { workerData: plan }
  if (!WORKER_URL.pathname.endsWith('.ts')) return new Worker(WORKER_URL, options)
  // Run from the sources (the tests): node 20 cannot load TypeScript, so tsx (a dev
  // dependency) loads the worker; the package runs the `.js` file tsc and esbuild write.
  return new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}) })`,
    { ...options, eval: true },
  )
}
