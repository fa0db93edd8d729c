import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ORDER_SPEC = fileURLToPath(new URL('../../openapi/order.yaml', import.meta.url))

/**
 * Starts `prism proxy openapi/order.yaml <upstream> --errors` on a free loopback port, so an
 * independent validator sees every exchange of the contract suite; its findings come back
 * in each response's `sl-violations` header.
 */
export async function startPrismProxy(
  upstream: string,
  options: { timeoutMs?: number } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [
      prismBin(),
      'proxy',
      ORDER_SPEC,
      upstream,
      '--errors',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const url = `http://127.0.0.1:${port}`
  await waitUntilListening(child, port, options.timeoutMs ?? 60_000, () => output)
  return { url, close: () => stop(child) }
}

function prismBin(): string {
  const require = createRequire(import.meta.url)
  let manifest: string
  try {
    manifest = require.resolve('@stoplight/prism-cli/package.json')
  } catch {
    throw new Error(
      'Failed to start prism proxy: @stoplight/prism-cli is not installed. Hint: npm install -D @stoplight/prism-cli@5',
    )
  }
  const { bin } = require(manifest) as { bin: string | Record<string, string> }
  const relative = typeof bin === 'string' ? bin : (bin.prism ?? Object.values(bin)[0] ?? '')
  return join(dirname(manifest), relative)
}

async function waitUntilListening(
  child: ChildProcess,
  port: number,
  timeoutMs: number,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`Failed to start prism proxy: it exited with ${child.exitCode}.\n${output()}`)
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1_000) })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  await stop(child)
  throw new Error(
    `Failed to start prism proxy: not listening on ${port} after ${timeoutMs} ms.\n${output()}`,
  )
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

/** A free TCP port on 127.0.0.1 (bound, read, released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
