// Generated from openapi/order.yaml by `npm run generate`. Do not edit by hand:
// change the OpenAPI file and regenerate (a test fails when the two drift).

/** SHA-256 (first 32 hex digits) of src/generated/order-validators.ts: what a state file's orders were checked against. */
export const ORDER_CONTRACT_FINGERPRINT = '0f88ee13a969e1fb5ee1da60050ce09d'
