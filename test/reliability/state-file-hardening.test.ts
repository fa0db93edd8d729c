import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { startMockServer } from '../../src/server/index.ts'
import {
  serveWithState,
  startCli,
  stopCli,
  useStateDirectory,
  waitUntilServing,
} from '../server/support/cli-process.ts'
import { call, demoHeaders } from '../server/support/http.ts'

const orders = '/api/v0/checkout/orders'

const stateFileNamed = useStateDirectory('state-hardening')

// Issue 15: what the state file promises (data safety, findings 10 and 21b).
describe('the --state file under attack (issue 15)', () => {
  it('finding 10: a second server on the same file refuses to start, naming the process that holds it; after kill -9 of that one it starts', async () => {
    const file = stateFileNamed('shared.json')
    const first = startCli(serveWithState(file))
    const url = await waitUntilServing(first)

    const second = startCli(serveWithState(file))
    expect(await second.exited).toBe(1)
    expect(second.stderr).toContain(
      `the state file ${file} is in use by another norce-checkout-mock (process ${first.child.pid}, started `,
    )
    expect(second.stderr).toContain('Hint: stop that server, or pass another --state file')
    // The first one still serves, and its file was not touched by the second.
    const created = await call(`${url}${orders}`, {
      method: 'POST',
      headers: demoHeaders(),
      json: { culture: 'sv-SE' },
    })
    expect(created.status).toBe(201)

    // kill -9 leaves the lock behind; its process is gone, so the next start takes it over.
    first.child.kill('SIGKILL')
    await first.exited
    expect((await stat(`${file}.lock`)).isFile()).toBe(true)
    const third = startCli(serveWithState(file))
    const thirdUrl = await waitUntilServing(third)
    const kept = await call(`${thirdUrl}${orders}/${created.body.id}`, { headers: demoHeaders() })
    expect(kept.status).toBe(200)
    expect(await stopCli(third)).toBe(0)
    // A clean stop removes the lock.
    await expect(stat(`${file}.lock`)).rejects.toThrow(/ENOENT/)
  })

  it('finding 10: two servers in one process are refused the same way, and close() frees the file', async () => {
    const file = stateFileNamed('in-process.json')
    const server = await startMockServer({ port: 0, host: '127.0.0.1', stateFile: file })
    await expect(startMockServer({ port: 0, host: '127.0.0.1', stateFile: file })).rejects.toThrow(
      /is in use by another norce-checkout-mock \(this same process, started /,
    )
    await server.close()
    const again = await startMockServer({ port: 0, host: '127.0.0.1', stateFile: file })
    await again.close()
  })

  it('finding 21b: a failed save answers 500 saying the change is applied but not on disk; the next save writes it', async () => {
    const file = stateFileNamed('unsaveable.json')
    const server = await startMockServer({ port: 0, host: '127.0.0.1', stateFile: file })
    try {
      const id = (
        await call(`${server.url}${orders}`, {
          method: 'POST',
          headers: demoHeaders(),
          json: { culture: 'sv-SE' },
        })
      ).body.id
      // A directory where the journal goes: every append fails.
      await rename(`${file}.journal`, `${file}.journal.aside`)
      await mkdir(`${file}.journal`)
      const failed = await call(`${server.url}${orders}/${id}/attributes`, {
        method: 'PATCH',
        headers: demoHeaders(),
        json: { first: 1 },
      })
      expect(failed.status).toBe(500)
      expect(failed.body).toMatchObject({ code: 'internal-error' })
      expect(failed.body.detail).toMatch(
        /^Failed to save the state file: .*EISDIR.*\. The change was applied and is visible, but it is not on disk yet: the next successful save writes it, a crash before that loses it\./,
      )
      // Exactly as reported: visible now, not in the file.
      const read = await call(`${server.url}${orders}/${id}`, { headers: demoHeaders() })
      expect(read.body.attributes).toEqual({ first: 1 })
      const onDisk = `${await readFile(file, 'utf8')}${await readFile(`${file}.journal.aside`, 'utf8')}`
      expect(onDisk).toContain(id)
      expect(onDisk).not.toContain('"first":1')

      await rm(`${file}.journal`, { recursive: true })
      const next = await call(`${server.url}${orders}/${id}/attributes`, {
        method: 'PATCH',
        headers: demoHeaders(),
        json: { second: 2 },
      })
      expect(next.status).toBe(200)
      // The save after a failed one writes a whole snapshot (part of the failed append may be in the journal).
      const saved = JSON.parse(await readFile(file, 'utf8'))
      expect(saved.orders.find((order: { id: string }) => order.id === id).attributes).toEqual({
        first: 1,
        second: 2,
      })
    } finally {
      await rm(`${file}.journal`, { recursive: true, force: true })
      await server.close()
    }
  })
})
