import { h } from '../dom.ts'

/** A coloured status word: order statuses, payment and shipping states, event outcomes. */
export function statusBadge(status: string | undefined, testid?: string): HTMLElement {
  const text = status ?? 'unknown'
  return h('span', { class: `badge badge-${text}`, ...(testid && { testid }) }, text)
}
