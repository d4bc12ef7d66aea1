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
} from './core/errors.js'
export type { Logger } from './core/logger.js'
export type {
  Middleware,
  MiddlewareContext,
  MiddlewareErrorContext,
  MiddlewareRequest,
  MiddlewareResponseContext,
} from './core/middleware.js'
export type { CallInfo, CallOptions } from './core/operation-types.js'
export { SlidingWindowRateLimiter, type RateLimiter, type RateLimitOptions } from './core/rate-limiter.js'
export type { EmailRedaction } from './core/redact.js'
export type { Result } from './core/result.js'
export type { RetryDelays } from './core/retry-policy.js'
export type { ServiceClientOptions } from './core/service-client.js'
export { captureTraceContext, withTraceContext } from './core/telemetry.js'
export type { FetchLike } from './core/transport.js'
export { createMemoryDedupeStore, type MemoryDedupeOptions, type WebhookDedupeStore } from './core/webhook-dedupe.js'
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
} from './loops/index.js'
export {
  CardError,
  createStripeBilling,
  createStripeClient,
  StripeWebhookError,
  verifyStripeWebhook,
  type StripeClient,
  type StripeClientOptions,
  type StripeEvent,
} from './stripe/index.js'
