import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { MockServer } from '../../src/server/index.ts'
import { encodeJournalRecord, journalPathOf } from '../../src/server/state-journal.ts'
import { hasLinesLayout } from '../../src/server/state-lines.ts'
import { recoverState } from '../../src/server/state-recovery.ts'
import type { StoreSnapshot } from '../../src/store/index.ts'
import { call, demoHeaders } from './support/http.ts'
import { useStateServers } from './support/in-process.ts'

const orders = '/api/v0/checkout/orders'
const { file: inState, start, written } = useStateServers('lines')

const post = (server: MockServer, path: string, json: unknown = {}) =>
  call(`${server.url}${orders}${path}`, { method: 'POST', headers: demoHeaders(), json })

/** A state file of 6 demo orders and two paid ones, stopped cleanly (compacted). */
const writtenState = (name = 'state.json') => written(name, 6)

/** The index of the first order line (after the index, decision 165). */
function ordersStart(lines: readonly string[]): number {
  return lines.indexOf('],"orders":[') + 1
}

/** A snapshot of decision 165 as decision 128 wrote it: no index, no integrity record. */
function withoutIndex(text: string): string {
  const lines = text.split('\n')
  const first = ordersStart(lines)
  const sequence = /"journalSequence":(\d+)/.exec(lines[0] as string)?.[1]
  return [
    `{"journalSequence":${sequence},"orders":[`,
    ...lines
      .slice(first)
      .map((line) => (line.startsWith('],"integrity":') ? '],"transactions":[' : line)),
  ].join('\n')
}

