/**
 * Every failure this package throws is an `IntegrationError`; the subclass says what happened and
 * `retryable` whether trying again later can help. Messages say what to do next. Nothing here
 * copies request headers, so no credential can end up in a message, `cause` or `JSON.stringify`.
 * Email addresses in a message are masked as in logs: messages reach browsers (a route returning
 * `error.message`), and a vendor body may echo an address.
 */
import { maskEmail, replaceEmails } from './observability/redact.ts'

/**
 * The `name` of every error class this package throws or returns: `error.name === 'RateLimitError'`
 * narrows an `AnyIntegrationError` (what helpers' results carry) to that class.
 */
export type IntegrationErrorName =
  | 'IntegrationError'
  | 'ConfigError'
  | 'AuthenticationError'
  | 'PermissionDeniedError'
  | 'ValidationError'
  | 'NotFoundError'
  | 'ConflictError'
  | 'RateLimitError'
  | 'ServerError'
  | 'InvalidResponseError'
  | 'NetworkError'
  | 'TimeoutError'
  | 'MiddlewareError'
  | 'WebhookVerificationError'
  | 'CardError'

const maskEmails = (text: string) => replaceEmails(text, maskEmail)

export interface ErrorContext {
  /** The integration, e.g. `loops`. */
  service: string
  /** The client method (operationId) or `METHOD /path` for raw calls. */
  operation: string
  /** HTTP status of the last attempt, when there was a response. */
  status?: number
  /** The vendor's request id of the last attempt, for support tickets. */
  requestId?: string
  /** How many attempts were made (1 = no retry). */
  attempts?: number
  /** The vendor's error message, parsed from its body (email addresses masked, as in `message`). */
  vendorMessage?: string
  /** The vendor's error body: parsed JSON, or a short summary of an HTML or garbled body. */
  body?: unknown
  /** Vendor error code (e.g. Stripe's `error.code`), when it sends one. */
  code?: string
  /**
   * Whether trying again later can help, as the retry policy decided (`Decision.retryable`). Absent, the
   * class decides: RateLimitError, ServerError, NetworkError and TimeoutError are retryable, others not.
   */
  retryable?: boolean
  cause?: unknown
}

export class IntegrationError extends Error {
  /** The class, as a literal each subclass narrows (see `IntegrationErrorName`). */
  override readonly name: IntegrationErrorName = 'IntegrationError'
  readonly service: string
  readonly operation: string
  readonly status: number | undefined
  readonly requestId: string | undefined
  readonly attempts: number
  readonly vendorMessage: string | undefined
  readonly body: unknown
  readonly code: string | undefined
  /** Whether the same call may succeed later (after a pause); `false` means fix something first. */
  readonly retryable: boolean

  constructor(message: string, context: ErrorContext) {
    super(maskEmails(message), context.cause === undefined ? undefined : { cause: context.cause })
    this.service = context.service
    this.operation = context.operation
    this.status = context.status
    this.requestId = context.requestId
    this.attempts = context.attempts ?? 1
    this.vendorMessage = context.vendorMessage === undefined ? undefined : maskEmails(context.vendorMessage)
    this.body = context.body
    this.code = context.code
    this.retryable = context.retryable ?? (new.target as typeof IntegrationError).retryableByDefault
  }

  /** `retryable` when the context does not say (the policy's verdict always wins). */
  protected static readonly retryableByDefault: boolean = false

  toJSON() {
    const { name, message, service, operation, status, requestId, attempts, retryable, vendorMessage, code } = this
    return { name, message, service, operation, status, requestId, attempts, retryable, vendorMessage, code }
  }
}

