import type { NotificationEvent, Order, OrderStatus, ValidationError } from 'norce-checkout-mock'
import type { CheckoutClient } from './api/checkout-client.ts'
import type { Backend } from './backend/backend.ts'

/** What the views may ask the app to do. Every change reloads the order and its events. */
export interface Actions {
  openOrder(orderId: string): void
  showList(): void
  createOrder(): Promise<void>
  resetData(): Promise<void>
  /** Runs a change of the open order, then reloads it; failures show in the message bar. */
  change(label: string, run: (client: CheckoutClient, order: Order) => Promise<void>): Promise<void>
  validate(): Promise<void>
  setState(status: OrderStatus): Promise<void>
  refreshEvents(): Promise<void>
}

/** What the open order's view shows. */
export interface OrderViewState {
  order: Order
  events: NotificationEvent[]
  /** The answer of the last Validate, until the order changes. */
  validation?: ValidationError[] | undefined
  /** Where the demo's notifications are delivered. */
  webhookUrl: string
  backend: Backend
}
