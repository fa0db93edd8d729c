import type { Consent, Order } from '../domain/types.ts'
import { ProblemError } from '../problems/index.ts'
import { sentIdPolicy } from './new-ids.ts'
import type { OperationDeps } from './operation-deps.ts'
import type { OrderOperationTable } from './operation-types.ts'
import { changeOrder } from './order-access.ts'

/** Consents: created and removed whole; patches change `checked` only (fact sheet B.2). */
export function createConsentOperations({ lifecycle }: OperationDeps) {
  const inCheckout = { window: 'checkout', what: 'consents' } as const
  return {
    async CreateCheckoutOrderConsent(call) {
      const consent = call.body
      await changeOrder(call, lifecycle, inCheckout, (order) => {
        const keep = sentIdPolicy(
          call,
          (order.consents ?? []).map((existing) => existing.id),
        )
        const id = keep(consent.id) ?? call.store.nextId('cartItem')
        const consents = order.consents ?? []
        // A consent id is the client's; creating one that exists replaces it, in its place.
        order.consents = consents.some((existing) => existing.id === id)
          ? consents.map((existing) => (existing.id === id ? { ...consent, id } : existing))
          : [...consents, { ...consent, id }]
      })
      return { status: 200 }
    },

    async PatchCheckoutOrderConsents(call) {
      const patches = call.body
      await changeOrder(call, lifecycle, inCheckout, (order) => {
        // A patch names its consent by id; one without an id names none (decision 66).
        const unknown = patches.filter(
          (patch) => patch.id === undefined || !findConsent(order, patch.id),
        )
        if (unknown.length > 0) {
          const names = unknown.map((patch) =>
            patch.id === undefined ? `item ${patches.indexOf(patch)} (no id)` : patch.id,
          )
          throw new ProblemError(
            'consent-not-found',
            `Consents not found on order ${order.id}: ${names.join(', ')}.`,
          )
        }
        for (const patch of patches) setChecked(order, patch)
      })
      return { status: 200 }
    },

    async PatchCheckoutOrderConsent(call) {
      const consentId = call.params.consent_id
      await changeOrder(call, lifecycle, inCheckout, (order) => {
        if (!findConsent(order, consentId)) throw consentNotFound(order, consentId)
        setChecked(order, { ...call.body, id: consentId })
      })
      return { status: 200 }
    },

    async RemoveCheckoutOrderConsent(call) {
      const consentId = call.params.consent_id
      await changeOrder(call, lifecycle, inCheckout, (order) => {
        if (!findConsent(order, consentId)) throw consentNotFound(order, consentId)
        order.consents = (order.consents ?? []).filter((consent) => consent.id !== consentId)
      })
      return { status: 200 }
    },
  } satisfies Partial<OrderOperationTable>
}

function findConsent(order: Order, consentId: string | undefined): Consent | undefined {
  return (order.consents ?? []).find((consent) => consent.id === consentId)
}

/** "Will only change value of Checked": the other fields of a patch are not applied. */
function setChecked(order: Order, patch: Consent): void {
  const { checked } = patch
  if (checked === undefined) return
  order.consents = (order.consents ?? []).map((consent) =>
    consent.id === patch.id ? { ...consent, checked } : consent,
  )
}

function consentNotFound(order: Order, consentId: string): ProblemError {
  return new ProblemError(
    'consent-not-found',
    `Consent with id:${consentId} not found on order ${order.id}.`,
  )
}
