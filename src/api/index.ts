export {
  createOrderApi,
  type OrderApi,
  type OrderApiOptions,
} from './create-order-api.ts'
