import { type SetupServer, setupServer } from 'msw/node'
import { createNorceSetup, type NorceSetupOptions } from '../handlers/index.ts'
import type { MockStore } from '../store/index.ts'

/** Options of {@link setupNorceServer}: the handler options, and the store or how to make one. */
export interface NorceServerOptions extends NorceSetupOptions {}

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
  const { store, handlers } = createNorceSetup(options, 'server')
  const server = setupServer(...handlers)
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
