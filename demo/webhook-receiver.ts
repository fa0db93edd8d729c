import type { Plugin } from 'vite'

/** Where the demo's notifications are delivered: `POST /demo-webhook/{order_id}`. */
const DEMO_WEBHOOK_PATH = '/demo-webhook/'

/**
 * A notification receiver for the demo, on the page's own origin: answers `204` to every
 * `POST /demo-webhook/...`. The service worker lets these calls through to it, and the
 * standalone server may call it because it is on loopback.
 */
export function demoWebhookReceiver(): Plugin {
  const receive = (
    request: { method?: string | undefined; url?: string | undefined; resume(): void },
    response: { statusCode: number; end(): void },
    next: () => void,
  ) => {
    if (request.method !== 'POST' || !request.url?.startsWith(DEMO_WEBHOOK_PATH)) return next()
    request.resume()
    response.statusCode = 204
    response.end()
  }
  return {
    name: 'norce-demo-webhook-receiver',
    configureServer: (server) => {
      server.middlewares.use(receive)
    },
    configurePreviewServer: (server) => {
      server.middlewares.use(receive)
    },
  }
}
