/** At most this many distinct keys get a token; any other key stays as written. */
const MAX_TOKENS = 8 * 224
const KEY = /"([^"\\]{1,64})":/g
// biome-ignore lint/suspicious/noControlCharactersInRegex: the tokens start with one, by design (JSON.stringify never writes one unescaped).
const TOKEN = /[\u0001-\u0008][\s\S]/g

/**
 * Shortens the JSON of stored orders by writing each object key with its quotes and colon
 * (`"includingVat":`) as a two-character token: about half of an order's JSON is keys
 * (decision 138). A token is U+0001–U+0008 then a character of U+0020–U+00FF; `JSON.stringify`
 * never writes those leading characters unescaped, so `decode(encode(text)) === text` for
 * any JSON text it wrote, wherever a match falls. Keys are learnt as they are met (the
 * contract is not restated), up to 1,792; the text stays one byte per character.
 *
 * @example
 * const tokens = createKeyTokens()
 * tokens.decode(tokens.encode('{"id":"o_1"}')) // '{"id":"o_1"}'
 */
export function createKeyTokens() {
  const tokenOf = new Map<string, string>()
  const keyOf = new Map<string, string>()
  const learn = (match: string, key: string): string => {
    let token = tokenOf.get(key)
    if (token !== undefined) return token
    if (tokenOf.size >= MAX_TOKENS) return match
    const index = tokenOf.size
    token = String.fromCharCode(1 + Math.floor(index / 224), 0x20 + (index % 224))
    tokenOf.set(key, token)
    keyOf.set(token, match)
    return token
  }
  return {
    encode: (json: string): string => json.replace(KEY, learn),
    decode: (text: string): string => text.replace(TOKEN, (token) => keyOf.get(token) as string),
  }
}

export type KeyTokens = ReturnType<typeof createKeyTokens>
