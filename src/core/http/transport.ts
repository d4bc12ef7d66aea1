import type { ErrorContext, ErrorHints, IntegrationError } from '../errors.ts'
import type { Logger } from '../observability/logger.ts'
import type { Redactor } from '../observability/redact.ts'
import { Pipeline } from './pipeline.ts'
import type { RateLimiter } from './rate-limiter.ts'
import type { RetryDelays } from './retry-policy.ts'

export { MAX_ERROR_BODY_BYTES } from './attempt.ts'

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>

/** What differs per vendor on the wire. Data and small functions only: the transport has no vendor names in it. */
export interface VendorProtocol {
  hints: ErrorHints
  /** Response headers that carry the vendor's request id, first match wins. */
  requestIdHeaders: readonly string[]
  /** The human message (and code) inside the vendor's parsed error body. */
  readError(body: unknown): { message?: string; code?: string }
  /**
   * What a 409 answer to a request with an idempotency key means: `duplicate` = the vendor already
   * did it (resolve, never resend), `conflict` = the key was used for another request (fail).
   */
  idempotencyConflict?(body: unknown): 'duplicate' | 'conflict' | undefined
  /** Body to resolve with when the vendor says a keyed request was already done. */
  duplicateResult?: unknown
  /**
   * Body to resolve with in dry-run mode. A vendor without one has no dry run: its success answers
   * are typed objects (a Stripe Customer) that a made-up answer would only pretend to be.
   */
  dryRunResult?: unknown
  /**
   * Response header with the vendor's own retry advice (`true`/`false`, e.g. Stripe-Should-Retry): it
   * overrides the status rule in `decide()`. Lower-case name.
   */
  shouldRetryHeader?: string
  /** Response header whose value `0` says the vendor's budget is spent: every call waits a second. */
  rateLimitRemainingHeader?: string
  /** A vendor-specific error class for a final response, or undefined for the generic choice. */
  classify?(status: number, body: unknown, context: ErrorContext & { status: number; label: string }): IntegrationError | undefined
}

export interface TransportConfig {
  service: string
  /** For messages: `Loops`. */
  displayName: string
  logger: Logger
  redactor: Redactor
  /** Per attempt, body included. */
  timeoutMs: number
  maxRetries: number
  retryDelays: RetryDelays
  /** A 2xx body larger than this fails the call with InvalidResponseError instead of filling memory. */
  maxResponseBytes: number
  rateLimiter?: RateLimiter
  /** Custom fetch; otherwise `globalThis.fetch`, looked up per call so interceptors (msw) work in any start order. */
  fetch?: FetchLike
  vendor: VendorProtocol
  /** Credentials and fixed headers (lower-case names), resolved on the first call so the key is read lazily. */
  headers(): Record<string, string>
  /** Log what would be sent and resolve with the vendor's dry-run answer, sending nothing. */
  dryRun(): boolean
  /**
   * Per call (after the dry-run check): an observer of its attempts (middleware, telemetry), or
   * undefined. Undefined is the hot path: no extra allocation, header copy or await per attempt.
   * A promise of one only while the code that observes loads, once per process (instrumentation.ts).
   */
  instrument?: (request: CallRequest) => CallObserver | undefined | Promise<CallObserver | undefined>
}

/** How one attempt ended, as an observer sees it. Never the body; the failure already scrubbed. */
/**
 * Why an attempt has no usable answer: no answer in time, the network failed, a 2xx body over
 * maxResponseBytes, or a redirect (never followed; Node's fetch reports it without its status).
 */
export type FailureKind = 'timeout' | 'network' | 'too-large' | 'redirect'

export interface AttemptReport {
  outcome: 'response' | FailureKind
  status?: number
  /** Response headers (a response outcome only). */
  headers?: Headers
  requestId?: string
  /** Time of this attempt, body included. */
  ms: number
  /** Why there was no usable response: `type` is low-cardinality (`timeout`, `ECONNREFUSED`, `TypeError`). */
  error?: { type: string; message: string }
  /** Whether the transport will try again (after a backoff). */
  willRetry: boolean
}

/**
 * Watches one call. Methods may throw (a middleware hook): the call then fails at once with that
 * error, never retried, and `end` still runs. They may return a promise, which is awaited.
 */
export interface CallObserver {
  /** Before each attempt's fetch; may add headers to `headers` (this attempt's own copy). */
  attemptStart(attempt: number, headers: Record<string, string>): void | Promise<void>
  attemptEnd(attempt: number, report: AttemptReport): void | Promise<void>
  /** Time spent waiting for a client-side rate-limit slot, or in a backoff before a retry. */
  waited(kind: 'rate_limit' | 'backoff', ms: number): void
  /** Once, when the call settles: the final status of an answer, or the error thrown. */
  end(result: { attempts: number; status?: number; error?: unknown }): void
  /** Fields for the call's log lines (`trace_id`, `span_id`) while its span is active. */
  logFields(): Record<string, string> | undefined
  /** Runs the attempt's fetch in the attempt's context, so an instrumented fetch's own span nests under it. */
  within?<T>(fn: () => T): T
}

/** One call, ready to go: everything but credentials and the idempotency header. */
export interface CallRequest {
  operation: string
  /** `POST /v1/transactional`: the spec path, never the filled-in URL (ids and emails stay out of logs). */
  label: string
  /** The spec path (`/v1/contacts/{id}`); absent for a raw call to a path the spec does not have. */
  template?: string
  method: string
  url: string
  headers: Record<string, string>
  body?: string
  idempotencyKey?: string
  signal?: AbortSignal
  timeoutMs?: number
  /** Retries for this call. @default the client's maxRetries */
  maxRetries?: number
  /** Total time for the call, every attempt, wait and backoff included. */
  deadlineMs?: number
}

/** The final answer of a call, its body read whole (a 2xx, a final non-2xx, or one the transport made up). */
export interface Answer {
  status: number
  statusText: string
  headers: Headers
  text: string
  attempts: number
  /** The whole call, retries and waits included. */
  ms: number
  requestId?: string
  /** The vendor had already done this (409 for a used idempotency key): nothing was sent again. */
  duplicate?: true
  dryRun?: true
  /** A final non-2xx: whether the same call may succeed later, as `decide()` said (the error's `retryable`). */
  retryable?: boolean
  /** The observed call's trace ids (or its log id), for the failure line `errorFor` logs after the call. */
  logFields?: Record<string, string>
}

export interface Transport {
  /**
   * One call: attempts until `decide()` resolves or fails it. Resolves with the final answer (2xx or
   * final non-2xx, body read); rejects with the typed error when there was no usable answer, and with
   * the caller's abort reason when the caller gave up.
   */
  send(request: CallRequest): Promise<Answer>
  /** The typed error for a final non-2xx answer (logged once, here). */
  errorFor(answer: Answer, request: CallRequest): IntegrationError
  /** The vendor's request id of an answer (read on demand: three header lookups and a scrub). */
  requestIdOf(headers: Headers): string | undefined
}

/** The one transport: attempts, per-attempt deadlines, retries, rate limit, idempotency, typed errors, logs. */
export function createTransport(config: TransportConfig): Transport {
  return new Pipeline(config)
}
