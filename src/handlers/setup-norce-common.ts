import type { HttpHandler } from 'msw'
import type { Order } from '../domain/types.ts'
import { createStore, type MockStore } from '../store/index.ts'
import { createHandlers, type HandlerOptions } from './create-handlers.ts'

/**
 * What `setupNorceServer` (Node) and `setupNorceWorker` (browser) share: the handler options,
 * and the store or how to make one.
 */
export interface NorceSetupOptions extends Omit<HandlerOptions, 'store'> {
  /** The store to serve. Default: a new `createStore({ seed, fixtures, now })`. */
  store?: MockStore
  /** Seed of the new store's ids. Default 1. Not with `store`. */
  seed?: number
  /**
   * Orders the new store starts with (and returns to on `reset()`), e.g. the package's
   * `fixtures/orders.json`. Each is checked against the contract. Not with `store`.
   */
  fixtures?: readonly Order[]
  /** The new store's clock. Default: real time. Not with `store`. */
  now?: () => Date
}

/**
 * The common part of the Node and browser setups (as msw shares `setup-server-common`):
 * the store (given, or made from `seed`, `fixtures`, `now`) and the handlers over it. The
 * shells only wrap them in `setupServer` or `setupWorker`.
 *
 * @example
 * const { store, handlers } = createNorceSetup({ seed: 1 }, 'server')
 * const server = setupServer(...handlers)
 */
export function createNorceSetup(
  options: NorceSetupOptions,
  kind: 'server' | 'worker',
): { store: MockStore; handlers: HttpHandler[] } {
  const { store: given, seed, fixtures, now, ...handlerOptions } = options
  if (given && (seed !== undefined || fixtures !== undefined || now !== undefined)) {
    throw new Error(
      `Failed to set up the Norce ${kind}: \`seed\`, \`fixtures\` and \`now\` make a new store, but a \`store\` was given too. Pass them to your \`createStore()\` instead.`,
    )
  }
  const store =
    given ??
    createStore({
      ...(seed !== undefined && { seed }),
      ...(fixtures && { fixtures }),
      ...(now && { now }),
    })
  return { store, handlers: createHandlers({ ...handlerOptions, store }) }
}
