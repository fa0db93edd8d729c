import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'

/** The demo page, served by Vite's dev server. */
export interface DemoServer {
  /** `http://127.0.0.1:<port>` */
  url: string
  close(): Promise<void>
}

/** Starts the demo's Vite dev server on 127.0.0.1 and a free port, without file watching. */
export async function startDemoServer(): Promise<DemoServer> {
  const server = await createServer({
    configFile: fileURLToPath(new URL('../../../demo/vite.config.ts', import.meta.url)),
    logLevel: 'warn',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: true, watch: null, hmr: false },
  })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address === 'string')
    throw new Error('Failed to start the demo server: it has no TCP address.')
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() }
}
