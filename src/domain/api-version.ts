/** The Order API versions the mock serves: 0.1 (`v0`) and the v1 field names (DECISIONS 1). */
export type ApiVersion = 'v0' | 'v1'
