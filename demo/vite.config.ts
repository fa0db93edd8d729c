import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { demoWebhookReceiver } from './webhook-receiver.ts'

const source = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url))
const packageRoot = fileURLToPath(new URL('..', import.meta.url))

/** The demo checkout page: `npm run demo` serves it on http://127.0.0.1:5173. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {
    // The page imports the kit only by its public names (`norce-checkout-mock`, `/browser`,
    // `/fixtures/*.json`), as an app does, but runs the sources (the dependency-cruiser rule
    // `demo-uses-public-entry-points` keeps it so).
    alias: [
      { find: /^norce-checkout-mock\/fixtures\/(.*)$/, replacement: `${packageRoot}fixtures/$1` },
      { find: /^norce-checkout-mock\/browser$/, replacement: source('browser/index.ts') },
      { find: /^norce-checkout-mock$/, replacement: source('index.ts') },
    ],
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  plugins: [demoWebhookReceiver()],
})
