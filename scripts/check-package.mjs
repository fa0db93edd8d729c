// `npm run check:package`: packs the package as `npm publish` would (dist/ must be built:
// `npm ci` does it through `prepare`) and checks the tarball itself with publint (--strict)
// and @arethetypeswrong/cli. Profile esm-only: the package is ESM, as its package.json says;
// CommonJS consumers import() it. Entry points that are data, not modules (the OpenAPI YAML
// documents), have no types to check and are left out of attw's run.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const bin = (name) => join(root, 'node_modules/.bin', name)
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit', ...options })

const directory = mkdtempSync(join(tmpdir(), 'norce-checkout-mock-pack-'))
try {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', directory], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  )
  const tarball = join(directory, packed.filename)
  console.log(`== ${packed.filename}: ${statSync(tarball).size} bytes, ${packed.entryCount} files`)
  console.log('== publint')
  run(bin('publint'), ['run', tarball, '--strict'])
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const dataEntryPoints = Object.keys(exports).filter((key) => /\.(ya?ml)$/.test(key))
  console.log('== @arethetypeswrong/cli')
  run(bin('attw'), [
    tarball,
    '--profile',
    'esm-only',
    ...(dataEntryPoints.length > 0 ? ['--exclude-entrypoints', ...dataEntryPoints] : []),
  ])
} finally {
  rmSync(directory, { recursive: true, force: true })
}
