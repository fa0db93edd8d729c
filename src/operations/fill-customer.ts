import type { Address, Customer } from '../domain/types.ts'

/** `Customer.type` is optional on input (real clients omit it); the mock fills it (decision 16). */
export function completeCustomer(customer: Partial<Customer>): Customer {
  return {
    ...customer,
    type: customer.type ?? customer.billing?.type ?? customer.shipping?.type ?? 'person',
  } as Customer
}

/** A customer after one of its addresses changed. */
export function withAddress(
  customer: Customer | undefined,
  which: 'billing' | 'shipping',
  address: Address,
): Customer {
  return completeCustomer({ ...customer, [which]: address })
}
