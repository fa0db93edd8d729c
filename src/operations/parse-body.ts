import { invalidRequest, ProblemError } from '../problems/index.ts'

/** Largest request body the mock reads (1 MiB); larger ones get 413. */
export const MAX_BODY_BYTES = 1024 * 1024

/** Deepest nesting of arrays and objects a body may have (no order needs more than ~8). */
export const MAX_BODY_DEPTH = 64

/**
 * Turns a raw request body into JSON, or the 413/415/400 problem a client should see.
 * Shared by every runtime shell so they answer alike.
 *
 * @example
 * parseJsonBody({ contentType: 'application/json', text: '{"a":1}', byteLength: 7 }) // { a: 1 }
 */
export function parseJsonBody({
  contentType,
  text,
  byteLength,
  maxBytes = MAX_BODY_BYTES,
  maxDepth = MAX_BODY_DEPTH,
}: {
  contentType: string | undefined
  text: string
  byteLength: number
  /** Largest body accepted (413 above it). Default {@link MAX_BODY_BYTES}. */
  maxBytes?: number
  /** Deepest nesting accepted (400 `maxDepth` past it). Default {@link MAX_BODY_DEPTH}. */
  maxDepth?: number
}): unknown {
  if (byteLength > maxBytes) {
    throw new ProblemError(
      'payload-too-large',
      `The request body is ${byteLength} bytes; the limit is ${maxBytes} bytes.`,
    )
  }
  if (byteLength === 0 || text.trim() === '') return undefined
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase()
  if (mediaType !== 'application/json' && !mediaType?.endsWith('+json')) {
    throw new ProblemError(
      'unsupported-media-type',
      `Content-Type ${mediaType ?? '(none)'} is not supported; send the body as application/json.`,
    )
  }
  return parseJsonText(text, maxDepth)
}

/**
 * Parses JSON text under the request rules: at most `maxDepth` levels of nesting (checked on
 * the text, before parsing), no `__proto__` keys, else the 400 a client should see. The state
 * import and the state file go through it too (issue 15, finding 14).
 *
 * @example
 * parseJsonText('{"a":[1]}', 64) // { a: [1] }
 * parseJsonText('[[[]]]', 2) // throws validation-failed, maxDepth
 */
export function parseJsonText(text: string, maxDepth: number): unknown {
  const depth = nestingDepth(text)
  if (depth > maxDepth) {
    throw invalidRequest(
      'body',
      'maxDepth',
      `nests ${depth} levels deep; at most ${maxDepth} are accepted`,
    )
  }
  try {
    // A reviver makes the parse about 3× slower (a call back per value): only text that can
    // hold a `__proto__` key pays for it. Such a key is either spelt out or uses a `\u`
    // escape (the other JSON escapes make no letters), so text with neither holds none.
    return mayHoldPrototypeKey(text) ? JSON.parse(text, refusePrototypeKeys) : JSON.parse(text)
  } catch (error) {
    if (error instanceof ProblemError) throw error
    throw new ProblemError(
      'malformed-json',
      `The request body is not valid JSON: ${(error as Error).message}.`,
    )
  }
}

function mayHoldPrototypeKey(text: string): boolean {
  return text.includes('__proto__') || text.includes('\\u')
}

/** `__proto__` as a key would set a prototype wherever the value is copied: refused (400). */
function refusePrototypeKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') {
    throw invalidRequest('body', 'propertyNames', 'has a "__proto__" key, which the mock refuses')
  }
  return value
}

/**
 * How deep arrays and objects nest in JSON text, without parsing it: a string is skipped in
 * one `indexOf` to its closing quote (one not escaped by an odd run of backslashes), about
 * twice as fast as looking at each of its characters (a state file line: decision 128).
 */
function nestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index)
    if (char === 34) {
      let end = text.indexOf('"', index + 1)
      while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1)
      if (end === -1) return deepest // an unclosed string: the parse names it
      index = end
    } else if (char === 123 || char === 91) deepest = Math.max(deepest, ++depth)
    else if (char === 125 || char === 93) depth--
  }
  return deepest
}

/** Whether the character at `at` follows an odd run of backslashes. */
function isEscaped(text: string, at: number): boolean {
  let slashes = 0
  while (text.charCodeAt(at - 1 - slashes) === 92) slashes++
  return slashes % 2 === 1
}
