import type { Order } from '../domain/types.ts'
import type { Tenant } from './demo-data.ts'

/** The token the banner suggests when any non-empty token is accepted. */
export const DEMO_TOKEN = 'demo-token'

/** What the banner tells a new user. */
export interface BannerFacts {
  url: string
  tenant: Tenant
  /** The accepted tokens; empty when any non-empty token is accepted. */
  tokens: readonly string[]
  /** The stored orders, or (with the two counts) only the one the commands should name. */
  orders: readonly Order[]
  /** How many orders are stored, when `orders` is not all of them. */
  orderCount?: number
  /** How many of them are the tenant's, when `orders` is not all of them. */
  tenantOrderCount?: number
  stateFile: string | undefined
  /** The admin API needs a bearer token (`--admin-token`). */
  adminToken?: boolean
  /** Lines naming where the start orders came from (`--seed-from-har`). */
  seed?: readonly string[]
  /** Lines on how the state file was recovered (journal replayed, a torn record ignored). */
  state?: readonly string[]
}

/**
 * The start banner: where the server is, the demo merchant, channel and a token, and three
 * curl commands that work as pasted (list, read one order, create one).
 *
 * @example
 * process.stdout.write(formatBanner(server.bannerFacts()))
 */
export function formatBanner({
  url,
  tenant,
  tokens,
  orders,
  orderCount,
  tenantOrderCount,
  stateFile,
  adminToken,
  seed,
  state,
}: BannerFacts): string {
  const token = tokens[0] ?? DEMO_TOKEN
  const mine = orders.filter(
    (order) => order.merchant === tenant.merchant && order.channel === tenant.channel,
  )
  const sample = mine.find((order) => order.state?.currentStatus === 'checkout') ?? mine[0]
  const headers = [
    `-H ${quote(`authorization: Bearer ${token}`)}`,
    `-H ${quote(`x-merchant: ${tenant.merchant}`)}`,
    `-H ${quote(`x-channel: ${tenant.channel}`)}`,
  ].join(' ')
  const create = JSON.stringify({
    culture: sample?.culture ?? 'sv-SE',
    currency: sample?.currency ?? 'SEK',
    country: sample?.country ?? 'SE',
  })
  const commands = [
    `curl -s ${quote(`${url}/api/v0/checkout/orders?limit=3`)} ${headers}`,
    sample
      ? `curl -s ${url}/checkout/order/api/v0/checkout/orders/${sample.id} ${headers}`
      : `curl -s ${url}/__admin/health`,
    `curl -s -X POST ${url}/api/v0/checkout/orders ${headers} -H 'content-type: application/json' -d ${quote(create)}`,
  ]
  const lines = [
    'norce-checkout-mock: the Norce Checkout Order API, stateful and seeded',
    '',
    `  url: ${url}  (also under /checkout/order, as on Norce)`,
    `  merchant: ${tenant.merchant}`,
    `  channel: ${tenant.channel}`,
    `  token: ${token}  (${tokens.length > 0 ? `accepted tokens: ${tokens.join(', ')}` : 'any non-empty bearer token is accepted'})`,
    `  orders: ${orderCount ?? orders.length} stored, ${tenantOrderCount ?? mine.length} in this channel`,
    ...(seed ?? []),
    `  state file: ${stateFile ?? 'none (changes last until the server stops; --state <file> keeps them)'}`,
    ...(state ?? []),
    `  admin: ${url}/__admin  (health, reset, state export/import, request journal${adminToken ? '; needs the --admin-token bearer token' : ''})`,
    '',
    'Try:',
    ...commands.map((command) => `  ${command}`),
    '',
    'Stop with Ctrl+C.',
    '',
  ]
  return `${lines.join('\n')}\n`
}

/** Single-quotes a shell word (the banner's commands are pasted into sh, bash or zsh). */
function quote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`
}
