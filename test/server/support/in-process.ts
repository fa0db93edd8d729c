import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import {
  type MockServer,
  type MockServerOptions,
  startMockServer,
} from '../../../src/server/index.ts'

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
  return {
    file: (...names) => join(directory, ...names),
    async start(stateFile, extra = {}) {
      const server = await startMockServer({ port: 0, host: '127.0.0.1', stateFile, ...extra })
      servers.push(server)
      return server
    },
  }
}
