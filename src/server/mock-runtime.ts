import { createOrderApi, type OrderApi, type OrderApiOptions } from '../api/index.ts'
import type { Order } from '../domain/types.ts'
import {
  type CheckedLoad,
  createStore,
  type MockStore,
  type StoreSnapshot,
  storeInternals,
} from '../store/index.ts'
import { buildDemoOrders } from './build-demo-orders.ts'
import { findDemoTenant, type Tenant } from './demo-data.ts'

/** A store and the operations core over it: what the server answers from. */
export interface MockRuntime {
  readonly store: MockStore
  readonly api: OrderApi
}

/** Settings of the operations core the server passes through; the allow-list is required here. */
export type RuntimeApiOptions = Omit<OrderApiOptions, 'store'> & {
  /** Hosts callbacks may reach (`host` or `host:port`): the server never leaves it open. */
  allowedCallbackHosts: readonly string[]
}

export interface RuntimeFactory {
  /**
   * The start state: the fixtures plus the extra demo orders, ids from `seed`. Aborting
   * `signal` (or `stop()`) stops the build of the demo orders, its worker threads terminated.
   */
  fresh(signal?: AbortSignal): Promise<MockRuntime>
  /**
   * A runtime holding `snapshot`, which `findSnapshotViolations` has just found no fault in
   * (it is not validated again), ids from a seed derived from it.
   */
  fromSnapshot(snapshot: StoreSnapshot): Promise<MockRuntime>
  /**
   * A runtime whose store `fill` loads in batches (a state file read line by line, decision
   * 128), orders checked by `fill`; ids from `seed` and the ids loaded. If `fill` throws, the
   * store is dropped.
   */
  fromCheckedLoad<T>(
    fill: (load: CheckedLoad) => Promise<T>,
  ): Promise<{ runtime: MockRuntime; result: T }>
  /** Stops any build of demo orders under way (a start, a reset): no worker outlives it. */
  stop(): void
}

/**
 * Builds runtimes. Reset and import replace the whole runtime instead of calling
 * `store.reset()`/`store.restore()` on one store: the store's id generator restarts from its
 * seed and is not part of a snapshot, so a store holding orders it made itself would, on the
 * same seed, hand out those ids again. A restored runtime draws from a seed derived from the
 * snapshot's ids; a fresh one from `seed` (same seed, same ids, as documented).
 *
 * @example
 * const runtimes = createRuntimeFactory({ seed: 1, fixtures, extraOrders: 0, api: { allowedCallbackHosts: [] } })
 * const { store, api } = await runtimes.fresh()
 */
export function createRuntimeFactory({
  seed,
  fixtures,
  extraOrders,
  api,
}: {
  seed: number
  fixtures: readonly Order[]
  extraOrders: number
  api: RuntimeApiOptions
}): RuntimeFactory {
  const tenant: Tenant = findDemoTenant(fixtures)
  const stopped = new AbortController()
  const withApi = (store: MockStore): MockRuntime => ({
    store,
    api: createOrderApi({ ...api, store }),
  })
  return {
    async fresh(signal) {
      const store = createStore({ seed, fixtures })
      await storeInternals(store).ready
      // Generated orders are not store fixtures (100k of them would be held twice): their list
      // values derived a chunk at a time (from 80,000 on in worker threads too), each order
      // built, checked and serialised when first read (decisions 139, 173, 175).
      const internals = storeInternals(store)
      await buildDemoOrders(
        {
          seed,
          count: extraOrders,
          tenant,
          signal: signal ? AbortSignal.any([signal, stopped.signal]) : stopped.signal,
        },
        (batch) => internals.insertPrepared(batch),
      )
      return withApi(store)
    },
    async fromCheckedLoad(fill) {
      const store = createStore({ seed, fixtures })
      const result = await fill(await storeInternals(store).loadChecked())
      encodeInBackground(store, stopped.signal)
      return { runtime: withApi(store), result }
    },
    async fromSnapshot(snapshot) {
      const store = createStore({ seed: deriveSeed(seed, snapshot), fixtures })
      // Checked by findSnapshotViolations, with the same validator: not a second time.
      await storeInternals(store).restoreChecked(snapshot)
      return withApi(store)
    },
    stop: () => stopped.abort(),
  }
}

/** Orders made tokens per turn of the event loop: ~5 ms, so a request waits at most that. */
const ENCODE_SLICE = 500

/**
 * Makes the keys of the orders a load stored as plain JSON tokens, a slice per turn of the
 * event loop, after the server starts serving (decision 129); stops with the runtime.
 */
function encodeInBackground(store: MockStore, signal: AbortSignal): void {
  const internals = storeInternals(store)
  const step = () => {
    if (!signal.aborted && internals.encodeDeferredText(ENCODE_SLICE) > 0) setImmediate(step)
  }
  setImmediate(step)
}

/** FNV-1a over the seed and the snapshot's order ids: stable for the same state. */
function deriveSeed(seed: number, snapshot: StoreSnapshot): number {
  let hash = 0x811c9dc5 ^ seed
  for (const order of snapshot.orders) {
    const id = order.id ?? ''
    for (let index = 0; index < id.length; index++) {
      hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193)
    }
  }
  return (hash ^ snapshot.transactions.length) >>> 0
}
