/** `body/cart/items/0/quantity` (a violation's location) → `$.cart.items[0].quantity`. */
export function toJsonPath(location: string): string {
  if (!location.startsWith('body')) return location
  const segments = location.split('/').slice(1)
  return segments.reduce(
    (path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : `${path}.${segment}`),
    '$',
  )
}

/** The value at a violation's location inside a response body, for "actual" in reports. */
export function valueAtLocation(body: unknown, location: string): unknown {
  let current = body
  for (const segment of location.split('/').slice(1)) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[segment]
  }
  return current
}

export function preview(value: unknown, length = 120): string {
  if (value === undefined) return '(missing)'
  const text =
    typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value))
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}
