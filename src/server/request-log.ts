/** How much the server logs: every request (`info`), 4xx and 5xx (`warn`), 5xx (`error`), nothing. */
export type LogLevel = 'info' | 'warn' | 'error' | 'silent'

export const LOG_LEVELS: readonly LogLevel[] = ['info', 'warn', 'error', 'silent']

const RANK: Record<LogLevel, number> = { info: 0, warn: 1, error: 2, silent: 3 }

/** One handled request, as logged. */
interface RequestLogEntry {
  method: string
  path: string
  status: number
  ms: number
  operationId?: string | undefined
}

export interface RequestLog {
  /** Whether a response with this status is logged at the configured level. */
  wants(status: number): boolean
  /** Logs one JSON line (if `wants(entry.status)`). */
  write(entry: RequestLogEntry): void
  /** Writes what is buffered now. */
  flush(): void
}

/** The level of a response: 5xx `error`, 4xx `warn`, the rest `info`. */
export function levelOf(status: number): Exclude<LogLevel, 'silent'> {
  return status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info'
}

/**
 * A structured request log: one JSON line per request,
 * `{"time","level","method","path","status","ms","operationId"}`. Lines are batched and
 * written once per turn of the event loop, so a busy server makes one write, not thousands.
 *
 * @example
 * const log = createRequestLog({ level: 'info', write: (text) => process.stdout.write(text) })
 * log.write({ method: 'GET', path: '/__admin/health', status: 200, ms: 0.2 })
 * // {"time":"2026-01-12T08:21:29.000Z","level":"info","method":"GET","path":"/__admin/health","status":200,"ms":0.2}
 */
export function createRequestLog({
  level,
  write,
}: {
  level: LogLevel
  write: (text: string) => void
}): RequestLog {
  const threshold = RANK[level]
  let buffer = ''
  let scheduled = false
  const flush = () => {
    scheduled = false
    if (buffer === '') return
    const text = buffer
    buffer = ''
    write(text)
  }
  const wants = (status: number) => RANK[levelOf(status)] >= threshold
  return {
    wants,
    flush,
    write(entry) {
      if (!wants(entry.status)) return
      buffer += `${JSON.stringify({
        time: new Date().toISOString(),
        level: levelOf(entry.status),
        method: entry.method,
        path: entry.path,
        status: entry.status,
        ms: Math.round(entry.ms * 100) / 100,
        ...(entry.operationId !== undefined && { operationId: entry.operationId }),
      })}\n`
      if (buffer.length > 65_536) flush()
      else if (!scheduled) {
        scheduled = true
        setImmediate(flush)
      }
    },
  }
}
