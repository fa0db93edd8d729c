import { Faker, sv } from '@faker-js/faker'
import { ORDER_STATUSES } from '../src/domain/order-status.ts'
import type { Order } from '../src/domain/types.ts'
import { createFactories } from '../src/factories/index.ts'
import { getOrderApiValidator } from '../src/validation/index.ts'
import { type BenchResult, formatRate, measure } from './measure.ts'

/** Orders built per second, each checked against the contract, next to a plain Faker order. */
export async function benchFactories(): Promise<BenchResult[]> {
  const { validateSchema } = getOrderApiValidator()
  const { buildOrder } = createFactories({ seed: 1 })
  let status = 0
  const next = () =>
    buildOrder({ state: { currentStatus: ORDER_STATUSES[status++ % ORDER_STATUSES.length] } })

  const built = measure('factories: buildOrder (all statuses)', next)
  const checked = measure('factories: buildOrder + validate against openapi/', () => {
    const order: Order = next()
    if (validateSchema('Order', order).length > 0) throw new Error(`invalid order ${order.id}`)
  })
  const faker = new Faker({ locale: [sv] })
  faker.seed(1)
  const plain = measure('baseline: plain Faker order, no rules, no validation', () => ({
    id: faker.string.alpha(26),
    customer: {
      givenName: faker.person.firstName(),
      familyName: faker.person.lastName(),
      street: faker.location.streetAddress(),
      city: faker.location.city(),
    },
    items: Array.from({ length: 3 }, () => ({
      name: faker.commerce.productName(),
      price: faker.number.float({ min: 1, max: 999, fractionDigits: 2 }),
      quantity: faker.number.int({ min: 1, max: 3 }),
    })),
  }))
  const results = [built, checked, plain]
  for (const result of results) console.log(formatRate(result))
  console.log(
    `  ratio spec-valid / plain Faker: ${(checked.perSecond / plain.perSecond).toFixed(2)}×  (goal: ≥ 20,000 spec-valid orders/s)`,
  )
  return results
}
