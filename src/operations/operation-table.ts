import { createCartAndCustomerOperations } from './cart-and-customer.ts'
import { createConsentOperations } from './consents.ts'
import type { OperationDeps } from './operation-deps.ts'
import type { OrderOperationTable } from './operation-types.ts'
import { createCallbackRegistryOperations } from './order-callbacks.ts'
import { createStateOperations } from './order-state.ts'
import { createOrderOperations } from './orders.ts'
import { createPaymentOperations } from './payments.ts'
import { createShippingOperations } from './shippings.ts'
import { createValidateOperations } from './validate-order.ts'

/** Every operation of the contract, by operationId (the compiler checks none is missing). */
export function createOperationTable(deps: OperationDeps): OrderOperationTable {
  return {
    ...createOrderOperations(deps),
    ...createCartAndCustomerOperations(deps),
    ...createConsentOperations(deps),
    ...createStateOperations(deps),
    ...createValidateOperations(deps),
    ...createCallbackRegistryOperations(deps),
    ...createPaymentOperations(deps),
    ...createShippingOperations(deps),
  }
}
