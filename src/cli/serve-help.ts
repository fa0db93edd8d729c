import { ADMIN_ROUTES } from '../server/admin-routes.ts'

/** `norce-checkout-mock serve --help`: everything a new user needs to start. */
export const SERVE_HELP = `Usage:
  norce-checkout-mock serve [options]

Starts a stateful mock of the Norce Checkout Order API on http://127.0.0.1:4010, seeded
with demo orders (merchant "thingsandstuff", channel "thingsandstuff-se", orders in all six
statuses). The banner prints a token and three curl commands to paste.

The Order API answers at /api/v0/... and /api/v1/..., and under Norce's base path
/checkout/order/api/...; the notification event log at /checkout/notification/api/v1/events.
Every call needs "Authorization: Bearer <token>", "x-merchant" and "x-channel" headers.

Options:
  --port <n>                     Port to listen on; 0 picks a free one (default 4010)
  --host <address>               Address to bind (default 127.0.0.1)
  --seed <n>                     Seed of generated ids and --orders (default 1)
  --orders <n>                   Add n factory-built orders to the demo channel (default 0)
  --fixtures <dir>               Start from <dir>/orders.json instead of the built-in fixtures
  --seed-from-har <file.har>     Start from the orders a HAR's responses showed (newest
                                 version of each; merchant and channel from the request
                                 headers) instead of the fixtures. Orders that break the
                                 contract are listed in the banner and skipped
  --strict                       With --seed-from-har: refuse to start when one breaks it
  --state <file>                 Keep state in a JSON file and <file>.journal: loaded at start,
                                 each change appended before the response is sent (survives
                                 kill -9), compacted as it grows and on a clean stop
  --token <token>                Accept this bearer token; repeat for more
                                 (default: any non-empty token)
  --latency <ms|min-max>         Delay every API response: 50, or 20-80 for a seeded range
  --allow-callback-host <host[:port]>
                                 Let hooks, validations and notifications call this host;
                                 repeat for more (default: localhost, 127.0.0.1, [::1])
  --callback-timeout <ms>        Time-out of each hook, validation and notification call
                                 (default 5000)
  --request-timeout <ms>         Time a client has to send a whole request, body included;
                                 slower ones get 408 (default 60000)
  --headers-timeout <ms>         Time a client has to send the request line and headers
                                 (408 past it; default 10000, at most --request-timeout)
  --max-import-bytes <n>         Largest PUT /__admin/state body (413 past it; default and
                                 most 524288000, 500 MiB)
  --admin-token <token>          Require "Authorization: Bearer <token>" on every /__admin
                                 request (401 without). Without it the admin API is open to
                                 anyone who can reach the port: fine on 127.0.0.1 for a demo,
                                 set it before binding another --host
  --cors <origin>                Allowed browser origin: *, an origin like
                                 http://localhost:3000 (repeat for more), or off (default *)
  --log-level <level>            info (every request), warn (4xx, 5xx), error (5xx) or
                                 silent (default info); one JSON line per request on stdout
  --quiet                        No request log (same as --log-level silent); the banner stays
  -h, --help                     Show this help

Admin API (not part of the Norce contract; open unless --admin-token is given):
${ADMIN_ROUTES.map((route) => `  ${`${route.method} ${route.path}`.padEnd(29)}  ${route.summary}`).join('\n')}

Examples:
  norce-checkout-mock serve
  norce-checkout-mock serve --port 0 --state .state/demo.json --orders 100
  norce-checkout-mock serve --seed-from-har checkout.har --strict
  norce-checkout-mock serve --token secret --latency 20-80 --cors http://localhost:3000

Stop with Ctrl+C (SIGINT) or SIGTERM: in-flight requests finish first.
`
