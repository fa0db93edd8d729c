export { createContractSchema } from './contract-schema.ts'
export {
  createStore,
  type MockStore,
  type StoredTransaction,
  type StoreInternals,
  type StoreOptions,
  type StoreSnapshot,
} from './create-store.ts'
export type {
  CallbackJournalEntry,
  DeliveryAttempt,
  EventFilter,
  EventLog,
  EventLogWriter,
  NotificationEvent,
} from './event-log.ts'
