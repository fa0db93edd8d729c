import { mkdir, writeFile } from 'node:fs/promises'
import { FIXTURES_DIR, renderFixtures } from './fixtures.ts'

await mkdir(FIXTURES_DIR, { recursive: true })
for (const [name, text] of Object.entries(renderFixtures())) {
  await writeFile(new URL(name, FIXTURES_DIR), text)
  console.log(`wrote fixtures/${name} (${text.length} bytes)`)
}