/** Configuration is missing or invalid (an env var, an option). Thrown before any request. */
export class ConfigError extends IntegrationError {
  override readonly name = 'ConfigError' as const
}
/** 401: the credential is missing or wrong. */
export class AuthenticationError extends IntegrationError {
  /** `PermissionDeniedError` (403) is an AuthenticationError too: its own literal name narrows it apart. */
  override readonly name: 'AuthenticationError' | 'PermissionDeniedError' = 'AuthenticationError'
}
/** 403: the credential is valid but may not do this (an AuthenticationError too, for existing `instanceof` checks). */
export class PermissionDeniedError extends AuthenticationError {
  override readonly name = 'PermissionDeniedError' as const
}
/** 400/422 from the vendor, or input rejected before sending (`issues` holds the zod issues then). */
export class ValidationError extends IntegrationError {
  override readonly name = 'ValidationError' as const
  readonly issues: readonly { path: readonly PropertyKey[]; message: string }[]
  constructor(message: string, context: ErrorContext & { issues?: readonly { path: readonly PropertyKey[]; message: string }[] }) {
    super(message, context)
    this.issues = context.issues ?? []
  }
}
/**
 * Input refused before anything was sent (client-side zod checks), in one wording everywhere:
 * `[label] invalid <what>, nothing was sent — field: problem; …`.
 */
export function invalidInputError(
  label: string,
  what: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  context: { service: string; operation: string },
  clean: (text: string) => string = (text) => text,
): ValidationError {
  const detail = issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')
  return new ValidationError(`[${label}] invalid ${what}, nothing was sent — ${clean(detail)}`, { ...context, attempts: 0, issues })
}

export class NotFoundError extends IntegrationError {
  override readonly name = 'NotFoundError' as const
}
/**
 * 409. `retryable` says which: a lock or "key is currently being processed" may clear (true); an
 * idempotency key reused with a different body never will (false).
 */
export class ConflictError extends IntegrationError {
  override readonly name = 'ConflictError' as const
}
export class RateLimitError extends IntegrationError {
  override readonly name = 'RateLimitError' as const
  protected static override readonly retryableByDefault = true
  /** How long the vendor asked to wait, when it said. */
  readonly retryAfterMs: number | undefined
  constructor(message: string, context: ErrorContext & { retryAfterMs?: number }) {
    super(message, context)
    this.retryAfterMs = context.retryAfterMs
  }
}
/** 5xx after every retry. */
export class ServerError extends IntegrationError {
  override readonly name = 'ServerError' as const
  protected static override readonly retryableByDefault = true
}
/** The vendor answered 2xx with a body that is not what it promised (e.g. malformed JSON). */
export class InvalidResponseError extends IntegrationError {
  override readonly name = 'InvalidResponseError' as const
}
/** No response: connection refused or reset, DNS failure… after every retry. */
export class NetworkError extends IntegrationError {
  override readonly name = 'NetworkError' as const
  protected static override readonly retryableByDefault = true
}
/** No response within the per-attempt timeout (or the vendor's own 408), after every retry. */
export class TimeoutError extends IntegrationError {
  override readonly name = 'TimeoutError' as const
  protected static override readonly retryableByDefault = true
}

/** Which middleware hook failed a call. */
export type MiddlewareHook = 'onRequest' | 'onResponse' | 'onError'

/**
 * A middleware hook (`client.use(...)`) threw, or asked for something it may not do (set the
 * credential or idempotency header, an invalid header value). The call stops at once and is never
 * retried: the same hook would fail the same way. `cause` is what the hook threw.
 */
export class MiddlewareError extends IntegrationError {
  override readonly name = 'MiddlewareError' as const
  readonly hook: MiddlewareHook
  constructor(message: string, context: ErrorContext & { hook: MiddlewareHook }) {
    super(message, context)
    this.hook = context.hook
  }

  override toJSON() {
    return { ...super.toJSON(), hook: this.hook }
  }
}

