export {
  createOrderApi,
  MAX_DELAY_MS,
  type OrderApi,
  type OrderApiOptions,
} from './create-order-api.ts'
