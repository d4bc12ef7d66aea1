import { parseBodyText } from './error-body.ts'
import {
  ConflictError,
  type ErrorContext,
  type ErrorHints,
  errorFromResponse,
  type IntegrationError,
  InvalidResponseError,
  MiddlewareError,
  type MiddlewareHook,
  NetworkError,
  TimeoutError,
} from '../errors.ts'
import type { Logger } from '../observability/logger.ts'
import type { RateLimiter } from './rate-limiter.ts'
import { BodyTooLargeError, Interrupt, readBody } from './read-body.ts'
import type { Redactor } from '../observability/redact.ts'
import { type AttemptOutcome, decide, isSafeToResend, MAX_RETRY_AFTER_MS, parseRetryAfter, type RetryDelays } from './retry-policy.ts'
import { sleep } from './sleep.ts'

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
   */
  instrument?: (request: CallRequest) => CallObserver | undefined
}

/** How one attempt ended, as an observer sees it. Never the body; the failure already scrubbed. */
export interface AttemptReport {
  outcome: 'response' | 'timeout' | 'network' | 'too-large'
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
  /** Read the vendor's request id of a 2xx too (errors and debug logs always read it). */
  wantsRequestId?: boolean
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
  /** The observed call's trace ids, for the failure line `errorFor` logs after the call. */
  logFields?: Record<string, string>
}

/** Error bodies are read up to this size: enough for any vendor message, never a memory or CPU sink. */
export const MAX_ERROR_BODY_BYTES = 64 * 1024
/** A vendor message longer than this is cut in errors and logs. */
const MAX_MESSAGE_CHARS = 1000

type Outcome =
  | { kind: 'response'; response: Response; text: string; requestId: string | undefined }
  /** `status`: the response's status when the failure came while reading its body. */
  | { kind: 'timeout' | 'network' | 'too-large'; cause: unknown; status?: number }

