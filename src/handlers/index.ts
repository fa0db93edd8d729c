export { createHandlers, type HandlerOptions } from './create-handlers.ts'
export { createNorceSetup, type NorceSetupOptions } from './setup-norce-common.ts'
