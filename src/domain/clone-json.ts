// The copy lives in validation, the lowest layer that copies values; the domain and the layers
// below it use it from here.
export { cloneJson } from '../validation/clone-json.ts'
