import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../../src/cli/run-cli.ts'
import { startMockServer } from '../../../src/server/index.ts'
import type { Har } from '../../../src/traffic/index.ts'

/** The token the recorded runs send: it must never appear in a HAR or a report. */
export const SECRET_TOKEN = 'traffic-secret-token-7f3a'
export const TENANT = { merchant: 'traffic-merchant', channel: 'traffic-channel' }

/** Runs `cli` and collects what it printed. */
export async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = []
  const err: string[] = []
  const saved = { ...process.env }
  Object.assign(process.env, env)
  try {
    const code = await runCli(args, {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text) },
    })
    return { code, stdout: out.join(''), stderr: err.join('') }
  } finally {
    for (const name of Object.keys(env)) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
  }
}

/**
 * A real recording: `contract --record` against the standalone mock over HTTP (under
 * /checkout/order, as on Norce), the whole suite. Resolves with the file and its archive.
 */
export async function recordContractRun(
  extra: string[] = [],
): Promise<{ file: string; har: Har; contract: Awaited<ReturnType<typeof cli>> }> {
  const server = await startMockServer({ port: 0, host: '127.0.0.1', logLevel: 'silent' })
  try {
    const file = join(await mkdtemp(join(tmpdir(), 'traffic-')), 'run.har')
    const contract = await cli(
      ['contract', '--base-url', `${server.url}/checkout/order`, '--record', file, ...extra],
      {
        NORCE_TOKEN: SECRET_TOKEN,
        NORCE_MERCHANT: TENANT.merchant,
        NORCE_CHANNEL: TENANT.channel,
      },
    )
    return { file, har: JSON.parse(await readFile(file, 'utf8')) as Har, contract }
  } finally {
    await server.close()
  }
}
