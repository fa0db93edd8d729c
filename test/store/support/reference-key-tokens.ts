/** At most this many distinct keys get a token; any other key stays as written. */
const MAX_TOKENS = 8 * 224

/**
 * The key tokens as src/store/key-tokens.ts wrote them before decision 171 (indexOf, a backward
 * scan, slices joined), kept as the reference the faster encoder must agree with, character for
 * character. `seed` keys are learnt first, in order, as `createKeyTokens` learns the contract's.
 *
 * Shortens the JSON of stored orders by writing each object key with its quotes and colon
 * (`"includingVat":`) as a two-character token: about half of an order's JSON is keys
 * (decision 138). A token is U+0001–U+0008 then a character of U+0020–U+00FF; `JSON.stringify`
 * never writes those leading characters unescaped, so `decode(encode(text)) === text` for
 * any JSON text it wrote, wherever a match falls. Keys are learnt as they are met (the
 * contract is not restated), up to 1,792; the text stays one byte per character.
 *
 * @example
 * const tokens = createReferenceKeyTokens()
 * tokens.decode(tokens.encode('{"id":"o_1"}')) // '{"id":"o_1"}'
 */
export function createReferenceKeyTokens(seed: readonly string[] = []) {
  /** Per token index: the token, the key as written (`"name":`) and the bare key. */
  const tokens: string[] = []
  const keyOf: string[] = []
  const bareKeys: string[] = []
  /** Token indices by key length and first character: found without slicing the key out. */
  const byShape = new Map<number, number[]>()
  const tokenAt = (json: string, from: number, length: number): string | undefined => {
    const shape = length * 65_536 + json.charCodeAt(from)
    const candidates = byShape.get(shape)
    if (candidates) {
      for (const index of candidates) {
        if (json.startsWith(bareKeys[index] as string, from)) return tokens[index]
      }
    }
    if (tokens.length >= MAX_TOKENS) return undefined
    const index = tokens.length
    const key = json.slice(from, from + length)
    const token = String.fromCharCode(1 + Math.floor(index / 224), 0x20 + (index % 224))
    tokens.push(token)
    keyOf.push(`"${key}":`)
    bareKeys.push(key)
    if (candidates) candidates.push(index)
    else byShape.set(shape, [index])
    return token
  }
  for (const name of seed) {
    const key = JSON.stringify(name).slice(1, -1)
    if (key.length > 0 && key.length <= 65 && !key.includes('\\')) tokenAt(key, 0, key.length)
  }
  return {
    /** Each `"key":` (a key of 1 to 64 characters, no quote or backslash in it) as its token. */
    encode(json: string): string {
      // Parts joined once: a flat string (`+=` would keep slices of `json` alive in a rope).
      const parts: string[] = []
      let last = 0
      let colon = json.indexOf('":')
      while (colon !== -1) {
        let start = colon - 1
        const limit = Math.max(last, colon - 65)
        while (start >= limit) {
          const code = json.charCodeAt(start)
          if (code === QUOTE || code === BACKSLASH) break
          start--
        }
        if (start >= last && start < colon - 1 && json.charCodeAt(start) === QUOTE) {
          const token = tokenAt(json, start + 1, colon - start - 1)
          if (token !== undefined) {
            parts.push(json.slice(last, start), token)
            last = colon + 2
          }
        }
        colon = json.indexOf('":', colon + 2)
      }
      if (last === 0) return json
      parts.push(json.slice(last))
      return parts.join('')
    },
    decode(text: string): string {
      let out = ''
      let last = 0
      for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index)
        if (code >= 1 && code <= 8) {
          out +=
            text.slice(last, index) + keyOf[(code - 1) * 224 + text.charCodeAt(index + 1) - 0x20]
          index++
          last = index + 1
        }
      }
      return last === 0 ? text : out + text.slice(last)
    },
  }
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
