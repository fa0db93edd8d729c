import jsonPatch, { type Operation } from 'fast-json-patch'
import { cloneJson } from '../domain/clone-json.ts'
import { jsonEqual } from '../domain/json-equal.ts'
import { projectOrder } from '../domain/order-projection.ts'
import type { Hook, Order } from '../domain/types.ts'
import type { OperationCall } from '../operations/operation-types.ts'
import { ProblemError } from '../problems/index.ts'
import { getOrderApiValidator } from '../validation/index.ts'
import { type CallbackSettings, outboundOptions } from './callback-settings.ts'
import { postJson } from './outbound-call.ts'
import { changedAt } from './scope-value.ts'
import { expandUrlTemplate } from './url-template.ts'

/**
 * Fields no hook may change (decision 80): they identify the order and its tenant, and
 * `state` moves only through the state operation. Compared before and after each patch,
 * whatever pointers the patch uses (`""`, `move` from, ...).
 */
const PROTECTED_FIELDS = ['id', 'merchant', 'channel', 'created', 'state'] as const

/**
 * Calls the hooks a change touches, before it is stored (DECISIONS 10): hooks whose `target`
 * changed first, then those whose `subscribeTo` (`scope`) changed, each with the proposed
 * order in the hook's version. A `200` may answer a JSON Patch, which is applied and may touch
 * further hooks; any other answer rejects the change (`409 hook-rejected`, nothing stored).
 * Hooks of the calling adapter (`x-adapterid`) are not called.
 */
export async function runHooks(
  call: OperationCall,
  before: Order,
  proposed: Order,
  settings: CallbackSettings,
): Promise<Order> {
  const hooks = (before.hooks ?? []).filter(
    (hook) => !(call.adapterId && hook.adapterId === call.adapterId),
  )
  if (hooks.length === 0) return proposed
  const called = new Set<Hook>()
  let current = proposed
  let queue = touchedHooks(hooks, before, current, called)
  while (queue.length > 0) {
    const hook = queue.shift() as Hook
    if (called.has(hook)) continue
    called.add(hook)
    if (called.size > settings.maxHookCalls) {
      throw reject(
        hook,
        `more than ${settings.maxHookCalls} hook calls for one change (a patch loop?)`,
      )
    }
    const patch = await callHook(call, hook, current, settings)
    if (patch.length === 0) continue
    const patched = applyHookPatch(hook, current, patch)
    queue = [
      ...queue,
      ...touchedHooks(hooks, current, patched, called).filter((next) => !queue.includes(next)),
    ]
    current = patched
  }
  return current
}

/** The hooks a change from `before` to `after` touches, target hooks first. */
function touchedHooks(hooks: Hook[], before: Order, after: Order, called: Set<Hook>): Hook[] {
  const waiting = hooks.filter((hook) => !called.has(hook))
  const byTarget = waiting.filter((hook) => changedAt(before, after, hook.target))
  const byScope = waiting.filter(
    (hook) => !byTarget.includes(hook) && changedAt(before, after, hook.subscribeTo),
  )
  return [...byTarget, ...byScope]
}

async function callHook(
  call: OperationCall,
  hook: Hook,
  order: Order,
  settings: CallbackSettings,
): Promise<Operation[]> {
  let url: string
  try {
    url = expandUrlTemplate(hook.invoke, order, {
      adapterId: hook.adapterId,
      configurations: settings.adapters,
    })
  } catch (error) {
    throw reject(hook, (error as Error).message)
  }
  const result = await postJson(
    url,
    projectOrder(order, hook.version ?? 'v0'),
    outboundOptions(settings),
  )
  call.store.events.recordCall({
    time: call.store.now().toISOString(),
    kind: 'hook',
    orderId: order.id ?? '',
    ...(hook.id && { callbackId: hook.id }),
    ...(hook.adapterId && { adapterId: hook.adapterId }),
    url,
    outcome: result.outcome,
    ...(result.status !== undefined && { status: result.status }),
    durationMs: result.durationMs,
    ...(result.error && { error: result.error }),
  })
  if (result.outcome !== 'answered') throw reject(hook, result.error ?? 'no answer')
  if (result.status === undefined || result.status < 200 || result.status > 299) {
    throw reject(
      hook,
      result.location !== undefined
        ? (result.error as string)
        : `it answered ${result.status}${result.body ? `: ${result.body.slice(0, 200)}` : ''}`,
    )
  }
  return parseHookAnswer(hook, result.body ?? '')
}

/**
 * A `2xx` answer: empty (no change) or a JSON Patch array. Anything else rejects the change:
 * an answer is never ignored silently (decision 83).
 */
function parseHookAnswer(hook: Hook, body: string): Operation[] {
  if (!body.trim()) return []
  let answer: unknown
  try {
    answer = JSON.parse(body, (key, value: unknown) => {
      if (key === '__proto__') throw new PrototypeKeyError()
      return value
    })
  } catch (error) {
    if (error instanceof PrototypeKeyError) {
      throw reject(hook, 'its patch has a "__proto__" key, which the mock refuses')
    }
    throw reject(
      hook,
      `its answer (${body.length} characters) is not JSON: ${(error as Error).message}`,
    )
  }
  if (!Array.isArray(answer)) {
    throw reject(
      hook,
      `its answer (${body.length} characters) is not a JSON Patch array; answer an empty body for no change`,
    )
  }
  const invalid = jsonPatch.validate(answer as Operation[])
  if (invalid) throw reject(hook, `its answer is not a valid JSON Patch: ${invalid.message}`)
  return answer as Operation[]
}

class PrototypeKeyError extends Error {}

function applyHookPatch(hook: Hook, order: Order, patch: Operation[]): Order {
  let patched: Order
  try {
    patched = jsonPatch.applyPatch(cloneJson(order), patch, true, true, true).newDocument
  } catch (error) {
    throw reject(hook, `its patch does not apply: ${(error as Error).message}`)
  }
  if (patched === null || typeof patched !== 'object' || Array.isArray(patched)) {
    throw reject(hook, 'its patch does not leave an order (an object)')
  }
  const changed = PROTECTED_FIELDS.find((field) => !jsonEqual(order[field], patched[field]))
  if (changed) {
    throw reject(
      hook,
      changed === 'state'
        ? 'its patch may not change /state; the state changes only through PUT .../state'
        : `its patch may not change /${changed}`,
    )
  }
  // Patched values are checked and normalised as request values are (enum case, for one).
  const { violations, value } = getOrderApiValidator().normaliseSchemaValue('Order', patched)
  if (violations.length > 0) {
    const first = violations[0]
    throw reject(
      hook,
      `its patch breaks the contract: ${first?.location.replace(/^body/, '')} ${first?.message}`,
    )
  }
  return value as Order
}

function reject(hook: Hook, reason: string): ProblemError {
  return new ProblemError(
    'hook-rejected',
    `Hook ${hook.id ?? ''}${hook.adapterId ? ` of ${hook.adapterId}` : ''} (${hook.subscribeTo ?? hook.target ?? 'no scope'}) rejected the change: ${reason}.`,
  )
}
