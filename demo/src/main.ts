import { createCheckoutClient } from './api/checkout-client.ts'
import { mountApp } from './app.ts'
import { type Backend, readServerParameter } from './backend/backend.ts'
import { createServerBackend } from './backend/server-backend.ts'
import { h } from './dom.ts'

/** The demo tenant of `fixtures/orders.json` and the standalone server's demo token. */
const DEMO_CALLER = {
  merchant: 'thingsandstuff',
  channel: 'thingsandstuff-se',
  token: 'demo-token',
}

/**
 * Starts the page: against the service worker by default, against the standalone server with
 * `?server=http://127.0.0.1:4010`. `?merchant=`, `?channel=` and `?token=` change the caller.
 */
async function main(root: HTMLElement): Promise<void> {
  const parameters = new URLSearchParams(location.search)
  const caller = {
    merchant: parameters.get('merchant') ?? DEMO_CALLER.merchant,
    channel: parameters.get('channel') ?? DEMO_CALLER.channel,
    token: parameters.get('token') ?? DEMO_CALLER.token,
  }
  const serverUrl = readServerParameter(location.search)
  const backend: Backend = serverUrl
    ? createServerBackend(serverUrl)
    : // Loaded only here: in server mode the page never touches MSW or the kit's core.
      await (await import('./backend/worker-backend.ts')).startWorkerBackend()
  mountApp(root, createCheckoutClient(backend.endpoints, caller), backend)
}

const root = document.querySelector<HTMLElement>('#app')
if (root) {
  main(root).catch((error: unknown) => {
    root.replaceChildren(
      h(
        'p',
        { class: 'message message-error', testid: 'fatal' },
        `Failed to start the demo: ${(error as Error).message}`,
      ),
    )
    root.setAttribute('aria-busy', 'false')
  })
}
