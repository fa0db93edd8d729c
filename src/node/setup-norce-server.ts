import { type SetupServer, setupServer } from 'msw/node'
import type { Order } from '../domain/types.ts'
import { createHandlers, type HandlerOptions } from '../handlers/index.ts'
import { createStore, type MockStore } from '../store/index.ts'

/** Options of {@link setupNorceServer}: the handler options, and the store or how to make one. */
export interface NorceServerOptions extends Omit<HandlerOptions, 'store'> {
  /** The store to serve. Default: a new `createStore({ seed, fixtures, now })`. */
  store?: MockStore
  /** Seed of the new store's ids. Default 1. Not with `store`. */
  seed?: number
  /** Orders the new store starts with (and returns to on `reset()`). Not with `store`. */
  fixtures?: readonly Order[]
  /** The new store's clock. Default: real time. Not with `store`. */
  now?: () => Date
}

/** The mock in a Node test run: MSW's server, the store it serves and its lifecycle. */
export interface NorceServer {
  /** The MSW server, for your own handlers: `server.use(http.post(...))` for callbacks. */
  readonly server: SetupServer
  /** The store: `snapshot()`, `getOrder(id)`, `events.waitFor(...)`. */
  readonly store: MockStore
  /** Starts intercepting; unhandled requests are errors unless you pass another strategy. */
  listen(options?: Parameters<SetupServer['listen']>[0]): void
  /** Fresh state for the next test: the store back to its fixtures, your extra handlers gone. */
  reset(): Promise<void>
  close(): void
}

/**
 * The Norce Checkout mock for Node tests (vitest, jest): MSW's `setupServer` with the kit's
 * handlers over a store, in one call.
 *
 * @example
 * import { setupNorceServer } from 'norce-checkout-mock/node'
 *
 * const mock = setupNorceServer({ seed: 1, validateResponses: true })
 * beforeAll(() => mock.listen())
 * afterEach(() => mock.reset())
 * afterAll(() => mock.close())
 */
export function setupNorceServer(options: NorceServerOptions = {}): NorceServer {
  const { store: given, seed, fixtures, now, ...handlerOptions } = options
  if (given && (seed !== undefined || fixtures !== undefined || now !== undefined)) {
    throw new Error(
      'Failed to set up the Norce server: `seed`, `fixtures` and `now` make a new store, but a `store` was given too. Pass them to your `createStore()` instead.',
    )
  }
  const store =
    given ??
    createStore({
      ...(seed !== undefined && { seed }),
      ...(fixtures && { fixtures }),
      ...(now && { now }),
    })
  const server = setupServer(...createHandlers({ ...handlerOptions, store }))
  return {
    server,
    store,
    listen: (listenOptions) => server.listen({ onUnhandledRequest: 'error', ...listenOptions }),
    async reset() {
      server.resetHandlers()
      await store.reset()
    },
    close: () => server.close(),
  }
}
