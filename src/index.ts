/**
 * @codebuff/integrations — every third-party service behind one typed, fault-safe transport.
 * Safe to import anywhere (web, edge, server): nothing reads env or builds a client at import.
 */
export {
  AuthenticationError,
  ConfigError,
  ConflictError,
  IntegrationError,
  InvalidResponseError,
  MiddlewareError,
  type MiddlewareHook,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
  WebhookVerificationError,
  type WebhookFailure,
} from './core/errors.ts'
export type { Logger } from './core/logger.ts'
export type {
  Middleware,
  MiddlewareContext,
  MiddlewareErrorContext,
  MiddlewareRequest,
  MiddlewareResponseContext,
} from './core/middleware.ts'
export type { CallInfo, CallOptions } from './core/operation-types.ts'
export { SlidingWindowRateLimiter, type RateLimiter, type RateLimitOptions } from './core/rate-limiter.ts'
export type { EmailRedaction } from './core/redact.ts'
export type { Result } from './core/result.ts'
export type { RetryDelays } from './core/retry-policy.ts'
export type { ServiceClientOptions } from './core/service-client.ts'
export { captureTraceContext, withTraceContext } from './core/telemetry.ts'
export type { FetchLike } from './core/transport.ts'
export { createMemoryDedupeStore, type MemoryDedupeOptions, type WebhookDedupeStore } from './core/webhook-dedupe.ts'
export {
  createLoopsClient,
  createLoopsEmails,
  createLoopsWebhookHandler,
  loops,
  sendBasicEmail,
  sendInvitationEmail,
  sendSignupEvent,
  sendWelcomeEmail,
  verifyLoopsWebhook,
  type LoopsClient,
  type LoopsClientOptions,
  type LoopsWebhookEvent,
  type LoopsWebhookEventName,
  type LoopsWebhookHandlerOptions,
  type SendResult,
} from './loops/index.ts'
export {
  CardError,
  createStripeBilling,
  createStripeClient,
  StripeWebhookError,
  verifyStripeWebhook,
  type StripeClient,
  type StripeClientOptions,
  type StripeEvent,
} from './stripe/index.ts'
