import { projectOrder } from '../domain/order-projection.ts'
import type { Callback, Order, ValidationError } from '../domain/types.ts'
import type { OperationCall } from '../operations/operation-types.ts'
import { type CallbackSettings, outboundOptions } from './callback-settings.ts'
import { type OutboundResult, postJson } from './outbound-call.ts'
import { expandUrlTemplate } from './url-template.ts'

/**
 * Calls every validation callback of the order in parallel (DECISIONS 4), each with the order
 * in the version of the validate request. A non-2xx answer, a time-out or a refused host is a
 * failure with the callback's `adapterId`; a failing answer that carries a `ValidationError[]`
 * contributes its own entries.
 */
export async function runValidationCallbacks(
  call: OperationCall,
  order: Order,
  settings: CallbackSettings,
): Promise<ValidationError[]> {
  const results = await Promise.all(
    (order.validations ?? []).map((callback) => validateWith(call, order, callback, settings)),
  )
  return results.flat()
}

async function validateWith(
  call: OperationCall,
  order: Order,
  callback: Callback,
  settings: CallbackSettings,
): Promise<ValidationError[]> {
  const adapterId = callback.adapterId ?? callback.id ?? 'unknown-adapter'
  const template =
    ('url' in callback ? callback.url : undefined) ??
    ('invoke' in callback ? callback.invoke : undefined) ??
    ''
  let url: string
  let result: OutboundResult
  try {
    url = expandUrlTemplate(template, order, {
      adapterId: callback.adapterId,
      configurations: settings.adapters,
    })
    result = await postJson(url, projectOrder(order, call.version), outboundOptions(settings))
  } catch (error) {
    url = template
    result = {
      outcome: 'failed',
      failure: 'not-sent',
      durationMs: 0,
      error: (error as Error).message,
    }
  }
  call.store.events.recordCall({
    time: call.store.now().toISOString(),
    kind: 'validation',
    orderId: order.id ?? '',
    ...(callback.id && { callbackId: callback.id }),
    ...(callback.adapterId && { adapterId: callback.adapterId }),
    url,
    outcome: result.outcome,
    ...(result.status !== undefined && { status: result.status }),
    durationMs: result.durationMs,
    ...(result.error && { error: result.error }),
  })
  if (result.outcome === 'refused') return [{ code: 'validation-callback-refused', adapterId }]
  if (result.outcome === 'failed') {
    const timedOut = result.failure === 'timeout'
    return [
      { code: timedOut ? 'validation-callback-timeout' : 'validation-callback-failed', adapterId },
    ]
  }
  if (result.status !== undefined && result.status >= 200 && result.status <= 299) return []
  return (
    reportedFailures(result.body, adapterId) ?? [{ code: 'validation-callback-failed', adapterId }]
  )
}

/** The `[{ code, adapterId }]` a failing validator answered with, if that is what it sent. */
function reportedFailures(
  body: string | undefined,
  adapterId: string,
): ValidationError[] | undefined {
  try {
    const parsed = JSON.parse(body ?? '') as unknown
    if (!Array.isArray(parsed) || parsed.length === 0) return undefined
    if (!parsed.every((entry) => typeof entry?.code === 'string')) return undefined
    return parsed.map((entry: { code: string; adapterId?: unknown }) => ({
      code: entry.code,
      adapterId: typeof entry.adapterId === 'string' ? entry.adapterId : adapterId,
    }))
  } catch {
    return undefined
  }
}
