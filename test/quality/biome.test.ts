import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

it('passes Biome (lint and format) over the whole project', async () => {
  const biome = fileURLToPath(
    new URL('../../node_modules/@biomejs/biome/bin/biome', import.meta.url),
  )
  const result = await promisify(execFile)(
    process.execPath,
    [biome, 'check', '.', '--max-diagnostics=20'],
    { cwd: ROOT },
  ).catch((error: { stdout: string; stderr: string; code: number }) => error)
  expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/Found \d+ errors?/)
  expect('code' in result ? result.code : 0, `${result.stdout}\n${result.stderr}`).toBe(0)
}, 60_000)