describe('the state file line layout (decisions 128, 165)', () => {
  it('writes one order and one transaction per line, after an index, still one JSON document that imports', async () => {
    const { file, snapshot } = await writtenState()
    const text = await readFile(file, 'utf8')
    const lines = text.split('\n')
    expect(lines[0]).toMatch(/^\{"journalSequence":\d+,"contract":"[0-9a-f]{32}","index":\[$/)
    const first = ordersStart(lines)
    expect(first).toBe(snapshot.orders.length + 2)
    const integrity = lines.findIndex((line) => line.startsWith('],"integrity":'))
    expect(integrity).toBe(first + snapshot.orders.length)
    expect(lines[integrity]).toMatch(/,"transactions":\[$/)
    expect(lines.slice(first, integrity).map((line) => JSON.parse(line.replace(/,$/, '')))).toEqual(
      snapshot.orders,
    )
    expect(lines.slice(integrity + 1, -2)).toHaveLength(snapshot.transactions.length)
    expect(lines.slice(-2)).toEqual([']}', ''])
    expect(await hasLinesLayout(file)).toBe(true)
    const { journalSequence: _, contract, index, integrity: record, ...document } = JSON.parse(text)
    expect(index).toHaveLength(snapshot.orders.length)
    expect(record).toMatchObject({ orders: snapshot.orders.length, contract })
    expect(document).toEqual(snapshot)
    const server = await start(inState('other.json'))
    const imported = await call(`${server.url}/__admin/state`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      json: document,
    })
    expect(imported.status).toBe(200)
    expect(server.store.snapshot()).toEqual(snapshot)
  })

  it('still loads the layout without an index (decision 128), checking every order', async () => {
    const { file, snapshot } = await writtenState()
    const old = inState('old.json')
    await writeFile(old, withoutIndex(await readFile(file, 'utf8')))
    expect(await hasLinesLayout(old)).toBe(true)
    const server = await start(old)
    expect(server.store.snapshot()).toEqual(snapshot)
    expect(server.persistence()).toMatchObject({ snapshotLoad: 'checked', trustedOrders: 0 })
    expect(server.persistence()?.trustRefused).toBeUndefined()
    // A clean stop writes it again with an index, so the next start trusts it.
    await server.close()
    expect((await readFile(old, 'utf8')).split('\n')[0]).toMatch(/"index":\[$/)
    const again = await start(old)
    expect(again.persistence()).toMatchObject({
      snapshotLoad: 'trusted',
      trustedOrders: snapshot.orders.length,
    })
    expect(again.store.snapshot()).toEqual(snapshot)
  })

  it('loads it line by line: the same state, transactions kept, and the same next ids each start', async () => {
    const { file, snapshot } = await writtenState()
    const again = await start(file)
    expect(again.store.snapshot()).toEqual(snapshot)
    const copy = inState('copy.json')
    await writeFile(copy, await readFile(file, 'utf8'))
    const twin = await start(copy)
    const next = (await post(again, '', { reference: 'next' })).body.id
    expect(next).toMatch(/\w/)
    expect((await post(twin, '', { reference: 'next' })).body.id).toBe(next)
  })

  it('still loads a single-line state file with journalSequence (the layout before it)', async () => {
    const { file, snapshot } = await writtenState()
    const { journalSequence } = JSON.parse(await readFile(file, 'utf8'))
    const single = inState('single.json')
    await writeFile(single, JSON.stringify({ journalSequence, ...snapshot }))
    expect(await hasLinesLayout(single)).toBe(false)
    const server = await start(single)
    expect(server.store.snapshot()).toEqual(snapshot)
  })

  it('applies the journal on top: orders replaced in place, deleted with their transactions, added, deleted and added again', async () => {
    const { file, snapshot, paid } = await writtenState()
    const { journalSequence: seq } = JSON.parse(await readFile(file, 'utf8'))
    const [first, second, third] = snapshot.orders as [
      StoreSnapshot['orders'][0],
      StoreSnapshot['orders'][0],
      StoreSnapshot['orders'][0],
    ]
    const added = { ...first, id: 'o_added_by_journal' }
    const records = [
      encodeJournalRecord({ seq: seq + 1, order: { ...second, attributes: { changed: 1 } } }),
      encodeJournalRecord({ seq: seq + 2, deleted: paid[0] as string }),
      encodeJournalRecord({ seq: seq + 3, order: added }),
      encodeJournalRecord({ seq: seq + 4, deleted: third.id as string }),
      encodeJournalRecord({ seq: seq + 5, order: { ...third, attributes: { back: true } } }),
      encodeJournalRecord({ seq: seq + 6, deleted: first.id as string }),
    ]
    await writeFile(journalPathOf(file), records.join(''))
    // The whole-file reading is the reference for what the journal leaves.
    const expected = (await recoverState(file)).value as StoreSnapshot
    const server = await start(file)
    expect(server.store.snapshot()).toEqual(expected)
    const ids = server.store.snapshot().orders.map((order) => order.id)
    expect(ids.indexOf(second.id)).toBe(0)
    expect(ids.slice(-2)).toEqual(['o_added_by_journal', third.id])
    expect(ids).not.toContain(first.id)
    expect(ids).not.toContain(paid[0])
    expect(server.store.getOrder(second.id as string)?.attributes).toEqual({ changed: 1 })
    const kept = server.store.snapshot().transactions
    expect(kept.map((record) => record.orderId)).toEqual([paid[1]])
    expect(server.persistence()).toMatchObject({ replayed: 6 })
  })

  it('names the order of line k that breaks the contract, and starts nothing', async () => {
    const { file } = await writtenState()
    const lines = (await readFile(file, 'utf8')).split('\n')
    const first = ordersStart(lines)
    // Edited by hand: the CRC no longer matches, so every order is checked.
    lines[first + 2] = (lines[first + 2] as string).replace(/"total":\{[^}]*\}/, '"total":1')
    lines[first + 4] = (lines[first + 4] as string).replace(/"id":"[^"]*"/, '"id":""')
    await writeFile(file, lines.join('\n'))
    const before = await readFile(file, 'utf8')
    await expect(start(file)).rejects.toThrow(
      /breaks the contract in 2 places:\n {2}- body\/orders\/2\/\S*total must be object, got 1\n {2}- body\/orders\/4\/id is required/,
    )
    expect(await readFile(file, 'utf8')).toBe(before)
  })

  it('names the line and the order of a line that is not JSON, and a file cut short', async () => {
    const { file } = await writtenState()
    const lines = (await readFile(file, 'utf8')).split('\n')
    const first = ordersStart(lines)
    const broken = [...lines]
    broken[first + 1] = (broken[first + 1] as string).slice(0, 30)
    await writeFile(file, broken.join('\n'))
    await expect(start(file)).rejects.toThrow(
      new RegExp(
        `^Failed to load the state file .*state\\.json: line ${first + 2} \\(orders/1\\) is not valid JSON .*Hint: fix or delete it`,
      ),
    )
    await writeFile(file, lines.slice(0, first + 2).join('\n'))
    await expect(start(file)).rejects.toThrow(
      new RegExp(`line ${first + 2} ends the file before "\\],"transactions":\\[" \\(cut short\\)`),
    )
    // The same in the layout without an index.
    const old = withoutIndex(lines.join('\n')).split('\n')
    await writeFile(file, old.slice(0, 4).join('\n'))
    await expect(start(file)).rejects.toThrow(
      /line 4 ends the file before "\],"transactions":\[" \(cut short\)/,
    )
  })

  it('names the journal record of a replayed transaction that breaks the contract', async () => {
    const { file, paid } = await writtenState()
    const { journalSequence: seq } = JSON.parse(await readFile(file, 'utf8'))
    await writeFile(
      journalPathOf(file),
      encodeJournalRecord({
        seq: seq + 1,
        transaction: { orderId: paid[1] as string, paymentId: 'p', transaction: 'x' as never },
      }),
    )
    await expect(start(file)).rejects.toThrow(
      /state\.json\.journal record 1 \(transactions\/2\/transaction.* must/,
    )
  })
})
