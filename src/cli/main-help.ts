/** `norce-checkout-mock --help`. */
export const MAIN_HELP = `norce-checkout-mock: mock server and contract tests for the Norce Checkout Order API

Usage:
  norce-checkout-mock <command> [options]

Commands:
  serve       Start the stateful mock server with seeded demo orders
  contract    Check a Norce environment (or the mock) against the contract of one API version
  help        Show this help

Run "norce-checkout-mock serve --help" or "norce-checkout-mock contract --help" for their options.
`
