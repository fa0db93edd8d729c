import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { crc32 } from 'node:zlib'
import { describe, expect, it, vi } from 'vitest'
import type { Order } from '../../src/domain/types.ts'
import type { MockServer } from '../../src/server/index.ts'
import { snapshotFingerprint } from '../../src/server/snapshot-fingerprint.ts'
import { encodeJournalRecord, journalPathOf } from '../../src/server/state-journal.ts'
import {
  decodeEntryFields,
  encodeEntryFields,
  type OrderListQuery,
  orderEntryFields,
  storeInternals,
} from '../../src/store/index.ts'
import { call, demoHeaders } from './support/http.ts'
import { useStateServers } from './support/in-process.ts'

const orders = '/api/v0/checkout/orders'
const { file: inState, start, written } = useStateServers('snapshot-index')

const post = (server: MockServer, path: string, json: unknown = {}) =>
  call(`${server.url}${orders}${path}`, { method: 'POST', headers: demoHeaders(), json })

/** A state file of 300 demo orders and two paid ones, stopped cleanly (compacted). */
const writtenState = (name = 'state.json') => written(name, 300)

async function copyOf(file: string, name: string, edit?: (lines: string[]) => void) {
  const copy = inState(name)
  if (!edit) {
    await copyFile(file, copy)
    return copy
  }
  const lines = (await readFile(file, 'utf8')).split('\n')
  edit(lines)
  await writeFile(copy, lines.join('\n'))
  return copy
}

/** Line numbers (0-based) of the index's first entry, the orders' first line, the integrity record. */
function sections(lines: readonly string[]) {
  const orders = lines.indexOf('],"orders":[') + 1
  const integrity = lines.findIndex((line) => line.startsWith('],"integrity":'))
  return { index: 1, orders, integrity }
}

/** Writes the CRC-32 of the index lines again (after an edit of the index made on purpose). */
function fixIndexCrc(lines: string[]): void {
  const { orders, integrity } = sections(lines)
  const crc = crc32(`${lines.slice(1, orders - 1).join('\n')}\n`)
  lines[integrity] = (lines[integrity] as string).replace(
    /"indexCrc32":"[0-9a-f]{8}"/,
    `"indexCrc32":"${crc.toString(16).padStart(8, '0')}"`,
  )
}

const queries: Array<Partial<OrderListQuery>> = [
  {},
  { orderBy: 'cartTotal', direction: 'asc', offset: 5, limit: 7 },
  { orderBy: 'billingName', anyOf: { status: ['checkout'] } },
  { orderBy: 'billingEmail', direction: 'asc', anyOf: { countries: ['se', 'NO'] } },
  { search: 'a', limit: 50 },
  { dateFrom: '2025-01-01T00:00:00Z', dateTo: '2026-06-01T00:00:00Z' },
  { reference: 'p-1' },
]

/** What a store answers, compared between two loads. */
function observe(server: MockServer) {
  const internals = storeInternals(server.store)
  const tenant = server.tenant
  return {
    snapshot: server.store.snapshot(),
    pages: queries.map((query) => {
      const { orders: page, ...figures } = internals.queryOrders({
        ...tenant,
        orderBy: 'created',
        direction: 'desc',
        offset: 0,
        limit: 20,
        anyOf: {},
        ...query,
      })
      return { ids: page.map((order) => order.id), ...figures }
    }),
  }
}

