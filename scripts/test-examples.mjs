#!/usr/bin/env node
// `npm run test:examples`: packs the kit as npm would publish it, installs the tarball into each
// project under examples/ (its own lockfile: `npm ci`, then the tarball) and runs its tests.
// Ends with each runner's own summary line. `npm run test:examples -- jest vitest` runs some.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const examplesDir = join(root, 'examples')
const packDir = join(examplesDir, '.pack')

/** Each runner's own summary line, as it prints it. */
const SUMMARY = {
  vitest: /^\s*Tests\s+\d+/,
  jest: /^Tests:\s+/,
  'node-test': /^# (tests|pass|fail) \d+/,
  playwright: /^\s*\d+ (passed|failed|flaky|skipped)/,
  typescript: /^types: /,
}

const wanted = process.argv.slice(2)
const examples = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
  .map((entry) => entry.name)
  .filter((name) => wanted.length === 0 || wanted.includes(name))

function run(command, args, cwd, { capture = false } = {}) {
  console.log(`$ (cd ${cwd.replace(root, '')}) ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  })
  if (capture) {
    process.stdout.write(result.stdout)
    process.stderr.write(result.stderr)
  }
  return result
}

rmSync(packDir, { recursive: true, force: true })
mkdirSync(packDir, { recursive: true })
const pack = run('npm', ['pack', '--pack-destination', packDir, '--json'], root, { capture: true })
if (pack.status !== 0) process.exit(pack.status ?? 1)
const [packed] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[')))
const tarball = join(packDir, packed.filename)
console.log(`== packed ${packed.filename}: ${packed.size} bytes, ${packed.entryCount} files`)

const results = []
for (const name of examples) {
  const cwd = join(examplesDir, name)
  console.log(`\n== examples/${name}`)
  const steps = [
    ['npm', ['ci', '--no-audit', '--no-fund']],
    ['npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball]],
  ]
  let failed = steps.some(([command, args]) => run(command, args, cwd).status !== 0)
  let summary = []
  if (!failed) {
    const test = run('npm', ['test', '--silent'], cwd, { capture: true })
    const output = `${test.stdout}\n${test.stderr}`.split('\n')
    summary = output.filter((line) => (SUMMARY[name] ?? /passed|failed/).test(line))
    failed = test.status !== 0
  }
  results.push({ name, failed, summary })
}

console.log('\n== test:examples')
for (const { name, failed, summary } of results) {
  console.log(`${failed ? 'FAIL' : 'ok  '} examples/${name}`)
  for (const line of summary) console.log(`       ${line.trim()}`)
}
if (!existsSync(tarball) || results.some((result) => result.failed)) process.exit(1)
