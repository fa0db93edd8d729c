/**
 * Overrides for a builder: any subset of the object, at any depth. Arrays are given whole;
 * array elements of built types are themselves partials that their builder completes.
 */
export type DeepPartial<T> =
  T extends ReadonlyArray<infer Element>
    ? Array<DeepPartial<Element>>
    : T extends object
      ? { [Key in keyof T]?: DeepPartial<T[Key]> | undefined }
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
 *
 * `generated` is merged into in place and returned: builders pass objects they have just built
 * and that nobody else holds, so copying them first would only cost time.
 */
export function applyOverrides<T>(generated: T, override: unknown): T {
  if (override === undefined) return generated
  if (!isPlainObject(generated) || !isPlainObject(override)) return override as T
  const target: Record<string, unknown> = generated
  for (const key of Object.keys(override)) {
    const value = override[key]
    if (value === undefined) delete target[key]
    else target[key] = applyOverrides(target[key], value)
  }
  return generated
}

/**
 * The keys of `override` that are not in `excluded`, or `undefined` when none are left: what
 * remains to lay over a built object after the builder handled `excluded` itself.
 */
export function overridesExcept(
  override: object | undefined,
  excluded: readonly string[],
): Record<string, unknown> | undefined {
  if (override === undefined) return undefined
  let rest: Record<string, unknown> | undefined
  for (const key of Object.keys(override)) {
    if (excluded.includes(key)) continue
    rest ??= {}
    rest[key] = (override as Record<string, unknown>)[key]
  }
  return rest
}
