const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const ALPHANUMERIC = `${LETTERS}0123456789`
const HEX = '0123456789abcdef'

/**
 * A small, fast, seeded pseudo-random source (mulberry32): the same seed always gives the same
 * sequence, on every runtime. Used for ids, numbers and picks; Faker supplies locale text.
 *
 * @example
 * const random = createSeededRandom(42)
 * random.int(1, 6) // the same roll for seed 42, every time
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  boolean(): boolean
  pick<T>(values: readonly T[]): T
  /** Between `min` and `max` distinct elements, in their original order. */
  some<T>(values: readonly T[], min: number, max: number): T[]
  letters(length: number): string
  digits(length: number): string
  alphanumeric(length: number): string
  /** A version-4-shaped UUID. */
  uuid(): string
}

export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const below = (count: number) => Math.floor(next() * count)
  const from = (alphabet: string, length: number) => {
    let text = ''
    for (let index = 0; index < length; index++) text += alphabet[below(alphabet.length)]
    return text
  }
  return {
    next,
    int: (min, max) => min + below(max - min + 1),
    boolean: () => next() < 0.5,
    pick: (values) => values[below(values.length)] as (typeof values)[number],
    some: (values, min, max) => {
      const count = Math.min(values.length, min + below(max - min + 1))
      const chosen = new Set<number>()
      while (chosen.size < count) chosen.add(below(values.length))
      return values.filter((_, index) => chosen.has(index))
    },
    letters: (length) => from(LETTERS, length),
    digits: (length) => from('0123456789', length),
    alphanumeric: (length) => from(ALPHANUMERIC, length),
    uuid: () => {
      const hex = from(HEX, 32)
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[below(4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
    },
  }
}
