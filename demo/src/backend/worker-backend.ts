import type { Order } from 'norce-checkout-mock'
import { setupNorceWorker } from 'norce-checkout-mock/browser'
import demoOrders from 'norce-checkout-mock/fixtures/orders.json' with { type: 'json' }
import { type Backend, endpointsAt } from './backend.ts'

/**
 * The mock in this page: MSW's service worker answers the page's `fetch` calls from a store
 * seeded with the committed fixtures. Same-origin URLs, so nothing can leak to a real host.
 */
export async function startWorkerBackend(): Promise<Backend> {
  const mock = setupNorceWorker({ seed: 1, fixtures: demoOrders as Order[] })
  await mock.start()
  return {
    kind: 'worker',
    label: 'Service worker (MSW) in this page',
    endpoints: endpointsAt(location.origin),
    reset: () => mock.store.reset(),
  }
}
