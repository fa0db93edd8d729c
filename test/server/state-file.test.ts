import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCoalescingWriter } from '../../src/server/state-file.ts'
import { recoverState } from '../../src/server/state-recovery.ts'
import { call, demoHeaders } from './support/http.ts'
import { useStateServers } from './support/in-process.ts'

const orders = '/api/v0/checkout/orders'
const { file: inState, start } = useStateServers('state')

/** What a restart would load: the snapshot with the journal replayed on top. */
const saved = async (file: string): Promise<any> => (await recoverState(file)).value

describe('--state file', () => {
  it('is written at start with the seeded state', async () => {
    const file = inState('state.json')
    const server = await start(file)
    expect(await saved(file)).toEqual(server.store.snapshot())
  })

  it('holds every acknowledged change when the response arrives', async () => {
    const file = inState('state.json')
    const server = await start(file)
    const created = await call(`${server.url}${orders}`, {
      method: 'POST',
      headers: demoHeaders(),
      json: { reference: 'on-disk' },
    })
    expect(created.status).toBe(201)
    // Read at once, with no wait: the write happened before the response was sent.
    const onDisk = await saved(file)
    expect(onDisk.orders.find((order: any) => order.id === created.body.id)).toMatchObject({
      reference: 'on-disk',
    })
    const reset = await call(`${server.url}/__admin/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    })
    expect(reset.status).toBe(200)
    expect((await saved(file)).orders.some((order: any) => order.id === created.body.id)).toBe(
      false,
    )
  })

  it('saves concurrent changes without losing one', async () => {
    const file = inState('state.json')
    const server = await start(file)
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        call(`${server.url}${orders}`, {
          method: 'POST',
          headers: demoHeaders(),
          json: { reference: `parallel-${index}` },
        }),
      ),
    )
    const onDisk = new Set((await saved(file)).orders.map((order: any) => order.id))
    for (const reply of created) expect(onDisk.has(reply.body.id)).toBe(true)
  })

  it('is loaded at start: a new server on the same file serves the same state', async () => {
    const file = inState('state.json')
    const first = await start(file)
    const id = (
      await call(`${first.url}${orders}`, { method: 'POST', headers: demoHeaders(), json: {} })
    ).body.id
    await first.close()
    const second = await start(file)
    expect(second.store.getOrder(id)).toBeDefined()
    expect(second.store.snapshot()).toEqual(await saved(file))
  })

  it('is refused at start when it breaks the contract, and left untouched', async () => {
    const file = inState('state.json')
    const broken = JSON.stringify({
      orders: [{ id: 'o_a', merchant: 'm', channel: 'c', total: 1 }],
    })
    await writeFile(file, broken)
    await expect(start(file)).rejects.toThrow(
      /^Failed to load the state file .*state\.json: it breaks the contract in 1 place:\n {2}- body\/orders\/0\/total must be object, got 1\nHint: /,
    )
    await writeFile(inState('torn.json'), '{"orders": [')
    await expect(start(inState('torn.json'))).rejects.toThrow(/is not valid JSON/)
    expect(await readFile(file, 'utf8')).toBe(broken)
  })

  it('creates missing directories, and fails the start when the file cannot be written', async () => {
    const nested = inState('new', 'dir', 'state.json')
    await start(nested)
    expect((await saved(nested)).orders.length).toBeGreaterThan(0)
    const aFile = inState('a-file')
    await writeFile(aFile, '')
    await expect(start(join(aFile, 'state.json'))).rejects.toThrow(
      // Its directory is made (and the file locked) before it is read: that fails first.
      /^Failed to write the state file .*a-file\/state\.json: E(EXIST|NOTDIR).*Hint: /,
    )
  })
})

describe('createCoalescingWriter', () => {
  it('runs one write at a time and merges the saves that wait', async () => {
    let state = 0
    const written: number[] = []
    let release: () => void = () => undefined
    const writer = createCoalescingWriter(async () => {
      const snapshot = state
      await new Promise<void>((resolve) => {
        release = resolve
      })
      written.push(snapshot)
    })
    state = 1
    const first = writer.save()
    state = 2
    const second = writer.save()
    state = 3
    const third = writer.save()
    expect(second).toBe(third)
    release()
    await first
    await new Promise((resolve) => setImmediate(resolve))
    release()
    await Promise.all([second, third])
    expect(written).toEqual([1, 3])
    await writer.idle()
  })

  it('never runs two writes at once, also for a save made just as the running write ends', async () => {
    let running = 0
    let most = 0
    const releases: Array<() => void> = []
    const writer = createCoalescingWriter(async () => {
      running++
      most = Math.max(most, running)
      await new Promise<void>((resolve) => releases.push(resolve))
      running--
    })
    const first = writer.save()
    const queued = writer.save()
    releases.shift()?.()
    // In the turn the first write ends: the queued write has not started yet.
    const late = first.then(() => writer.save())
    await first
    await new Promise((resolve) => setImmediate(resolve))
    expect(most).toBe(1)
    while (releases.length > 0 || running > 0) {
      releases.shift()?.()
      await new Promise((resolve) => setImmediate(resolve))
    }
    await Promise.all([queued, late])
    expect(most).toBe(1)
    await writer.idle()
  })

  it('reports a failed write to its callers, and the next save tries again', async () => {
    let fail = true
    const writer = createCoalescingWriter(async () => {
      if (fail) throw new Error('disk full')
    })
    await expect(writer.save()).rejects.toThrow('disk full')
    fail = false
    await expect(writer.save()).resolves.toBeUndefined()
  })
})