/** Vendor-specific wording appended to messages, so they say what to do. */
export interface ErrorHints {
  /** e.g. "Check LOOPS_API_KEY (Loops → Settings → API)." */
  authentication: string
  /** e.g. "Loops allows 10 requests/s per team." */
  rateLimit: string
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

export const statusLabel = (status: number) => `${status}${STATUS_TEXT[status] ? ` ${STATUS_TEXT[status]}` : ''}`
const retried = (attempts = 1) => (attempts > 1 ? ` — retried ${attempts - 1}×` : '')

/** The class a final non-2xx status becomes: one flat list, top to bottom (telemetry names a failed call by it too). */
export function errorNameForStatus(status: number): IntegrationErrorName {
  if (status === 401) return 'AuthenticationError'
  if (status === 403) return 'PermissionDeniedError'
  if (status === 400 || status === 422) return 'ValidationError'
  if (status === 404) return 'NotFoundError'
  if (status === 408) return 'TimeoutError'
  if (status === 409) return 'ConflictError'
  if (status === 429) return 'RateLimitError'
  if (status >= 500) return 'ServerError'
  return 'IntegrationError' // 3xx (redirects are not followed) and any other status
}

/** The error for a final non-2xx response, of the class `errorNameForStatus` picks, with a message that says what to do. */
export function errorFromResponse(
  context: ErrorContext & { status: number; label: string; retryAfterMs?: number },
  hints: ErrorHints,
): IntegrationError {
  const { status, label } = context
  const said = context.vendorMessage ? `: ${context.vendorMessage.trim().replace(/\.+$/, '')}` : ''
  const head = `[${label}] ${statusLabel(status)}${said}${retried(context.attempts)}`
  switch (errorNameForStatus(status)) {
    case 'AuthenticationError':
      return new AuthenticationError(`${head}. ${hints.authentication}`, context)
    case 'PermissionDeniedError':
      return new PermissionDeniedError(`${head}. ${hints.authentication}`, context)
    case 'ValidationError':
      return new ValidationError(`${head}. Fix the request; sending it again will not help.`, context)
    case 'NotFoundError':
      return new NotFoundError(`${head}. Check the id or path you passed.`, context)
    case 'TimeoutError':
      return new TimeoutError(`${head}. The vendor gave up waiting for the request; try again later.`, context)
    case 'ConflictError':
      return new ConflictError(`${head}.${context.retryable ? ' Try again shortly.' : ''}`, context)
    case 'RateLimitError': {
      const wait = context.retryAfterMs === undefined ? '' : ` The vendor asked to wait ${Math.ceil(context.retryAfterMs / 1000)} s.`
      return new RateLimitError(`${head}. ${hints.rateLimit}${wait} Slow down, or queue the work and try later.`, context)
    }
    case 'ServerError':
      return new ServerError(`${head}. The vendor is failing; try again later.`, context)
    default:
      if (status >= 300 && status < 400) return new IntegrationError(`${head}. ${NO_REDIRECTS}`, context)
      return new IntegrationError(`${head}.`, context)
  }
}

/** Why a redirect fails the call, and what to do. */
export const NO_REDIRECTS = 'The client does not follow redirects (they would carry the request to another host): check baseUrl.'

/** What was wrong with an inbound webhook; a receiver answers 400 for `invalid-payload`, 401 for the rest. */
export type WebhookFailure =
  | 'missing-header'
  | 'malformed-header'
  | 'signature-mismatch'
  | 'stale-timestamp'
  | 'future-timestamp'
  | 'invalid-payload'
  | 'unknown-event'

/**
 * An inbound webhook did not check out: a header missing or garbled, no signature matching the body,
 * a timestamp outside the tolerance, or a signed body that is not an event this package knows.
 * Never retryable: the same bytes will fail the same way. Messages never include the secret.
 */
export class WebhookVerificationError extends IntegrationError {
  override readonly name = 'WebhookVerificationError' as const
  readonly reason: WebhookFailure
  constructor(message: string, context: ErrorContext & { reason: WebhookFailure }) {
    super(message, { attempts: 0, ...context })
    this.reason = context.reason
  }

  override toJSON() {
    return { ...super.toJSON(), reason: this.reason }
  }
}

/**
 * Every error a helper's `{ ok: false, error }` can carry, told apart by `name`:
 * `if (!r.ok && r.error.name === 'RateLimitError') r.error.retryAfterMs` compiles. The plain
 * `IntegrationError` (an unexpected status or failure) is the member named `IntegrationError`.
 */
export type AnyIntegrationError =
  | (IntegrationError & { readonly name: 'IntegrationError' })
  | ConfigError
  | (AuthenticationError & { readonly name: 'AuthenticationError' })
  | PermissionDeniedError
  | ValidationError
  | NotFoundError
  | ConflictError
  | RateLimitError
  | ServerError
  | InvalidResponseError
  | NetworkError
  | TimeoutError
  | MiddlewareError
  | WebhookVerificationError
