const price = (includingVat: number, excludingVat: number) => ({ includingVat, excludingVat })

/**
 * A valid request body for every Order API operation that takes one: what a request needs to
 * get past validation, so tests of auth, tenancy or deletion reach the check they are about.
 * Callback URLs point at the closed loopback port 3.
 */
export const VALID_BODIES: Readonly<Record<string, unknown>> = {
  CreateCheckoutOrder: { culture: 'sv-SE' },
  PatchCheckoutOrderAttributes: { a: 1 },
  UpdateCheckoutOrderCart: { items: [] },
  CreateCheckoutOrderConsent: { id: 'ci_other', checked: true },
  PatchCheckoutOrderConsents: [{ id: 'ci_terms', checked: true }],
  PatchCheckoutOrderConsent: { checked: true },
  UpdateCheckoutOrderCustomerBilling: { givenName: 'Eve' },
  UpdateCheckoutOrderCustomerShipping: { givenName: 'Eve' },
  CreateCheckoutOrderHook: { subscribeTo: '/state', invoke: 'http://127.0.0.1:3/hook' },
  CreateCheckoutOrderNotification: { scope: '/state', invoke: 'http://127.0.0.1:3/notify' },
  UpdateCheckoutOrderReference: 'another-reference',
  UpdateCheckoutOrderState: { currentStatus: 'removed' },
  Validate: {},
  CreateCheckoutOrderValidation: { url: 'http://127.0.0.1:3/validate' },
  UpdateCheckoutOrderValidation: { url: 'http://127.0.0.1:3/validate' },
  CreateOrderPayment: { amount: 1 },
  UpdateOrderPayment: { amount: 1 },
  AddPaymentAction: [{ adapterId: 'a', type: 'capture', url: 'http://127.0.0.1:3/capture' }],
  AddTransactionForOrderPayment: { event: 'capture' },
  CreateOrderShipping: { total: price(1, 0.8), vatRate: 0.25 },
  UpdateOrderShipping: { total: price(1, 0.8), vatRate: 0.25 },
}
