import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect } from 'vitest'
import {
  type MockServer,
  type MockServerOptions,
  startMockServer,
} from '../../../src/server/index.ts'
import type { StoreSnapshot } from '../../../src/store/index.ts'
import { call, demoHeaders } from './http.ts'

/**
 * A fresh standalone server per test, in this process, on a free loopback port, closed after
 * the test. Responses are checked against the contract.
 */
export function useServer(options: MockServerOptions = {}): { readonly server: MockServer } {
  let server: MockServer | undefined
  beforeEach(async () => {
    server = await startMockServer({
      port: 0,
      host: '127.0.0.1',
      validateResponses: true,
      ...options,
    })
  })
  afterEach(async () => {
    await server?.close()
    server = undefined
  })
  return {
    get server() {
      if (!server) throw new Error('useServer: no server outside a test')
      return server
    },
  }
}

/**
 * For a test file that starts servers on state files: a fresh temporary directory per test
 * (removed after it) and every server it started closed (closing twice is harmless).
 * `file(...names)` is a path in it.
 */
export function useStateServers(prefix: string): {
  file(...names: string[]): string
  start(stateFile: string, extra?: MockServerOptions): Promise<MockServer>
  /**
   * The state file `name` of `orders` demo orders plus two created ones with a captured
   * payment each (`paid`), stopped cleanly (compacted), and what it held.
   */
  written(
    name: string,
    orders: number,
  ): Promise<{ file: string; snapshot: StoreSnapshot; paid: string[] }>
} {
  let directory = ''
  const servers: MockServer[] = []
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), `norce-checkout-mock-${prefix}-`))
  })
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()))
    await rm(directory, { recursive: true, force: true })
  })
  const start = async (stateFile: string, extra: MockServerOptions = {}) => {
    const server = await startMockServer({ port: 0, host: '127.0.0.1', stateFile, ...extra })
    servers.push(server)
    return server
  }
  return {
    file: (...names) => join(directory, ...names),
    start,
    async written(name, orders) {
      const file = join(directory, name)
      const server = await start(file, { orders })
      const post = (path: string, json: unknown) =>
        call(`${server.url}/api/v0/checkout/orders${path}`, {
          method: 'POST',
          headers: demoHeaders(),
          json,
        })
      const paid: string[] = []
      for (const reference of ['p-1', 'p-2']) {
        const id = (await post('', { reference })).body.id as string
        const payment = (await post(`/${id}/payments`, { amount: 10 })).body.id as string
        const capture = await post(`/${id}/payments/${payment}/transactions`, { event: 'capture' })
        expect(capture.status).toBe(200)
        paid.push(id)
      }
      const snapshot = server.store.snapshot()
      await server.close()
      return { file, snapshot, paid }
    },
  }
}
