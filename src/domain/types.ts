import type { components } from '../generated/order-api.ts'

/** The Order API's schema types, generated from `openapi/order.yaml`. */
export type Schemas = components['schemas']
export type Order = Schemas['Order']
export type OrderStatus = Schemas['OrderStatus']
export type State = Schemas['State']
export type Transition = Schemas['Transition']
export type Cart = Schemas['Cart']
export type Item = Schemas['Item']
export type Discount = Schemas['Discount']
export type Logistics = Schemas['Logistics']
export type Price = Schemas['Price']
export type Customer = Schemas['Customer']
export type Address = Schemas['Address']
export type Consent = Schemas['Consent']
export type Shipping = Schemas['Shipping']
export type ShippingState = Schemas['ShippingState']
export type Payment = Schemas['Payment']
export type PaymentState = Schemas['PaymentState']
export type PaymentAction = Schemas['PaymentAction']
export type PaymentTransaction = Schemas['PaymentTransaction']
export type Hook = Schemas['Hook']
export type Callback = Schemas['Callback']
export type Notification = Schemas['Notification']
export type ValidationError = Schemas['ValidationError']
export type OrderPaginationSet = Schemas['OrderPaginationSet']

/** An order as the server edits it: the fields clients may only read are writable here. */
export type WritableOrder = { -readonly [Key in keyof Order]: Order[Key] }
