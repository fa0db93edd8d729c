import { readFile } from 'node:fs/promises'
import type { Order } from '../domain/types.ts'
import { ordersFromHar, parseHar, type RefusedOrder, toJsonPath } from '../traffic/index.ts'

/** What `serve --seed-from-har` loaded, for the banner. */
export interface HarSeed {
  file: string
  orders: Order[]
  refused: RefusedOrder[]
  tenants: Record<string, number>
}

/**
 * Reads the start orders from a HAR: the newest version of every order its responses
 * showed, tenants from the request headers, each checked against the contract. Invalid
 * orders are listed and skipped, or, with `strict`, refuse the start.
 *
 * @example
 * const seed = await loadHarSeed('run.har', { strict: false })
 * await startMockServer({ fixtures: seed.orders })
 */
export async function loadHarSeed(file: string, { strict }: { strict: boolean }): Promise<HarSeed> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new Error(
      `Failed to seed from ${file}: ${(error as Error).message}. Hint: --seed-from-har takes a .har file (browser export, Playwright recordHar, contract --record).`,
    )
  }
  const { orders, refused, tenants } = ordersFromHar(parseHar(text, file))
  if (strict && refused.length > 0) {
    throw new Error(
      `Failed to seed from ${file}: ${refused.length} order${refused.length === 1 ? ' breaks' : 's break'} the contract (--strict):${describeRefused(refused)}\nHint: drop --strict to start with the valid orders only.`,
    )
  }
  return { file, orders, refused, tenants }
}

/** The banner's lines about a HAR seed. */
export function describeHarSeed(seed: HarSeed): string[] {
  const tenants = Object.entries(seed.tenants)
    .map(([tenant, count]) => `${tenant} (${count})`)
    .join(', ')
  const lines = [
    `  seeded from: ${seed.file}: ${seed.orders.length} order${seed.orders.length === 1 ? '' : 's'}${tenants ? ` in ${tenants}` : ''}`,
  ]
  if (seed.refused.length > 0)
    lines.push(
      `  skipped (break the contract): ${seed.refused.length}${describeRefused(seed.refused, '    ')}`,
    )
  return lines
}

function describeRefused(refused: readonly RefusedOrder[], indent = '  '): string {
  const listed = refused
    .slice(0, 10)
    .map(({ id, entry, violations }) => {
      const first = violations[0]
      const more = violations.length > 1 ? ` (and ${violations.length - 1} more)` : ''
      return `\n${indent}- ${id} (entry ${entry}): ${first ? `${toJsonPath(first.location)} ${first.message}` : ''}${more}`
    })
    .join('')
  return `${listed}${refused.length > 10 ? `\n${indent}(and ${refused.length - 10} more)` : ''}`
}
