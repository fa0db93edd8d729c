import { describe, expect, it } from 'vitest'
import { ORDER_STATUSES } from '../../src/domain/order-status.ts'
import { createFactories, toV1, toV1Order } from '../../src/factories/index.ts'
import { getOrderApiValidator } from '../../src/validation/index.ts'

const v1 = getOrderApiValidator('v1')

describe('v1-shaped factory data', () => {
  it('turns built orders of every status into orders valid against order-v1.yaml, for 100 seeds', () => {
    const problems: string[] = []
    for (let seed = 1; seed <= 100; seed++) {
      const { buildOrder } = createFactories({ seed })
      for (const currentStatus of ORDER_STATUSES) {
        const order = toV1Order(buildOrder({ state: { currentStatus } }))
        for (const violation of v1.validateSchema('Order', order))
          problems.push(`seed ${seed} ${currentStatus}: ${violation.location} ${violation.message}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('leaves out what v1 lacks and keeps what it declares', () => {
    const { buildOrder, buildPayment } = createFactories({ seed: 7 })
    const order = buildOrder({ state: { currentStatus: 'accepted' } })
    const shaped = toV1Order(order)
    expect(shaped.id).toBe(order.id)
    expect(shaped.cart?.items?.length).toBe(order.cart?.items?.length)
    expect(shaped.payments?.[0]).not.toHaveProperty('merchant')
    expect(shaped.cart?.items?.[0]).not.toHaveProperty('logistics')

    const payment = toV1('Payment', buildPayment())
    expect(payment).not.toHaveProperty('merchant')
    expect(payment).not.toHaveProperty('channel')
    expect(v1.validateSchema('Payment', payment)).toEqual([])
  })
})
