import { copyFile, readFile, stat, truncate, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { crc32Fallback } from '../../src/server/crc32.ts'
import type { MockServer } from '../../src/server/index.ts'
import { encodeJournalRecord, journalPathOf, readJournal } from '../../src/server/state-journal.ts'
import { createStatePersister } from '../../src/server/state-persister.ts'
import { recoverState } from '../../src/server/state-recovery.ts'
import { createStore, storeInternals } from '../../src/store/index.ts'
import { call, demoHeaders } from './support/http.ts'
import { useStateServers } from './support/in-process.ts'

const orders = '/api/v0/checkout/orders'
const { file: inState, start } = useStateServers('journal')

/** The state file and journal as a crash would leave them, copied aside (the lock stays). */
async function copyState(file: string, name: string): Promise<string> {
  const copy = inState(name)
  await copyFile(file, copy)
  await copyFile(journalPathOf(file), journalPathOf(copy)).catch(() => undefined)
  return copy
}

const api = (server: MockServer) => ({
  post: (path: string, json: unknown = {}) =>
    call(`${server.url}${orders}${path}`, { method: 'POST', headers: demoHeaders(), json }),
  put: (path: string, json: unknown) =>
    call(`${server.url}${orders}${path}`, { method: 'PUT', headers: demoHeaders(), json }),
  patch: (path: string, json: unknown) =>
    call(`${server.url}${orders}${path}`, { method: 'PATCH', headers: demoHeaders(), json }),
  delete: (path: string) =>
    call(`${server.url}${orders}${path}`, { method: 'DELETE', headers: demoHeaders() }),
})

/** One of every kind of change through the API; answers what to look for. */
async function changeEverything(server: MockServer) {
  const http = api(server)
  const created = await http.post('', { reference: 'journal', culture: 'sv-SE', currency: 'SEK' })
  expect(created.status).toBe(201)
  const id = created.body.id as string
  expect((await http.patch(`/${id}/attributes`, { a: 1 })).status).toBe(200)
  expect((await http.patch(`/${id}/attributes`, { b: 2 })).status).toBe(200)
  const consent = await http.post(`/${id}/consents`, {
    id: 'ci_terms',
    required: true,
    checked: false,
  })
  expect(consent.status).toBeLessThan(300)
  const payment = await http.post(`/${id}/payments`, { amount: 10 })
  expect(payment.status).toBeLessThan(300)
  const paymentId = payment.body.id as string
  expect(
    (await http.post(`/${id}/payments/${paymentId}/transactions`, { event: 'capture' })).status,
  ).toBe(200)
  expect(
    (await http.post(`/${id}/payments/${paymentId}/transactions`, { event: 'refund' })).status,
  ).toBe(200)
  expect(
    (
      await call(`${server.url}${orders}/${id}/consents/ci_terms`, {
        method: 'DELETE',
        headers: demoHeaders(),
      })
    ).status,
  ).toBeLessThan(300)
  const doomed = (await http.post('', { reference: 'doomed' })).body.id as string
  const doomedPayment = (await http.post(`/${doomed}/payments`, { amount: 5 })).body.id as string
  await http.post(`/${doomed}/payments/${doomedPayment}/transactions`, { event: 'capture' })
  expect((await http.delete(`/${doomed}`)).status).toBe(204)
  return { id, doomed, paymentId }
}

describe('the state journal', () => {
  it('replays every kind of change: creates, updates, transactions, deletes', async () => {
    const file = inState('state.json')
    const server = await start(file)
    const snapshotBefore = await readFile(file, 'utf8')
    const { id, doomed } = await changeEverything(server)
    // The snapshot was not rewritten: the changes are records in the journal.
    expect(await readFile(file, 'utf8')).toBe(snapshotBefore)
    const stats = server.persistence()
    expect(stats?.records).toBeGreaterThanOrEqual(9)
    const recovered = await recoverState(file)
    expect(recovered.replayed).toBe(stats?.records)
    expect(recovered.value).toEqual(server.store.snapshot())

    const again = await start(await copyState(file, 'copy.json'))
    expect(again.store.snapshot()).toEqual(server.store.snapshot())
    expect(again.persistence()).toMatchObject({ replayed: stats?.records, tornRecords: 0 })
    expect(again.banner()).toContain(`${stats?.records} changes replayed`)
    expect(again.store.getOrder(id)?.attributes).toEqual({ a: 1, b: 2 })
    expect(again.store.getOrder(doomed)).toBeUndefined()
    const kept = again.store.snapshot().transactions
    expect(kept.filter((record) => record.orderId === id)).toHaveLength(2)
    expect(kept.filter((record) => record.orderId === doomed)).toHaveLength(0)
  })

  it('writes a snapshot and empties the journal on a reset, an import and a clean stop', async () => {
    const file = inState('state.json')
    const server = await start(file)
    const { id } = await changeEverything(server)
    const exported = server.store.snapshot()
    const reset = await call(`${server.url}/__admin/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    })
    expect(reset.status).toBe(200)
    expect((await stat(journalPathOf(file))).size).toBe(0)
    expect(
      JSON.parse(await readFile(file, 'utf8')).orders.some(
        (order: { id: string }) => order.id === id,
      ),
    ).toBe(false)
    const imported = await call(`${server.url}/__admin/state`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      json: exported,
    })
    expect(imported.status).toBe(200)
    expect((await stat(journalPathOf(file))).size).toBe(0)
    const { journalSequence, contract, index, integrity, ...onDisk } = JSON.parse(
      await readFile(file, 'utf8'),
    )
    expect(index).toHaveLength(exported.orders.length)
    expect(integrity).toMatchObject({ orders: exported.orders.length, contract })
    expect(journalSequence).toBeGreaterThan(0)
    expect(onDisk).toEqual(exported)
    // A change after the import goes to the journal, and a clean stop folds it in.
    expect((await api(server).patch(`/${id}/attributes`, { after: 'import' })).status).toBe(200)
    expect((await stat(journalPathOf(file))).size).toBeGreaterThan(0)
    await server.close()
    expect((await stat(journalPathOf(file))).size).toBe(0)
    const again = await start(file)
    expect(again.store.getOrder(id)?.attributes).toEqual({ a: 1, b: 2, after: 'import' })
    expect(again.persistence()).toMatchObject({ replayed: 0, skipped: 0 })
  })

  it('ignores and reports a torn last record, losing only that one, and appends after it cleanly', async () => {
    const file = inState('state.json')
    const server = await start(file)
    const http = api(server)
    const first = (await http.post('', { reference: 'first' })).body.id as string
    const second = (await http.post('', { reference: 'second' })).body.id as string
    const copy = await copyState(file, 'torn.json')
    const journal = journalPathOf(copy)
    const whole = await readFile(journal)
    const lastStart = whole.lastIndexOf(0x0a, whole.length - 2) + 1
    // Cut the last record in the middle, as a crash during its append would.
    await truncate(journal, lastStart + 40)

    const again = await start(copy)
    expect(again.store.getOrder(first)?.reference).toBe('first')
    expect(again.store.getOrder(second)).toBeUndefined()
    expect(again.persistence()).toMatchObject({ replayed: 1, tornRecords: 1, tornBytes: 40 })
    expect(again.banner()).toMatch(
      /warning: the journal's last record \(record 2, 40 bytes\) was torn/,
    )
    expect((await stat(journal)).size).toBe(lastStart)
    // The next append follows the last whole record: a later start reads every record.
    const third = (await api(again).post('', { reference: 'third' })).body.id as string
    const recovered = await recoverState(copy)
    expect(recovered.torn).toBeUndefined()
    expect(
      (recovered.value as { orders: { id: string }[] }).orders.map((order) => order.id),
    ).toEqual(expect.arrayContaining([first, third]))
  })

  it('refuses a journal corrupt before its last record, naming file, record and a hint', async () => {
    const file = inState('state.json')
    const server = await start(file)
    const http = api(server)
    for (const reference of ['a', 'b', 'c']) await http.post('', { reference })
    const copy = await copyState(file, 'corrupt.json')
    const journal = journalPathOf(copy)
    const text = await readFile(journal, 'utf8')
    const lines = text.split('\n')
    lines[1] = (lines[1] as string).replace('"reference":"b"', '"reference":"B"')
    await writeFile(journal, lines.join('\n'))
    const before = await readFile(journal, 'utf8')
    await expect(start(copy)).rejects.toThrow(
      /^Failed to load the state journal .*corrupt\.json\.journal: record 2 \(at byte \d+\) is corrupt: its checksum does not match its bytes\..*Hint: restore the journal from a backup, or delete it/,
    )
    expect(await readFile(journal, 'utf8')).toBe(before)
  })

  it('names the journal record of a replayed order that breaks the contract', async () => {
    const file = inState('state.json')
    const server = await start(file)
    await api(server).post('', { reference: 'x' })
    await server.close()
    const order = JSON.parse(await readFile(file, 'utf8')).orders[0]
    const sequence = JSON.parse(await readFile(file, 'utf8')).journalSequence as number
    await writeFile(
      journalPathOf(file),
      encodeJournalRecord({ seq: sequence + 1, order: { ...order, total: 1 } }),
    )
    await expect(start(file)).rejects.toThrow(
      /it breaks the contract in 1 place:\n {2}- .*state\.json\.journal record 1 \(orders\/0\/total\) must be object/,
    )
  })

  it('still loads a state file of the old format ({ orders, transactions }, no journal)', async () => {
    const file = inState('state.json')
    const first = await start(file)
    const { id } = await changeEverything(first)
    const exported = first.store.snapshot()
    await first.close()
    const old = inState('old.json')
    await writeFile(old, JSON.stringify(exported))
    const server = await start(old)
    expect(server.store.snapshot()).toEqual(exported)
    // Nothing rewritten at start; the first change starts the journal at record 1.
    expect(JSON.parse(await readFile(old, 'utf8'))).toEqual(exported)
    expect((await api(server).patch(`/${id}/attributes`, { c: 3 })).status).toBe(200)
    const [record] = readJournal(await readFile(journalPathOf(old)), 'old.json.journal').records
    expect(record).toMatchObject({ seq: 1, order: { id, attributes: { a: 1, b: 2, c: 3 } } })
    const again = await start(await copyState(old, 'old-copy.json'))
    expect(again.store.getOrder(id)?.attributes).toEqual({ a: 1, b: 2, c: 3 })
  })

  it('appends about one order per write at 2,000 orders, leaving the snapshot alone', async () => {
    const file = inState('big.json')
    const server = await start(file, { orders: 2_000 })
    const snapshotBytes = (await stat(file)).size
    const journalBefore = server.persistence()?.journalBytes ?? 0
    const created = await api(server).post('', { reference: 'one-more' })
    expect(created.status).toBe(201)
    const orderBytes = JSON.stringify(server.store.getOrder(created.body.id)).length
    const grown = (await stat(journalPathOf(file))).size - journalBefore
    expect(grown).toBeGreaterThanOrEqual(orderBytes)
    expect(grown).toBeLessThan(orderBytes + 100)
    expect((await stat(file)).size).toBe(snapshotBytes)
    expect(snapshotBytes).toBeGreaterThan(2_000 * orderBytes * 0.3)
  })

  it('compacts in the background past the threshold, keeping the records that came after the snapshot', async () => {
    const file = inState('compact.json')
    const server = await start(file, { journalCompaction: { factor: 0.05, minBytes: 1 } })
    const http = api(server)
    const ids = await Promise.all(
      Array.from({ length: 40 }, async (_, index) => {
        const id = (await http.post('', { reference: `c-${index}` })).body.id as string
        expect((await http.patch(`/${id}/attributes`, { index })).status).toBe(200)
        return id
      }),
    )
    await server.close()
    const stats = server.persistence()
    expect(stats?.snapshots).toBeGreaterThan(1)
    expect(stats?.lastCompactionError).toBeUndefined()
    const again = await start(file)
    for (const [index, id] of ids.entries()) {
      expect(again.store.getOrder(id)?.attributes).toEqual({ index })
    }
  })
})

describe('the journal format', () => {
  it('checks each line with CRC-32 (IEEE), also where zlib.crc32 is missing (Node before 20.15)', () => {
    expect(crc32Fallback('123456789').toString(16)).toBe('cbf43926')
    expect(crc32Fallback('{"seq":1,"deleted":"ö_1"}')).toBe(
      Number.parseInt(encodeJournalRecord({ seq: 1, deleted: 'ö_1' }).slice(0, 8), 16),
    )
  })

  it('refuses a journal that does not continue its state file (a record missing between them)', async () => {
    const file = inState('state.json')
    const server = await start(file)
    await api(server).post('', { reference: 'x' })
    await server.close()
    const { journalSequence, orders: stored } = JSON.parse(await readFile(file, 'utf8'))
    await writeFile(
      journalPathOf(file),
      encodeJournalRecord({ seq: journalSequence + 2, order: stored[0] }),
    )
    await expect(start(file)).rejects.toThrow(
      new RegExp(
        `record 1 has seq ${journalSequence + 2}, but the state file holds the changes up to journalSequence ${journalSequence}, so seq ${journalSequence + 1} is missing`,
      ),
    )
  })
})

describe('createStatePersister', () => {
  it('writes an order changed many times between two saves once, with its latest value, and keeps transactions and deletes in order', async () => {
    const file = inState('unit.json')
    const store = createStore({ seed: 3 })
    const internals = storeInternals(store)
    await internals.ready
    const persister = createStatePersister({
      stateFile: file,
      slot: { current: { store } },
      sequence: 0,
      journalBytes: 0,
      snapshotBytes: 0,
    })
    await persister.snapshot()
    const order = { id: 'o_one', merchant: 'm', channel: 'c' } as never
    await internals.insertOrder(order)
    for (let step = 1; step <= 5; step++) {
      await internals.replaceOrder({ ...(order as object), attributes: { step } } as never)
    }
    await internals.addTransaction({
      orderId: 'o_one',
      paymentId: 'p_1',
      transaction: { event: 'capture' } as never,
    })
    await internals.insertOrder({ id: 'o_two', merchant: 'm', channel: 'c' } as never)
    internals.deleteOrder('o_two')
    await persister.save()
    const { records } = readJournal(await readFile(journalPathOf(file)), 'unit')
    expect(records.map((record) => Object.keys(record)[1])).toEqual([
      'order',
      'transaction',
      'deleted',
    ])
    expect(records[0]).toMatchObject({ seq: 2, order: { id: 'o_one', attributes: { step: 5 } } })
    expect(records[2]).toEqual({ seq: 4, deleted: 'o_two' })
    expect((await recoverState(file)).value).toEqual(store.snapshot())
    await persister.close()
    expect((await stat(journalPathOf(file))).size).toBe(0)
  })
})
