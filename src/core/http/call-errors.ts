import { parseBodyText } from './error-body.ts'
import {
  ConflictError,
  errorFromResponse,
  IntegrationError,
  InvalidResponseError,
  NO_REDIRECTS,
  NetworkError,
  RateLimitError,
  TimeoutError,
} from '../errors.ts'
import type { Outcome } from './attempt.ts'
import { isSafeToResend, parseRetryAfter } from './retry-policy.ts'
import type { Answer, AttemptReport, CallRequest, TransportConfig } from './transport.ts'
import { LocalQueueFullError } from './waiters.ts'

/**
 * The typed errors and reports a call ends with, built from what the attempts saw. Everything a
 * vendor or the network said is scrubbed of the key and cut before it reaches a message.
 */

/** A vendor message longer than this is cut in errors and logs. */
const MAX_MESSAGE_CHARS = 1000

type Failure = Exclude<Outcome, { kind: 'response' }>

export const retriedNote = (attempts: number) => (attempts > 1 ? ` — retried ${attempts - 1}×` : '')
export const capMessage = (text: string) => (text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}… (cut)` : text)

function networkReason(cause: unknown): string {
  const inner = (cause as { cause?: { code?: string; message?: string } })?.cause
  return inner?.code ?? inner?.message ?? (cause as Error)?.message ?? String(cause)
}

/** Low-cardinality name of a failure (OpenTelemetry's `error.type`): `timeout`, an errno code, or the error class. */
function failureType(outcome: Failure): string {
  if (outcome.kind === 'redirect') return 'redirect'
  if (outcome.kind !== 'network') return outcome.kind === 'timeout' ? 'timeout' : 'response_too_large'
  const code = (outcome.cause as { cause?: { code?: unknown } })?.cause?.code
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : ((outcome.cause as Error)?.name ?? 'Error')
}

/** The vendor's request id, from the first of its headers present: scrubbed, so never a way for the key or an address to leak. */
export function readRequestId(config: TransportConfig, headers: Headers): string | undefined {
  for (const name of config.vendor.requestIdHeaders) {
    const value = headers.get(name)
    if (value) return config.redactor.scrub(value.slice(0, 200))
  }
  return undefined
}

/** The typed error for a failure without a usable response; `retryable` is the policy's. */
export function failureError(config: TransportConfig, outcome: Failure, request: CallRequest, attempts: number, retryable: boolean) {
  const base = { service: config.service, operation: request.operation, attempts, cause: outcome.cause, retryable }
  if (outcome.kind === 'too-large') {
    return new InvalidResponseError(
      `[${request.label}] answered with a body over maxResponseBytes (${config.maxResponseBytes} bytes); it was not read. ` +
        `The request probably took effect: do not resend it without the same idempotency key, or raise maxResponseBytes.`,
      base,
    )
  }
  if (outcome.kind === 'redirect') return new IntegrationError(`[${request.label}] answered with a redirect. ${NO_REDIRECTS}`, base)
  if (
    outcome.status !== undefined &&
    outcome.status >= 200 &&
    outcome.status < 300 &&
    !isSafeToResend(request.method, !!request.idempotencyKey)
  ) {
    return new InvalidResponseError(
      `[${request.label}] answered ${outcome.status}, then its body broke off (${outcome.kind}). The request probably took effect: ` +
        'do not resend it (it has no idempotency key).',
      { ...base, retryable: false, status: outcome.status, cause: new Error(outcome.kind) },
    )
  }
  if (outcome.kind === 'timeout') {
    const timeoutMs = request.timeoutMs ?? config.timeoutMs
    return new TimeoutError(
      `[${request.label}] no response within ${timeoutMs} ms${retriedNote(attempts)}. Try again later, or raise timeoutMs.`,
      base,
    )
  }
  const reason = capMessage(config.redactor.scrubSecrets(networkReason(outcome.cause)))
  return new NetworkError(
    `[${request.label}] could not reach ${config.displayName} (${reason})${retriedNote(attempts)}. ` +
      'Check the network and baseUrl, then try again.',
    { ...base, cause: new Error(reason) }, // the raw cause may quote request headers (the key): never kept
  )
}

/** A limiter that refused to queue the call, or a total deadline that passed while it waited. */
export function limiterError(config: TransportConfig, error: unknown, request: CallRequest, attempts: number): unknown {
  const where = { service: config.service, operation: request.operation, attempts }
  if (error instanceof LocalQueueFullError) {
    return new RateLimitError(
      `[${request.label}] the local rate-limit queue is full (${error.maxQueued} calls already waiting for a slot); nothing was sent. ` +
        'Slow down, queue the work (the outbox), or raise rateLimit.maxQueued.',
      where,
    )
  }
  if (error instanceof DeadlineError) {
    return new TimeoutError(`[${request.label}] deadlineMs (${request.deadlineMs} ms) passed${retriedNote(attempts)}. Try again later.`, {
      ...where,
      retryable: true,
    })
  }
  return error
}

/** The call's total deadline (`deadlineMs`) passed while it waited. */
export class DeadlineError extends Error {
  override name = 'DeadlineError'
}

/** An attempt as observers see it: no body, and a failure reason already scrubbed of secrets. */
export function attemptReport(
  config: TransportConfig,
  outcome: Outcome,
  ms: number,
  willRetry: boolean,
  requestId?: string,
): AttemptReport {
  if (outcome.kind === 'response') {
    const { status, headers } = outcome.response
    return { outcome: 'response', status, headers, ms, willRetry, ...(requestId ? { requestId } : {}) }
  }
  const message = outcome.kind === 'network' ? capMessage(config.redactor.scrubSecrets(networkReason(outcome.cause))) : outcome.kind
  const status = outcome.status !== undefined ? { status: outcome.status } : {} // its body broke off
  return { outcome: outcome.kind, ms, willRetry, ...status, error: { type: failureType(outcome), message } }
}

export function logFailure(
  config: TransportConfig,
  error: IntegrationError,
  request: CallRequest,
  ms: number,
  fields?: Record<string, string>,
) {
  const { status, requestId, attempts } = error
  const line = { operation: request.operation, request: request.label, status, attempt: attempts, requestId, ms }
  const type = { type: error.name, message: config.redactor.scrub(error.message) }
  config.logger.error({ ...fields, ...line, error: type }, 'request failed')
}

/** The typed error for a final non-2xx answer (logged once, here); `retryable` is the policy's decision. */
export function errorForAnswer(config: TransportConfig, answer: Answer, request: CallRequest): IntegrationError {
  const { redactor, vendor } = config
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
    retryable: answer.retryable ?? false,
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
        { ...context, retryable: false },
      )
    : (vendor.classify?.(answer.status, body, context) ?? errorFromResponse(context, vendor.hints))
  logFailure(config, error, request, answer.ms, answer.logFields)
  return error
}