const JSON_HEADERS = { 'content-type': 'application/json' }
const retriedNote = (attempts: number) => (attempts > 1 ? ` — retried ${attempts - 1}×` : '')
const capMessage = (text: string) => (text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}… (cut)` : text)

function networkReason(cause: unknown): string {
  const inner = (cause as { cause?: { code?: string; message?: string } })?.cause
  return inner?.code ?? inner?.message ?? (cause as Error)?.message ?? String(cause)
}

/** Low-cardinality name of a failure (OpenTelemetry's `error.type`): `timeout`, an errno code, or the error class. */
function failureType(outcome: Exclude<Outcome, { kind: 'response' }>): string {
  if (outcome.kind !== 'network') return outcome.kind === 'timeout' ? 'timeout' : 'response_too_large'
  const code = (outcome.cause as { cause?: { code?: unknown } })?.cause?.code
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : ((outcome.cause as Error)?.name ?? 'Error')
}

/** The one transport: attempts, per-attempt deadlines, retries, rate limit, idempotency, typed errors, logs. */
export function createTransport(config: TransportConfig) {
  const { logger, redactor, vendor } = config
  const debugEnabled = () => (logger as { isLevelEnabled?: (l: string) => boolean }).isLevelEnabled?.('debug') ?? true

  function readRequestId(headers: Headers): string | undefined {
    for (const name of vendor.requestIdHeaders) {
      const value = headers.get(name)
      // From the vendor (or a proxy that may echo our headers): never a way for the key or an address to leak.
      if (value) return redactor.scrub(value.slice(0, 200))
    }
    return undefined
  }

  function madeUp(value: unknown, attempts: number, ms: number, mark: { duplicate: true } | { dryRun: true }, requestId?: string): Answer {
    return {
      status: 200,
      statusText: 'OK',
      headers: new Headers(JSON_HEADERS),
      text: JSON.stringify(value),
      attempts,
      ms,
      ...(requestId ? { requestId } : {}),
      ...mark,
    }
  }

  /** A child logger costs µs and most calls write no line: the one with trace ids is made on the first line. */
  function withFields(current: Logger, fields: Record<string, string> | undefined): Logger {
    return fields && current === logger ? logger.child(fields) : current
  }

  /**
   * One attempt: the request and its whole body under one deadline and the caller's signal. A body
   * that stalls is a timeout like a response that never comes; the caller's abort is thrown as is.
   */
  async function attempt(request: CallRequest, init: RequestInit, observer: CallObserver | undefined): Promise<Outcome> {
    const timeoutMs = request.timeoutMs ?? config.timeoutMs
    // A plain controller and timer: AbortSignal.timeout costs ~10 µs and GC work per call.
    const controller = new AbortController()
    const interrupt = new Interrupt()
    const stop = (reason: unknown) => {
      controller.abort(reason)
      interrupt.fire(reason)
    }
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      stop(new DOMException(`no response within ${timeoutMs} ms`, 'TimeoutError'))
    }, timeoutMs)
    const callerSignal = request.signal
    const forwardAbort = callerSignal ? () => stop(callerSignal.reason) : undefined
    if (forwardAbort) callerSignal!.addEventListener('abort', forwardAbort, { once: true })
    init.signal = controller.signal
    let status: number | undefined
    try {
      const fetch = config.fetch ?? globalThis.fetch
      const sent = observer?.within ? observer.within(() => fetch(request.url, init)) : fetch(request.url, init)
      const response = await interrupt.race(sent)
      status = response.status
      const { text } = response.ok
        ? await readBody(response, interrupt, config.maxResponseBytes, 'throw')
        : await readBody(response, interrupt, MAX_ERROR_BODY_BYTES, 'truncate')
      // Header lookups cost µs on the hot path: a 2xx's request id is read only when something uses it.
      const wantsId = !response.ok || request.wantsRequestId || observer !== undefined || debugEnabled()
      const requestId = wantsId ? readRequestId(response.headers) : undefined
      return { kind: 'response', response, text, requestId }
    } catch (cause) {
      if (callerSignal?.aborted) throw callerSignal.reason // the caller gave up: never retried
      if (cause instanceof BodyTooLargeError) return { kind: 'too-large', cause }
      return { kind: timedOut ? 'timeout' : 'network', cause, ...(status !== undefined ? { status } : {}) }
    } finally {
      clearTimeout(timer)
      if (forwardAbort) callerSignal!.removeEventListener('abort', forwardAbort)
    }
  }

  /** The decision's view of an outcome: status, Retry-After, and what a 409 to a keyed request means. */
  function policyView(outcome: Outcome, request: CallRequest): AttemptOutcome {
    if (outcome.kind !== 'response') return { kind: outcome.kind }
    const { status, headers } = outcome.response
    const retryAfterMs = status >= 400 ? parseRetryAfter(headers) : undefined
    const idempotency = status === 409 && request.idempotencyKey ? vendor.idempotencyConflict?.(parseBodyText(outcome.text)) : undefined
    return { kind: 'response', status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}), ...(idempotency ? { idempotency } : {}) }
  }

  /** What the vendor said about its budget reaches the limiter, so every call sharing it slows down. */
  function feedLimiter(outcome: Outcome, view: AttemptOutcome): void {
    const limiter = config.rateLimiter
    if (!limiter || outcome.kind !== 'response' || view.kind !== 'response') return
    const header = vendor.rateLimitRemainingHeader
    if (header && outcome.response.headers.get(header) === '0') limiter.pause(1000)
    // A short wait is the vendor's rate limit speaking to every call; a longer one is usually a
    // per-operation cap (e.g. a daily quota): this call fails, the others carry on.
    if (view.status === 429 && (view.retryAfterMs ?? 0) <= MAX_RETRY_AFTER_MS) limiter.pause(view.retryAfterMs ?? 1000)
  }

  /** The typed error for a failure without a usable response. */
  function failureError(outcome: Exclude<Outcome, { kind: 'response' }>, request: CallRequest, attempts: number): IntegrationError {
    const base = { service: config.service, operation: request.operation, attempts, cause: outcome.cause }
    const timeoutMs = request.timeoutMs ?? config.timeoutMs
    if (outcome.kind === 'too-large') {
      return new InvalidResponseError(
        `[${request.label}] answered with a body over maxResponseBytes (${config.maxResponseBytes} bytes); it was not read. ` +
          `The request probably took effect: do not resend it without the same idempotency key, or raise maxResponseBytes.`,
        base,
      )
    }
    if (
      outcome.status !== undefined &&
      outcome.status >= 200 &&
      outcome.status < 300 &&
      !isSafeToResend(request.method, !!request.idempotencyKey)
    ) {
      return new InvalidResponseError(
        `[${request.label}] answered ${outcome.status}, then its body broke off (${outcome.kind}). The request probably took effect: ` +
          'do not resend it (it has no idempotency key).',
        { ...base, status: outcome.status, cause: new Error(outcome.kind) },
      )
    }
    if (outcome.kind === 'timeout') {
      return new TimeoutError(
        `[${request.label}] no response within ${timeoutMs} ms${retriedNote(attempts)}. Try again later, or raise timeoutMs.`,
        base,
      )
    }
    const reason = capMessage(redactor.scrubSecrets(networkReason(outcome.cause)))
    return new NetworkError(
      `[${request.label}] could not reach ${config.displayName} (${reason})${retriedNote(attempts)}. Check the network and baseUrl, ` +
        `then try again.`,
      { ...base, cause: new Error(reason) }, // the raw cause may quote request headers (the key): never kept
    )
  }

  /**
   * One call: attempts until `decide()` resolves or fails it. Resolves with the final answer (2xx or
   * final non-2xx, body read); throws the typed error when there was no usable answer, and the
   * caller's abort reason when the caller gave up.
   */
  function send(request: CallRequest): Promise<Answer> {
    // Not async (that would add promise hops to every call), but like one it never throws: it rejects.
    try {
      return start(request)
    } catch (error) {
      return Promise.reject(error)
    }
  }

  function start(request: CallRequest): Promise<Answer> {
    const headers: Record<string, string> = { ...request.headers, ...config.headers() }
    if (request.idempotencyKey !== undefined) headers['idempotency-key'] = request.idempotencyKey
    if (config.dryRun()) {
      const body = typeof request.body === 'string' ? redactor.scrubValue(parseBodyText(request.body)) : undefined
      logger.info({ operation: request.operation, request: request.label, body, dryRun: true }, 'dry run: request not sent')
      return Promise.resolve(madeUp(vendor.dryRunResult ?? { dryRun: true }, 0, 0, { dryRun: true }))
    }
    const observer = config.instrument?.(request)
    return observer ? sendObserved(request, headers, observer) : run(request, headers, undefined)
  }

  /** A call with an observer: it is told how the call ended, whichever way that was. */
  async function sendObserved(request: CallRequest, headers: Record<string, string>, observer: CallObserver): Promise<Answer> {
    const progress = { attempts: 0 }
    let answer: Answer
    try {
      answer = await run(request, headers, observer, progress)
    } catch (error) {
      observer.end({ attempts: progress.attempts, error })
      throw error
    }
    const fields = observer.logFields()
    if (fields) answer.logFields = fields
    observer.end({ attempts: answer.attempts, ...(answer.dryRun ? {} : { status: answer.status }) })
    return answer
  }

  async function run(
    request: CallRequest,
    headers: Record<string, string>,
    observer: CallObserver | undefined,
    progress?: { attempts: number },
  ): Promise<Answer> {
    const { operation, label } = request
    const fields = observer?.logFields()
    let log = logger // with the call's trace ids once a line is written (see withFields)
    const init: RequestInit = { method: request.method, headers, ...(request.body !== undefined ? { body: request.body } : {}) }
    // A redirect is answered, never followed: it would carry the body (emails, links) to another host.
    init.redirect = 'manual'
    const callStarted = performance.now()
    for (let attempts = 1; ; attempts++) {
      const limiter = config.rateLimiter
      if (limiter && !limiter.tryAcquire?.()) {
        const waitStarted = observer ? performance.now() : 0
        await limiter.acquire(request.signal)
        observer?.waited('rate_limit', performance.now() - waitStarted)
      }
      if (request.signal?.aborted) throw request.signal.reason
      if (observer) {
        // Each attempt its own headers: a new traceparent, whatever middleware adds this time.
        const attemptHeaders = { ...headers }
        if (progress) progress.attempts = attempts - 1
        const pending = observer.attemptStart(attempts, attemptHeaders)
        if (pending) await settleHook(pending, request, 'onRequest', attempts)
        if (progress) progress.attempts = attempts
        init.headers = attemptHeaders
      }
      const started = performance.now()
      const outcome = await attempt(request, init, observer)
      const attemptMs = observer || debugEnabled() ? performance.now() - started : 0
      const view = policyView(outcome, request)
      feedLimiter(outcome, view)
      const status = view.kind === 'response' ? view.status : undefined
      const requestId = outcome.kind === 'response' ? outcome.requestId : undefined
      if (debugEnabled()) {
        const ms = Math.round(attemptMs)
        log = withFields(log, fields)
        log.debug({ operation, request: label, status, outcome: outcome.kind, ms, attempt: attempts, requestId }, 'request')
      }
      const decision = decide(view, {
        attempt: attempts,
        maxRetries: config.maxRetries,
        method: request.method,
        hasIdempotencyKey: request.idempotencyKey !== undefined,
        delays: config.retryDelays,
      })
      if (observer) {
        const pending = observer.attemptEnd(attempts, report(outcome, attemptMs, decision.action === 'retry'))
        if (pending) await settleHook(pending, request, outcome.kind === 'response' ? 'onResponse' : 'onError', attempts)
      }
      if (decision.action === 'retry') {
        const reason = status ?? outcome.kind
        log = withFields(log, fields)
        log.warn({ operation, request: label, status, reason, attempt: attempts, requestId, delayMs: decision.delayMs }, 'retrying')
        await sleep(decision.delayMs, request.signal)
        observer?.waited('backoff', decision.delayMs)
        continue
      }
      if (decision.action === 'resolve' && decision.duplicate) {
        log = withFields(log, fields)
        log.info({ operation, request: label, attempt: attempts, requestId }, 'already done for this idempotency key: not sent again')
        const ms = Math.round(performance.now() - callStarted)
        return madeUp(vendor.duplicateResult ?? { duplicate: true }, attempts, ms, { duplicate: true }, requestId)
      }
      if (outcome.kind !== 'response') {
        const error = failureError(outcome, request, attempts)
        logFailure(error, request, Math.round(performance.now() - callStarted), fields)
        throw error
      }
      const { response, text } = outcome
      const { status: finalStatus, statusText, headers: responseHeaders } = response
      const ms = Math.round(performance.now() - callStarted)
      return { status: finalStatus, statusText, headers: responseHeaders, text, attempts, ms, ...(requestId ? { requestId } : {}) }
    }
  }

  /**
   * An async hook, under the attempt's deadline and the caller's signal: a hook that never settles
   * stops the call with a MiddlewareError (never retried) instead of holding it forever.
   */
  function settleHook(pending: Promise<void>, request: CallRequest, hook: MiddlewareHook, attempts: number): Promise<void> {
    const timeoutMs = request.timeoutMs ?? config.timeoutMs
    const signal = request.signal
    return new Promise<void>((resolve, reject) => {
      let settled = false
      const finish = (settle: () => void) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
        settle()
      }
      const onAbort = () => finish(() => reject(signal!.reason))
      const timer = setTimeout(() => {
        const message = `[${request.label}] middleware ${hook} did not settle within ${timeoutMs} ms: the call was stopped, not retried.`
        finish(() => reject(new MiddlewareError(message, { service: config.service, operation: request.operation, attempts, hook })))
      }, timeoutMs)
      if (signal?.aborted) return onAbort()
      signal?.addEventListener('abort', onAbort, { once: true })
      pending.then(
        () => finish(resolve),
        (error: unknown) => finish(() => reject(error)),
      )
    })
  }

  /** An attempt as observers see it: no body, and a failure reason already scrubbed of secrets. */
  function report(outcome: Outcome, ms: number, willRetry: boolean): AttemptReport {
    if (outcome.kind === 'response') {
      const { status, headers } = outcome.response
      return { outcome: 'response', status, headers, ms, willRetry, ...(outcome.requestId ? { requestId: outcome.requestId } : {}) }
    }
    const message = outcome.kind === 'network' ? capMessage(redactor.scrubSecrets(networkReason(outcome.cause))) : outcome.kind
    const status = outcome.status !== undefined ? { status: outcome.status } : {} // its body broke off
    return { outcome: outcome.kind, ms, willRetry, ...status, error: { type: failureType(outcome), message } }
  }

  function logFailure(error: IntegrationError, request: CallRequest, ms: number, fields?: Record<string, string>): void {
    const { status, requestId, attempts } = error
    logger.error(
      {
        ...fields,
        operation: request.operation,
        request: request.label,
        status,
        attempt: attempts,
        requestId,
        ms,
        error: { type: error.name, message: redactor.scrub(error.message) },
      },
      'request failed',
    )
  }

  /** The typed error for a final non-2xx answer (logged once, here). */
  function errorFor(answer: Answer, request: CallRequest): IntegrationError {
    // Scrubbed and cut before any vendor code reads it: error classes copy its fields into messages.
    const body = redactor.scrubValue(parseBodyText(answer.text), (s) => capMessage(redactor.scrubSecrets(s)))
    const { message, code } = vendor.readError(body)
    const retryAfterMs = parseRetryAfter(answer.headers)
    const context = {
      service: config.service,
      operation: request.operation,
      label: request.label,
      status: answer.status,
      attempts: answer.attempts,
      ...(answer.requestId ? { requestId: answer.requestId } : {}),
      ...(message ? { vendorMessage: message } : {}),
      ...(code ? { code: code.slice(0, 200) } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      body,
    }
    const conflict = answer.status === 409 && request.idempotencyKey !== undefined && vendor.idempotencyConflict?.(body) === 'conflict'
    const error = conflict
      ? new ConflictError(
          `[${request.label}] 409 Conflict: ${(context.vendorMessage ?? 'idempotency key already used').replace(/\.+$/, '')}. ` +
            `Use a new idempotency key for a different request.`,
          context,
        )
      : (vendor.classify?.(answer.status, body, context) ?? errorFromResponse(context, vendor.hints))
    logFailure(error, request, answer.ms, answer.logFields)
    return error
  }

  return { send, errorFor }
}

export type Transport = ReturnType<typeof createTransport>
