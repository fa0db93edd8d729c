import { execFile } from 'node:child_process'
import { readdir, stat } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const root = fileURLToPath(new URL('../../', import.meta.url))

/**
 * The CLI tests run `bin/norce-checkout-mock.js`, which loads `dist/bundle/`. Build it once per run,
 * and only when a source file is newer than the build (CI's `npm ci` has just built it).
 * A failing type check does not stop tsc from emitting, nor the other test files: the CLI
 * tests then run against what was emitted and report what breaks.
 */
export default async function setup(): Promise<void> {
  const built = await stat(`${root}dist/bundle/main.js`).then(
    (file) => file.mtimeMs,
    () => 0,
  )
  if (built > 0 && (await newestSource(`${root}src`)) <= built) return
  const started = Date.now()
  try {
    await promisify(execFile)(process.execPath, [
      `${root}node_modules/typescript/bin/tsc`,
      '-p',
      `${root}tsconfig.build.json`,
    ])
    await promisify(execFile)(process.execPath, [`${root}scripts/bundle-cli.mjs`])
  } catch (error) {
    const output = (error as { stdout?: string }).stdout ?? String(error)
    console.warn(
      `test/server/global-setup: the build reported errors (dist/ emitted anyway):\n${output}`,
    )
  }
  console.info(`test/server/global-setup: built dist/ in ${Date.now() - started} ms`)
}

async function newestSource(directory: string): Promise<number> {
  let newest = 0
  for (const entry of await readdir(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue
    const file = await stat(`${entry.parentPath}/${entry.name}`)
    newest = Math.max(newest, file.mtimeMs)
  }
  return newest
}
