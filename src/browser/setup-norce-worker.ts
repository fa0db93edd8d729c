import { type SetupWorker, type StartOptions, setupWorker } from 'msw/browser'
import { createNorceSetup, type NorceSetupOptions } from '../handlers/index.ts'
import type { MockStore } from '../store/index.ts'

/** Options of {@link setupNorceWorker}: the handler options, and the store or how to make one. */
export interface NorceWorkerOptions extends NorceSetupOptions {}

/** The mock in a browser page: the MSW worker, the store it serves and its lifecycle. */
export interface NorceWorker {
  /** The MSW worker, for your own handlers: `worker.use(http.post(...))`. */
  readonly worker: SetupWorker
  /** The in-page store: `reset()`, `snapshot()`, `getOrder(id)`, `events.waitFor(...)`. */
  readonly store: MockStore
  /**
   * Registers and activates the service worker (`/mockServiceWorker.js` unless
   * `serviceWorker.url` says otherwise). Requests the mock does not answer go to the network
   * unnoticed (`onUnhandledRequest: 'bypass'`) unless you pass another strategy.
   */
  start(options?: StartOptions): ReturnType<SetupWorker['start']>
  /** Stops mocking in this page; the service worker stays registered. */
  stop(): void
}

/**
 * The Norce Checkout mock in the browser: MSW's `setupWorker` with the kit's handlers over a
 * store that lives in the page (a reload starts it afresh). Your app calls the Order API as it
 * would call Norce (any origin, any prefix before `/api/v0|v1/checkout/orders`) and the
 * service worker answers. Copy the worker script into your public folder once with
 * `npx msw init public/ --save`.
 *
 * @example
 * import { setupNorceWorker } from 'norce-checkout-mock/browser'
 *
 * if (import.meta.env.DEV) {
 *   const mock = setupNorceWorker({ seed: 1, tokens: ['dev-token'] })
 *   await mock.start()
 * }
 * // then, as against Norce:
 * await fetch('https://my-slug.api-se.playground.norce.tech/checkout/order/api/v0/checkout/orders', {
 *   method: 'POST',
 *   headers: { authorization: 'Bearer dev-token', 'x-merchant': 'my-shop', 'x-channel': 'se', 'content-type': 'application/json' },
 *   body: JSON.stringify({ culture: 'sv-SE', currency: 'SEK', country: 'SE' }),
 * })
 */
export function setupNorceWorker(options: NorceWorkerOptions = {}): NorceWorker {
  const { store, handlers } = createNorceSetup(options, 'worker')
  const worker = setupWorker(...handlers)
  return {
    worker,
    store,
    start: (startOptions) => worker.start({ onUnhandledRequest: 'bypass', ...startOptions }),
    stop: () => worker.stop(),
  }
}
