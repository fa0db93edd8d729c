/**
 * Overrides for a builder: any subset of the object, at any depth. Arrays are given whole;
 * array elements of built types are themselves partials that their builder completes.
 */
export type DeepPartial<T> =
  T extends ReadonlyArray<infer Element>
    ? Array<DeepPartial<Element>>
    : T extends object
      ? { [Key in keyof T]?: DeepPartial<T[Key]> }
      : T

/** True when `overrides` sets `key` itself (even to `undefined`, which removes the field). */
export function overrides<T extends object>(value: T | undefined, key: PropertyKey): boolean {
  return value !== undefined && Object.hasOwn(value, key)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * `generated` with `override` laid over it: objects merge key by key, anything else (arrays,
 * strings, numbers) is replaced, and a key set to `undefined` is removed.
 */
export function applyOverrides<T>(generated: T, override: unknown): T {
  if (override === undefined) return generated
  if (!isPlainObject(generated) || !isPlainObject(override)) return override as T
  const result: Record<string, unknown> = { ...generated }
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) delete result[key]
    else result[key] = applyOverrides(result[key], value)
  }
  return result as T
}
