/** `norce-checkout-mock contract --help`. */
export const CONTRACT_HELP = `norce-checkout-mock contract — check a Norce environment (or the mock) against the Order API contract of one version

Usage:
  norce-checkout-mock contract --base-url <url> --token <token> --merchant <id> --channel <id> [options]

Target (flags, or the environment variables in brackets):
  --base-url <url>      The Order API base, e.g. https://my-slug.api-se.playground.norce.tech/checkout/order
                        or http://127.0.0.1:4010                                            [NORCE_BASE_URL]
  --token <token>       Bearer token                                                        [NORCE_TOKEN]
  --merchant <id>       x-merchant                                                          [NORCE_MERCHANT]
  --channel <id>        x-channel                                                           [NORCE_CHANNEL]
  --api-version v0|v1   Version to check: its paths and its contract (default v0)
                        v0: /api/v0/... against openapi/order.yaml (the 0.1 docs)
                        v1: /api/v1/... against openapi/order-v1.yaml (Norce's v1 types)

Options:
  --via-prism           Send everything through "prism proxy openapi/order.yaml <base-url> --errors";
                        Prism's own violations (sl-violations) are reported too (v0 only)
  --dry-run             List the requests without sending them
  --reporter text|junit Report format (default text); junit needs --output
  --output <file>       Write the report to this file
  --record <file.har>   Write every exchange to a HAR 1.2 file (Authorization redacted), for a bug
                        report or "norce-checkout-mock check-traffic <file.har>" later
  --only <name>         Run only workflows whose name contains this (repeatable)
  --seed <n>            Seed of the generated orders (default 1)
  --mock-features auto|on|off
                        Run the checks that need norce-checkout-mock itself (callbacks, event log);
                        auto asks <origin>/__admin/health (default auto)
  -h, --help            Show this help

Safety: the suite only touches orders it creates (reference "nco-contract-<time>-..."), and deletes
them at the end. Exit code 0 only when every check passes; 1 when one fails; 2 for a usage error.

Example:
  NORCE_TOKEN=... norce-checkout-mock contract --base-url https://my-slug.api-se.playground.norce.tech/checkout/order \\
    --merchant my-merchant --channel my-channel-se --reporter junit --output contract.xml
`
