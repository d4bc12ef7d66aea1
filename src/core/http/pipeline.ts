import { parseBodyText } from './error-body.ts'
import { type IntegrationError, MiddlewareError, type MiddlewareHook } from '../errors.ts'
import type { Logger } from '../observability/logger.ts'
import { attempt, type AttemptSetup, type Outcome } from './attempt.ts'
import { attemptReport, DeadlineError, errorForAnswer, failureError, limiterError, logFailure, readRequestId } from './call-errors.ts'
import { DeadlineWheel } from './deadlines.ts'
import type { RateLimiter } from './rate-limiter.ts'
import { type AttemptOutcome, type Decision, decide, MAX_RETRY_AFTER_MS, parseRetryAfter } from './retry-policy.ts'
import { sleep } from './sleep.ts'
import type { Answer, CallObserver, CallRequest, Transport, TransportConfig } from './transport.ts'

const JSON_HEADERS = { 'content-type': 'application/json' }
/**
 * The observers still loading: a promise of any realm, not `instanceof Promise` (under vitest's vm pools or jest the
 * import() is the runner's, and its promise another realm's). No CallObserver has a `then`.
 */
const isLoading = (observer: ReturnType<NonNullable<TransportConfig['instrument']>>): observer is Promise<CallObserver | undefined> =>
  typeof (observer as { then?: unknown } | undefined)?.then === 'function'
let callIds = 0
/** A per-call id for log lines when OpenTelemetry is off, so a call's retry and failure lines link up. */
const nextCallId = () => `c${(++callIds).toString(36)}`

/** What one call carries from attempt to attempt. */
interface Call {
  request: CallRequest
  init: RequestInit
  observer: CallObserver | undefined
  /** Attempts started so far (what an observer's `end` reports when the call throws). */
  attempts: number
  started: number
  /** Debug logging on: decided once per call. */
  debug: boolean
  maxRetries: number
  /** performance.now() by which the whole call must be over (deadlineMs), or Infinity. */
  deadline: number
  log: Logger | undefined
  fields: Record<string, string> | undefined
}

/**
 * The call pipeline: `send` checks dry run and observation once, then runs attempts in one loop. An
 * unobserved call without debug logging does no more than build headers, take a limiter slot, fetch,
 * read and decide; `decide()` (retry-policy.ts) is the only place that says retry, resolve or fail,
 * and its `retryable` becomes the final error's.
 */
export class Pipeline implements Transport {
  private readonly setup: AttemptSetup
  private readonly debugEnabled: () => boolean

  constructor(private readonly config: TransportConfig) {
    this.setup = { fetch: config.fetch, maxResponseBytes: config.maxResponseBytes, wheel: new DeadlineWheel() }
    const logger = config.logger as { isLevelEnabled?: (level: string) => boolean }
    this.debugEnabled = () => logger.isLevelEnabled?.('debug') ?? true
  }

  send(request: CallRequest): Promise<Answer> {
    // Not async (that would add promise hops to every call), but like one it never throws: it rejects.
    try {
      const headers = Object.assign(request.headers, this.config.headers())
      if (request.idempotencyKey !== undefined) headers['idempotency-key'] = request.idempotencyKey
      if (this.config.dryRun()) return Promise.resolve(this.dryRun(request))
      const observer = this.config.instrument?.(request)
      // A promise only while the code that observes loads (instrumentation.ts), once per process. That wait is the
      // call's like any other (deadlineMs, its ms): its clock starts now.
      if (isLoading(observer)) {
        const started = performance.now()
        return Promise.resolve(observer).then((loaded) => this.start(request, headers, loaded, started))
      }
      return this.start(request, headers, observer, performance.now())
    } catch (error) {
      return Promise.reject(error)
    }
  }

  private start(
    request: CallRequest,
    headers: Record<string, string>,
    observer: CallObserver | undefined,
    started: number,
  ): Promise<Answer> {
    const call = this.newCall(request, headers, observer, started)
    return observer ? this.sendObserved(call, observer) : this.run(call)
  }

