import type { Har, HarEntry, HarHeader } from './har-types.ts'
import { redactHeaders } from './redact.ts'

/** A fetch that keeps every exchange, and the HAR 1.2 archive of what it kept. */
export interface HarRecorder {
  fetch: typeof fetch
  /** The archive so far: one entry per exchange, in the order they started. */
  har(): Har
}

/**
 * Wraps a fetch so every exchange is recorded as a HAR 1.2 entry, secrets redacted
 * (`Authorization: Bearer [redacted]`, cookies). What `contract --record run.har` writes.
 *
 * @example
 * const recorder = createHarRecorder()
 * await recorder.fetch('http://127.0.0.1:4010/__admin/health')
 * await writeFile('run.har', JSON.stringify(recorder.har(), null, 2))
 */
export function createHarRecorder(
  options: { fetch?: typeof fetch; creator?: { name: string; version: string } } = {},
): HarRecorder {
  const send = options.fetch ?? fetch
  const entries: Array<{ order: number; entry: HarEntry }> = []
  let started = 0
  const recorded: typeof fetch = async (input, init) => {
    const order = started++
    const request = new Request(input, init)
    const requestText = init?.body === undefined ? '' : await request.clone().text()
    const startedDateTime = new Date().toISOString()
    const begin = performance.now()
    const response = await send(input, init)
    const responseText = await response.clone().text()
    const time = Math.max(0, Math.round(performance.now() - begin))
    const requestHeaders = headerList(request.headers)
    const responseHeaders = headerList(response.headers)
    const url = new URL(request.url)
    const mimeType = response.headers.get('content-type') ?? ''
    entries.push({
      order,
      entry: {
        startedDateTime,
        time,
        request: {
          method: request.method,
          url: request.url,
          httpVersion: 'HTTP/1.1',
          cookies: [],
          headers: redactHeaders(requestHeaders),
          queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
          ...(requestText !== '' && {
            postData: {
              mimeType: request.headers.get('content-type') ?? '',
              text: requestText,
            },
          }),
          headersSize: -1,
          bodySize: requestText === '' ? 0 : Buffer.byteLength(requestText),
        },
        response: {
          status: response.status,
          statusText: response.statusText,
          httpVersion: 'HTTP/1.1',
          cookies: [],
          headers: redactHeaders(responseHeaders),
          content: { size: Buffer.byteLength(responseText), mimeType, text: responseText },
          redirectURL: response.headers.get('location') ?? '',
          headersSize: -1,
          bodySize: Buffer.byteLength(responseText),
        },
        cache: {},
        timings: { send: 0, wait: time, receive: 0 },
      },
    })
    return response
  }
  return {
    fetch: recorded,
    har() {
      return {
        log: {
          version: '1.2',
          creator: options.creator ?? { name: 'norce-checkout-mock', version: '0' },
          entries: entries
            .slice()
            .sort((a, b) => a.order - b.order)
            .map(({ entry }) => entry),
        },
      }
    },
  }
}

function headerList(headers: Headers): HarHeader[] {
  const list: HarHeader[] = []
  headers.forEach((value, name) => {
    list.push({ name, value })
  })
  return list
}
