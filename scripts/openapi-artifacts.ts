import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import openapiTS, { astToString } from 'openapi-typescript'
import { parse } from 'yaml'
import type { OpenApiDocument } from '../src/validation/openapi-types.ts'
import { renderContractPropertyNames } from './contract-property-names.ts'
import { renderStandaloneValidators } from './standalone-validators.ts'

export const OPENAPI_DIR = new URL('../openapi/', import.meta.url)
export const GENERATED_DIR = new URL('../src/generated/', import.meta.url)

/** Each contract of `openapi/` and the names its generated files take. */
export const CONTRACTS = [
  {
    file: 'order.yaml',
    name: 'order',
    exportName: 'orderApiDocument',
    title: 'The Order API v0 contract (the 0.1 documentation)',
    rootTypes: true,
  },
  {
    file: 'order-v1.yaml',
    name: 'order-v1',
    exportName: 'orderV1ApiDocument',
    title: 'The Order API v1 contract',
    rootTypes: true,
  },
  {
    file: 'notification.yaml',
    name: 'notification',
    exportName: 'notificationApiDocument',
    title: 'The Notification service (event log) contract',
    rootTypes: false,
  },
] as const

/**
 * The code a state file's index is derived and encoded with (decision 165): a change to any
 * of them makes the snapshots written before it load the checked way.
 */
const SNAPSHOT_INDEX_SOURCES = [
  'src/store/order-entry.ts',
  'src/store/entry-fields-codec.ts',
  'src/domain/order-totals.ts',
  'src/domain/money.ts',
] as const

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32)

const banner = (file: string) =>
  `// Generated from openapi/${file} by \`npm run generate\`. Do not edit by hand:\n` +
  '// change the OpenAPI file and regenerate (a test fails when the two drift).\n'

/** The files derived from `openapi/*.yaml`, by file name, as they should read. */
export async function renderOpenApiArtifacts(): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  const documents: unknown[] = []
  for (const contract of CONTRACTS) {
    const document = parse(await readFile(new URL(contract.file, OPENAPI_DIR), 'utf8'))
    documents.push(document)
    const types = astToString(
      await openapiTS(document, {
        alphabetize: false,
        immutable: false,
        // `export type Order = components['schemas']['Order']` and the like, so that the package
        // can export each contract's types as one namespace (`V0.Order`, `V1.Order`).
        rootTypes: contract.rootTypes,
        rootTypesNoSchemaPrefix: true,
      }),
    )
    files[`${contract.name}-document.ts`] =
      `${banner(contract.file)}\n` +
      `/** ${contract.title}, \`openapi/${contract.file}\` as data (for runtimes without a file system); typed in src/validation/. */\n` +
      // A JSON string parses faster than an object literal of this size, and spares tsc the type.
      `export const ${contract.exportName}: unknown = JSON.parse(${JSON.stringify(JSON.stringify(document))})\n`
    files[`${contract.name}-api.ts`] = `${banner(contract.file)}${types}`
    files[`${contract.name}-validators.ts`] =
      `${banner(contract.file)}${renderStandaloneValidators(document as OpenApiDocument, contract.title)}`
  }
  // What a state file's orders were checked against (decision 165): the generated v0
  // validators (the contract's schemas and the code Ajv made of them), as one hash.
  const orderValidators = files['order-validators.ts'] as string
  files['order-contract-fingerprint.ts'] =
    `${banner('order.yaml')}\n` +
    "/** SHA-256 (first 32 hex digits) of src/generated/order-validators.ts: what a state file's orders were checked against. */\n" +
    `export const ORDER_CONTRACT_FINGERPRINT = '${sha256(orderValidators)}'\n`
  // And the code that derives a snapshot's index from an order (decision 165).
  const indexCode = await Promise.all(
    SNAPSHOT_INDEX_SOURCES.map(async (path) =>
      (await readFile(new URL(`../${path}`, import.meta.url), 'utf8')).replace(/\r\n/g, '\n'),
    ),
  )
  files['snapshot-index-fingerprint.ts'] =
    `// Generated from ${SNAPSHOT_INDEX_SOURCES.join(', ')} by \`npm run generate\`.\n` +
    '// Do not edit by hand: run it after changing one of them (a test fails when they drift).\n\n' +
    "/** SHA-256 (first 32 hex digits) of the code deriving a state file's index from its orders. */\n" +
    `export const SNAPSHOT_INDEX_FINGERPRINT = '${sha256(indexCode.join('\n'))}'\n`
  files['contract-property-names.ts'] = renderContractPropertyNames(
    documents,
    banner(CONTRACTS.map((contract) => contract.file).join(', openapi/')),
  )
  return files
}
