import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { journalPathOf, readJournal } from '../../src/server/state-journal.ts'
import {
  type CliProcess,
  serveWithState,
  startCli,
  stopCli,
  useStateDirectory,
  waitUntilServing,
} from '../server/support/cli-process.ts'
import { call, demoHeaders } from '../server/support/http.ts'

const orders = '/api/v0/checkout/orders'
const stateFileNamed = useStateDirectory('journal-crash')

/** An order with a payment and one transaction; answers the ids. */
async function orderWithTransaction(url: string, reference: string) {
  const post = (path: string, json: unknown) =>
    call(`${url}${orders}${path}`, { method: 'POST', headers: demoHeaders(), json })
  const created = await post('', { reference })
  expect(created.status).toBe(201)
  const id = created.body.id as string
  const paymentId = (await post(`/${id}/payments`, { amount: 10 })).body.id as string
  expect(
    (await post(`/${id}/payments/${paymentId}/transactions`, { event: 'capture' })).status,
  ).toBe(200)
  return { id, paymentId }
}

const patch = (url: string, id: string, json: unknown) =>
  call(`${url}${orders}/${id}/attributes`, { method: 'PATCH', headers: demoHeaders(), json })

const transactionsOf = async (url: string, id: string, paymentId: string) =>
  (
    await call(`${url}${orders}/${id}/payments/${paymentId}/transactions`, {
      headers: demoHeaders(),
    })
  ).body as unknown[]

describe('kill -9 during a compaction of the state journal', { timeout: 60_000 }, () => {
  for (const crashAt of ['snapshot-mid-write', 'snapshot-renamed'] as const) {
    it(`loses nothing acknowledged and applies nothing twice (${crashAt})`, async () => {
      const file = stateFileNamed(`${crashAt}.json`)
      let cli = startCli(serveWithState(file))
      let url = await waitUntilServing(cli)
      const first = await orderWithTransaction(url, 'first')
      expect(await stopCli(cli)).toBe(0)

      // The clean stop of this one compacts, and the crash point kills it there.
      cli = startCli(serveWithState(file), { NORCE_CHECKOUT_MOCK_CRASH_AT: crashAt })
      url = await waitUntilServing(cli)
      const second = await orderWithTransaction(url, 'second')
      expect((await patch(url, first.id, { after: 'restart' })).status).toBe(200)
      expect(await stopCli(cli)).toBe('SIGKILL')

      const journal = readJournal(await readFile(journalPathOf(file)), 'journal').records
      expect(journal.length).toBeGreaterThanOrEqual(4)
      const snapshot = JSON.parse(await readFile(file, 'utf8'))
      if (crashAt === 'snapshot-mid-write') {
        // The new snapshot was cut off in its temporary file; the old one is whole.
        expect(() => JSON.parse(readFileSync(`${file}.tmp`, 'utf8'))).toThrow()
        expect(snapshot.journalSequence).toBeLessThan(journal[0]?.seq as number)
      } else {
        // The new snapshot is in place and holds every record the journal still has.
        expect(snapshot.journalSequence).toBeGreaterThanOrEqual(journal.at(-1)?.seq as number)
        expect(snapshot.transactions).toHaveLength(2)
      }

      cli = startCli(serveWithState(file))
      url = await waitUntilServing(cli)
      const order = (id: string) =>
        call(`${url}${orders}/${id}`, { headers: demoHeaders() }).then((reply) => reply.body)
      expect(await order(first.id)).toMatchObject({
        reference: 'first',
        attributes: { after: 'restart' },
      })
      expect(await order(second.id)).toMatchObject({ reference: 'second' })
      // A transaction is an append: replayed on a snapshot that holds it, it would be there twice.
      expect(await transactionsOf(url, first.id, first.paymentId)).toHaveLength(1)
      expect(await transactionsOf(url, second.id, second.paymentId)).toHaveLength(1)
      expect(cli.stdout).toMatch(
        crashAt === 'snapshot-renamed'
          ? /journal: .*, 0 changes replayed, \d+ already in the snapshot skipped/
          : /journal: .*, \d+ changes replayed/,
      )
      expect(await stopCli(cli)).toBe(0)
      expect((await stat(journalPathOf(file))).size).toBe(0)
    })
  }
})

