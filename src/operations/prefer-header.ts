import { invalidRequest } from '../problems/index.ts'

/**
 * Prism-style scenario control from the `Prefer` header: `code=404`, `example=name`,
 * `delay=250` (ms). Several may be combined: `Prefer: code=409, delay=100`.
 */
export interface Preferences {
  code?: number
  example?: string
  delay?: number
}

const RULES = {
  code: { pattern: /^\d{3}$/, expected: 'a three-digit status code' },
  example: { pattern: /^.+$/, expected: 'an example name' },
  delay: { pattern: /^\d+$/, expected: 'a whole number of milliseconds' },
} as const

/**
 * Reads the preferences the mock knows. Other preferences (`return=minimal`, ...) are ignored,
 * as RFC 7240 asks; a known one with an unusable value answers 400 naming `header/prefer`,
 * so a typo (`code=4o4`) never runs the real operation instead.
 */
export function parsePreferHeader(header: string | undefined): Preferences {
  const preferences: Preferences = {}
  if (!header) return preferences
  for (const part of header.split(/[,;]/)) {
    const [rawKey, ...rawValue] = part.split('=')
    const key = rawKey?.trim().toLowerCase()
    if (key !== 'code' && key !== 'example' && key !== 'delay') continue
    const value = rawValue
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1')
    if (!RULES[key].pattern.test(value)) {
      throw invalidRequest(
        'header/prefer',
        key,
        `${key} must be ${RULES[key].expected}, got "${value}"`,
      )
    }
    if (key === 'example') preferences.example = value
    else preferences[key] = Number(value)
  }
  return preferences
}
