import type { Consent, Order } from '../domain/types.ts'
import { invalidRequest, ProblemError } from '../problems/index.ts'
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
        const id = consent.id ?? call.store.nextId('cartItem')
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
      patches.forEach((patch, index) => {
        if (patch.id === undefined)
          throw invalidRequest(
            `body/${index}/id`,
            'required',
            'is required to find the consent to patch',
          )
      })
      await changeOrder(call, lifecycle, inCheckout, (order) => {
        const unknown = patches.filter((patch) => !findConsent(order, patch.id))
        if (unknown.length > 0) {
          throw new ProblemError(
            'consent-not-found',
            `Consents not found on order ${order.id}: ${unknown.map((patch) => patch.id).join(', ')}.`,
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
