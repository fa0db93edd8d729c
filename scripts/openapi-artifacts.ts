import { readFile } from 'node:fs/promises'
import openapiTS, { astToString } from 'openapi-typescript'
import { parse } from 'yaml'

export const ORDER_SPEC_PATH = new URL('../openapi/order.yaml', import.meta.url)
export const GENERATED_DIR = new URL('../src/generated/', import.meta.url)

const BANNER =
  '// Generated from openapi/order.yaml by `npm run generate`. Do not edit by hand:\n' +
  '// change the OpenAPI file and regenerate (a test fails when the two drift).\n'

/** The files derived from `openapi/order.yaml`, by file name, as they should read. */
export async function renderOpenApiArtifacts(): Promise<Record<string, string>> {
  const source = await readFile(ORDER_SPEC_PATH, 'utf8')
  const document = parse(source)
  const types = astToString(await openapiTS(document, { alphabetize: false, immutable: false }))
  return {
    'order-document.ts':
      `${BANNER}import type { OpenApiDocument } from '../validation/openapi-types.ts'\n\n` +
      `/** The Order API contract, \`openapi/order.yaml\` as data (for runtimes without a file system). */\n` +
      // A JSON string parses faster than an object literal of this size, and spares tsc the type.
      `export const orderApiDocument: OpenApiDocument = JSON.parse(${JSON.stringify(JSON.stringify(document))})\n`,
    'order-api.ts': `${BANNER}${types}`,
  }
}
