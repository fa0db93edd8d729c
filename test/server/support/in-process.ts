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