describe('the snapshot index (decision 165)', () => {
  it('encodes and decodes the derived values of an order exactly', async () => {
    const { snapshot } = await writtenState()
    for (const order of snapshot.orders.slice(0, 50)) {
      const fields = orderEntryFields(order)
      expect(decodeEntryFields(encodeEntryFields(fields))).toEqual(fields)
    }
    const odd = orderEntryFields({ ...snapshot.orders[0], created: 'not a date' } as never)
    expect(Number.isNaN(decodeEntryFields(encodeEntryFields(odd)).createdMs)).toBe(true)
  })

  it('loads a snapshot this version wrote from its index, to the same store as a checked load', async () => {
    const { file, snapshot } = await writtenState()
    const text = await readFile(file, 'utf8')
    expect(text.split('\n')[0]).toContain(`"contract":"${snapshotFingerprint()}"`)
    // The same file with another fingerprint: loaded the slow way, every order checked.
    const slowFile = await copyOf(file, 'slow.json', (lines) => {
      lines[0] = (lines[0] as string).replace(/"contract":"[0-9a-f]+"/, '"contract":"00"')
    })
    const trusted = await start(await copyOf(file, 'trusted.json'))
    expect(trusted.persistence()).toMatchObject({
      snapshotLoad: 'trusted',
      trustedOrders: snapshot.orders.length,
    })
    expect(trusted.persistence()?.trustRefused).toBeUndefined()
    const slow = await start(slowFile)
    expect(slow.persistence()).toMatchObject({ snapshotLoad: 'checked', trustedOrders: 0 })
    expect(slow.persistence()?.trustRefused).toMatch(/another version \(fingerprint 00, this one/)
    expect(slow.banner()).toMatch(/index was not used, every order was checked: .*another version/)
    // Stored as written, the keys made tokens once it serves (decision 129).
    await vi.waitFor(() => expect(storeInternals(trusted.store).encodeDeferredText(0)).toBe(0))
    const seen = observe(trusted)
    expect(seen.snapshot).toEqual(snapshot)
    expect(seen).toEqual(observe(slow))
    expect(seen.pages.some((page) => page.totalSize > 20 && page.valueSum > 0)).toBe(true)
    // The same next ids, and the same stored text (GET answers byte for byte).
    const next = (await post(trusted, '', { reference: 'next' })).body.id
    expect((await post(slow, '', { reference: 'next' })).body.id).toBe(next)
    const id = snapshot.orders[7]?.id as string
    const get = (server: MockServer) =>
      fetch(`${server.url}${orders}/${id}`, { headers: demoHeaders() }).then((reply) =>
        reply.text(),
      )
    expect(await get(trusted)).toBe(await get(slow))
  })

  it('replays the journal on top of a trusted load, checked as before', async () => {
    const { file, snapshot } = await writtenState()
    const { journalSequence: seq } = JSON.parse(await readFile(file, 'utf8'))
    const [first, second] = snapshot.orders as [Order, Order]
    const middle = snapshot.orders[150] as Order
    const bad = await copyOf(file, 'bad.json')
    await writeFile(
      journalPathOf(bad),
      encodeJournalRecord({ seq: seq + 1, order: { ...first, total: 1 } as never }),
    )
    await expect(start(bad)).rejects.toThrow(/journal record 1 \(orders\/0\/total\) must be object/)
    await writeFile(
      journalPathOf(file),
      [
        encodeJournalRecord({ seq: seq + 1, order: { ...first, attributes: { changed: 1 } } }),
        encodeJournalRecord({ seq: seq + 2, deleted: second?.id as string }),
        encodeJournalRecord({ seq: seq + 3, order: { ...middle, reference: 'replaced' } }),
      ].join(''),
    )
    const server = await start(file)
    expect(server.persistence()).toMatchObject({
      snapshotLoad: 'trusted',
      trustedOrders: snapshot.orders.length - 3,
      replayed: 3,
    })
    expect(server.store.getOrder(first?.id as string)?.attributes).toEqual({ changed: 1 })
    expect(server.store.getOrder(middle.id as string)?.reference).toBe('replaced')
    // Replaced orders keep their place among the orders stored as they were.
    expect(server.store.listOrders().map((order) => order.id)).toEqual(
      snapshot.orders.map((order) => order.id).filter((id) => id !== second.id),
    )
    expect(server.store.getOrder(second?.id as string)).toBeUndefined()
  })

  it('checks every order of a hand-edited snapshot (its CRC differs), and loads it if it keeps the contract', async () => {
    const { file, snapshot } = await writtenState()
    const edited = await copyOf(file, 'edited.json', (lines) => {
      const at = sections(lines).orders + 3
      lines[at] = (lines[at] as string).replace(/"reference":"[^"]*"/, '"reference":"by-hand"')
    })
    const server = await start(edited)
    expect(server.persistence()).toMatchObject({ snapshotLoad: 'checked', trustedOrders: 0 })
    expect(server.persistence()?.trustRefused).toMatch(/the orders' CRC-32 differs/)
    expect(server.banner()).toMatch(/index was not used.*CRC-32 differs/)
    expect(server.store.getOrder(snapshot.orders[3]?.id as string)?.reference).toBe('by-hand')
    // The index entry still names the old reference: the checked load derived it again.
    const page = storeInternals(server.store).queryOrders({
      ...server.tenant,
      orderBy: 'created',
      direction: 'desc',
      offset: 0,
      limit: 5,
      anyOf: {},
      reference: 'by-hand',
    })
    expect(page.orders.map((order) => order.id)).toEqual([snapshot.orders[3]?.id])
  })

  it('falls back to the checked load when an index entry names another id, or entries are missing', async () => {
    const { file, snapshot } = await writtenState()
    const wrongId = await copyOf(file, 'wrong-id.json', (lines) => {
      lines[3] = (lines[3] as string).replace(/^\["[^"]*"/, '["o_someone_else"')
      fixIndexCrc(lines)
    })
    const server = await start(wrongId)
    expect(server.persistence()?.snapshotLoad).toBe('checked')
    expect(server.persistence()?.trustRefused).toMatch(
      /line \d+ \(orders\/2\) does not start with the id its index entry names/,
    )
    expect(server.store.snapshot()).toEqual(snapshot)

    const missing = await copyOf(file, 'missing.json', (lines) => {
      const { orders } = sections(lines)
      lines.splice(orders - 2, 1)
      lines[orders - 3] = (lines[orders - 3] as string).replace(/,$/, '')
      fixIndexCrc(lines)
    })
    const other = await start(missing)
    expect(other.persistence()?.snapshotLoad).toBe('checked')
    expect(other.persistence()?.trustRefused).toMatch(
      new RegExp(`\\(orders/${snapshot.orders.length - 1}\\) has no index entry`),
    )
    expect(other.store.snapshot()).toEqual(snapshot)
  })

  it('trusts an empty snapshot too', async () => {
    const file = inState('empty.json')
    const server = await start(file)
    const emptied = await call(`${server.url}/__admin/state`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      json: { orders: [], transactions: [] },
    })
    expect(emptied.status).toBe(200)
    await server.close()
    expect(await readFile(file, 'utf8')).toMatch(
      /"index":\[\n\],"orders":\[\n\],"integrity":\{"orders":0,"ordersCrc32":"00000000","indexCrc32":"00000000"/,
    )
    const again = await start(file)
    expect(again.persistence()).toMatchObject({ snapshotLoad: 'trusted', trustedOrders: 0 })
    expect(again.store.snapshot()).toEqual({ orders: [], transactions: [] })
  })

  it('names the line of a broken order after refusing the index', async () => {
    const { file } = await writtenState()
    const broken = await copyOf(file, 'broken.json', (lines) => {
      const at = sections(lines).orders + 4
      lines[at] = (lines[at] as string).replace(/"currency":"[^"]*"/, '"currency":7')
    })
    await expect(start(broken)).rejects.toThrow(
      /breaks the contract in 1 place:\n {2}- body\/orders\/4\/currency must be string/,
    )
  })
})
