/**
 * The property names of every schema of the contracts, for the key tokens of the store
 * (`src/store/key-tokens.ts`, decision 170): each name once, in code-unit order.
 *
 * A schema's `properties` are walked wherever schemas sit (components, parameters, bodies,
 * responses, nested `items`, `allOf` and the like); values that are data, not schemas
 * (`example`, `examples`, `enum`, `const`, `default`, `x-` extensions), are not.
 *
 * @example
 * contractPropertyNames([{ components: { schemas: { A: { properties: { id: {} } } } } }]) // ['id']
 */
export function contractPropertyNames(documents: readonly unknown[]): string[] {
  const names = new Set<string>()
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item)
      return
    }
    if (node === null || typeof node !== 'object') return
    for (const [key, value] of Object.entries(node)) {
      if (DATA_KEYS.has(key) || key.startsWith('x-')) continue
      if (key === 'properties' && value !== null && typeof value === 'object') {
        for (const [name, schema] of Object.entries(value)) {
          names.add(name)
          walk(schema)
        }
      } else walk(value)
    }
  }
  for (const document of documents) walk(document)
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** Keywords whose values are instance data, not schemas. */
const DATA_KEYS = new Set(['example', 'examples', 'enum', 'const', 'default'])

/** The generated module: the names as one exported array. */
export function renderContractPropertyNames(documents: readonly unknown[], banner: string): string {
  const names = contractPropertyNames(documents)
  return (
    `${banner}\n` +
    '/**\n' +
    ' * The property names of every schema in openapi/ (order, order-v1, notification), each once, in\n' +
    ' * code-unit order: the keys `createKeyTokens` knows from the start (decision 170).\n' +
    ' */\n' +
    `export const contractPropertyNames: readonly string[] = ${JSON.stringify(names, null, 2)}\n`
  )
}
