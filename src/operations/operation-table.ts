import { createCartAndCustomerOperations } from './cart-and-customer.ts'
import { createConsentOperations } from './consents.ts'
import type { OperationDeps } from './operation-deps.ts'
import type { OperationHandler } from './operation-types.ts'
import { createCallbackRegistryOperations } from './order-callbacks.ts'
import { createStateOperations } from './order-state.ts'
import { createOrderOperations } from './orders.ts'
import { createPaymentOperations } from './payments.ts'
import { createShippingOperations } from './shippings.ts'
import { createValidateOperations } from './validate-order.ts'

/** Every operation of the contract, by operationId. */
export function createOperationTable(deps: OperationDeps): Record<string, OperationHandler> {
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
