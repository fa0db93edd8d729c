import { jsonEqual } from '../domain/json-equal.ts'

/** The value at a JSON pointer (`/state/currentStatus`) of a document, or `undefined`. */
export function valueAt(document: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '/') return document
  let current: unknown = document
  for (const raw of pointer.replace(/^\//, '').split('/')) {
    if (current === null || typeof current !== 'object') return undefined
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

/** Whether the value at `pointer` differs between two versions of a document. */
export function changedAt(before: unknown, after: unknown, pointer: string | undefined): boolean {
  if (!pointer) return false
  return !jsonEqual(valueAt(before, pointer), valueAt(after, pointer))
}
