import { createServer, type Server } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, demoHeaders } from './support/http.ts'
import { useServer } from './support/in-process.ts'

const orders = '/api/v0/checkout/orders'

/** A loopback adapter that records the notifications it receives. */
let adapter: Server
let adapterUrl: string
const received: unknown[] = []
beforeEach(async () => {
  received.length = 0
  adapter = createServer((request, response) => {
    let body = ''
    request.setEncoding('utf8').on('data', (text: string) => {
      body += text
    })
    request.on('end', () => {
      received.push(JSON.parse(body))
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => adapter.listen(0, '127.0.0.1', resolve))
  adapterUrl = `http://127.0.0.1:${(adapter.address() as { port: number }).port}`
})
afterEach(async () => {
  adapter.closeAllConnections()
  await new Promise((resolve) => adapter.close(resolve))
})

describe('the callback allow-list (--allow-callback-host)', () => {
  const mock = useServer()

  it('calls loopback adapters and refuses any other host, by default', async () => {
    const { url, store } = mock.server
    const id = (await call(`${url}${orders}`, { method: 'POST', headers: demoHeaders(), json: {} }))
      .body.id
    for (const invoke of [`${adapterUrl}/state`, 'http://adapter.example.test/state']) {
      const added = await call(`${url}${orders}/${id}/notifications`, {
        method: 'POST',
        headers: demoHeaders(),
        json: { scope: '/state/currentStatus', invoke },
      })
      expect(added.status).toBe(200)
    }
    const removed = await call(`${url}${orders}/${id}/state`, {
      method: 'PUT',
      headers: demoHeaders(),
      json: { currentStatus: 'removed' },
    })
    expect(removed.status).toBe(200)

    const delivered = await store.events.waitFor({ orderId: id, status: 'delivered' })
    expect(delivered.deliveries[0]?.url).toBe(`${adapterUrl}/state`)
    const refused = await store.events.waitFor({ orderId: id, status: 'refused' })
    expect(refused.deliveries[0]).toMatchObject({
      url: 'http://adapter.example.test/state',
      outcome: 'refused',
    })
    expect(received).toHaveLength(1)
  })
})

describe('the callback allow-list with an explicit host', () => {
  const mock = useServer({ allowedCallbackHosts: ['adapter.example.test'] })

  it('refuses loopback once the list names other hosts only', async () => {
    const { url, store } = mock.server
    const id = (await call(`${url}${orders}`, { method: 'POST', headers: demoHeaders(), json: {} }))
      .body.id
    await call(`${url}${orders}/${id}/notifications`, {
      method: 'POST',
      headers: demoHeaders(),
      json: { scope: '/state/currentStatus', invoke: `${adapterUrl}/state` },
    })
    await call(`${url}${orders}/${id}/state`, {
      method: 'PUT',
      headers: demoHeaders(),
      json: { currentStatus: 'removed' },
    })
    expect((await store.events.waitFor({ orderId: id })).status).toBe('refused')
    expect(received).toEqual([])
  })
})
