import { mkdir, open, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { dirname } from 'node:path'
import { LOOPBACK_HOSTS } from '../domain/loopback.ts'
import { createProblem, PROBLEM_CONTENT_TYPE } from '../problems/index.ts'
import { type MockStore, storeInternals } from '../store/index.ts'
import type { Violation } from '../validation/index.ts'
import { createAdminApi } from './admin-api.ts'
import { createAdminGuard, originsOf } from './admin-guard.ts'
import { MAX_ADMIN_BODY_BYTES, type RuntimeSlot } from './admin-routes.ts'
import { type BannerFacts, formatBanner } from './banner.ts'
import { createCorsPolicy } from './cors.ts'
import { createRequestListener, MAX_HEADER_COUNT } from './create-request-listener.ts'
import { busiestTenant, loadFixtureOrders, type Tenant } from './demo-data.ts'
import { describeHarSeed, loadHarSeed } from './har-seed.ts'
import { createRuntimeFactory, type MockRuntime, type RuntimeFactory } from './mock-runtime.ts'
import { createOperationIdLookup } from './operation-id-lookup.ts'
import { createOwnListener } from './own-listener.ts'
import { createRequestJournal } from './request-journal.ts'
import { createRequestLog } from './request-log.ts'
import {
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_REQUEST_TIMEOUT_MS,
  type MockServerOptions,
} from './server-options.ts'
import { journalPathOf } from './state-journal.ts'
import { hasLinesLayout, recoverStateLines, SnapshotTrustRefused } from './state-lines.ts'
import { lockStateFile, type StateLock } from './state-lock.ts'
import { createStatePersister, type PersisterStats } from './state-persister.ts'
import { findRecoveredViolations, type RecoveredState, recoverState } from './state-recovery.ts'
import { toStoreSnapshot } from './validate-snapshot.ts'
import { createWriteGate } from './write-gate.ts'

/** How long `close()` lets in-flight requests finish before dropping their connections. */
const SHUTDOWN_GRACE_MS = 3_000

/** How a start found its state file and journal. */
export interface StateRecoveryReport {
  /** Journal records applied on top of the snapshot. */
  replayed: number
  /** Journal records the snapshot already held (a crash during a compaction), skipped. */
  skipped: number
  /** Torn last records ignored (0 or 1): a crash during an append that was never acknowledged. */
  tornRecords: number
  tornBytes: number
  /**
   * How the snapshot's orders were loaded: `trusted` from its index, without parsing or
   * checking them (a snapshot this version wrote, intact), or `checked` one by one (decision 165).
   */
  snapshotLoad: 'trusted' | 'checked'
  /** Orders stored from the snapshot's index without a parse or a check. */
  trustedOrders: number
  /** Why a snapshot with an index was checked after all (edited, or another version's). */
  trustRefused?: string
}

/** A running standalone mock server. */
export interface MockServer {
  /** `http://127.0.0.1:4010`: the Order API is at `${url}/api/v0/...` and `${url}/checkout/order/api/v0/...`. */
  readonly url: string
  readonly port: number
  readonly host: string
  /** The store answering now (reset and state import put in a new one). */
  readonly store: MockStore
  /** The merchant and channel holding most orders: the banner's demo tenant. */
  readonly tenant: Tenant
  /**
   * With a state file: how the start found it (journal records replayed, records skipped as
   * already in the snapshot, a torn last record ignored) and what has been written since.
   */
  persistence(): (StateRecoveryReport & PersisterStats) | undefined
  /** The start banner: URL, merchant, channel, a token and three curl commands. */
  banner(): string
  /** Stops accepting connections, lets in-flight requests finish, waits for the state file. */
  close(): Promise<void>
}

/**
 * Starts the standalone mock: the Order API (at the root and under `/checkout/order`), the
 * event log, the admin API under `/__admin`, seeded with the demo fixtures.
 *
 * @example
 * import { startMockServer } from 'norce-checkout-mock/server'
 *
 * const server = await startMockServer({ port: 0, stateFile: '.state/demo.json' })
 * const res = await fetch(`${server.url}/api/v0/checkout/orders`, {
 *   headers: { authorization: 'Bearer t', 'x-merchant': server.tenant.merchant, 'x-channel': server.tenant.channel },
 * })
 * await server.close()
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { stateFile } = options
  if (stateFile === undefined) return startServing(options, undefined)
  try {
    await mkdir(dirname(stateFile), { recursive: true })
  } catch (error) {
    throw new Error(
      `Failed to write the state file ${stateFile}: ${(error as Error).message}. Hint: pass a --state path in a writable directory.`,
    )
  }
  // One server per state file (finding 10): taken before the file is read.
  const lock = await lockStateFile(stateFile)
  try {
    return await startServing(options, lock)
  } catch (error) {
    await lock.release()
    throw error
  }
}

async function startServing(
  options: MockServerOptions,
  lock: StateLock | undefined,
): Promise<MockServer> {
  const host = options.host ?? DEFAULT_HOST
  const port = options.port ?? DEFAULT_PORT
  const seed = options.seed ?? 1
  if (options.seedFromHar !== undefined && options.fixtures !== undefined)
    throw new Error(
      'Failed to start the mock server: --seed-from-har and --fixtures both give the start orders. Hint: pass one of them.',
    )
  const harSeed =
    options.seedFromHar === undefined
      ? undefined
      : await loadHarSeed(options.seedFromHar, { strict: options.strictSeed === true })
  const fixtures = harSeed ? harSeed.orders : await loadFixtureOrders(options.fixtures)
  // Callbacks never reach this server itself unless allowed exactly (decision 81).
  const ownListener = createOwnListener()
  const runtimes = createRuntimeFactory({
    seed,
    fixtures,
    extraOrders: options.orders ?? 0,
    api: {
      ...(options.tokens && { tokens: options.tokens }),
      ...(options.latency !== undefined && { latency: options.latency }),
      ...(options.validateResponses && { validateResponses: true }),
      allowedCallbackHosts: options.allowedCallbackHosts ?? LOOPBACK_HOSTS,
      ...(options.callbackTimeoutMs !== undefined && {
        callbackTimeoutMs: options.callbackTimeoutMs,
      }),
      isOwnListener: ownListener.check,
    },
  })
  const { stateFile } = options
  const started = await startRuntime(runtimes, stateFile, options.signal)
  const slot: RuntimeSlot = { current: started.runtime }
  const tenant = busiestTenant(storeInternals(slot.current.store).tenantCounts())
  const { recovered } = started

  const operationIdOf = createOperationIdLookup()
  const journal = createRequestJournal(options.journalSize ?? 1000, operationIdOf)
  const recovery: StateRecoveryReport | undefined = recovered && {
    replayed: recovered.replayed,
    skipped: recovered.skipped,
    tornRecords: recovered.torn ? 1 : 0,
    tornBytes: recovered.torn?.bytes ?? 0,
    snapshotLoad: recovered.snapshotLoad?.mode ?? 'checked',
    trustedOrders: recovered.snapshotLoad?.trustedOrders ?? 0,
    ...(recovered.snapshotLoad?.refused && { trustRefused: recovered.snapshotLoad.refused }),
  }
  const writer =
    stateFile === undefined || recovered === undefined
      ? undefined
      : await startPersister(stateFile, slot, recovered, options.journalCompaction)
  const log = createRequestLog({
    level: options.logLevel ?? 'silent',
    write: options.writeLog ?? ((text) => process.stdout.write(text)),
  })
  let closing = false
  let ownOrigins: readonly string[] = []
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
  // node refuses a headers time-out longer than the request time-out.
  const headersTimeout = Math.min(
    options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS,
    requestTimeout,
  )
  const server = createServer(
    {
      requestTimeout,
      headersTimeout,
      // node checks the time-outs on this interval (30 s by default): a quarter of the
      // shorter one keeps a 408 within 25 % of its time.
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(headersTimeout / 4))),
    },
    createRequestListener({
      slot,
      admin: createAdminApi({ slot, runtimes, journal, adminToken: options.adminToken }),
      guardAdmin: createAdminGuard({
        adminToken: options.adminToken,
        ownOrigins: () => ownOrigins,
      }),
      gate: createWriteGate(),
      maxImportBytes: options.maxImportBytes ?? MAX_ADMIN_BODY_BYTES,
      cors: createCorsPolicy(options.cors ?? '*'),
      log,
      journal,
      save: writer?.save,
      operationIdOf,
      isClosing: () => closing,
    }),
  )
  // One more than the limit, so the listener can tell "too many" from "exactly 2,000".
  server.maxHeadersCount = MAX_HEADER_COUNT + 1
  server.on('clientError', answerClientError)
  server.on('checkExpectation', answerExpectation)
  const address = await listen(server, port, host)
  ownListener.bind(host, address.port)
  ownOrigins = originsOf(host, address.port)
  const url = `http://${displayHost(host)}:${address.port}`

  let closed: Promise<void> | undefined
  return {
    url,
    port: address.port,
    host,
    tenant,
    get store() {
      return slot.current.store
    },
    persistence: () => recovery && writer && { ...recovery, ...writer.stats() },
    banner() {
      const facts: BannerFacts = {
        url,
        tenant,
        tokens: options.tokens ?? [],
        ...bannerOrders(slot.current.store, tenant),
        stateFile,
        adminToken: options.adminToken !== undefined,
        ...(harSeed && { seed: describeHarSeed(harSeed) }),
        ...(stateFile && recovered && { state: describeRecovery(stateFile, recovered) }),
      }
      return formatBanner(facts)
    },
    close() {
      closed ??= (async () => {
        closing = true
        // A reset building --orders stops now: no worker thread outlives close().
        runtimes.stop()
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeIdleConnections()
          setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref()
        })
        // The journal is compacted into a new snapshot: the next start reads one file.
        await writer?.close()
        await lock?.release()
        log.flush()
      })()
      return closed
    },
  }
}

/**
 * The state file and its journal (decision 125): a torn last record is cut off before the
 * first append; a new file gets its first snapshot at once, so an unwritable path fails now.
 */
async function startPersister(
  stateFile: string,
  slot: RuntimeSlot,
  recovered: RecoveredState,
  compaction: { factor: number; minBytes: number } | undefined,
) {
  try {
    if (recovered.torn) {
      const file = await open(journalPathOf(stateFile), 'r+')
      try {
        await file.truncate(recovered.journalBytes)
        await file.sync()
      } finally {
        await file.close()
      }
    }
    const persister = createStatePersister({
      stateFile,
      slot,
      sequence: recovered.sequence,
      journalBytes: recovered.journalBytes,
      snapshotBytes: recovered.snapshotFound ? (await stat(stateFile)).size : 0,
      ...(compaction && { compaction }),
      rewriteOnClose: recovered.snapshotLoad?.mode === 'checked',
    })
    if (!recovered.snapshotFound) await persister.snapshot()
    return persister
  } catch (error) {
    throw new Error(
      `Failed to write the state file ${stateFile}: ${(error as Error).message}. Hint: pass a --state path in a writable directory.`,
    )
  }
}

/** The banner's lines on the recovery: only when the journal had something to say. */
function describeRecovery(stateFile: string, recovered: RecoveredState): string[] {
  const lines: string[] = []
  if (recovered.replayed > 0 || recovered.skipped > 0) {
    lines.push(
      `  journal: ${journalPathOf(stateFile)}, ${recovered.replayed} change${recovered.replayed === 1 ? '' : 's'} replayed${recovered.skipped > 0 ? `, ${recovered.skipped} already in the snapshot skipped (a stop during a compaction)` : ''}`,
    )
  }
  if (recovered.snapshotLoad?.refused) {
    lines.push(
      `  note: the snapshot's index was not used, every order was checked: ${recovered.snapshotLoad.refused}`,
    )
  }
  if (recovered.torn) {
    lines.push(
      `  warning: the journal's last record (record ${recovered.torn.record}, ${recovered.torn.bytes} bytes) was torn, a crash during its write: ignored and cut off (it was never acknowledged)`,
    )
  }
  return lines
}

/** What the banner says of the orders, without parsing every one of them. */
function bannerOrders(
  store: MockStore,
  tenant: Tenant,
): Pick<BannerFacts, 'orders' | 'orderCount' | 'tenantOrderCount'> {
  const internals = storeInternals(store)
  let sample: string | undefined
  let first: string | undefined
  // The tenant's first order in the checkout state, else its first: found early, mostly.
  for (const order of internals.orderSummaries()) {
    if (order.merchant !== tenant.merchant || order.channel !== tenant.channel) continue
    first ??= order.id
    if (order.status === 'checkout') {
      sample = order.id
      break
    }
  }
  const order = internals.findOrder(sample ?? first ?? '')
  let tenantOrderCount = 0
  for (const { merchant, channel, count } of internals.tenantCounts())
    if (merchant === tenant.merchant && channel === tenant.channel) tenantOrderCount = count
  return {
    orders: order ? [order] : [],
    orderCount: internals.orderCount(),
    tenantOrderCount,
  }
}

async function startRuntime(
  runtimes: RuntimeFactory,
  stateFile: string | undefined,
  signal: AbortSignal | undefined,
): Promise<{ runtime: MockRuntime; recovered?: RecoveredState }> {
  if (stateFile === undefined) return { runtime: await runtimes.fresh(signal) }
  if (await hasLinesLayout(stateFile)) {
    const loadLines = (trust: boolean) =>
      runtimes.fromCheckedLoad(async (load) => {
        const lines = await recoverStateLines(stateFile, load, { trust })
        if (lines.violationCount > 0)
          throw contractError(stateFile, lines.violations, lines.violationCount)
        return { ...lines.recovered, snapshotLoad: lines.snapshot }
      })
    try {
      const { runtime, result } = await loadLines(true)
      return { runtime, recovered: result }
    } catch (error) {
      if (!(error instanceof SnapshotTrustRefused)) throw error
      // The half-loaded store is dropped; the file is read again, every order checked.
      const { runtime, result } = await loadLines(false)
      const refused = `${stateFile} ${error.message}`
      return {
        runtime,
        recovered: { ...result, snapshotLoad: { ...result.snapshotLoad, refused } },
      }
    }
  }
  const recovered = await recoverState(stateFile)
  if (!recovered.snapshotFound) return { runtime: await runtimes.fresh(signal), recovered }
  const violations = findRecoveredViolations(recovered, stateFile)
  if (violations.length > 0) throw contractError(stateFile, violations, violations.length)
  const runtime = await runtimes.fromSnapshot(toStoreSnapshot(recovered.value))
  // The store holds the state now: keep the recovery's figures, not its parsed value (the
  // banner keeps them for good; at 100,000 orders the value is ~600 MB of objects).
  return { runtime, recovered: { ...recovered, value: undefined } }
}

function contractError(stateFile: string, violations: readonly Violation[], count: number): Error {
  const listed = violations
    .slice(0, 5)
    .map((violation) => `\n  - ${violation.location} ${violation.message}`)
    .join('')
  const more = count > 5 ? `\n  (and ${count - 5} more)` : ''
  return new Error(
    `Failed to load the state file ${stateFile}: it breaks the contract in ${count} place${count === 1 ? '' : 's'}:${listed}${more}\nHint: fix or delete the file, or start with another --state file.`,
  )
}

function listen(server: Server, port: number, host: string): Promise<{ port: number }> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const hint =
        error.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is in use. Hint: pass --port 0 for any free port, or stop the other process`
          : error.code === 'EACCES'
            ? `port ${port} needs privileges. Hint: use a port above 1023`
            : error.code === 'EADDRNOTAVAIL'
              ? `${host} is not an address of this machine. Hint: use 127.0.0.1`
              : `${error.message}. Hint: check --host and --port`
      reject(new Error(`Failed to start the mock server: ${hint}.`))
    }
    server.once('error', onError)
    server.listen(port, host, () => {
      server.off('error', onError)
      resolve(server.address() as { port: number })
    })
  })
}

/** What a browser would open: a wildcard address is reached through loopback. */
function displayHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1'
  if (host === '::' || host === '[::]') return '[::1]'
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
}

/**
 * Requests node:http refuses before the listener sees them, answered as problem+json like
 * every other error (finding 21): oversized headers `431`, a client too slow to send its
 * request (`--headers-timeout`, `--request-timeout`) `408` (finding 22), anything node cannot
 * parse `400`.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const [status, reason, problem] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? ([
          431,
          'Request Header Fields Too Large',
          createProblem('headers-too-large', {
            // node 22+ reports too many header lines this way too, before the listener runs.
            detail: `The request headers are larger than the server accepts (at most 16 KiB, and at most ${MAX_HEADER_COUNT} header lines).`,
          }),
        ] as const)
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? ([
            408,
            'Request Timeout',
            createProblem('request-timeout', {
              detail:
                'The request was not received in time (--headers-timeout for the request line and headers, --request-timeout for the whole request); the connection is closed.',
            }),
          ] as const)
        : ([
            400,
            'Bad Request',
            createProblem('malformed-request', {
              detail: `The request is not valid HTTP/1.1 (${error.code ?? 'parse error'}: ${error.message}).`,
            }),
          ] as const)
  const body = JSON.stringify(problem)
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: ${PROBLEM_CONTENT_TYPE}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  )
}

/** `Expect:` anything but `100-continue`: node's plain 417, as problem+json. */
function answerExpectation(request: IncomingMessage, response: ServerResponse): void {
  const text = JSON.stringify(
    createProblem('expectation-failed', {
      detail: `Expect: ${String(request.headers.expect).slice(0, 100)} is not supported; only 100-continue is.`,
      instance: (request.url ?? '/').slice(0, 200),
    }),
  )
  response.writeHead(417, {
    'content-type': PROBLEM_CONTENT_TYPE,
    'content-length': Buffer.byteLength(text),
    connection: 'close',
  })
  response.end(text)
}
