const codesOf = (text: string) => Array.from(text, (char) => char.charCodeAt(0))
const LETTERS = codesOf('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
const DIGITS = codesOf('0123456789')
const ALPHANUMERIC = [...LETTERS, ...DIGITS]
const HEX = codesOf('0123456789abcdef')
const VARIANT = codesOf('89ab')
const DASH = '-'.charCodeAt(0)
const VERSION = '4'.charCodeAt(0)
/**
 * Where each character of a UUID comes from: a drawn hex digit by index (the 13th and 17th
 * are not used), or a dash (-1), the version (-2) or the variant (-3).
 */
const UUID_SOURCE = [
  ...[0, 1, 2, 3, 4, 5, 6, 7, -1],
  ...[8, 9, 10, 11, -1],
  ...[-2, 13, 14, 15, -1],
  ...[-3, 17, 18, 19, -1],
  ...[20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31],
]

/**
 * A small, fast, seeded pseudo-random source (mulberry32): the same seed always gives the same
 * sequence, on every runtime. Used for ids, numbers and picks, and to draw locale text from
 * Faker's locale data.
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
  /** Restarts the sequence: what follows is what `createSeededRandom(seed)` would draw. */
  reseed(seed: number): void
}

export function createSeededRandom(seed: number): SeededRandom {
  // The state lives in a typed array: a uint32 closure variable would be boxed anew on every
  // draw. Same arithmetic as mulberry32 on a uint32, so the same sequence.
  const state = new Int32Array([seed >>> 0])
  const next = () => {
    state[0] = (state[0] as number) + 0x6d2b79f5
    let t = state[0] as number
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const below = (count: number) => Math.floor(next() * count)
  // Char codes of a string drawn so far, one reusable array per length (no string per char).
  const scratch: number[][] = []
  const drawCodes = (alphabet: readonly number[], length: number) => {
    let codes = scratch[length]
    if (!codes) {
      codes = new Array<number>(length).fill(0)
      scratch[length] = codes
    }
    for (let index = 0; index < length; index++) {
      codes[index] = alphabet[below(alphabet.length)] as number
    }
    return codes
  }
  const uuid = new Array<number>(36).fill(0)
  const from = (alphabet: readonly number[], length: number) =>
    String.fromCharCode.apply(null, drawCodes(alphabet, length))
  return {
    next,
    reseed: (seed) => {
      state[0] = seed >>> 0
    },
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
    digits: (length) => from(DIGITS, length),
    alphanumeric: (length) => from(ALPHANUMERIC, length),
    uuid: () => {
      // 32 hex digits, of which the 13th and 17th give way to the version and variant.
      const hex = drawCodes(HEX, 32)
      const variant = VARIANT[below(4)] as number
      for (let index = 0; index < 36; index++) {
        const source = UUID_SOURCE[index] as number
        uuid[index] =
          source >= 0
            ? (hex[source] as number)
            : source === -1
              ? DASH
              : source === -2
                ? VERSION
                : variant
      }
      return String.fromCharCode.apply(null, uuid)
    },
  }
}
