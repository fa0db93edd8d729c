import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))

/** A `norce-checkout-mock` process started by a test. */
export interface CliProcess {
  child: ChildProcess
  /** Everything printed so far. */
  readonly stdout: string
  readonly stderr: string
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>
}

const running = new Set<ChildProcess>()

/** Starts `node bin/norce-checkout-mock.js ...args` from the package root (`env` added to this process's). */
export function startCli(args: readonly string[], env: Record<string, string> = {}): CliProcess {
  const child = spawn(process.execPath, ['bin/norce-checkout-mock.js', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  })
  running.add(child)
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (text: string) => {
    stdout += text
  })
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    stderr += text
  })
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => {
      running.delete(child)
      resolve(code ?? signal ?? -1)
    })
  })
  return {
    child,
    get stdout() {
      return stdout
    },
    get stderr() {
      return stderr
    },
    exited,
  }
}

/**
 * Waits for the banner's URL (the server was started with `--port 0`), then for
 * `GET /__admin/health` to answer 200. Fails with what the process printed.
 */
export async function waitUntilServing(cli: CliProcess, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  let url: string | undefined
  let ended = false
  void cli.exited.then(() => {
    ended = true
  })
  while (Date.now() < deadline && !ended) {
    url ??= /url: (http:\/\/127\.0\.0\.1:\d+)/.exec(cli.stdout)?.[1]
    if (url) {
      const healthy = await fetch(`${url}/__admin/health`).then(
        (response) => response.status === 200,
        () => false,
      )
      if (healthy) return url
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(
    `The CLI did not serve in time (ended: ${ended}).\nstdout:\n${cli.stdout}\nstderr:\n${cli.stderr}`,
  )
}

/** Sends `signal` and waits for the exit. */
export async function stopCli(cli: CliProcess, signal: NodeJS.Signals = 'SIGTERM') {
  cli.child.kill(signal)
  return cli.exited
}

/** Kills every process a test left running (for afterEach). */
async function killAllClis(): Promise<void> {
  const left = [...running]
  for (const child of left) child.kill('SIGKILL')
  await Promise.all(
    left.map(
      (child) =>
        new Promise((resolve) =>
          child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve),
        ),
    ),
  )
}

/** `serve` on a free loopback port, quiet, keeping its state in `stateFile`. */
export function serveWithState(stateFile: string): string[] {
  return ['serve', '--port', '0', '--host', '127.0.0.1', '--state', stateFile, '--quiet']
}

/**
 * For a test file that starts CLIs on state files: a fresh temporary directory for the file
 * (removed after it) and every CLI killed after each test. Answers the path of a file in it.
 */
export function useStateDirectory(prefix: string): (name: string) => string {
  let directory = ''
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), `norce-checkout-mock-${prefix}-`))
  })
  afterEach(killAllClis)
  afterAll(() => rm(directory, { recursive: true, force: true }))
  return (name) => join(directory, name)
}
