import { isLoopbackHost, LOOPBACK_KEYWORD } from '../domain/loopback.ts'

/** How one outbound callback request ended. */
export interface OutboundResult {
  outcome: 'answered' | 'failed' | 'refused'
  status?: number
  /** The answer's body, as text (first 2,000 characters). */
  body?: string
  durationMs: number
  error?: string
}

export interface OutboundOptions {
  /**
   * Hosts callbacks may go to (`host` or `host:port`). `undefined` allows every host: inside
   * MSW the test's own handlers receive the calls. The standalone server passes loopback.
   */
  allowedHosts?: readonly string[]
  timeoutMs: number
}

/**
 * POSTs JSON with the runtime's `fetch` (so MSW in a test receives it), with a time-out.
 * A host that is not allowed is never contacted, not even resolved: the check is on the URL.
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
    return { outcome: 'failed', durationMs: elapsed(), error: `"${url}" is not a valid URL` }
  }
  if (options.allowedHosts && !isAllowed(target, options.allowedHosts)) {
    return {
      outcome: 'refused',
      durationMs: elapsed(),
      error: `${target.host} is not an allowed callback host (allowed: ${options.allowedHosts.join(', ')})`,
    }
  }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs)
  try {
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'norce-checkout-mock' },
      body: JSON.stringify(body),
      signal: controller.signal,
    })
    const text = await response.text()
    return {
      outcome: 'answered',
      status: response.status,
      body: text.slice(0, 2000),
      durationMs: elapsed(),
    }
  } catch (error) {
    const timedOut = controller.signal.aborted
    return {
      outcome: 'failed',
      durationMs: elapsed(),
      error: timedOut ? `no answer within ${options.timeoutMs} ms` : (error as Error).message,
    }
  } finally {
    clearTimeout(timer)
  }
}

function isAllowed(url: URL, allowedHosts: readonly string[]): boolean {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80')
  return allowedHosts.some((entry) => {
    if (entry === LOOPBACK_KEYWORD) return isLoopbackHost(url.hostname)
    const [host, allowedPort] = entry.startsWith('[')
      ? [entry.slice(0, entry.indexOf(']') + 1), entry.split(']:')[1]]
      : entry.split(':')
    return (
      host?.toLowerCase() === url.hostname.toLowerCase() &&
      (allowedPort === undefined || allowedPort === port)
    )
  })
}
