#!/usr/bin/env node
// `prepare`: builds dist/ after `npm install` in a clone, and for git installs. npm also runs it
// for `npm install <directory>`, but there without the devDependencies the build needs: then
// this says how to install the kit instead of failing on `tsc: not found` (decision 107).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const root = new URL('..', import.meta.url)
const require = createRequire(import.meta.url)

function installed(name) {
  try {
    require.resolve(`${name}/package.json`)
    return true
  } catch {
    return false
  }
}

if (installed('typescript') && installed('esbuild')) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = spawnSync(npm, ['run', 'build'], { stdio: 'inherit', cwd: root })
  process.exit(result.status ?? 1)
}

const clone = new URL('.', root).pathname.replace(/\/$/, '')
const built = existsSync(new URL('dist/index.js', root))
const howTo = `Install the kit from a packed tarball instead (recommended):
  (cd ${clone} && npm ci && npm pack)
  npm install ${clone}/norce-checkout-mock-<version>.tgz
or from git, which installs the build tools first:
  npm install git+file://${clone}
See "Install" in the README.`

if (built) {
  console.warn(`norce-checkout-mock: dist/ is already built, so this directory install works, but npm links
the directory: TypeScript then sees its own copy of msw next to yours (TS2345 on
setupServer(...createHandlers())). ${howTo}`)
  process.exit(0)
}
console.error(`norce-checkout-mock: cannot build dist/ here, TypeScript is not installed.
npm runs "prepare" without devDependencies when you install a directory (npm install <path>).
${howTo}`)
process.exit(1)
