export type { CallbackSettings } from './callback-settings.ts'
export { createCallbacks } from './create-callbacks.ts'
export { postJson } from './outbound-call.ts'
