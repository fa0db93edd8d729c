/** `norce-checkout-mock check-traffic --help`. */
export const CHECK_TRAFFIC_HELP = `norce-checkout-mock check-traffic — judge recorded traffic (a HAR file) against the contract

Usage:
  norce-checkout-mock check-traffic <file.har> [options]

Every Order API exchange (v0 against openapi/order.yaml, v1 against openapi/order-v1.yaml, by
path, on any host and behind any prefix) and every event-log exchange in the HAR is checked:
  - the request: one that breaks the contract must not be accepted (2xx/3xx)
  - the status: documented for that operation
  - the content type: documented for that status
  - the response body: against the schema
Entries outside the APIs (pages, scripts, CORS preflights, /__admin) are counted and skipped.
Authorization and cookies are never printed: reproductions use $NORCE_TOKEN.

A HAR comes from the browser (DevTools, network panel, "Save all as HAR"), from Playwright
(browser.newContext({ recordHar: { path } })), or from "norce-checkout-mock contract --record".

Options:
  --reporter text|junit Report format of --output (default text); junit needs --output
  --output <file>       Write the report to this file too
  -h, --help            Show this help

Exit code 0 only when every checked exchange keeps the contract; 1 when one breaks it;
2 for a usage error or a file that is not a HAR 1.2 archive.

Example:
  norce-checkout-mock check-traffic checkout.har --reporter junit --output traffic.xml
`
