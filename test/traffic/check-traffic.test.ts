import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkHar, type Har, type HarEntry, parseHar } from '../../src/traffic/index.ts'
import { cli, recordContractRun, SECRET_TOKEN } from './support/record-contract-run.ts'

let recorded: Awaited<ReturnType<typeof recordContractRun>>
let dir: string

beforeAll(async () => {
  recorded = await recordContractRun()
  dir = await mkdtemp(join(tmpdir(), 'traffic-mutated-'))
}, 180_000)

/** A copy of the recorded HAR with one entry changed; resolves with its file and index. */
async function mutated(
  name: string,
  pick: (entry: HarEntry) => boolean,
  change: (entry: HarEntry) => void,
): Promise<{ file: string; index: number }> {
  const har = structuredClone(recorded.har)
  const index = har.log.entries.findIndex(pick)
  expect(index, `an entry to mutate for ${name}`).toBeGreaterThanOrEqual(0)
  change(har.log.entries[index] as HarEntry)
  const file = join(dir, `${name}.har`)
  await writeFile(file, JSON.stringify(har))
  return { file, index }
}

const readsAnOrder = (entry: HarEntry) =>
  entry.request.method === 'GET' &&
  /\/checkout\/orders\/o_\w+$/.test(new URL(entry.request.url).pathname) &&
  entry.response.status === 200

function editBody(entry: HarEntry, edit: (body: Record<string, unknown>) => void): void {
  const body = JSON.parse(entry.response.content.text as string)
  edit(body)
  entry.response.content.text = JSON.stringify(body)
}

describe('check-traffic on a HAR recorded from a contract run against the mock', () => {
  it('records every exchange, with the token redacted everywhere', async () => {
    expect(recorded.contract.code, recorded.contract.stdout).toBe(0)
    expect(recorded.contract.stderr).toMatch(
      /\d+ exchanges recorded to .*run\.har \(Authorization redacted\)/,
    )
    expect(recorded.har.log.version).toBe('1.2')
    expect(recorded.har.log.entries.length).toBeGreaterThan(200)
    const text = await readFile(recorded.file, 'utf8')
    expect(text).not.toContain(SECRET_TOKEN)
    expect(text).toContain('Bearer [redacted]')
  })

  it('finds it clean: every API exchange passes, the health check is counted outside', async () => {
    const { code, stdout } = await cli(['check-traffic', recorded.file])
    expect(stdout).toMatch(
      /^Traffic check of run\.har: \d+ entries, \d+ API exchanges \(v0 http:\/\/127\.0\.0\.1:\d+\/checkout\/order\)/,
    )
    expect(stdout).toMatch(
      /Outside the Order API and event log, skipped: 1 entry \(1 other paths\)/,
    )
    const summary = /(\d+) passed, (\d+) failed, (\d+) skipped/.exec(stdout)
    expect(summary?.slice(1).map(Number)).toEqual([recorded.har.log.entries.length - 1, 0, 1])
    expect(code).toBe(0)
    expect(stdout).not.toContain(SECRET_TOKEN)
  })

  it('names a wrong enum by its path, entry and time', async () => {
    const { file, index } = await mutated('wrong-enum', readsAnOrder, (entry) =>
      editBody(entry, (order) => {
        ;(order.state as Record<string, unknown>).currentStatus = 'shipped'
      }),
    )
    const { code, stdout } = await cli(['check-traffic', file])
    expect(code).toBe(1)
    const entry = recorded.har.log.entries[index] as HarEntry
    expect(stdout).toContain(`› entry ${index} at ${entry.startedDateTime}`)
    expect(stdout).toMatch(
      /GetCheckoutOrder: GET .* → 200\n\s+at \$\.state\.currentStatus: expected must be one of "checkout", .*got "shipped"/,
    )
    expect(stdout).toMatch(/\d+ passed, 1 failed, 1 skipped/)
  })

  it('names a missing required field', async () => {
    const { file } = await mutated('missing-required', readsAnOrder, (entry) =>
      editBody(entry, (order) => {
        delete (order.state as Record<string, unknown>).currentStatus
      }),
    )
    const { code, stdout } = await cli(['check-traffic', file])
    expect(code).toBe(1)
    expect(stdout).toMatch(/at \$\.state\.currentStatus: expected is required, got \(missing\)/)
  })

  it('names an undocumented status', async () => {
    const { file } = await mutated('undocumented-status', readsAnOrder, (entry) => {
      entry.response.status = 418
    })
    const { code, stdout } = await cli(['check-traffic', file])
    expect(code).toBe(1)
    expect(stdout).toMatch(
      /→ 418\n\s+at status: expected a status the contract documents, got 418 is not a documented response of GetCheckoutOrder/,
    )
  })

  it('names a wrong content type', async () => {
    const { file } = await mutated('wrong-content-type', readsAnOrder, (entry) => {
      for (const header of entry.response.headers)
        if (header.name === 'content-type') header.value = 'text/html; charset=utf-8'
      entry.response.content.mimeType = 'text/html; charset=utf-8'
    })
    const { code, stdout } = await cli(['check-traffic', file])
    expect(code).toBe(1)
    expect(stdout).toMatch(
      /at content-type: expected a documented media type, got text\/html is not documented for GetCheckoutOrder 200 \(documented: application\/json\)/,
    )
  })

  it('names a request the contract refuses that the server accepted', async () => {
    const { file } = await mutated(
      'accepted-invalid-request',
      (entry) => /\/cart$/.test(entry.request.url) && entry.response.status === 200,
      (entry) => {
        const body = JSON.parse(entry.request.postData?.text as string)
        body.items = 'not a list'
        ;(entry.request.postData as { text: string }).text = JSON.stringify(body)
      },
    )
    const { code, stdout } = await cli(['check-traffic', file])
    expect(code).toBe(1)
    expect(stdout).toMatch(
      /UpdateCheckoutOrderCart: PUT .* → 200\n\s+at request \$\.items: expected a request the contract allows \(it was accepted with 200\), got must be array/,
    )
  })

  it('writes JUnit for CI', async () => {
    const output = join(dir, 'traffic.xml')
    const { code } = await cli([
      'check-traffic',
      recorded.file,
      '--reporter',
      'junit',
      '--output',
      output,
    ])
    expect(code).toBe(0)
    expect(await readFile(output, 'utf8')).toMatch(
      /<testsuites name="norce-checkout-mock contract" tests="\d+" failures="0"/,
    )
  })
})

