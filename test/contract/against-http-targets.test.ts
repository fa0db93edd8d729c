import { spawn } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runContract } from '../../src/cli/contract-command.ts'
import { formatTextReport, runContractSuite } from '../../src/contract/index.ts'
import { freePort } from '../../src/contract/prism-proxy.ts'
import { type MockServer, startMockServer } from '../../src/server/index.ts'

const tenant = {
  token: 'contract-token',
  merchant: 'contract-merchant',
  channel: 'contract-channel',
}

describe('the contract suite against the standalone server over HTTP', () => {
  let server: MockServer
  beforeAll(async () => {
    server = await startMockServer({ port: 0, host: '127.0.0.1', logLevel: 'silent' })
  })
  afterAll(() => server.close())

  it.each([
    ['on v0 at the root', '', 'v0'],
    ['on v0 under /checkout/order', '/checkout/order', 'v0'],
    ['on v1 under /checkout/order', '/checkout/order', 'v1'],
  ] as const)(
    'passes every check %s, mock-only ones included (found through /__admin/health)',
    async (_, prefix, apiVersion) => {
      const report = await runContractSuite({
        target: { ...tenant, baseUrl: `${server.url}${prefix}`, apiVersion },
      })
      expect(report.failed, formatTextReport(report)).toBe(0)
      expect(report.skipped).toBe(0)
      expect(report.passed).toBeGreaterThan(150)
      expect(report.leftovers).toEqual([])
    },
    120_000,
  )

  it('passes a full run through prism proxy (--via-prism): what Prism cannot pass through is skipped with the reason, and JUnit is written', async () => {
    const out: string[] = []
    const err: string[] = []
    const output = join(await mkdtemp(join(tmpdir(), 'contract-')), 'report.xml')
    const code = await runContract(
      ['--base-url', server.url, '--via-prism', '--reporter', 'junit', '--output', output],
      {
        stdout: { write: (text: string) => out.push(text) },
        stderr: { write: (text: string) => err.push(text) },
      },
      { NORCE_TOKEN: tenant.token, NORCE_MERCHANT: tenant.merchant, NORCE_CHANNEL: tenant.channel },
    )
    const text = out.join('')
    const [passed, failed, skipped] = (/(\d+) passed, (\d+) failed, (\d+) skipped/.exec(text) ?? [])
      .slice(1)
      .map(Number)
    expect(failed, text).toBe(0)
    expect(code).toBe(0)
    expect(passed).toBeGreaterThan(100)
    expect(err.join('')).toMatch(/prism proxy on http:\/\/127\.0\.0\.1:\d+/)
    // Each skip names what Prism does instead of passing the request through.
    const reasons = text
      .slice(text.indexOf('Skipped:'))
      .split('\n')
      .filter((line) => line.startsWith('  - '))
    expect(reasons).toHaveLength(skipped as number)
    for (const reason of reasons)
      expect(reason).toMatch(
        /prism proxy (answers a request without a token itself|answers a request the contract refuses itself \(422|forwards a JSON string body without its quotes|compares enums case-sensitively|knows openapi\/order\.yaml only)/,
      )
    expect(text).toMatch(
      /without a token: prism proxy answers a request without a token itself \(401, its own body\): it never reaches the target; sent to the target directly, which answered as expected/,
    )
    // The happy checkout goes through Prism whole: nothing of it is skipped.
    expect(reasons.filter((line) => line.includes('happy checkout'))).toEqual([])
    expect(await readFile(output, 'utf8')).toMatch(
      /<testsuites name="norce-checkout-mock contract" tests="\d+" failures="0"/,
    )
  }, 180_000)
})

describe('the contract suite against prism mock (stateless)', () => {
  let prism: ReturnType<typeof spawn>
  let url: string
  beforeAll(async () => {
    const port = await freePort()
    url = `http://127.0.0.1:${port}`
    const require = createRequire(import.meta.url)
    const bin = require.resolve('@stoplight/prism-cli/dist/index.js')
    const spec = fileURLToPath(new URL('../../openapi/order.yaml', import.meta.url))
    prism = spawn(
      process.execPath,
      [bin, 'mock', spec, '--host', '127.0.0.1', '--port', String(port)],
      { stdio: 'ignore' },
    )
    for (let attempt = 0; attempt < 240; attempt++) {
      if (
        await fetch(`${url}/`).then(
          () => true,
          () => false,
        )
      )
        return
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error('prism mock did not start')
  }, 90_000)
  afterAll(() => {
    prism?.kill('SIGTERM')
  })

  it('completes without crashing and names the stateful checks a stateless mock cannot pass', async () => {
    const report = await runContractSuite({
      target: { ...tenant, baseUrl: url, apiVersion: 'v0' },
      mockFeatures: 'auto',
    })
    const text = formatTextReport(report)
    expect(report.results.length).toBeGreaterThan(100)
    // Prism answers examples: the order it "created" is never the one it returns...
    expect(text).toMatch(
      /delete then 404 › read it\n {3}GetCheckoutOrder: GET .* → 200\n {3}at status: expected 404, got 200/,
    )
    expect(report.failed).toBeGreaterThan(0)
    // ...and it is not the mock, so the mock-only checks are skipped with the reason shown.
    expect(text).toContain('mock-only: needs norce-checkout-mock')
  }, 180_000)
})
