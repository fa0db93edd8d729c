/** `norce-checkout-mock --help`. */
export const MAIN_HELP = `norce-checkout-mock: mock server and contract tests for the Norce Checkout Order API

Usage:
  norce-checkout-mock <command> [options]

Commands:
  serve       Start the stateful mock server with seeded demo orders
  contract    Check a Norce environment (or the mock) against the contract of one API version
  check-traffic <file.har>
              Judge recorded traffic (a HAR) against the contract, v0 and v1
  help        Show this help

Run "norce-checkout-mock <command> --help" for its options.
`
