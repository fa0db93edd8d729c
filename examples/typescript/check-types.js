// Compiles the README's snippets against the installed package in each supported TypeScript
// setup, and checks that the unsupported one (CommonJS + nodenext) fails as the README says.
import { spawnSync } from 'node:child_process'

const tsc = (project) =>
  spawnSync('npx', ['tsc', '-p', project], { encoding: 'utf8', shell: false })

let failed = 0
for (const [setup, project] of [
  ['moduleResolution bundler', 'tsconfig.bundler.json'],
  ['module nodenext, "type": "module"', 'tsconfig.nodenext.json'],
]) {
  const result = tsc(project)
  process.stdout.write(result.stdout)
  console.log(`types: ${setup}: ${result.status === 0 ? 'ok' : 'FAILED'}`)
  if (result.status !== 0) failed++
}
const commonjs = tsc('commonjs/tsconfig.json')
const asDocumented = commonjs.status !== 0 && commonjs.stdout.includes('error TS2345')
console.log(
  `types: module nodenext, CommonJS: ${asDocumented ? 'unsupported, fails with TS2345 as documented' : `UNEXPECTED (exit ${commonjs.status}): ${commonjs.stdout}`}`,
)
if (!asDocumented) failed++
process.exit(failed === 0 ? 0 : 1)
