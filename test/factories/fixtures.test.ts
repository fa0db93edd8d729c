import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { FIXTURES_DIR, renderFixtures } from '../../scripts/fixtures.ts'
import { ORDER_STATUSES } from '../../src/domain/order-status.ts'
import type { Order } from '../../src/domain/types.ts'
import { MARKET_CODES, MARKETS } from '../../src/factories/index.ts'
import { getOrderApiValidator } from '../../src/validation/index.ts'
import { brokenOrderRules } from './consistency-rules.ts'

const SCHEMA_OF: Record<string, string> = {
  'orders.json': 'Order',
  'carts.json': 'Cart',
  'notifications.json': 'Notification',
  'hooks.json': 'Hook',
  'validations.json': 'Callback',
}

describe('fixtures/', () => {
  const rendered = renderFixtures()

  it('is what `npm run fixtures` writes, byte for byte', async () => {
    for (const [name, text] of Object.entries(rendered)) {
      const committed = await readFile(new URL(name, FIXTURES_DIR), 'utf8')
      expect(committed === text, `fixtures/${name} is stale: run \`npm run fixtures\``).toBe(true)
    }
  })

  it('holds spec-valid, consistent data only', () => {
    const { validateSchema } = getOrderApiValidator()
    for (const [name, text] of Object.entries(rendered)) {
      for (const [index, value] of (JSON.parse(text) as unknown[]).entries()) {
        expect(validateSchema(SCHEMA_OF[name] ?? '', value), `${name}[${index}]`).toEqual([])
      }
    }
    for (const order of JSON.parse(rendered['orders.json'] ?? '[]') as Order[]) {
      expect(brokenOrderRules(order), order.id).toEqual([])
    }
  })

  it('has at least one order per status and per market', () => {
    const orders = JSON.parse(rendered['orders.json'] ?? '[]') as Order[]
    for (const code of MARKET_CODES) {
      for (const status of ORDER_STATUSES) {
        expect(
          orders.some(
            (order) =>
              order.country === MARKETS[code].country && order.state?.currentStatus === status,
          ),
          `${code} ${status}`,
        ).toBe(true)
      }
    }
  })
})
