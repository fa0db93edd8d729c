// Generated from src/store/order-entry.ts, src/store/entry-fields-codec.ts, src/domain/order-totals.ts, src/domain/money.ts by `npm run generate`.
// Do not edit by hand: run it after changing one of them (a test fails when they drift).

/** SHA-256 (first 32 hex digits) of the code deriving a state file's index from its orders. */
export const SNAPSHOT_INDEX_FINGERPRINT = 'f76307752d4aeaa1d9256590749407d6'
