import { contractPropertyNames } from '../generated/contract-property-names.ts'

/** At most this many distinct keys get a token; any other key stays as written. */
const MAX_TOKENS = 8 * 224
/** Longest key (as written, without its quotes) that gets a token (65, as decision 138 had it). */
const MAX_KEY = 65
/** Slots of the open-addressing table of keys: a power of two, over twice `MAX_TOKENS`. */
const SLOTS = 4096

/** How `createKeyTokens` behaves. */
export interface KeyTokensOptions {
  /**
   * Whether a key met outside the dictionary gets the next free token (the default), or stays
   * as written. With `learn: false` the tokens are exactly the contract's, the same in every
   * process and thread: a worker thread can tokenise text that another thread's store decodes.
   */
  learn?: boolean
}

/** Shortens and restores the JSON of stored orders (see `createKeyTokens`). */
export interface KeyTokens {
  /** Each `"key":` (a key of 1 to 65 characters as written, no backslash in it) as its token. */
  encode(json: string): string
  /** The JSON `encode` was given: each token as its `"key":` again. */
  decode(text: string): string
}

/**
 * Shortens the JSON of stored orders by writing each object key with its quotes and colon
 * (`"includingVat":`) as a two-character token: about half of an order's JSON is keys
 * (decision 138). A token is U+0001–U+0008 then a character of U+0020–U+00FF; `JSON.stringify`
 * never writes those leading characters unescaped, so `decode(encode(text)) === text` for
 * any JSON text it wrote, wherever a match falls; the text stays one byte per character.
 *
 * The dictionary starts with the property names of the contracts (`openapi/`, generated at
 * `npm run generate`), in the same order everywhere: every instance, in any process or thread,
 * gives the same token to a contract key (decision 170). Other keys are learnt as they are
 * met, up to 1,792 keys in all, unless `learn` is `false`: then they stay as written.
 *
 * `encode` works on the text's code units in a reused typed array (one copy in, one string
 * out) instead of slicing and joining strings; its output is what it was before, character for
 * character (decision 171).
 *
 * @example
 * const tokens = createKeyTokens()
 * tokens.decode(tokens.encode('{"id":"o_1"}')) // '{"id":"o_1"}'
 * // In a worker thread: the contract's keys as tokens, any other key as written.
 * const fixed = createKeyTokens({ learn: false })
 * fixed.encode('{"myOwnKey":2}') // '{"myOwnKey":2}'
 * tokens.decode(fixed.encode('{"id":1,"myOwnKey":2}')) // '{"id":1,"myOwnKey":2}'
 */
