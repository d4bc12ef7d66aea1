import {
  ConflictError,
  errorFromResponse,
  type IntegrationError,
  NetworkError,
  TimeoutError,
  type ErrorContext,
  type ErrorHints,
} from './errors.ts'
import type { Logger } from './logger.ts'
import type { RateLimiter } from './rate-limiter.ts'
import type { Redactor } from './redact.ts'
import { sleep } from './sleep.ts'
import { isRetryableStatus, isSafeToResend, MAX_RETRY_AFTER_MS, parseRetryAfter, retryDelayMs, type RetryDelays } from './retry-policy.ts'

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>

/** What differs per vendor in how failures look on the wire. */
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
  /** A vendor-specific error class for a final response, or undefined for the generic choice. */
  classify?(status: number, body: unknown, context: ErrorContext & { status: number; label: string }): IntegrationError | undefined
}

export interface TransportConfig {
  service: string
  /** For messages: `Loops`. */
  displayName: string
  logger: Logger
  redactor: Redactor
  /** Per attempt. */
  timeoutMs: number
  maxRetries: number
  retryDelays: RetryDelays
  rateLimiter?: RateLimiter
  /** Custom fetch; otherwise `globalThis.fetch`, looked up per call so interceptors (msw) work in any start order. */
  fetch?: FetchLike
  /** Adds credentials and fixed headers (lower-case names); called once per call, so the API key is read lazily. */
  prepareHeaders(headers: Record<string, string>): void
  vendor: VendorProtocol
  /** Log what would be sent and resolve without sending. */
  dryRun: boolean
}

/** Per-call facts in, and what happened out (attempts, status, request id) for errors and logs. */
export interface CallContext {
  operation: string
  /** `POST /v1/transactional`: the spec path, never the filled-in URL (ids and emails stay out of logs). */
  label: string
  method: string
  idempotencyKey?: string
  signal?: AbortSignal
  timeoutMs?: number
  /** Methods throw typed errors; the raw openapi-fetch client gets the final response instead. */
  throwOnError: boolean
  attempts: number
  status?: number
  requestId?: string | undefined
  /** Read the request id even on success (someone asked for it, e.g. onComplete). */
  wantsRequestId?: boolean
}

/** An answer the transport makes up (dry run, already-done duplicate): the same JSON as text and as a Response. */
function madeUpAnswer(value: unknown): { response: Response; text: string } {
  const text = JSON.stringify(value)
  return { response: new Response(text, { status: 200, headers: { 'content-type': 'application/json' } }), text }
}

/** Parses an error body: JSON when it is JSON, else a short summary (HTML title or first characters). */
export function parseBodyText(text: string): unknown {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  try {
    return JSON.parse(trimmed)
  } catch {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(trimmed)?.[1]?.trim()
    if (title) return `HTML page: ${title}`
    const plain = trimmed
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
    return plain.length > 160 ? `${plain.slice(0, 160)}…` : plain
  }
}

function networkReason(cause: unknown): string {
  const inner = (cause as { cause?: { code?: string; message?: string } })?.cause
  return inner?.code ?? inner?.message ?? (cause as Error)?.message ?? String(cause)
}

