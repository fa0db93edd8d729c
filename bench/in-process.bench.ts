import { spawn } from 'node:child_process'
import { loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { ensureBuilt, median } from './http-targets.ts'

const ROOT = fileURLToPath(new URL('../', import.meta.url))

/**
 * The package in a test process (issue 16): how long a fresh process takes to answer its first
 * request through `setupServer(...createHandlers())`, and how a request through the handlers
 * compares with msw answering the same bytes from a static handler (msw's own floor). Both
 * run the built package (dist/), each case in fresh processes, cases interleaved.
 */
const FIRST_REQUEST_RUNS = 5
const FIRST_REQUEST_GOAL_MS = 50
const RATIO_GOAL = 1.3
const CASES = ['v0-get', 'v0-post', 'v1-get', 'v1-post'] as const
const STATIC_CASES = { 'v0-get': 'static-get', 'v0-post': 'static-post' } as const

interface FirstRequest {
  status: number
  answer: { bytes: string; status: number; headers: [string, string][] }
  importMs: number
  setupMs: number
  firstMs: number
  firstCpuMs: number
  secondMs: number
}

interface RatioResult {
  name: string
  bytes: number
  oursUs: number
  staticUs: number
  ratio: number
}

function runNode(script: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [`${ROOT}bench/${script}`, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text
    })
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr = (stderr + text).slice(-4000)
    })
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code === 0) resolve(stdout.trim().split('\n').at(-1) ?? '')
      else reject(new Error(`bench/${script} ${args.join(' ')} exited with ${code}: ${stderr}`))
    })
  })
}

const spread = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')

export async function benchInProcess(): Promise<void> {
  await ensureBuilt()
  console.log(`  load average before: ${load()} (2 cores shared: read the numbers with it)`)
  const runs = new Map<string, FirstRequest[]>()
  for (let round = 0; round < FIRST_REQUEST_RUNS; round++) {
    for (const name of CASES) {
      const result = JSON.parse(
        await runNode('in-process-first-request.mjs', [name]),
      ) as FirstRequest
      if (result.status >= 300) throw new Error(`${name} answered ${result.status}`)
      runs.set(name, [...(runs.get(name) ?? []), result])
      const staticName = STATIC_CASES[name as keyof typeof STATIC_CASES]
      if (staticName) {
        const floor = JSON.parse(
          await runNode('in-process-first-request.mjs', [staticName], {
            STATIC_ANSWER: JSON.stringify(result.answer),
          }),
        ) as FirstRequest
        runs.set(staticName, [...(runs.get(staticName) ?? []), floor])
      }
    }
  }
  console.log(
    `\n  First request of a fresh process (${FIRST_REQUEST_RUNS} processes each; median, min–max)`,
  )
  console.log(
    `  ${'case'.padEnd(34)} ${'import'.padStart(8)} ${'setup'.padStart(7)} ${'first request'.padStart(22)} ${'CPU'.padStart(7)} ${'second'.padStart(7)}`,
  )
  const label: Record<string, string> = {
    'v0-get': 'createHandlers, v0 GET order',
    'v0-post': 'createHandlers, v0 POST create',
    'v1-get': 'createHandlers, v1 GET order',
    'v1-post': 'createHandlers, v1 POST create',
    'static-get': 'msw static handler, same GET bytes',
    'static-post': 'msw static handler, same POST bytes',
  }
  for (const [name, results] of runs) {
    const pick = (key: keyof FirstRequest) => results.map((result) => result[key] as number)
    console.log(
      `  ${(label[name] ?? name).padEnd(34)} ${`${median(pick('importMs'))} ms`.padStart(8)} ${`${median(pick('setupMs'))} ms`.padStart(7)} ${`${median(pick('firstMs'))} ms (${spread(pick('firstMs'))})`.padStart(22)} ${`${median(pick('firstCpuMs'))} ms`.padStart(7)} ${`${median(pick('secondMs'))} ms`.padStart(7)}`,
    )
  }
  const worst = Math.max(
    ...CASES.map((name) => median((runs.get(name) ?? []).map((result) => result.firstMs))),
  )
  console.log(
    `  goal: first request ≤ ${FIRST_REQUEST_GOAL_MS} ms (worst median of the createHandlers cases: ${worst} ms) — ${worst <= FIRST_REQUEST_GOAL_MS ? 'met' : 'NOT met'}`,
  )

  console.log(
    '\n  In-process request: setupServer + createHandlers vs msw static handler, same bytes',
  )
  const ratios = JSON.parse(await runNode('in-process-ratio.mjs', [])) as RatioResult[]
  for (const result of ratios) {
    console.log(
      `  ${result.name.padEnd(28)} ${`${result.bytes} B`.padStart(8)}   ours ${String(result.oursUs).padStart(5)} µs   static ${String(result.staticUs).padStart(5)} µs   ratio ${result.ratio.toFixed(2)}×`,
    )
  }
  const get = ratios.find((result) => result.name === 'GET order')
  if (get) {
    console.log(
      `  goal: GET order ≤ ${RATIO_GOAL}× msw static — ${get.ratio <= RATIO_GOAL ? 'met' : 'NOT met'} (${get.ratio.toFixed(2)}×)`,
    )
  }
  console.log(`  load average after: ${load()}`)
}
