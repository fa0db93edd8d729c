import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createOrderApi, createStore } from '../../../src/index.ts'

/** A way in which a deliberately broken target breaks the contract on GetCheckoutOrder. */
export type Fault =
  | 'wrong-enum'
  | 'missing-required-field'
  | 'ok-instead-of-404'
  | 'number-as-string'

const GET_ORDER = /\/api\/v[01]\/checkout\/orders\/([^/]+)$/

/**
 * The mock's core behind node:http on a free loopback port, with one fault injected into
 * `GET .../orders/{id}` answers: what the contract suite must catch and name.
 */
export async function startBrokenTarget(
  fault: Fault,
): Promise<{ url: string; close(): Promise<void> }> {
  const api = createOrderApi({ store: createStore({ seed: 1 }) })
  let lastOrder: unknown
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      const query: Record<string, string | string[]> = {}
      for (const [name, value] of url.searchParams) {
        const previous = query[name]
        query[name] =
          previous === undefined
            ? value
            : [...(Array.isArray(previous) ? previous : [previous]), value]
      }
      const text = Buffer.concat(chunks).toString('utf8')
      const answer = await api.handle({
        method: request.method ?? 'GET',
        path: url.pathname,
        query,
        headers: request.headers as Record<string, string>,
        rawBody: {
          text,
          contentType: request.headers['content-type'],
          byteLength: Buffer.byteLength(text),
        },
      })
      let { status, body } = answer
      if (request.method === 'GET' && GET_ORDER.test(url.pathname)) {
        if (status === 200) lastOrder = body
        ;({ status, body } = inject(fault, status, body, lastOrder))
      }
      const headers = {
        ...answer.headers,
        ...(body !== undefined && {
          'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
        }),
      }
      response.writeHead(status, headers).end(body === undefined ? undefined : JSON.stringify(body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

function inject(
  fault: Fault,
  status: number,
  body: any,
  lastOrder: unknown,
): { status: number; body: any } {
  if (fault === 'ok-instead-of-404')
    return status === 404 && lastOrder ? { status: 200, body: lastOrder } : { status, body }
  if (status !== 200) return { status, body }
  const order = structuredClone(body)
  if (fault === 'wrong-enum') order.state.currentStatus = 'shipped'
  if (fault === 'missing-required-field') delete order.merchant
  if (fault === 'number-as-string') order.total.includingVat = String(order.total.includingVat)
  return { status, body: order }
}