export function createKeyTokens(options: KeyTokensOptions = {}): KeyTokens {
  const learning = options.learn ?? true
  /**
   * The keys with a token, in the order they got it, each as written with its quotes and colon
   * (`"id":`); the key at `index` has the token U+0001 + ⌊index / 224⌋, U+0020 + index % 224.
   */
  const written: string[] = []
  /** Per slot: the index + 1 of a key whose last two units hash there, 0 for a free slot. */
  const slots = new Int16Array(SLOTS)
  /** Per key: its code units (as written) start at `starts[index]` in `pool`, `lengths` long. */
  const starts = new Int32Array(MAX_TOKENS)
  const lengths = new Uint8Array(MAX_TOKENS)
  let pool = new Uint16Array(2048)
  let poolEnd = 0
  const input = createUnitArea()

  /** Where a key ending in the units `last` (preceded by `before`: its quote, for one unit) probes. */
  const slotOf = (last: number, before: number) =>
    Math.imul(last | (before << 16), 0x9e3779b1) >>> 20

  /**
   * The index of the dictionary's key that ends right before `colon`, its opening quote at or
   * after `from`; or -1. Found by its last two units, verified unit by unit (a key has no quote
   * or backslash, so the one that verifies is what the backward scan would find).
   */
  const keyBefore = (units: Units, colon: number, from: number): number => {
    if (colon < 2) return -1
    let slot = slotOf(units[colon - 1] as number, units[colon - 2] as number)
    for (;;) {
      const entry = slots[slot] as number
      if (entry === 0) return -1
      const quote = colon - (lengths[entry - 1] as number) - 1
      if (quote >= from && units[quote] === QUOTE) {
        const offset = (starts[entry - 1] as number) - quote - 1
        let at = quote + 1
        while (at < colon && units[at] === pool[offset + at]) at++
        if (at === colon) return entry - 1
      }
      slot = (slot + 1) & (SLOTS - 1)
    }
  }

  /** Gives the key `units[from, to)` (not in the dictionary) the next token; -1 if none is left. */
  const learn = (units: Units, from: number, to: number): number => {
    if (written.length === MAX_TOKENS) return -1
    const length = to - from
    if (poolEnd + length > pool.length) {
      const grown = new Uint16Array(pool.length * 2)
      grown.set(pool)
      pool = grown
    }
    let key = ''
    for (let at = from; at < to; at++) {
      key += String.fromCharCode(units[at] as number)
      pool[poolEnd++] = units[at] as number
    }
    const index = written.length
    written.push(`"${key}":`)
    starts[index] = poolEnd - length
    lengths[index] = length
    let slot = slotOf(units[to - 1] as number, length > 1 ? (units[to - 2] as number) : QUOTE)
    while (slots[slot] !== 0) slot = (slot + 1) & (SLOTS - 1)
    slots[slot] = index + 1
    return index
  }

  // The contract's keys first, in the generated order: the same tokens in every instance.
  for (const name of contractPropertyNames) {
    const key = JSON.stringify(name).slice(1, -1)
    if (key.length === 0 || key.length > MAX_KEY || key.includes('\\')) continue
    const units = NOT_LATIN1.test(key) ? input.utf16(`"${key}":`) : input.latin1(`"${key}":`)
    if (keyBefore(units, key.length + 1, 0) === -1) learn(units, 1, key.length + 1)
  }

  /**
   * Rewrites `units[0, length)` in place, each key as its token; the new length, or -1 if no
   * key got a token. A key is what lies between a `":` and the nearest quote or backslash
   * before it (at most 66 code units back, not into the last key replaced), if that is a quote:
   * in JSON text exactly the keys written without escapes.
   */
  const tokenise = (units: Units, length: number): number => {
    let write = 0
    let copied = 0
    // Every other unit is enough to find each `":` (one of its two units is at an even index).
    for (let even = 0; even < length; even += 2) {
      let colon: number
      const unit = units[even]
      if (unit === QUOTE && even + 1 < length && units[even + 1] === COLON) colon = even
      else if (unit === COLON && even > 0 && units[even - 1] === QUOTE) colon = even - 1
      else continue
      let index = keyBefore(units, colon, copied)
      let start: number
      if (index !== -1) start = colon - 1 - (lengths[index] as number)
      else {
        if (!learning) continue
        // Not a key of the dictionary: a new key, if the backward scan finds one.
        const limit = Math.max(copied, colon - MAX_KEY - 1)
        start = colon - 1
        while (start >= limit) {
          const code = units[start]
          if (code === QUOTE || code === BACKSLASH) break
          start--
        }
        if (start < limit || start === colon - 1 || units[start] !== QUOTE) continue
        index = learn(units, start + 1, colon)
        if (index === -1) continue
      }
      if (write === copied) write = start
      else for (let at = copied; at < start; at++) units[write++] = units[at] as number
      units[write++] = 1 + ((index / 224) | 0)
      units[write++] = 0x20 + (index % 224)
      copied = colon + 2
    }
    if (copied === 0) return -1
    for (let at = copied; at < length; at++) units[write++] = units[at] as number
    return write
  }

  return {
    encode(json) {
      const wide = NOT_LATIN1.test(json)
      const units = wide ? input.utf16(json) : input.latin1(json)
      const length = tokenise(units, json.length)
      if (length === -1) return json
      return wide ? input.utf16Text(length) : input.latin1Text(length)
    },
    decode(text) {
      let out = ''
      let last = 0
      for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index)
        if (code >= 1 && code <= 8) {
          out +=
            text.slice(last, index) + written[(code - 1) * 224 + text.charCodeAt(++index) - 0x20]
          last = index + 1
        }
      }
      return last === 0 ? text : out + text.slice(last)
    },
  }
}

type Units = Uint8Array | Uint16Array

/** A code unit over U+00FF: the text needs two bytes per code unit. */
const NOT_LATIN1 = /[^\0-\xff]/
const QUOTE = 0x22
const BACKSLASH = 0x5c
const COLON = 0x3a

/** Node's `Buffer` (copies between strings and memory natively); absent in a browser. */
const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer

/**
 * Reused memory holding a text's code units, one byte each (`latin1`: every unit at most
 * U+00FF) or two (`utf16`), grown when a text needs more. Strings are copied in and out with
 * Node's `Buffer` where there is one, unit by unit elsewhere (a browser).
 */
function createUnitArea() {
  let memory = new ArrayBuffer(1 << 16)
  let bytes = new Uint8Array(memory)
  let words = new Uint16Array(memory)
  let buffer = NodeBuffer?.from(memory)
  /** At least `size` bytes (what the area held is lost). */
  const reserve = (size: number) => {
    if (size <= memory.byteLength) return
    // Even, for the two-byte view.
    memory = new ArrayBuffer(Math.max(size + (size & 1), memory.byteLength * 2))
    bytes = new Uint8Array(memory)
    words = new Uint16Array(memory)
    buffer = NodeBuffer?.from(memory)
  }
  const fill = (units: Units, text: string) => {
    for (let at = 0; at < text.length; at++) units[at] = text.charCodeAt(at)
  }
  const read = (units: Units, length: number) => {
    let text = ''
    for (let at = 0; at < length; at += 8192) {
      text += String.fromCharCode(...units.subarray(at, Math.min(length, at + 8192)))
    }
    return text
  }
  return {
    /** `text` (no unit over U+00FF) one byte per code unit. */
    latin1(text: string): Uint8Array {
      reserve(text.length)
      if (buffer) buffer.write(text, 0, 'latin1')
      else fill(bytes, text)
      return bytes
    },
    /** `text` two bytes per code unit. */
    utf16(text: string): Uint16Array {
      reserve(text.length * 2)
      if (buffer) buffer.write(text, 0, 'utf16le')
      else fill(words, text)
      return words
    },
    /** The first `length` bytes as a string (one byte per character). */
    latin1Text: (length: number): string =>
      buffer ? buffer.toString('latin1', 0, length) : read(bytes, length),
    /** The first `length` two-byte code units as a string (one byte per character if it can). */
    utf16Text: (length: number): string =>
      buffer ? buffer.toString('utf16le', 0, length * 2) : read(words, length),
  }
}
