import { orderApiDocument } from '../../src/validation/index.ts'

/** Where example callback URLs are sent instead: loopback port 3, where nothing listens. */
const CLOSED_LOOPBACK = 'http://127.0.0.1:3'

/**
 * A valid request body for every Order API operation that takes one: what a request needs to
 * get past validation, so tests of auth, tenancy or deletion reach the check they are about.
 * Derived from the contract (each operation's first request example, which
 * document-examples.test.ts checks is valid), so a new operation needs no entry here. Every
 * URL in an example (hooks, validations, payment actions) is moved to the closed loopback
 * port 3: tests never send traffic elsewhere.
 */
export const VALID_BODIES: Readonly<Record<string, unknown>> = Object.fromEntries(
  Object.values(orderApiDocument.paths ?? {}).flatMap((item) =>
    Object.values(item as Record<string, Operation>).flatMap((operation) => {
      const example = firstExample(operation)
      return operation?.operationId && example !== undefined
        ? [[operation.operationId, toLoopback(example)]]
        : []
    }),
  ),
)

interface Operation {
  operationId?: string
  requestBody?: { content?: Record<string, MediaType> }
}

interface MediaType {
  example?: unknown
  examples?: Record<string, { value?: unknown }>
}

function firstExample(operation: Operation | undefined): unknown {
  const content = operation?.requestBody?.content
  if (!content) return undefined
  const media = content['application/json'] ?? Object.values(content)[0]
  return media?.example ?? Object.values(media?.examples ?? {})[0]?.value
}

function toLoopback(value: unknown): unknown {
  if (typeof value === 'string' && /^https?:\/\//.test(value)) {
    const url = new URL(value.replaceAll('{', '%7B').replaceAll('}', '%7D'))
    return `${CLOSED_LOOPBACK}${decodeURI(url.pathname)}`
  }
  if (Array.isArray(value)) return value.map(toLoopback)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toLoopback(item)]))
  }
  return value
}
