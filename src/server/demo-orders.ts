import { ORDER_STATUSES } from '../domain/order-status.ts'
import type { Order } from '../domain/types.ts'
import type { OrderRecipe } from '../store/index.ts'
// Not the store's index: a worker deriving list values loads the factories and this, not the
// store or the contract's validators (decision 175).
import { type OrderEntryFields, orderEntryFields } from '../store/order-entry.ts'
import type { OpenApiValidator } from '../validation/index.ts'
import type { Tenant } from './demo-data.ts'

/** Orders per chunk of `--orders`: what a worker thread derives per message, and stores at once. */
export const DEMO_CHUNK_SIZE = 1_000

/**
 * Random draws each order has to itself (see `orderSeed`): an order takes ~330 of them.
 * 2^12 per order and 2^20 orders fill mulberry32's 2^32 states exactly once.
 */
const DRAWS_PER_ORDER = 1 << 12

/** The most `--orders` one start builds (the command line allows 1,000,000). */
const MAX_DEMO_ORDERS = 1 << 20

/** What every order of one `--orders` build shares. */
export interface DemoOrderPlan {
  seed: number
  count: number
  tenant: Tenant
  /**
   * Test only: the index of an order made to break the contract after it is built (its
   * status is not one the contract knows), to prove a read of it fails, naming the rule.
   */
  breakOrderAt?: number | undefined
}

/** How many chunks `count` orders take. */
export function chunkCount(count: number): number {
  return Math.ceil(Math.max(0, count) / DEMO_CHUNK_SIZE)
}

/**
 * What a worker thread derives of the `--orders` demo orders of a plan: each order built from
 * its own seed (`orderSeed`), so any one of them can be built alone, in any thread, at any
 * time, and is the same every time (decisions 173, 175).
 */
export interface DemoOrderFields {
  /** The list values of the orders of chunk `chunk` (orders `chunk * DEMO_CHUNK_SIZE` on). */
  chunkFields(chunk: number): OrderEntryFields[]
}

/** The `--orders` demo orders of a plan: their list values, and each order itself. */
export interface DemoOrders extends DemoOrderFields {
  /**
   * The JSON of order `index`, checked against the contract. Throws, naming the order and
   * the rules, if it breaks the contract (a bug of the factories).
   */
  json(index: number): string
  /** What the store keeps of order `index` until it is first read: its list values, its recipe. */
  recipe(index: number): OrderRecipe
}

/**
 * Loads the factories (and Faker's locale data) and the contract's validators, and gives the
 * plan's demo orders.
 *
 * @example
 * const demo = await loadDemoOrders({ seed: 1, count: 5_000, tenant: DEMO_TENANT })
 * const fields = demo.chunkFields(0) // list values of orders 1 to 1,000
 * JSON.parse(demo.json(0)).id === fields[0].id // true
 */
export async function loadDemoOrders(plan: DemoOrderPlan): Promise<DemoOrders> {
  const [build, { getOrderApiValidator }] = await Promise.all([
    loadOrderBuilder(plan),
    import('../validation/index.ts'),
  ])
  const validator = getOrderApiValidator()
  const demo: DemoOrders = {
    chunkFields: (chunk) => chunkFields(plan.count, chunk, build),
    json(index) {
      const order = build(index)
      check(validator, order, index)
      return JSON.stringify(order)
    },
    recipe: (index) => new DemoOrderRecipe(demo, index),
  }
  return demo
}

/**
 * Loads the factories (and Faker's locale data) only: what a worker deriving the list values
 * needs.
 *
 * @example
 * const demo = await loadDemoOrderFields({ seed: 1, count: 5_000, tenant: DEMO_TENANT })
 * demo.chunkFields(4) // list values of orders 4,001 to 5,000
 */
export async function loadDemoOrderFields(plan: DemoOrderPlan): Promise<DemoOrderFields> {
  const build = await loadOrderBuilder(plan)
  return { chunkFields: (chunk) => chunkFields(plan.count, chunk, build) }
}

function chunkFields(
  count: number,
  chunk: number,
  build: (index: number) => Order,
): OrderEntryFields[] {
  const end = Math.min(count, (chunk + 1) * DEMO_CHUNK_SIZE)
  const fields: OrderEntryFields[] = []
  for (let index = chunk * DEMO_CHUNK_SIZE; index < end; index++)
    fields.push(orderEntryFields(build(index)))
  return fields
}

/** Builds order `index` of the plan from its own seed (one set of factories, reseeded). */
async function loadOrderBuilder(plan: DemoOrderPlan): Promise<(index: number) => Order> {
  const { createFactories, MARKET_CODES } = await import('../factories/index.ts')
  const { tenant, count } = plan
  if (count > MAX_DEMO_ORDERS)
    throw new Error(
      `Failed to build the --orders demo data: at most ${MAX_DEMO_ORDERS} orders (asked for ${count}).`,
    )
  const suffix = tenant.channel.slice(-2).toUpperCase()
  const locale = (MARKET_CODES as readonly string[]).includes(suffix) ? suffix : undefined
  const base = factorySeed(plan.seed)
  const factories = createFactories({
    seed: base,
    merchant: tenant.merchant,
    channel: tenant.channel,
    ...(locale && { locale }),
  })
  return (index) => {
    factories.seed(orderSeed(base, index))
    const currentStatus = ORDER_STATUSES[index % ORDER_STATUSES.length] ?? 'checkout'
    const order = factories.buildOrder({ state: { currentStatus } })
    if (index === plan.breakOrderAt)
      (order.state as { currentStatus: string }).currentStatus = 'broken'
    return order
  }
}

/** An order of `--orders` not built yet: 40 bytes beside its list values (two fields). */
class DemoOrderRecipe implements OrderRecipe {
  readonly #demo: DemoOrders
  readonly #index: number
  constructor(demo: DemoOrders, index: number) {
    this.#demo = demo
    this.#index = index
  }
  build(): string {
    return this.#demo.json(this.#index)
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
    `Failed to build an --orders demo order on its first read: order ${index + 1} (${order.id}) breaks the contract: ${listed.join('; ')}${violations.length > 5 ? ` (and ${violations.length - 5} more)` : ''}. Hint: this is a bug of the factories; report it with the --seed and --orders given.`,
  )
}

/** The factories' seed: different from the store's, which draws ids from the same generator. */
function factorySeed(seed: number): number {
  return (Math.imul(seed ^ 0x5eed, 0x9e3779b1) ^ 0x2545f491) >>> 0
}

/**
 * The seed of order `index`: the factories' random source (mulberry32) adds 0x6d2b79f5 to its
 * state per draw, so the seed `index * 2^12` draws further on starts a window of 4,096 draws
 * no other order reaches (an order draws ~330): the orders' streams never overlap, and their
 * ids never repeat each other (decision 175).
 */
export function orderSeed(base: number, index: number): number {
  const stride = Math.imul(0x6d2b79f5, DRAWS_PER_ORDER)
  return (base + Math.imul(stride, index)) >>> 0
}

/** What a worker deriving chunks answers for one chunk (see `demo-orders-worker.ts`). */
export type DemoChunkReply =
  | { chunk: number; fields: OrderEntryFields[] }
  | { chunk: number; error: string }

/** What a worker posts: that it has loaded and takes chunks, then a reply per chunk. */
export type DemoWorkerMessage = { ready: true } | DemoChunkReply
