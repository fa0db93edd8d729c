import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Order } from '../domain/types.ts'

/** A merchant and channel pair: who an order belongs to. */
export interface Tenant {
  merchant: string
  channel: string
}

/** The demo tenant of the committed fixtures: the banner's merchant and channel. */
export const DEMO_TENANT: Tenant = Object.freeze({
  merchant: 'thingsandstuff',
  channel: 'thingsandstuff-se',
})

/**
 * The committed fixtures. `dist/` does not hold them, so they are found from the package
 * root: this resolves the same from `src/server/*.ts` and `dist/server/*.js`.
 */
const COMMITTED_FIXTURES = new URL('../../fixtures/orders.json', import.meta.url)

/**
 * The start orders: the committed fixtures, `orders.json` of a directory, or a given list.
 *
 * @example
 * const orders = await loadFixtureOrders() // 30 orders, 12 of them in thingsandstuff-se
 * const mine = await loadFixtureOrders('./my-fixtures') // ./my-fixtures/orders.json
 */
export async function loadFixtureOrders(source?: string | readonly Order[]): Promise<Order[]> {
  if (Array.isArray(source)) return source as Order[]
  const path =
    source === undefined ? fileURLToPath(COMMITTED_FIXTURES) : join(source as string, 'orders.json')
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new Error(
      `Failed to load fixtures from ${path}: ${(error as Error).message}. Hint: --fixtures takes a directory that holds orders.json (an array of orders).`,
    )
  }
  let orders: unknown
  try {
    orders = JSON.parse(text)
  } catch (error) {
    throw new Error(
      `Failed to load fixtures from ${path}: it is not valid JSON (${(error as Error).message}). Hint: regenerate it, or fix the file.`,
    )
  }
  if (!Array.isArray(orders)) {
    throw new Error(
      `Failed to load fixtures from ${path}: it must hold an array of orders. Hint: see fixtures/orders.json for the shape.`,
    )
  }
  return orders as Order[]
}

/**
 * The tenant holding the most orders (of a tie, the one whose first order comes first), or
 * the demo tenant when there are none: what the banner suggests and where `--orders` puts
 * its extra orders.
 *
 * @example
 * findDemoTenant(await loadFixtureOrders()) // { merchant: 'thingsandstuff', channel: 'thingsandstuff-se' }
 */
export function findDemoTenant(orders: Iterable<Tenant>): Tenant {
  const counts = new Map<string, Tenant & { count: number }>()
  for (const { merchant, channel } of orders) {
    const key = `${merchant}\u0000${channel}`
    const entry = counts.get(key)
    if (entry) entry.count++
    else counts.set(key, { merchant, channel, count: 1 })
  }
  return busiestTenant(counts.values())
}

/**
 * Of tenants and their order counts (in the order of their first order), the one holding the
 * most (the first of a tie), or the demo tenant when there are none: `findDemoTenant` of a
 * store, from its indexes rather than from every order.
 *
 * @example
 * busiestTenant(storeInternals(store).tenantCounts()) // { merchant: 'thingsandstuff', channel: 'thingsandstuff-se' }
 */
export function busiestTenant(counts: Iterable<Tenant & { count: number }>): Tenant {
  let best: (Tenant & { count: number }) | undefined
  for (const entry of counts) if (!best || entry.count > best.count) best = entry
  return best ? { merchant: best.merchant, channel: best.channel } : DEMO_TENANT
}
