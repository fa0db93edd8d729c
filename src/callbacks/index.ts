export { type CallbackSettings, DEFAULT_CALLBACK_TIMEOUT_MS } from './callback-settings.ts'
export { createCallbacks } from './create-callbacks.ts'
export { type OutboundResult, postJson } from './outbound-call.ts'
export { type AdapterConfigurations, expandUrlTemplate } from './url-template.ts'
