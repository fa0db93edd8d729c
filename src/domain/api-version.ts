/** The Order API versions the mock serves, each with its own contract (decision 45). */
export type { ApiVersion } from '../validation/order-api-types.ts'
