import { isLoopbackHost, LOOPBACK_KEYWORD } from '../domain/loopback.ts'
import { MAX_BODY_BYTES } from '../operations/parse-body.ts'

/**
 * Why a failed callback request got no answer: `timeout` (none within the time-out),
 * `network` (the connection failed), `invalid-url` (the URL does not parse), `not-sent`
 * (the request was never made: its URL template could not be expanded).
 */
type OutboundFailure = 'timeout' | 'network' | 'invalid-url' | 'not-sent'

/** How one outbound callback request ended. */
export interface OutboundResult {
  outcome: 'answered' | 'failed' | 'refused'
  /** Set when `outcome` is `failed`: the reason, typed (`error` is the text for people). */
  failure?: OutboundFailure
  status?: number
  /** The answer's body, as text (whole: at most `maxAnswerBytes`, else the call failed). */
  body?: string
  /** A redirect's `Location`: redirects are recorded, never followed (decision 82). */
  location?: string
  durationMs: number
  error?: string
}

/**
 * Whether a URL reaches the mock's own listener (its address and port, or a name for it).
 * The standalone server passes one; MSW handlers have no listener.
 */
export type OwnListenerCheck = (target: URL) => boolean | Promise<boolean>

export interface OutboundOptions {
  /**
   * Hosts callbacks may go to (`host` or `host:port`). `undefined` allows every host: inside
   * MSW the test's own handlers receive the calls. The standalone server passes loopback.
   */
  allowedHosts?: readonly string[] | undefined
  timeoutMs: number
  /**
   * Refuses calls to the mock's own listener (decision 81) unless an `allowedHosts` entry
   * names that exact `host:port`.
   */
  isOwnListener?: OwnListenerCheck
  /** Longest answer read, in bytes (default: the request body limit, 1 MiB). */
  maxAnswerBytes?: number
}

/**
 * POSTs JSON with the runtime's `fetch` (so MSW in a test receives it), with a time-out.
 * A host that is not allowed, or the mock's own listener, is never contacted, not even
 * resolved by `fetch`: the check is on the URL. Redirects are not followed: a `3xx` is the
 * answer, with its `Location`. An answer over `maxAnswerBytes` fails the call, naming its size.
 *
 * @example
 * const result = await postJson('http://127.0.0.1:5000/hook', order, { timeoutMs: 5_000 })
 * result.outcome // 'answered'
 */
export async function postJson(
  url: string,
  body: unknown,
  options: OutboundOptions,
): Promise<OutboundResult> {
  const started = performance.now()
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10
  let target: URL
  try {
    target = new URL(url)
  } catch {
    return {
      outcome: 'failed',
      failure: 'invalid-url',
      durationMs: elapsed(),
      error: `"${url}" is not a valid URL`,
    }
  }
  if (options.allowedHosts && !isAllowed(target, options.allowedHosts)) {
    return {
      outcome: 'refused',
      durationMs: elapsed(),
      error: `${target.host} is not an allowed callback host (allowed: ${options.allowedHosts.join(', ')})`,
    }
  }
  if (
    options.isOwnListener &&
    !namesExactly(target, options.allowedHosts) &&
    (await options.isOwnListener(target))
  ) {
    return {
      outcome: 'refused',
      durationMs: elapsed(),
      error: `${target.host} is the mock's own listener; allow exactly ${target.host} to call it`,
    }
  }
  const maxBytes = options.maxAnswerBytes ?? MAX_BODY_BYTES
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs)
  try {
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'norce-checkout-mock' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal: controller.signal,
      redirect: 'manual',
    })
    // A browser hides a manual redirect's status and Location ("opaqueredirect", status 0).
    const status = response.type === 'opaqueredirect' ? 302 : response.status
    const location =
      status >= 300 && status <= 399
        ? (response.headers.get('location') ?? '(no Location header)')
        : undefined
    const text = await readText(response, maxBytes, controller)
    if (text === undefined) {
      return {
        outcome: 'failed',
        status,
        durationMs: elapsed(),
        error: `the answer is larger than ${maxBytes} bytes, the most the mock reads`,
      }
    }
    return {
      outcome: 'answered',
      status,
      body: text,
      ...(location !== undefined && { location }),
      durationMs: elapsed(),
      ...(location !== undefined && {
        error: `it answered ${status}, a redirect to ${location}, which the mock does not follow`,
      }),
    }
  } catch (error) {
    const timedOut = controller.signal.aborted
    return {
      outcome: 'failed',
      failure: timedOut ? 'timeout' : 'network',
      durationMs: elapsed(),
      error: timedOut ? `no answer within ${options.timeoutMs} ms` : (error as Error).message,
    }
  } finally {
    clearTimeout(timer)
  }
}

/** The body as text, or `undefined` once it passes `maxBytes` (the rest is not read). */
async function readText(
  response: Response,
  maxBytes: number,
  controller: AbortController,
): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) {
    controller.abort()
    return undefined
  }
  if (!response.body) return ''
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let received = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    received += value.byteLength
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return undefined
    }
    text += decoder.decode(value, { stream: true })
  }
  return text + decoder.decode()
}

/** An allow-list entry with a port that names this exact host and port: an explicit allowance. */
function namesExactly(url: URL, allowedHosts: readonly string[] | undefined): boolean {
  if (!allowedHosts) return false
  const port = portOf(url)
  return allowedHosts.some((entry) => {
    const [host, allowedPort] = splitEntry(entry)
    return (
      allowedPort !== undefined &&
      allowedPort === port &&
      host?.toLowerCase() === url.hostname.toLowerCase()
    )
  })
}

function portOf(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80')
}

function splitEntry(entry: string): [string | undefined, string | undefined] {
  if (entry.startsWith('[')) return [entry.slice(0, entry.indexOf(']') + 1), entry.split(']:')[1]]
  const [host, port] = entry.split(':')
  return [host, port]
}

function isAllowed(url: URL, allowedHosts: readonly string[]): boolean {
  const port = portOf(url)
  return allowedHosts.some((entry) => {
    if (entry === LOOPBACK_KEYWORD) return isLoopbackHost(url.hostname)
    const [host, allowedPort] = splitEntry(entry)
    return (
      host?.toLowerCase() === url.hostname.toLowerCase() &&
      (allowedPort === undefined || allowedPort === port)
    )
  })
}
