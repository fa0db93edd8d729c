import { Faker, sv } from '@faker-js/faker'
import { ORDER_STATUSES } from '../src/domain/order-status.ts'
import type { Order } from '../src/domain/types.ts'
import { createFactories } from '../src/factories/index.ts'
import { getOrderApiValidator } from '../src/validation/index.ts'
import { type BenchResult, formatRate, measure } from './measure.ts'

/**
 * Rounds per line, run interleaved (one round of each line in turn): on a shared machine a
 * burst of other work then slows one round of every line instead of all of one line, and
 * the median round is reported next to the slowest and fastest.
 */
const ROUNDS = 5
const ROUND_SECONDS = 0.8

/** Orders built per second, each checked against the contract, next to a plain Faker order. */
export async function benchFactories(): Promise<BenchResult[]> {
  const { validateSchema } = getOrderApiValidator()
  const { buildOrder } = createFactories({ seed: 1 })
  let status = 0
  const next = () =>
    buildOrder({
      state: { currentStatus: ORDER_STATUSES[status++ % ORDER_STATUSES.length] ?? 'checkout' },
    })

  const faker = new Faker({ locale: [sv] })
  faker.seed(1)
  const lines: Array<[name: string, task: () => unknown]> = [
    ['factories: buildOrder (all statuses)', next],
    [
      'factories: buildOrder + validate against openapi/',
      () => {
        const order: Order = next()
        if (validateSchema('Order', order).length > 0) throw new Error(`invalid order ${order.id}`)
      },
    ],
    [
      'baseline: plain Faker order, no rules, no validation',
      () => ({
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
      }),
    ],
  ]

  const rounds: BenchResult[][] = lines.map(() => [])
  for (let round = 0; round < ROUNDS; round++) {
    lines.forEach(([name, task], index) => {
      rounds[index]?.push(measure(name, task, ROUND_SECONDS))
    })
  }
  console.log(
    `  (median of ${ROUNDS} interleaved rounds of ${ROUND_SECONDS} s each; range: slowest–fastest round)`,
  )
  const results = rounds.map((measured) => {
    const sorted = measured.toSorted((a, b) => a.perSecond - b.perSecond)
    const median = sorted[Math.floor(sorted.length / 2)] as BenchResult
    const range = [sorted[0], sorted.at(-1)]
      .map((result) => Math.round(result?.perSecond ?? 0).toLocaleString('en-US'))
      .join('–')
    console.log(`${formatRate(median)}  range ${range}`)
    return median
  })
  const [, checked, plain] = results as [BenchResult, BenchResult, BenchResult]
  console.log(
    `  ratio spec-valid / plain Faker: ${(checked.perSecond / plain.perSecond).toFixed(2)}×  (goal: ≥ 20,000 spec-valid orders/s)`,
  )
  return results
}
