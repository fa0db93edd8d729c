const DAY = 86_400_000
const TWO_DIGITS = Array.from({ length: 60 }, (_, value) => String(value).padStart(2, '0'))
const THREE_DIGITS = Array.from({ length: 1000 }, (_, value) => String(value).padStart(3, '0'))
/** `YYYY-MM-DDT` of each day seen so far, by days since the epoch (bounded, see below). */
const dayPrefixes = new Map<number, string>()

/**
 * `new Date(time).toISOString()`, character for character, without a `Date` per call: the
 * factories stamp every order with several times around one reference date, so the day part
 * is looked up and only the time of day is formatted.
 *
 * @example
 * isoTime(Date.UTC(2026, 0, 12, 8, 21, 29)) // '2026-01-12T08:21:29.000Z'
 */
export function isoTime(time: number): string {
  // Fractions, out-of-range and invalid times: leave them to Date (truncation, RangeError).
  if (!Number.isInteger(time) || Math.abs(time) > 8.64e15) return new Date(time).toISOString()
  const day = Math.floor(time / DAY)
  let prefix = dayPrefixes.get(day)
  if (prefix === undefined) {
    const iso = new Date(day * DAY).toISOString()
    prefix = iso.slice(0, iso.indexOf('T') + 1)
    if (dayPrefixes.size >= 4_096) dayPrefixes.clear()
    dayPrefixes.set(day, prefix)
  }
  let rest = time - day * DAY
  const milliseconds = rest % 1000
  rest = (rest - milliseconds) / 1000
  const seconds = rest % 60
  rest = (rest - seconds) / 60
  const minutes = rest % 60
  const hours = (rest - minutes) / 60
  return `${prefix}${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${THREE_DIGITS[milliseconds]}Z`
}
