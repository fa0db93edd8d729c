import { mkdir, writeFile } from 'node:fs/promises'
import { GENERATED_DIR, renderOpenApiArtifacts } from './openapi-artifacts.ts'

await mkdir(GENERATED_DIR, { recursive: true })
for (const [name, text] of Object.entries(await renderOpenApiArtifacts())) {
  await writeFile(new URL(name, GENERATED_DIR), text)
  console.log(`wrote src/generated/${name} (${text.length} bytes)`)
}
