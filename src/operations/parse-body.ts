import { ProblemError } from './problem-error.ts'

/** Largest request body the mock reads (1 MiB); larger ones get 413. */
export const MAX_BODY_BYTES = 1024 * 1024

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
}: {
  contentType: string | undefined
  text: string
  byteLength: number
}): unknown {
  if (byteLength > MAX_BODY_BYTES) {
    throw new ProblemError(
      'payload-too-large',
      `The request body is ${byteLength} bytes; the limit is ${MAX_BODY_BYTES} bytes.`,
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
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new ProblemError(
      'malformed-json',
      `The request body is not valid JSON: ${(error as Error).message}.`,
    )
  }
}