/**
 * A server from the built package with a tiny compaction threshold (every append starts a
 * background compaction), the crash point set: the CLI has no flag for the threshold.
 */
function startCompactingServer(file: string, crashAt: string): CliProcess {
  const script = `
    const { startMockServer } = await import(${JSON.stringify(new URL('../../dist/server/index.js', import.meta.url).href)})
    const server = await startMockServer({ port: 0, host: '127.0.0.1', stateFile: process.argv[1], journalCompaction: { factor: 0, minBytes: 1 } })
    console.log('url: ' + server.url)`
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, file], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NORCE_CHECKOUT_MOCK_CRASH_AT: crashAt },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text
  })
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text
  })
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? -1))
  })
  return {
    child,
    exited,
    get stdout() {
      return stdout
    },
    get stderr() {
      return stderr
    },
  }
}

describe('kill -9 during a background compaction', { timeout: 60_000 }, () => {
  for (const crashAt of ['snapshot-mid-write', 'snapshot-renamed'] as const) {
    it(`loses nothing acknowledged and applies nothing twice while writes go on (${crashAt})`, async () => {
      const file = stateFileNamed(`background-${crashAt}.json`)
      let cli = startCli(serveWithState(file))
      let url = await waitUntilServing(cli)
      const first = await orderWithTransaction(url, 'first')
      expect(await stopCli(cli)).toBe(0)

      // The twentieth compaction crashes: nineteen have cut the journal while writes went on.
      const compacting = startCompactingServer(file, `${crashAt}:20`)
      try {
        url = await waitUntilServing(compacting)
        // Writes until the crash point kills the server; every answered one was acknowledged.
        const post = (path: string, json: unknown) =>
          call(`${url}${orders}${path}`, { method: 'POST', headers: demoHeaders(), json })
        const created = new Map<string, string>()
        const withTransaction: Array<{ id: string; paymentId: string }> = []
        const patched = new Map<string, number>()
        let next = 0
        const worker = async () => {
          try {
            while (next < 400) {
              const round = next++
              const reply = await post('', { reference: `round-${round}` })
              expect(reply.status).toBe(201)
              const id = reply.body.id as string
              created.set(id, `round-${round}`)
              const paymentId = (await post(`/${id}/payments`, { amount: 10 })).body.id
              const added = await post(`/${id}/payments/${paymentId}/transactions`, {
                event: 'capture',
              })
              expect(added.status).toBe(200)
              withTransaction.push({ id, paymentId })
              expect((await patch(url, id, { round })).status).toBe(200)
              patched.set(id, round)
            }
          } catch (error) {
            // The kill cut a request off (fetch fails); an assertion failure is a real one.
            if ((error as Error).name === 'AssertionError') throw error
          }
        }
        // Writes arrive while compactions run: their records are in the journal's tail.
        await Promise.all(Array.from({ length: 8 }, worker))
        expect(await compacting.exited).toBe('SIGKILL')
        expect(created.size).toBeGreaterThan(0)

        cli = startCli(serveWithState(file))
        url = await waitUntilServing(cli)
        for (const [id, reference] of created) {
          const order = await call(`${url}${orders}/${id}`, { headers: demoHeaders() })
          expect(order.body.reference).toBe(reference)
          if (patched.has(id)) expect(order.body.attributes).toEqual({ round: patched.get(id) })
        }
        expect(await transactionsOf(url, first.id, first.paymentId)).toHaveLength(1)
        for (const { id, paymentId } of withTransaction) {
          expect(await transactionsOf(url, id, paymentId)).toHaveLength(1)
        }
        console.info(
          `background compaction, kill -9 at ${crashAt}: ${created.size} creates, ${withTransaction.length} transactions, ${patched.size} patches acknowledged before the kill; all there after the restart, no transaction twice`,
        )
        expect(await stopCli(cli)).toBe(0)
      } finally {
        compacting.child.kill('SIGKILL')
      }
    })
  }
})
