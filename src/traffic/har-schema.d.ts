/** `har-schema`: the HAR 1.2 JSON Schemas (draft-06), one per HAR object, CommonJS. */
declare module 'har-schema' {
  const schemas: Record<string, object>
  export default schemas
}