  errorFor(answer: Answer, request: CallRequest): IntegrationError {
    return errorForAnswer(this.config, answer, request)
  }

  requestIdOf(headers: Headers): string | undefined {
    return readRequestId(this.config, headers)
  }

  private newCall(request: CallRequest, headers: Record<string, string>, observer: CallObserver | undefined, started: number): Call {
    // Its signal and redirect mode are set by each attempt (fetch-options.ts): a redirect is never followed.
    const init: RequestInit = { method: request.method, headers }
    if (request.body !== undefined) init.body = request.body
    return {
      request,
      init,
      observer,
      attempts: 0,
      started,
      debug: this.debugEnabled(),
      maxRetries: request.maxRetries ?? this.config.maxRetries,
      deadline: request.deadlineMs === undefined ? Infinity : started + request.deadlineMs,
      log: undefined,
      fields: observer?.logFields(),
    }
  }

  private dryRun(request: CallRequest): Answer {
    const body = typeof request.body === 'string' ? this.config.redactor.scrubValue(parseBodyText(request.body)) : undefined
    this.config.logger.info({ operation: request.operation, request: request.label, body, dryRun: true }, 'dry run: request not sent')
    return this.madeUp(this.config.vendor.dryRunResult ?? { dryRun: true }, 0, 0, { dryRun: true })
  }

  /** A call with an observer: it is told how the call ended, whichever way that was. */
  private async sendObserved(call: Call, observer: CallObserver): Promise<Answer> {
    let answer: Answer
    try {
      answer = await this.run(call)
    } catch (error) {
      observer.end({ attempts: call.attempts, error })
      throw error
    }
    const fields = observer.logFields()
    if (fields) answer.logFields = fields
    observer.end({ attempts: answer.attempts, ...(answer.dryRun ? {} : { status: answer.status }) })
    return answer
  }

  /** The attempts of one call, until `decide()` resolves or fails it. */
  private async run(call: Call): Promise<Answer> {
    const { request, observer } = call
    for (let n = 1; ; n++) {
      const waiting = this.takeSlot(call, n)
      if (waiting) await waiting
      if (observer) await this.startObserved(call, n)
      call.attempts = n
      const started = call.debug || observer ? performance.now() : 0
      const outcome = await attempt(this.setup, request, call.init, this.attemptTimeout(call), observer)
      const view = this.policyView(outcome, request)
      this.feedLimiter(outcome, view)
      const decision = decide(view, {
        attempt: n,
        maxRetries: call.maxRetries,
        method: request.method,
        hasIdempotencyKey: request.idempotencyKey !== undefined,
        delays: this.config.retryDelays,
      })
      if (call.debug || observer) await this.observeAttempt(call, n, outcome, decision, performance.now() - started)
      if (decision.action === 'retry' && (await this.backoff(call, n, outcome, decision.delayMs))) continue
      return this.finish(call, n, outcome, decision)
    }
  }

  /**
   * A rate-limiter slot for attempt `n`: taken at once when free (no promise: the common case), else queued (the
   * caller's signal and deadline still count). Throws, or the returned wait rejects, when the call cannot go.
   */
  private takeSlot(call: Call, n: number): Promise<void> | undefined {
    const limiter = this.config.rateLimiter
    if (limiter && !limiter.tryAcquire?.()) return this.queueForSlot(limiter, call, n)
    this.checkStillWanted(call, n)
    return undefined
  }

  private async queueForSlot(limiter: RateLimiter, call: Call, n: number): Promise<void> {
    const waitStarted = call.observer ? performance.now() : 0
    try {
      await limiter.acquire(this.waitSignal(call))
    } catch (error) {
      throw limiterError(this.config, error, call.request, n - 1)
    }
    call.observer?.waited('rate_limit', performance.now() - waitStarted)
    this.checkStillWanted(call, n)
  }

  /** The caller has not given up and the call's deadline has not passed. */
  private checkStillWanted(call: Call, n: number): void {
    const { request } = call
    if (request.signal?.aborted) throw request.signal.reason
    if (call.deadline !== Infinity && performance.now() >= call.deadline)
      throw limiterError(this.config, new DeadlineError(), request, n - 1)
  }

