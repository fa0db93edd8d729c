import { writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { runServe } from '../../src/cli/serve-command.ts'
import { type HarEntry, ordersFromHar } from '../../src/traffic/index.ts'
import { cli, recordContractRun, SECRET_TOKEN, TENANT } from './support/record-contract-run.ts'

/** Starts `serve` with `args`, runs `use` against its URL, then stops it. */
async function withServe(args: string[], use: (url: string, banner: string) => Promise<void>) {
  let stop: (signal: string) => void = () => {}
  const stopped = new Promise<string>((resolve) => {
    stop = resolve
  })
  const out: string[] = []
  const err: string[] = []
  let failure: unknown
  const running = runServe(
    args,
    {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text) },
    },
    async () => {
      const banner = out.join('')
      const url = /url: (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1] as string
      try {
        await use(url, banner)
      } catch (error) {
        failure = error
      }
      stop('SIGTERM')
      return stopped
    },
  )
  const code = await running
  if (failure) throw failure
  return { code, stdout: out.join(''), stderr: err.join('') }
}

describe('a HAR round trip: contract --record → check-traffic → serve --seed-from-har', () => {
  it('serves the orders the recorded run saw, with the same ids, in the recorded tenant', async () => {
    const { file, har, contract } = await recordContractRun()
    expect(contract.code).toBe(0)

    const checked = await cli(['check-traffic', file])
    expect(checked.stdout).toMatch(/ 0 failed, /)
    expect(checked.code).toBe(0)

    const { orders, refused } = ordersFromHar(har)
    expect(refused).toEqual([])
    expect(orders.length).toBeGreaterThan(5)
    const served = await withServe(
      ['--port', '0', '--quiet', '--seed-from-har', file],
      async (url, banner) => {
        expect(banner).toContain(
          `seeded from: ${file}: ${orders.length} orders in ${TENANT.merchant}/${TENANT.channel} (${orders.length})`,
        )
        expect(banner).toContain(`merchant: ${TENANT.merchant}`)
        for (const order of orders) {
          const response = await fetch(`${url}/checkout/order/api/v0/checkout/orders/${order.id}`, {
            headers: {
              authorization: 'Bearer any',
              'x-merchant': TENANT.merchant,
              'x-channel': TENANT.channel,
            },
          })
          expect(response.status, order.id).toBe(200)
          const body = (await response.json()) as { id: string; reference: string }
          expect(body.id).toBe(order.id)
          expect(body.reference).toBe(order.reference)
        }
        const list = await fetch(`${url}/api/v0/checkout/orders?limit=100`, {
          headers: {
            authorization: 'Bearer any',
            'x-merchant': TENANT.merchant,
            'x-channel': TENANT.channel,
          },
        })
        const ids = ((await list.json()) as { data: Array<{ id: string }> }).data.map(
          (order) => order.id,
        )
        expect(ids.sort()).toEqual(orders.map((order) => order.id).sort())
      },
    )
    expect(served.code).toBe(0)
    expect(served.stdout).not.toContain(SECRET_TOKEN)
  }, 180_000)

  it('keeps the newest version of each order, lists invalid ones and skips them, or refuses them with --strict', async () => {
    const { file, har } = await recordContractRun(['--only', 'happy checkout'])
    const reads = har.log.entries.filter(
      (entry) =>
        entry.request.method === 'GET' &&
        /\/orders\/o_\w+$/.test(entry.request.url) &&
        entry.response.status === 200,
    )
    const newest = reads.at(-1) as HarEntry
    const newestOrder = JSON.parse(newest.response.content.text as string)
    const { orders } = ordersFromHar(har)
    expect(orders.find((order) => order.id === newestOrder.id)?.state?.currentStatus).toBe(
      newestOrder.state.currentStatus,
    )

    // Break the newest read of that order: the seed lists it and starts without it.
    const broken = structuredClone(har)
    const index = har.log.entries.indexOf(newest)
    const entry = broken.log.entries[index] as HarEntry
    entry.response.content.text = JSON.stringify({ ...newestOrder, currency: 42 })
    const brokenFile = file.replace(/\.har$/, '-broken.har')
    await writeFile(brokenFile, JSON.stringify(broken))
    const lenient = await withServe(
      ['--port', '0', '--quiet', '--seed-from-har', brokenFile],
      async (url) => {
        const response = await fetch(`${url}/api/v0/checkout/orders/${newestOrder.id}`, {
          headers: {
            authorization: 'Bearer any',
            'x-merchant': TENANT.merchant,
            'x-channel': TENANT.channel,
          },
        })
        expect(response.status).toBe(404)
      },
    )
    expect(lenient.stdout).toContain(
      `skipped (break the contract): 1\n    - ${newestOrder.id} (entry ${index}): $.currency must be string, got 42`,
    )

    const strict = await cli(['serve', '--port', '0', '--seed-from-har', brokenFile, '--strict'])
    expect(strict.code).toBe(1)
    expect(strict.stderr).toMatch(
      /Failed to seed from .*-broken\.har: 1 order breaks the contract \(--strict\):\n {2}- o_\w+ \(entry \d+\): \$\.currency must be string, got 42/,
    )
  }, 180_000)

  it('refuses --strict without --seed-from-har, and both --seed-from-har and --fixtures', async () => {
    expect((await cli(['serve', '--strict'])).stderr).toMatch(/--strict applies to --seed-from-har/)
    expect((await cli(['serve', '--seed-from-har', 'a.har', '--fixtures', 'dir'])).stderr).toMatch(
      /--seed-from-har and --fixtures both give the start orders/,
    )
    expect((await cli(['serve', '--help'])).stdout).toContain('--seed-from-har <file.har>')
  })
})
