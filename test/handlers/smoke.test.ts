import { describe, expect, it } from 'vitest'
import { createApiClient, useMockApi } from '../support/mock-api.ts'

describe('smoke', () => {
  const mock = useMockApi()
  const api = createApiClient()

  it('creates and reads an order', async () => {
    const id = await api.createOrder({
      culture: 'sv-SE',
      currency: 'SEK',
      country: 'SE',
      cart: {
        items: [
          {
            name: 'Thing',
            quantity: 1,
            total: { includingVat: 12.5, excludingVat: 10 },
            vatRate: 0.25,
          },
        ],
        total: { includingVat: 12.5, excludingVat: 10 },
      },
    })
    const reply = await api.get(`/${id}`)
    expect(reply.status).toBe(200)
    expect(reply.body.total).toEqual({ includingVat: 12.5, excludingVat: 10 })
    expect(mock.store.getOrder(id)?.id).toBe(id)
  })
})
