export { createContractSchema } from './contract-schema.ts'
export {
  createStore,
  type MockStore,
  type StoreInternals,
  type StoreOptions,
  type StoreSnapshot,
  type StoredTransaction,
} from './create-store.ts'