  /** The caller's signal, joined with the call's deadline when it has one (only then is a signal made). */
  private waitSignal(call: Call): AbortSignal | undefined {
    const { signal } = call.request
    if (call.deadline === Infinity) return signal
    const remaining = Math.max(0, Math.ceil(call.deadline - performance.now()))
    const timeout = deadlineSignal(remaining)
    if (!signal) return timeout
    return typeof AbortSignal.any === 'function' ? AbortSignal.any([signal, timeout]) : signal
  }

  /** This attempt's deadline: the per-attempt timeout, cut short by the call's total deadline. */
  private attemptTimeout(call: Call): number {
    const timeoutMs = call.request.timeoutMs ?? this.config.timeoutMs
    if (call.deadline === Infinity) return timeoutMs
    return Math.max(1, Math.min(timeoutMs, Math.ceil(call.deadline - performance.now())))
  }

  /** Each attempt its own headers (a new traceparent, whatever middleware adds this time), then `onRequest`. */
  private async startObserved(call: Call, n: number): Promise<void> {
    const headers = { ...(call.init.headers as Record<string, string>) }
    const pending = call.observer!.attemptStart(n, headers)
    if (pending) await this.settleHook(pending, call.request, 'onRequest', n)
    call.init.headers = headers
  }

  /** The debug line and the observer's `attemptEnd` for one attempt. */
  private async observeAttempt(call: Call, n: number, outcome: Outcome, decision: Decision, ms: number): Promise<void> {
    const requestId = outcome.kind === 'response' ? readRequestId(this.config, outcome.response.headers) : undefined
    if (call.debug) {
      const status = outcome.kind === 'response' ? outcome.response.status : undefined
      const line = { operation: call.request.operation, request: call.request.label, status, outcome: outcome.kind }
      this.logger(call).debug({ ...line, ms: Math.round(ms), attempt: n, requestId }, 'request')
    }
    if (!call.observer) return
    const pending = call.observer.attemptEnd(n, attemptReport(this.config, outcome, ms, decision.action === 'retry', requestId))
    if (pending) await this.settleHook(pending, call.request, outcome.kind === 'response' ? 'onResponse' : 'onError', n)
  }

  /** Waits before retry `n + 1`; false when the call's deadline would pass first (the call then fails now). */
  private async backoff(call: Call, n: number, outcome: Outcome, delayMs: number): Promise<boolean> {
    if (performance.now() + delayMs >= call.deadline) return false
    const { request } = call
    const status = outcome.kind === 'response' ? outcome.response.status : undefined
    const requestId = outcome.kind === 'response' ? readRequestId(this.config, outcome.response.headers) : undefined
    const line = { operation: request.operation, request: request.label, status, reason: status ?? outcome.kind }
    this.logger(call).warn({ ...line, attempt: n, requestId, delayMs }, 'retrying')
    await sleep(delayMs, request.signal)
    call.observer?.waited('backoff', delayMs)
    return true
  }

  /** The call's answer, or its typed error when there was no usable response. */
  private finish(call: Call, n: number, outcome: Outcome, decision: Decision): Answer {
    const { request } = call
    const ms = Math.round(performance.now() - call.started)
    if (decision.action === 'resolve' && decision.duplicate) {
      const requestId = outcome.kind === 'response' ? readRequestId(this.config, outcome.response.headers) : undefined
      const line = { operation: request.operation, request: request.label, attempt: n, requestId }
      this.logger(call).info(line, 'already done for this idempotency key: not sent again')
      return this.madeUp(this.config.vendor.duplicateResult ?? { duplicate: true }, n, ms, { duplicate: true }, requestId)
    }
    const retryable = decision.action === 'fail' ? decision.retryable : decision.action === 'retry'
    if (outcome.kind !== 'response') {
      const error = failureError(this.config, outcome, request, n, retryable)
      logFailure(this.config, error, request, ms, this.fieldsFor(call))
      throw error
    }
    const { status, statusText, headers } = outcome.response
    const answer: Answer = { status, statusText, headers, text: outcome.text, attempts: n, ms }
    if (status < 200 || status >= 300) {
      answer.retryable = retryable
      const requestId = readRequestId(this.config, headers)
      if (requestId) answer.requestId = requestId
      const fields = this.fieldsFor(call)
      if (fields) answer.logFields = fields
    }
    return answer
  }

