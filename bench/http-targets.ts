import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { readdir, readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

/** The package root: every target runs from here. */
const ROOT = fileURLToPath(new URL('../', import.meta.url))

/** A server process the benchmark started; `stop()` is safe to call twice. */
export interface Target {
  name: string
  url: string
  child: ChildProcess
  stop(): Promise<void>
  /** SIGTERM (a clean shutdown), then SIGKILL if still running after `graceMs`. */
  terminate(graceMs: number): Promise<void>
}

const started = new Set<ChildProcess>()

/** Kills whatever is still running (on exit, or when the time budget runs out). */
export function stopEverything(): void {
  for (const child of started) child.kill('SIGKILL')
  started.clear()
}

/** A free loopback port (the OS picks it; released before the target binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/** Starts `node ...args` on `port` (127.0.0.1 only); output is dropped, errors kept. */
function startTarget(
  name: string,
  port: number,
  args: string[],
  env: Record<string, string> = {},
): Target {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
  })
  started.add(child)
  let stderr = ''
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    stderr = (stderr + text).slice(-4000)
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.once('exit', (code, signal) => {
    started.delete(child)
    if (code && code !== 0 && signal === null)
      console.error(`  ${name} exited with ${code}: ${stderr}`)
  })
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await exited
    },
    async terminate(graceMs) {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      let timer: NodeJS.Timeout | undefined
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))])
      clearTimeout(timer)
      await this.stop()
    },
  }
}

/** Our CLI, from dist/ (as `npx norce-checkout-mock serve` runs it). */
export function startOurs(port: number, extra: string[] = []): Target {
  return startTarget('norce-checkout-mock', port, [
    'bin/norce-checkout-mock.js',
    'serve',
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--quiet',
    ...extra,
  ])
}

/** `prism mock openapi/order.yaml`, static examples or (`dynamic`) generated ones. */
export function startPrism(port: number, dynamic: boolean): Target {
  return startTarget(dynamic ? 'prism dynamic' : 'prism static', port, [
    'node_modules/@stoplight/prism-cli/dist/index.js',
    'mock',
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-v',
    'silent',
    ...(dynamic ? ['-d', '--seed', '1'] : []),
    'openapi/order.yaml',
  ])
}

/** A canned answer of the bare server: status, headers and the exact body bytes. */
export interface CannedResponse {
  status: number
  headers: Record<string, string>
  body: string
}

/**
 * A bare node:http server answering the same bytes as ours: the ceiling of what any server
 * on node:http can do here. It reads request bodies too, as a real server must.
 */
export function startBare(
  port: number,
  responses: { get: CannedResponse; list: CannedResponse; create: CannedResponse },
): Target {
  const code = `
    const http = require('node:http')
    const canned = JSON.parse(process.env.BARE_RESPONSES)
    for (const key in canned) canned[key].bytes = Buffer.from(canned[key].body)
    const send = (res, answer) => { res.writeHead(answer.status, answer.headers); res.end(answer.bytes) }
    http.createServer((req, res) => {
      if (req.method === 'POST') { req.on('data', () => {}); req.on('end', () => send(res, canned.create)); return }
      send(res, req.url.split('?')[0].endsWith('/orders') ? canned.list : canned.get)
    }).listen(${port}, '127.0.0.1')
  `
  return startTarget('bare node:http', port, ['-e', code], {
    BARE_RESPONSES: JSON.stringify(responses),
  })
}

/**
 * Polls `url` until it answers 200 and resolves with the ms since `since`; rejects after
 * `timeoutMs` or when the process ends first.
 */
export async function waitFor200(
  target: Target,
  path: string,
  headers: Record<string, string>,
  since: number,
  timeoutMs: number,
): Promise<number> {
  const deadline = since + timeoutMs
  while (performance.now() < deadline) {
    if (target.child.exitCode !== null) throw new Error(`${target.name} exited before serving`)
    const status = await fetch(`${target.url}${path}`, { headers }).then(
      async (response) => {
        await response.arrayBuffer()
        return response.status
      },
      () => 0,
    )
    if (status === 200) return performance.now() - since
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  throw new Error(`${target.name} did not answer 200 on ${path} within ${timeoutMs} ms`)
}

/** Resident memory of a process, in MB (Linux `/proc`). */
export async function rssMegabytes(child: ChildProcess): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8')
    const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
    return Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined
  } catch {
    return undefined
  }
}

/** The benchmarks run the real CLI (`dist/bundle/`): build it when a source is newer. */
export async function ensureBuilt(): Promise<void> {
  const built = await stat(`${ROOT}dist/bundle/main.js`).then(
    (file) => file.mtimeMs,
    () => 0,
  )
  let newest = 0
  for (const entry of await readdir(`${ROOT}src`, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, (await stat(`${entry.parentPath}/${entry.name}`)).mtimeMs)
  }
  if (built >= newest) return
  console.log('  building dist/ first (npm run build)')
  await promisify(execFile)(process.execPath, [
    `${ROOT}node_modules/typescript/bin/tsc`,
    '-p',
    `${ROOT}tsconfig.build.json`,
  ]).catch((error: { stdout?: string }) => {
    console.warn(`  the build reported errors; dist/ was emitted anyway:\n${error.stdout ?? error}`)
  })
  await promisify(execFile)(process.execPath, [`${ROOT}scripts/bundle-cli.mjs`])
}

/** The demo tenant's headers: every Order API request of the benchmarks sends them. */
export const TENANT_HEADERS = {
  authorization: 'Bearer bench-token',
  'x-merchant': 'thingsandstuff',
  'x-channel': 'thingsandstuff-se',
}

/** One request a benchmark sends: method, path (with query) and, for a POST, its JSON body. */
export interface BenchRequest {
  method: 'GET' | 'POST'
  path: string
  body?: string
}

/** The exact bytes and headers `target` answers, for the bare server to replay. */
export async function capture(target: Target, request: BenchRequest): Promise<CannedResponse> {
  const response = await fetch(`${target.url}${request.path}`, {
    method: request.method,
    headers: { ...TENANT_HEADERS, 'content-type': 'application/json' },
    ...(request.body && { body: request.body }),
  })
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    if (!['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name))
      headers[name] = value
  })
  return { status: response.status, headers, body: await response.text() }
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** The id of a demo-channel order of the built-in fixtures: the GET order of every benchmark. */
export async function demoOrderId(): Promise<string> {
  const orders = JSON.parse(await readFile(`${ROOT}fixtures/orders.json`, 'utf8')) as Array<{
    id: string
    channel: string
  }>
  const order = orders.find((candidate) => candidate.channel === TENANT_HEADERS['x-channel'])
  if (!order) throw new Error('Failed to find a demo-channel order in fixtures/orders.json.')
  return order.id
}