describe('check-traffic: versions, secrets, malformed files', () => {
  /** One recorded create, replayed as v0 and v1 with either answer. */
  function createExchange(version: 'v0' | 'v1', body: unknown): Har {
    const entry = structuredClone(
      recorded.har.log.entries.find(
        (candidate) => candidate.request.method === 'POST' && candidate.response.status === 201,
      ) as HarEntry,
    )
    entry.request.url = `https://my-slug.api-se.playground.norce.tech/checkout/order/api/${version}/checkout/orders`
    entry.response.content.text = JSON.stringify(body)
    return { log: { ...recorded.har.log, entries: [entry] } }
  }

  it('judges each exchange by the contract of the version in its path, on any host', () => {
    expect(checkHar(createExchange('v0', { id: 'o_abc' })).failed).toBe(0)
    expect(checkHar(createExchange('v1', 'o_abc')).failed).toBe(0)
    const v1WithObject = checkHar(createExchange('v1', { id: 'o_abc' }))
    expect(v1WithObject.failed).toBe(1)
    expect(v1WithObject.results[0]?.workflow).toBe(
      'v1 https://my-slug.api-se.playground.norce.tech/checkout/order',
    )
    expect(v1WithObject.results[0]?.failures[0]).toMatchObject({
      path: '$',
      expected: 'must be string',
    })
    expect(checkHar(createExchange('v0', 'o_abc')).failed).toBe(1)
  })

  it('never prints Authorization or cookies from a browser HAR', async () => {
    const har = structuredClone(recorded.har)
    const entry = har.log.entries.find(readsAnOrder) as HarEntry
    entry.request.headers.push(
      { name: 'Authorization', value: 'Bearer live-secret-123' },
      { name: 'Cookie', value: 'session=cookie-secret-456' },
    )
    editBody(entry, (order) => {
      order.currency = 42
    })
    const file = join(dir, 'secrets.har')
    await writeFile(file, JSON.stringify(har))
    const { code, stdout } = await cli(['check-traffic', file])
    expect(code).toBe(1)
    expect(stdout).toContain('-H "authorization: Bearer $NORCE_TOKEN"')
    expect(stdout).not.toMatch(/live-secret-123|cookie-secret-456|session=/)
  })

  it('refuses a file that is not a HAR 1.2 archive, naming what is wrong (exit 2)', async () => {
    const broken = join(dir, 'broken.har')
    await writeFile(broken, JSON.stringify({ log: { version: '1.2', entries: [{ request: {} }] } }))
    const { code, stderr } = await cli(['check-traffic', broken])
    expect(code).toBe(2)
    expect(stderr).toMatch(
      /Failed to read .*broken\.har: it is not a HAR 1\.2 file \(\d+ problems\):\n {2}- log\.creator is required/,
    )
    await writeFile(broken, '<html>')
    expect((await cli(['check-traffic', broken])).stderr).toMatch(/broken\.har: it is not JSON/)
    expect(() => parseHar('{"log":{}}', 'x.har')).toThrow(/log\.version is required/)
  })

  it('explains its usage', async () => {
    expect((await cli(['check-traffic'])).stderr).toMatch(/the HAR file is missing/)
    expect((await cli(['check-traffic', '--help'])).stdout).toMatch(
      /Usage:\n {2}norce-checkout-mock check-traffic <file\.har> \[options\]/,
    )
    expect((await cli(['check-traffic', 'x.har', '--reporter', 'junit'])).code).toBe(2)
    expect((await cli(['--help'])).stdout).toContain('check-traffic <file.har>')
    expect((await cli(['contract', '--help'])).stdout).toContain('--record <file.har>')
    const dry = await cli([
      'contract',
      '--base-url',
      'http://127.0.0.1:3',
      '--token',
      't',
      '--merchant',
      'm',
      '--channel',
      'c',
      '--dry-run',
      '--record',
      'x.har',
    ])
    expect(dry.code).toBe(2)
    expect(dry.stderr).toMatch(/--record needs exchanges to record; drop --dry-run/)
  })
})
