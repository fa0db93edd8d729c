import type { OrderApiOptions } from '../api/index.ts'
import type { Order } from '../domain/types.ts'
import type { LogLevel } from './request-log.ts'

/** Where `norce-checkout-mock serve` listens unless told otherwise (Prism's port). */
export const DEFAULT_PORT = 4010
/** Loopback only by default: the mock is a development tool, not a public service. */
export const DEFAULT_HOST = '127.0.0.1'
/** `--headers-timeout`: ms a client has to send the request line and headers. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000
/** `--request-timeout`: ms a client has to send the whole request, body included. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000

/** Options of {@link startMockServer}; the CLI flags of `serve` map onto these one to one. */
export interface MockServerOptions {
  /** TCP port; `0` picks a free one (read it from `server.port`). Default 4010. */
  port?: number
  /** Address to bind. Default `127.0.0.1`. */
  host?: string
  /** Seeds the ids the mock generates and the `orders` extra orders. Default 1. */
  seed?: number
  /**
   * Extra factory-built orders in the demo tenant, across all six statuses, each built when
   * first read; the start derives only what lists need (decisions 173, 175). Default 0.
   */
  orders?: number
  /**
   * Aborting it during the start stops the start (the build of `orders` and its worker
   * threads with it): `startMockServer` rejects. Ignored once the server is started.
   */
  signal?: AbortSignal
  /**
   * The start data: a directory holding `orders.json`, or the orders themselves.
   * Default: the committed `fixtures/orders.json` (demo merchant `thingsandstuff`).
   */
  fixtures?: string | readonly Order[]
  /**
   * Start from the orders a HAR file's responses showed (newest version of each, tenants
   * from the request headers) instead of the fixtures; invalid ones are listed and skipped.
   */
  seedFromHar?: string
  /** With `seedFromHar`: refuse to start when an order in the HAR breaks the contract. */
  strictSeed?: boolean
  /**
   * A JSON state file (a snapshot) and its journal `<stateFile>.journal`: loaded at start
   * (refused when invalid), every acknowledged change appended to the journal (fsync) before
   * the response is sent, the journal compacted into a new snapshot as it grows and on
   * `close()` (decisions 125-127).
   */
  stateFile?: string
  /**
   * When the journal is compacted: past `factor` × the snapshot's bytes and past `minBytes`.
   * Default `{ factor: 1, minBytes: 1 MiB }` (decision 126); tests set it small.
   */
  journalCompaction?: { factor: number; minBytes: number }
  /** Accepted bearer tokens. Default: any non-empty token. */
  tokens?: readonly string[]
  /** Added to every Order API response: fixed ms, or a seeded `{ min, max }` range. */
  latency?: OrderApiOptions['latency']
  /** Hosts (`host` or `host:port`) callbacks may be sent to. Default: loopback only. */
  allowedCallbackHosts?: readonly string[]
  /** Time-out of each hook, validation and notification call, in ms. Default 5,000. */
  callbackTimeoutMs?: number
  /**
   * When set, every `/__admin` request needs `Authorization: Bearer <adminToken>` (else
   * `401`). Default: none, the admin API is open (a local demo tool).
   */
  adminToken?: string
  /** Origins allowed by CORS: `'*'` (default), a list of exact origins, or `false` for none. */
  cors?: '*' | readonly string[] | false
  /** Request log level: `info` logs every request, `silent` none. Default `silent`. */
  logLevel?: LogLevel
  /** Where log lines go (each ends with a newline). Default: `process.stdout`. */
  writeLog?: (text: string) => void
  /** Check every Order API response against the contract (a violation becomes a 500). */
  validateResponses?: boolean
  /** How many requests `GET /__admin/requests` remembers. Default 1,000. */
  journalSize?: number
  /** Largest `PUT /__admin/state` body in bytes (`413` past it). Default 500 MiB. */
  maxImportBytes?: number
  /**
   * Ms a client has to send the whole request, body included; slower ones get `408` and the
   * connection closes. Default 60,000 (node's own is 300,000).
   */
  requestTimeoutMs?: number
  /** Ms a client has to send the request line and headers (`408` past it). Default 10,000. */
  headersTimeoutMs?: number
}
