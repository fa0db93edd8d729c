import type { HarEntry } from './har-types.ts'

/** A recorded exchange in the shape the checks read: lower-case headers, parsed bodies. */
export interface ExchangeParts {
  method: string
  url: string
  query: Record<string, string | string[]>
  requestHeaders: Record<string, string>
  /** The request body as text, when one was recorded. */
  requestText: string | undefined
  status: number
  responseHeaders: Record<string, string>
  /** The response body as text; undefined when the HAR holds none. */
  responseText: string | undefined
  /** The response's media type (header, else the HAR's `content.mimeType`). */
  responseContentType: string | undefined
}

/**
 * Reads the parts of a HAR entry the checks need. Headers are joined by name in lower case
 * (HTTP/2 pseudo-headers such as `:authority` left out); a base64 body is decoded.
 *
 * @example
 * const parts = readExchange(har.log.entries[0])
 * parts.requestHeaders['x-merchant'] // 'thingsandstuff'
 */
export function readExchange(entry: HarEntry): ExchangeParts {
  const { request, response } = entry
  const url = new URL(request.url)
  const query: Record<string, string | string[]> = {}
  for (const [name, value] of url.searchParams) {
    const previous = query[name]
    query[name] = previous === undefined ? value : [...[previous].flat(), value]
  }
  const responseHeaders = headerRecord(response.headers)
  const content = response.content
  let responseText: string | undefined = content?.text
  if (responseText !== undefined && content?.encoding === 'base64')
    responseText = Buffer.from(responseText, 'base64').toString('utf8')
  if (responseText === undefined && (content?.size ?? 0) === 0) responseText = ''
  const mimeType = content?.mimeType?.trim() || undefined
  return {
    method: request.method.toUpperCase(),
    url: request.url,
    query,
    requestHeaders: headerRecord(request.headers),
    requestText: request.postData?.text,
    status: response.status,
    responseHeaders,
    responseText,
    responseContentType: responseHeaders['content-type'] ?? mimeType,
  }
}

function headerRecord(headers: ReadonlyArray<{ name: string; value: string }>) {
  const record: Record<string, string> = {}
  for (const { name, value } of headers) {
    if (name.startsWith(':')) continue
    const key = name.toLowerCase()
    record[key] = record[key] === undefined ? value : `${record[key]}, ${value}`
  }
  return record
}
