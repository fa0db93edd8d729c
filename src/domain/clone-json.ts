/**
 * A deep copy of JSON data (objects, arrays, strings, numbers, booleans, null): faster than
 * `structuredClone` for the plain records the store holds.
 */
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(cloneJson) as T
  const copy: Record<string, unknown> = {}
  for (const key in value) {
    if (Object.hasOwn(value, key)) copy[key] = cloneJson((value as Record<string, unknown>)[key])
  }
  return copy as T
}
