import { execFile } from 'node:child_process'
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs')

/**
 * `npm run check:architecture` (dependency-cruiser, .dependency-cruiser.cjs) runs over the
 * real tree in CI. This proves the rules bite: in a copy of the project with one deliberate
 * violation of each kind, the check fails and names every broken rule.
 */
describe('the layer rules', { timeout: 120_000 }, () => {
  let copy: string
  beforeAll(async () => {
    copy = await mkdtemp(join(tmpdir(), 'norce-layer-rules-'))
    for (const entry of [
      'src',
      'demo/src',
      'fixtures',
      'tsconfig.json',
      '.dependency-cruiser.cjs',
    ]) {
      await cp(join(ROOT, entry), join(copy, entry), { recursive: true })
    }
    await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir')
  })
  afterAll(() => rm(copy, { recursive: true, force: true }))

  // Only the given files are cruised (their imports are resolved, not followed): fast, and
  // enough for every rule, the cycle included (both of its files are given).
  const depcruise = (paths: string[]) =>
    promisify(execFile)(
      process.execPath,
      [
        DEPCRUISE,
        ...paths,
        '--config',
        '.dependency-cruiser.cjs',
        '--do-not-follow',
        '.',
        '--output-type',
        'err',
      ],
      { cwd: copy },
    ).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: `${error.stdout}\n${error.stderr}`,
      }),
    )

  it('fail on a deliberate violation of each rule, naming it', async () => {
    const violations: Record<string, string> = {
      // The core reaching up a layer, and into an adapter.
      'src/domain/reaches-up.ts': "export { createOperationTable } from '../operations/index.ts'\n",
      'src/store/uses-adapter.ts': "export { createHandlers } from '../handlers/index.ts'\n",
      // The contract suite using the mock itself, and the core using the contract suite.
      'src/contract/uses-mock.ts': "export { createStore } from '../store/index.ts'\n",
      'src/server/runs-contract.ts': "export { runContractSuite } from '../contract/index.ts'\n",
      // The mock core reading traffic, and traffic reaching the store.
      'src/operations/reads-traffic.ts': "export { parseHar } from '../traffic/index.ts'\n",
      'src/traffic/uses-store.ts': "export { createStore } from '../store/index.ts'\n",
      // A cycle between two files of one folder.
      'src/routing/cycle-a.ts': "import { b } from './cycle-b.ts'\nexport const a = () => b\n",
      'src/routing/cycle-b.ts': "import { a } from './cycle-a.ts'\nexport const b = () => a\n",
      // The demo reaching into the sources by path.
      'demo/src/by-path.ts': "export { sumPrices } from '../../src/domain/money.ts'\n",
    }
    for (const [path, text] of Object.entries(violations)) await writeFile(join(copy, path), text)
    try {
      const result = await depcruise(Object.keys(violations))
      expect(result.code).not.toBe(0)
      for (const rule of [
        'layer-domain',
        'core-never-imports-adapters',
        'contract-imports-core-only',
        'only-cli-imports-contract',
        'only-adapters-import-traffic',
        'layer-traffic',
        'no-circular',
        'demo-uses-public-entry-points',
      ]) {
        expect(result.output, rule).toContain(rule)
      }
    } finally {
      for (const path of Object.keys(violations)) await rm(join(copy, path))
    }
  })
})
