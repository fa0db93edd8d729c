export {
  bindStoreInternals,
  type CheckedLoad,
  createStore,
  type MockStore,
  type StoreChange,
  type StoredTransaction,
  type StoreInternals,
  type StoreOptions,
  type StoreSnapshot,
  storeInternals,
} from './create-store.ts'
export { decodeEntryFields, encodeEntryFields } from './entry-fields-codec.ts'
export type {
  CallbackJournalEntry,
  DeliveryAttempt,
  EventFilter,
  EventLog,
  NotificationEvent,
} from './event-log.ts'
export { type OrderEntryFields, type OrderRecipe, orderEntryFields } from './order-entry.ts'
export { ORDER_SORT_KEYS, type OrderListQuery, type OrderSortKey } from './order-query.ts'
export type { PreparedOrder } from './order-table.ts'
