/**
 * Prism-style scenario control from the `Prefer` header: `code=404`, `example=name`,
 * `delay=250` (ms). Several may be combined: `Prefer: code=409, delay=100`.
 */
export interface Preferences {
  code?: number
  example?: string
  delay?: number
}

export function parsePreferHeader(header: string | undefined): Preferences {
  const preferences: Preferences = {}
  if (!header) return preferences
  for (const part of header.split(/[,;]/)) {
    const [rawKey, ...rawValue] = part.split('=')
    const key = rawKey?.trim().toLowerCase()
    const value = rawValue
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1')
    if (key === 'code' && /^\d{3}$/.test(value)) preferences.code = Number(value)
    else if (key === 'example' && value) preferences.example = value
    else if (key === 'delay' && /^\d+$/.test(value)) preferences.delay = Number(value)
  }
  return preferences
}
