import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { CallbackReceiver } from './workflow-context.ts'

/**
 * A loopback HTTP server that records the JSON it is POSTed, by path: where the mock's
 * notifications land during a contract run. Bound to 127.0.0.1 on a free port.
 */
export async function startCallbackReceiver(): Promise<
  CallbackReceiver & { close(): Promise<void> }
> {
  const received = new Map<string, unknown[]>()
  const waiters = new Set<() => void>()
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
      let body: unknown
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      } catch {
        body = Buffer.concat(chunks).toString('utf8')
      }
      received.set(path, [...(received.get(path) ?? []), body])
      response.writeHead(204).end()
      for (const wake of waiters) wake()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    waitFor(path, count, timeoutMs) {
      return new Promise((resolve) => {
        const check = () => {
          const bodies = received.get(path) ?? []
          if (bodies.length < count) return false
          finish(bodies)
          return true
        }
        const finish = (bodies: unknown[]) => {
          clearTimeout(timer)
          waiters.delete(wake)
          resolve(bodies)
        }
        const wake = () => void check()
        const timer = setTimeout(() => finish(received.get(path) ?? []), timeoutMs)
        waiters.add(wake)
        check()
      })
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
