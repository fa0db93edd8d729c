import { ORDER_STATUSES } from '../domain/order-status.ts'
import type { Order } from '../domain/types.ts'
import type { PreparedOrder } from '../store/index.ts'
import { orderEntryFields } from '../store/order-entry.ts'
import { getOrderApiValidator, type OpenApiValidator } from '../validation/index.ts'
import type { Tenant } from './demo-data.ts'

/**
 * Orders per chunk of `--orders`: each chunk is built from its own seed (decision 173), so a
 * chunk is the same whichever thread builds it, and chunks can be built in parallel.
 */
export const DEMO_CHUNK_SIZE = 1_000

/**
 * Chunks whose random streams never overlap (see `chunkSeed`): 1,024 chunks, so `--orders`
 * takes at most 1,024,000 orders (the command line allows 1,000,000).
 */
const CHUNK_SLOTS = 1_024

/** The most `--orders` one start builds. */
export const MAX_DEMO_ORDERS = DEMO_CHUNK_SIZE * CHUNK_SLOTS

/** What every chunk of one `--orders` build shares. */
export interface DemoOrderPlan {
  seed: number
  count: number
  tenant: Tenant
  /**
   * Test only: the index of an order made to break the contract after it is built (its
   * status is not one the contract knows), to prove a failed check stops the start.
   */
  breakOrderAt?: number | undefined
}

/** How many chunks `count` orders take. */
export function chunkCount(count: number): number {
  return Math.ceil(Math.max(0, count) / DEMO_CHUNK_SIZE)
}

/**
 * Builds one chunk of `--orders` (orders `chunk * DEMO_CHUNK_SIZE` on), each checked against
 * the contract, serialised and derived for the store (`PreparedOrder`), handing them to
 * `emit` `batchSize` at a time. Throws, naming the order and the rule, when one breaks the
 * contract. The same plan and chunk give the same orders in any thread, in any batch size.
 * The factories (and Faker's locale data) load only when asked for.
 *
 * @example
 * const build = await loadDemoChunkBuilder({ seed: 1, count: 5_000, tenant: DEMO_TENANT })
 * build(0, (batch) => storeInternals(store).insertPrepared(batch)) // orders 1 to 1,000
 */
export async function loadDemoChunkBuilder(
  plan: DemoOrderPlan,
): Promise<(chunk: number, emit: (batch: PreparedOrder[]) => void, batchSize?: number) => void> {
  const { createFactories, MARKET_CODES } = await import('../factories/index.ts')
  const validator = getOrderApiValidator()
  const { tenant, count } = plan
  const suffix = tenant.channel.slice(-2).toUpperCase()
  const locale = (MARKET_CODES as readonly string[]).includes(suffix) ? suffix : undefined
  const base = factorySeed(plan.seed)
  return (chunk, emit, batchSize = DEMO_CHUNK_SIZE) => {
    const { buildOrder } = createFactories({
      seed: chunkSeed(base, chunk),
      merchant: tenant.merchant,
      channel: tenant.channel,
      ...(locale && { locale }),
    })
    const end = Math.min(count, (chunk + 1) * DEMO_CHUNK_SIZE)
    let batch: PreparedOrder[] = []
    for (let index = chunk * DEMO_CHUNK_SIZE; index < end; index++) {
      const currentStatus = ORDER_STATUSES[index % ORDER_STATUSES.length] ?? 'checkout'
      const order = buildOrder({ state: { currentStatus } })
      if (index === plan.breakOrderAt)
        (order.state as { currentStatus: string }).currentStatus = 'broken'
      check(validator, order, index)
      batch.push({ fields: orderEntryFields(order), json: JSON.stringify(order) })
      if (batch.length === batchSize || index === end - 1) {
        emit(batch)
        batch = []
      }
    }
  }
}

/** Refuses an order the contract refuses, naming it and the first few rules it breaks. */
function check(validator: OpenApiValidator, order: Order, index: number): void {
  const violations = validator.validateSchema('Order', order)
  if (violations.length === 0) return
  const listed = violations
    .slice(0, 5)
    .map((violation) => `Order${violation.location.replace(/^body/, '')} ${violation.message}`)
  throw new Error(
    `Failed to build the --orders demo data: order ${index + 1} (${order.id}) breaks the contract: ${listed.join('; ')}${violations.length > 5 ? ` (and ${violations.length - 5} more)` : ''}. Hint: this is a bug of the factories; report it with the --seed and --orders given.`,
  )
}

/** The factories' seed: different from the store's, which draws ids from the same generator. */
function factorySeed(seed: number): number {
  return (Math.imul(seed ^ 0x5eed, 0x9e3779b1) ^ 0x2545f491) >>> 0
}

/**
 * The seed of chunk `chunk`: the factories' random source (mulberry32) adds 0x6d2b79f5 to
 * its state per draw, so a seed `chunk * 2^22` draws further on starts a window of 4,194,304
 * draws no other chunk reaches (a chunk of 1,000 orders draws ~330,000): the chunks' streams
 * never overlap, and their ids never repeat each other (decision 173).
 */
function chunkSeed(base: number, chunk: number): number {
  if (chunk >= CHUNK_SLOTS)
    throw new Error(
      `Failed to build the --orders demo data: at most ${MAX_DEMO_ORDERS} orders (asked for chunk ${chunk + 1}).`,
    )
  const stride = Math.imul(0x6d2b79f5, 1 << 22)
  return (base + Math.imul(stride, chunk)) >>> 0
}

/** What a worker building chunks answers for one chunk (see `demo-orders-worker.ts`). */
export type DemoChunkReply =
  | { chunk: number; orders: PreparedOrder[] }
  | { chunk: number; error: string }