/** The one transport: attempts, per-attempt timeouts, retries, rate limit, idempotency, typed errors, logs. */
export function createTransport(config: TransportConfig) {
  const { logger, redactor, vendor, maxRetries } = config
  const debugEnabled = () => (logger as { isLevelEnabled?: (l: string) => boolean }).isLevelEnabled?.('debug') ?? true

  function readRequestId(headers: Headers): string | undefined {
    for (const name of vendor.requestIdHeaders) {
      const value = headers.get(name)
      if (value) return value
    }
    return undefined
  }

  function fail(error: IntegrationError, ctx: CallContext, ms: number): never {
    logger.error(
      {
        operation: ctx.operation,
        request: ctx.label,
        status: ctx.status,
        attempt: ctx.attempts,
        requestId: ctx.requestId,
        ms,
        error: { type: error.name, message: redactor.scrub(error.message) },
      },
      'request failed',
    )
    throw error
  }

  /**
   * One call: attempts until success, a final failure or the retry budget is spent.
   * The 2xx body is read here, inside the attempt's timeout: the methods get it as text, the raw
   * client a fresh Response around it.
   */
  async function send(
    url: string,
    init: RequestInit & { headers: Record<string, string> },
    ctx: CallContext,
  ): Promise<{ response: Response; text?: string | undefined }> {
    config.prepareHeaders(init.headers)
    if (ctx.idempotencyKey) init.headers['idempotency-key'] = ctx.idempotencyKey
    if (config.dryRun) {
      logger.info(
        {
          operation: ctx.operation,
          request: ctx.label,
          body: typeof init.body === 'string' ? redactor.scrubValue(parseBodyText(init.body)) : undefined,
          dryRun: true,
        },
        'dry run: request not sent',
      )
      return madeUpAnswer({ success: true, dryRun: true })
    }
    const fetchImpl = config.fetch ?? globalThis.fetch
    const resendable = isSafeToResend(ctx.method, ctx.idempotencyKey !== undefined)
    const callStarted = performance.now()
    for (let attempt = 1; ; attempt++) {
      ctx.attempts = attempt
      const limiter = config.rateLimiter
      if (limiter && !limiter.tryAcquire?.()) await limiter.acquire(ctx.signal)
      if (ctx.signal?.aborted) throw ctx.signal.reason
      const timeoutMs = ctx.timeoutMs ?? config.timeoutMs
      // A plain controller and timer: AbortSignal.timeout costs ~10 µs and GC work per call.
      const controller = new AbortController()
      let timedOut = false
      const timer = setTimeout(() => {
        timedOut = true
        controller.abort(new DOMException(`no response within ${timeoutMs} ms`, 'TimeoutError'))
      }, timeoutMs)
      const forwardAbort = ctx.signal ? () => controller.abort(ctx.signal!.reason) : undefined
      if (forwardAbort) ctx.signal!.addEventListener('abort', forwardAbort, { once: true })
      init.signal = controller.signal
      const started = performance.now()
      let response: Response
      let text: string | undefined
      try {
        response = await fetchImpl(url, init)
        // The body is read inside the attempt's timeout too: a stalled body is a timeout, not a hang.
        if (response.ok) text = await response.text()
      } catch (cause) {
        if (ctx.signal?.aborted) throw ctx.signal.reason // the caller gave up: never retried
        const base = { service: config.service, operation: ctx.operation, attempts: attempt, cause }
        const error = timedOut
          ? new TimeoutError(
              `[${ctx.label}] no response within ${timeoutMs} ms${attempt > 1 ? ` — retried ${attempt - 1}×` : ''}. Try again later, or raise timeoutMs.`,
              base,
            )
          : new NetworkError(
              `[${ctx.label}] could not reach ${config.displayName} (${networkReason(cause)})${attempt > 1 ? ` — retried ${attempt - 1}×` : ''}. Check the network and baseUrl, then try again.`,
              base,
            )
        if (attempt <= maxRetries && resendable) {
          const delay = retryDelayMs(attempt, undefined, config.retryDelays)
          logger.warn(
            {
              operation: ctx.operation,
              request: ctx.label,
              attempt,
              ms: Math.round(performance.now() - started),
              reason: error.name,
              delayMs: delay,
            },
            'retrying',
          )
          await sleep(delay, ctx.signal)
          continue
        }
        fail(error, ctx, Math.round(performance.now() - callStarted))
      } finally {
        clearTimeout(timer)
        if (forwardAbort) ctx.signal!.removeEventListener('abort', forwardAbort)
      }

      const { status } = response
      ctx.status = status
      // Header lookups cost µs on the hot path: the request id is read only when something uses it.
      const wantsRequestId = !response.ok || ctx.wantsRequestId || debugEnabled()
      ctx.requestId = wantsRequestId ? readRequestId(response.headers) : undefined
      if (config.rateLimiter && response.headers.get('x-ratelimit-remaining') === '0') config.rateLimiter.pause(1000)
      if (debugEnabled()) {
        logger.debug(
          {
            operation: ctx.operation,
            request: ctx.label,
            status,
            ms: Math.round(performance.now() - started),
            attempt,
            requestId: ctx.requestId,
          },
          'request',
        )
      }
      if (response.ok)
        return ctx.throwOnError
          ? { response, text }
          : { response: new Response(text, { status, statusText: response.statusText, headers: response.headers }) }

      const errorText = await response.text().catch(() => '')
      const body = parseBodyText(errorText)
      const verdict = status === 409 && ctx.idempotencyKey ? vendor.idempotencyConflict?.(body) : undefined
      if (verdict === 'duplicate') {
        logger.info(
          { operation: ctx.operation, request: ctx.label, attempt, requestId: ctx.requestId },
          'already done for this idempotency key: not sent again',
        )
        return madeUpAnswer(vendor.duplicateResult ?? { duplicate: true })
      }
      const retryAfterMs = parseRetryAfter(response.headers)
      const waitable = retryAfterMs === undefined || retryAfterMs <= MAX_RETRY_AFTER_MS
      // A short wait is the vendor's rate limit speaking to every call; a longer one is usually a
      // per-operation cap (e.g. a daily quota): this call fails, the others carry on.
      if (status === 429 && waitable) config.rateLimiter?.pause(retryAfterMs ?? 1000)
      if (
        verdict !== 'conflict' &&
        isRetryableStatus(status) &&
        attempt <= maxRetries &&
        waitable &&
        (resendable || isSafeToResend(ctx.method, false, status))
      ) {
        const delay = retryDelayMs(attempt, retryAfterMs, config.retryDelays)
        logger.warn({ operation: ctx.operation, request: ctx.label, status, attempt, requestId: ctx.requestId, delayMs: delay }, 'retrying')
        await sleep(delay, ctx.signal)
        continue
      }
      if (!ctx.throwOnError)
        return { response: new Response(errorText, { status, statusText: response.statusText, headers: response.headers }) }

      const { message, code } = vendor.readError(body)
      const context = {
        service: config.service,
        operation: ctx.operation,
        label: ctx.label,
        status,
        attempts: attempt,
        ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
        ...(message ? { vendorMessage: redactor.scrubSecrets(message) } : {}),
        ...(code ? { code } : {}),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        body: redactor.scrubValue(body, (s) => redactor.scrubSecrets(s)),
      }
      const error =
        verdict === 'conflict'
          ? new ConflictError(
              `[${ctx.label}] 409 Conflict: ${(context.vendorMessage ?? 'idempotency key already used').replace(/\.+$/, '')}. Use a new idempotency key for a different request.`,
              context,
            )
          : (vendor.classify?.(status, body, context) ?? errorFromResponse(context, vendor.hints))
      fail(error, ctx, Math.round(performance.now() - callStarted))
    }
  }

  return { send }
}

export type Transport = ReturnType<typeof createTransport>
