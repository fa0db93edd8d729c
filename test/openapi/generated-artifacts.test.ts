import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { GENERATED_DIR, renderOpenApiArtifacts } from '../../scripts/openapi-artifacts.ts'

describe('src/generated', () => {
  it('matches openapi/*.yaml, every contract (run `npm run generate` after changing one)', async () => {
    const expected = await renderOpenApiArtifacts()
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining(['order-api.ts', 'order-v1-api.ts', 'order-v1-document.ts']),
    )
    for (const [name, text] of Object.entries(expected)) {
      const committed = await readFile(new URL(name, GENERATED_DIR), 'utf8')
      expect(committed === text, `src/generated/${name} is stale: run \`npm run generate\``).toBe(
        true,
      )
    }
  })
})
