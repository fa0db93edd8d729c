export { createContractSchema } from './contract-schema.ts'
export {
  createStore,
  type MockStore,
  type StoredTransaction,
  type StoreInternals,
  type StoreOptions,
  type StoreSnapshot,
} from './create-store.ts'