  /** The decision's view of an outcome: status, Retry-After, the vendor's retry advice, what a 409 to a keyed request means. */
  private policyView(outcome: Outcome, request: CallRequest): AttemptOutcome {
    if (outcome.kind !== 'response') return { kind: outcome.kind }
    const { status, headers } = outcome.response
    if (status < 300) return { kind: 'response', status }
    const view: AttemptOutcome = { kind: 'response', status }
    const retryAfterMs = parseRetryAfter(headers)
    if (retryAfterMs !== undefined) view.retryAfterMs = retryAfterMs
    const { vendor } = this.config
    if (status === 409 && request.idempotencyKey) {
      const idempotency = vendor.idempotencyConflict?.(parseBodyText(outcome.text))
      if (idempotency) view.idempotency = idempotency
    }
    const advice = vendor.shouldRetryHeader ? headers.get(vendor.shouldRetryHeader) : null
    if (advice === 'true' || advice === 'false') view.vendorSaysRetry = advice === 'true'
    return view
  }

  /** What the vendor said about its budget reaches the limiter, so every call sharing it slows down. */
  private feedLimiter(outcome: Outcome, view: AttemptOutcome): void {
    const limiter = this.config.rateLimiter
    if (!limiter || outcome.kind !== 'response' || view.kind !== 'response') return
    const header = this.config.vendor.rateLimitRemainingHeader
    if (header && outcome.response.headers.get(header) === '0') limiter.pause(1000)
    // A short wait is the vendor's rate limit speaking to every call; a longer one is usually a
    // per-operation cap (e.g. a daily quota): this call fails, the others carry on.
    if (view.status === 429 && (view.retryAfterMs ?? 0) <= MAX_RETRY_AFTER_MS) limiter.pause(view.retryAfterMs ?? 1000)
  }

  /** The call's log fields: its trace ids when traced, else a per-call id, made on the first line written. */
  private fieldsFor(call: Call): Record<string, string> {
    call.fields ??= call.observer?.logFields() ?? { callId: nextCallId() }
    return call.fields
  }

  /** A child logger costs µs and most calls write no line: the call's one is made on its first line. */
  private logger(call: Call): Logger {
    call.log ??= this.config.logger.child(this.fieldsFor(call))
    return call.log
  }

  private madeUp(value: unknown, attempts: number, ms: number, mark: { duplicate: true } | { dryRun: true }, requestId?: string): Answer {
    const answer: Answer = { status: 200, statusText: 'OK', headers: new Headers(JSON_HEADERS), text: JSON.stringify(value), attempts, ms }
    if (requestId) answer.requestId = requestId
    return Object.assign(answer, mark)
  }

  /**
   * An async hook, under the attempt's deadline and the caller's signal: a hook that never settles
   * stops the call with a MiddlewareError (never retried) instead of holding it forever.
   */
  private settleHook(pending: Promise<void>, request: CallRequest, hook: MiddlewareHook, attempts: number): Promise<void> {
    const timeoutMs = request.timeoutMs ?? this.config.timeoutMs
    const signal = request.signal
    const { service } = this.config
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
        finish(() => reject(new MiddlewareError(message, { service, operation: request.operation, attempts, hook })))
      }, timeoutMs)
      if (signal?.aborted) return onAbort()
      signal?.addEventListener('abort', onAbort, { once: true })
      pending.then(
        () => finish(resolve),
        (error: unknown) => finish(() => reject(error)),
      )
    })
  }
}

/** An AbortSignal that aborts with a DeadlineError after `ms`. */
function deadlineSignal(ms: number): AbortSignal {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new DeadlineError('deadlineMs passed')), ms) as { unref?: () => void }
  timer.unref?.()
  return controller.signal
}
