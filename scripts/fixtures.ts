import { ORDER_STATUSES } from '../src/domain/order-status.ts'
import type { Order } from '../src/domain/types.ts'
import { createFactories, MARKET_CODES } from '../src/factories/index.ts'

export const FIXTURES_DIR = new URL('../fixtures/', import.meta.url)
export const FIXTURE_SEED = 20_260_112

/** The demo tenant: the merchant and channel the standalone server's banner shows. */
export const DEMO_TENANT = { merchant: 'thingsandstuff', channel: 'thingsandstuff-se' } as const

/**
 * The committed fixture set, by file name: two orders per status for the demo channel
 * (Sweden), one per status for every other market, and carts, notifications, hooks and
 * validations. Rendered from a fixed seed and reference date, so it is byte-identical.
 */
export function renderFixtures(): Record<string, string> {
  const factories = createFactories({ seed: FIXTURE_SEED, merchant: DEMO_TENANT.merchant })
  const orders: Order[] = []
  for (const market of MARKET_CODES) {
    const perStatus = market === 'SE' ? 2 : 1
    for (const status of ORDER_STATUSES) {
      for (let copy = 0; copy < perStatus; copy++) {
        orders.push(factories.buildOrder({ country: market, state: { currentStatus: status } }))
      }
    }
  }
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
  return {
    'orders.json': json(orders),
    'carts.json': json(Array.from({ length: 5 }, () => factories.buildCart())),
    'notifications.json': json([
      factories.buildNotification(),
      factories.buildNotification({
        scope: '/payments',
        schema: {},
        description: 'Any payment change.',
      }),
    ]),
    'hooks.json': json([
      factories.buildHook({ subscribeTo: '/state' }),
      factories.buildHook({ subscribeTo: '/cart' }),
    ]),
    'validations.json': json([
      factories.buildValidation(),
      factories.buildValidation({ adapterId: 'onhand_verify' }),
    ]),
  }
}
