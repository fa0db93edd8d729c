import { compileRoutes } from '../routing/index.ts'
import { getOrderApiValidator } from '../validation/index.ts'

/**
 * Names the Order API operation of a request, for the log and the request journal. Uses the
 * same compiled routes as the core, built once; event-log and unknown paths have no name.
 *
 * @example
 * const operationIdOf = createOperationIdLookup()
 * operationIdOf('GET', '/checkout/order/api/v1/checkout/orders/o_abc') // 'GetCheckoutOrder'
 */
export function createOperationIdLookup(): (method: string, path: string) => string | undefined {
  const route = compileRoutes(getOrderApiValidator().operations)
  return (method, path) => {
    const routed = route(method, path)
    return routed.kind === 'match' ? routed.match.operationId : undefined
  }
}
